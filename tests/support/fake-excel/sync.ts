/** The fake `Excel.run` and request context: queued loads and writes run at `context.sync()`, under Excel on the web's limits, with injected faults. */
import { OfficeMockObject } from 'office-addin-mock';
import { FakeOfficeError, FakeWorkbook } from './model';
import { WorkbookProxy } from './proxies/sheets';

// ------------------------------------------------------------------------------------------
// Excel.run and the request context

export interface Op {
  readonly write: boolean;
  readonly exec: () => void;
  /** Estimated request bytes. */
  readonly bytes: number;
}

export interface FakeLimits {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly cells: number;
}

/** Excel on the web: 5 MB per request and per response, 5 million cells read per batch. */
export const EXCEL_WEB_LIMITS: FakeLimits = { requestBytes: 5 * 1024 * 1024, responseBytes: 5 * 1024 * 1024, cells: 5_000_000 };

/** Estimated request bytes of one queued load or write, besides its arguments. */
export const REQUEST_OVERHEAD = 300;

/** What one sync sent and received (estimates, see the file comment). */
export interface SyncSize {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly cells: number;
}

export const jsonBytes = (value: unknown): number => (value === undefined ? 0 : JSON.stringify(value).length);

export class FakeExcel {
  syncCount = 0;
  writesApplied = 0;
  runCount = 0;
  limits: FakeLimits = EXCEL_WEB_LIMITS;
  /** The size of every sync that succeeded since the last `resetCounts`, in order. */
  sizes: SyncSize[] = [];
  /** Syncs refused for their size since the last `resetCounts`. */
  rejected = 0;
  /** Runs at the start of every sync (its number, counted like `syncCount`), before its batch. */
  beforeSync?: (sync: number, wb: FakeWorkbook) => void;
  private failures: { atSync: number; afterWrites: number }[] = [];

  constructor(readonly wb: FakeWorkbook) {}

  /** Makes the `atSync`-th sync from now fail after `afterWrites` of its writes ran. */
  failSync(atSync: number, afterWrites: number): void {
    this.failures.push({ atSync: this.syncCount + atSync, afterWrites });
  }

  resetCounts(): void {
    this.syncCount = 0;
    this.writesApplied = 0;
    this.runCount = 0;
    this.failures = [];
    this.sizes = [];
    this.rejected = 0;
  }

  /** The largest request, response and cell count of one sync since the last `resetCounts`. */
  largest(): SyncSize {
    return {
      requestBytes: Math.max(0, ...this.sizes.map((s) => s.requestBytes)),
      responseBytes: Math.max(0, ...this.sizes.map((s) => s.responseBytes)),
      cells: Math.max(0, ...this.sizes.map((s) => s.cells)),
    };
  }

  /** `Excel.run`; `context`: run in the context of earlier objects (e.g. to remove an event handler). */
  run = async <T>(batch: (context: FakeContext) => Promise<T>, context?: FakeContext): Promise<T> => {
    this.runCount += 1;
    return batch(context ?? new FakeContext(this));
  };

  /** Makes the global `Excel.run` this fake's; returns the undo. */
  install(): () => void {
    const g = globalThis as unknown as { Excel?: unknown };
    const previous = g.Excel;
    g.Excel = { run: this.run };
    return () => {
      g.Excel = previous;
    };
  }

  /** Called by a context's sync. */
  takeFailure(sync: number): { afterWrites: number } | undefined {
    const i = this.failures.findIndex((f) => f.atSync === sync);
    return i < 0 ? undefined : this.failures.splice(i, 1)[0];
  }
}

export class FakeContext {
  readonly queue: Op[] = [];
  readonly mocks: OfficeMockObject[] = [];
  readonly workbook: WorkbookProxy;

  constructor(readonly engine: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  get wb(): FakeWorkbook {
    return this.engine.wb;
  }

  /** Response bytes and cells read by the batch running now. */
  response = { bytes: 0, cells: 0 };

  /** Queues an operation; `args` is what it sends (its request size besides `REQUEST_OVERHEAD`). */
  push(write: boolean, exec: () => void, args?: unknown): void {
    this.queue.push({ write, exec, bytes: REQUEST_OVERHEAD + jsonBytes(args) });
  }

  /** Called by a load as it runs: what it returns. */
  received(data: Record<string, unknown>, cells: number, probe = false): void {
    const total = this.response.cells + cells;
    const limits = this.engine.limits;
    if (total > limits.cells) {
      throw new FakeOfficeError('OperationCellsExceedLimit', `This batch reads ${total} cells; Excel on the web allows ${limits.cells}.`);
    }
    if (probe) return;
    this.response.bytes += jsonBytes(data);
    this.response.cells = total;
  }

  async sync(): Promise<void> {
    this.engine.syncCount += 1;
    this.engine.beforeSync?.(this.engine.syncCount, this.wb);
    const failure = this.engine.takeFailure(this.engine.syncCount);
    const ops = this.queue.splice(0);
    const requestBytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    this.response = { bytes: 0, cells: 0 };
    const record = (): void => {
      this.engine.sizes.push({ requestBytes, responseBytes: this.response.bytes, cells: this.response.cells });
    };
    if (requestBytes > this.engine.limits.requestBytes) {
      this.engine.rejected += 1;
      this.mocks.splice(0);
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload (${requestBytes} bytes) exceeds Excel on the web's limit.`);
    }
    let writes = 0;
    let ok = false;
    try {
      for (const op of ops) {
        if (op.write) {
          if (failure && writes >= failure.afterWrites) {
            throw new FakeOfficeError('GeneralException', 'The connection to Excel was lost (simulated).');
          }
          writes += 1;
          this.engine.writesApplied += 1;
        }
        op.exec();
      }
      if (failure) throw new FakeOfficeError('GeneralException', 'The connection to Excel was lost (simulated).');
      ok = this.response.bytes <= this.engine.limits.responseBytes;
    } catch (error) {
      if (error instanceof FakeOfficeError && error.code === 'OperationCellsExceedLimit') this.engine.rejected += 1;
      throw error;
    } finally {
      if (ok) record();
      if (writes > 0) this.wb.onCalculate?.(this.wb);
    }
    if (!ok) {
      this.engine.rejected += 1;
      this.mocks.splice(0);
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload (${this.response.bytes} bytes) exceeds Excel on the web's limit.`);
    }
    const mocks = this.mocks.splice(0);
    for (const mock of mocks) await mock.sync();
    // office-addin-mock publishes synced values from its own promise callbacks.
    // (jsdom test environments have no setImmediate: a zero-delay timer is the same macrotask turn there.)
    await new Promise<void>((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
  }
}

export function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new FakeOfficeError('ItemNotFound', `${what} doesn't exist`);
  return value;
}
