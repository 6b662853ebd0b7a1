/**
 * The context every scenario operation runs in: the workbook port, the clock for log times,
 * and how Compare waits for Excel to finish calculating. In its own module so a host can run
 * the read-only operations (list, recent log) without loading the whole service.
 */
import type { WorkbookPort } from '../workbook/port';
import type { ServiceContext } from './types';

export interface ScenarioServiceOptions {
  /** The clock for log times (tests inject one). */
  readonly now?: () => Date;
  /** How Compare waits while Excel still shows outputs as calculating (`#BUSY!`). */
  readonly waitForCalculation?: () => Promise<void>;
  readonly maxCalculationWaits?: number;
}

const wait = (ms: number) => (): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function serviceContext(port: WorkbookPort, options: ScenarioServiceOptions = {}): ServiceContext {
  return {
    port,
    now: options.now ?? (() => new Date()),
    waitForCalculation: options.waitForCalculation ?? wait(250),
    maxCalculationWaits: options.maxCalculationWaits ?? 40,
  };
}
