/**
 * The self-test's vocabulary: a probe checks one behaviour of the host that our fakes could
 * only assume, on a scratch sheet of its own, and says what it expected and what it saw.
 */
import type { CellRead, HostInfo, SelfTestPort } from '../workbook/selftest-port';

export type ProbeStatus = 'pass' | 'fail' | 'skip';

export interface ProbeResult {
  readonly status: ProbeStatus;
  /** What the host did, in words a user can paste into an email. */
  readonly seen: string;
}

export interface ProbeContext {
  readonly host: SelfTestPort;
  /** A new, empty scratch sheet for this probe; removed after it. */
  readonly sheet: string;
  /** Starts every temporary name and table of this run, e.g. `ESG_Check_k3x9_`. */
  readonly prefix: string;
  /** Another scratch sheet name for this probe (not created: the probe creates it), removed after it. */
  extraSheet(label: string): string;
  /** A defined name the probe creates; removed after it. */
  trackName(name: string): void;
  /** Waits a little while Excel calculates (tests pass one that does not wait). */
  wait(): Promise<void>;
  /** `ws.write` + calculate, then read back: formulas are written from constants only. */
  readonly cells: CellHelpers;
}

export interface CellHelpers {
  /** Writes formulas (text starting with `=`) and constants into a block at `address`, then calculates. */
  put(address: string, cells: readonly (readonly (string | number)[])[]): Promise<void>;
  read(address: string): Promise<CellRead[][]>;
}

export interface Probe {
  readonly id: string;
  readonly title: string;
  /** What it checks, one sentence. */
  readonly checks: string;
  readonly expected: string;
  run(ctx: ProbeContext): Promise<ProbeResult>;
}

export interface ProbeOutcome extends ProbeResult {
  readonly id: string;
  readonly title: string;
  readonly checks: string;
  readonly expected: string;
}

export interface SelfTestReport {
  readonly info: HostInfo;
  readonly results: readonly ProbeOutcome[];
  /** Whether the workbook was left as it was, and what was not. */
  readonly cleanup: { readonly restored: boolean; readonly problems: readonly string[] };
}

export interface Progress {
  /** 1-based. */
  readonly index: number;
  readonly total: number;
  readonly title: string;
}

export const pass = (seen: string): ProbeResult => ({ status: 'pass', seen });
export const fail = (seen: string): ProbeResult => ({ status: 'fail', seen });
export const skip = (seen: string): ProbeResult => ({ status: 'skip', seen });

/** A cell as a report shows it: `400000`, `"=1+1"`, `#VALUE!`, `(empty)`. */
export function show(cell: CellRead | undefined): string {
  if (!cell || cell.type === 'empty') return '(empty)';
  if (cell.type === 'text') return JSON.stringify(cell.value) + (cell.formula ? ` (formula ${cell.formula})` : '');
  return String(cell.value) + (cell.type === 'other' ? ' (other)' : '');
}
