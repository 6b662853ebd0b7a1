/**
 * The travel actions the pane is built over: Prepare a copy to send, Restore formulas, and
 * marking a workbook so that it asks for its add-in. Every method reads the workbook when
 * it is called; the ones that write never throw (a workbook failure is a `failed` outcome).
 */
import type { FormulasPort } from '../workbook/formulas-port';
import type { WorkbookPort } from '../workbook/port';
import { causeOf, type TravelContext } from './context';
import { markWorkbook } from './mark';
import { TRAVEL_MESSAGES as M } from './messages';
import { prepare, reviewPrepare } from './prepare';
import { restore, reviewRestore } from './restore';
import type {
  MarkOutcome,
  PrepareOutcome,
  PrepareReview,
  PrepareReviewOutcome,
  RestoreOutcome,
  RestoreReview,
  RestoreReviewOutcome,
  StartupHost,
  StartupState,
  TravelFailure,
} from './types';

export interface TravelSources {
  readonly port: WorkbookPort;
  readonly formulas: FormulasPort;
  readonly startup: StartupHost;
  readonly now?: () => Date;
}

async function guarded<T>(action: string, run: () => Promise<T>): Promise<T | TravelFailure> {
  try {
    return await run();
  } catch (error) {
    return { kind: 'failed', message: M.failed(action, causeOf(error)) };
  }
}

export class TravelService {
  private readonly ctx: TravelContext;

  constructor(sources: TravelSources) {
    this.ctx = { ...sources, now: sources.now ?? (() => new Date()) };
  }

  /** Every cell whose formula calls ESG.*, with its value; nothing is written. */
  reviewPrepare(): Promise<PrepareReviewOutcome> {
    return reviewPrepare(this.ctx);
  }

  prepare(review: PrepareReview): Promise<PrepareOutcome> {
    return guarded('Prepare', () => prepare(this.ctx, review));
  }

  /** What Restore would put back and what it refuses; nothing is written. */
  reviewRestore(): Promise<RestoreReviewOutcome> {
    return reviewRestore(this.ctx);
  }

  restore(review: RestoreReview): Promise<RestoreOutcome> {
    return guarded('Restore', () => restore(this.ctx, review));
  }

  /** Loads the add-in with the workbook; one plain-text line on the Inputs sheet (or `sheet`). */
  mark(sheet?: string): Promise<MarkOutcome> {
    return guarded('Marking the workbook', () => markWorkbook(this.ctx, sheet));
  }

  startupState(): Promise<StartupState> {
    return this.ctx.startup.state().catch(() => 'unavailable' as const);
  }
}
