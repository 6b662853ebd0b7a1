/** The base of every proxy with loadable properties (office-addin-mock's load/sync state machine). */
import { OfficeMockObject } from 'office-addin-mock';
import { FakeOfficeError } from './model';
import type { FakeContext } from './sync';

export const NOT_LOADED = new Set(['Error, property was not loaded', 'Error, context.sync() was not called']);

/** A proxy whose loadable properties are captured into an OfficeMockObject at sync. */
export abstract class Loadable {
  private mock?: OfficeMockObject;
  private nullState?: boolean;

  constructor(
    protected readonly ctx: FakeContext,
    private readonly orNull: boolean,
  ) {}

  /** The object's properties (only `props` need be computed), or null when it does not exist. */
  protected abstract capture(props?: readonly string[]): Record<string, unknown> | null;

  /** Cells a load of `props` reads (ranges), for the 5-million-cell limit. */
  protected cellsRead(_data: Record<string, unknown>, _props?: readonly string[]): number {
    return 0;
  }

  load(props?: string | string[]): this {
    const list = props === undefined ? undefined : Array.isArray(props) ? props : props.split(',').map((p) => p.trim());
    this.ctx.push(
      false,
      () => {
        const data = this.capture(list);
        if (data === null) {
          if (!this.orNull) throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.');
          this.nullState = true;
          this.ctx.received({ isNullObject: true }, 0);
          return;
        }
        this.nullState = false;
        const keys = list ?? Object.keys(data);
        this.ctx.received(Object.fromEntries(keys.map((k) => [k, data[k]])), this.cellsRead(data, list));
        const mock = new OfficeMockObject({ ...data, host: 'excel' });
        mock.load(keys);
        this.mock = mock;
        this.ctx.mocks.push(mock);
      },
      list ?? '*',
    );
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw new FakeOfficeError('InvalidOperation', 'isNullObject read before load and sync');
    return this.nullState;
  }

  protected loaded(prop: string): unknown {
    if (this.nullState) throw new FakeOfficeError('InvalidOperation', `${prop} read on a null object`);
    if (!this.mock) throw new FakeOfficeError('PropertyNotLoaded', `${prop} was not loaded`);
    const value: unknown = this.mock[prop];
    if (typeof value === 'string' && NOT_LOADED.has(value)) throw new FakeOfficeError('PropertyNotLoaded', `${prop}: ${value}`);
    return value;
  }
}
