/** Defined-name proxies (workbook and worksheet scope). */
import { quoteSheetName, rangeAddress } from '../../../../src/workbook/a1';
import { Loadable } from '../loadable';
import { FakeName, FakeOfficeError, lower } from '../model';
import { RangeProxy } from './range';
import { FakeContext, must } from '../sync';

export class NamedItemProxy extends Loadable {
  /** `scope`: the names it is looked up in (default: the workbook's). */
  constructor(
    ctx: FakeContext,
    private readonly name: string,
    orNull: boolean,
    private readonly scope: () => Map<string, FakeName> | undefined = () => ctx.wb.names,
  ) {
    super(ctx, orNull);
  }

  private state(): FakeName | undefined {
    return this.scope()?.get(lower(this.name));
  }

  protected capture(): Record<string, unknown> | null {
    const n = this.state();
    if (!n) return null;
    const type = n.type ?? (n.ref || n.formula.includes(',') ? 'Range' : 'String');
    return { name: n.name, type, formula: n.formula, value: n.value ?? n.formula, visible: n.visible !== false };
  }

  get value(): unknown {
    return this.loaded('value');
  }
  get visible(): unknown {
    return this.loaded('visible');
  }

  get formula(): unknown {
    return this.loaded('formula');
  }
  get type(): unknown {
    return this.loaded('type');
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => must(must(this.state(), `name ${this.name}`).ref, `range of ${this.name}`), false);
  }

  delete(): void {
    this.ctx.push(true, () => {
      must(this.state(), `name ${this.name}`);
      this.ctx.wb.names.delete(lower(this.name));
    });
  }

  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.ctx, () => this.state()?.ref ?? null, true);
  }
}

export class NamedItemCollectionProxy {
  private list?: { name: string; visible: boolean }[];

  /** `scope`: a worksheet's own names (default: the workbook's). */
  constructor(
    private readonly ctx: FakeContext,
    private readonly scope: () => Map<string, FakeName> | undefined = () => ctx.wb.names,
  ) {}

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, name, false, this.scope);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, name, true, this.scope);
  }

  /** `names.load('items/name,items/visible')`: the names as they are at the sync. */
  load(_props?: string): void {
    this.ctx.push(false, () => {
      this.list = [...(this.scope()?.values() ?? [])].map((n) => ({ name: n.name, visible: n.visible !== false }));
      this.ctx.received({ items: this.list }, 0);
    });
  }

  get items(): { name: string; visible: boolean }[] {
    if (!this.list) throw new FakeOfficeError('PropertyNotLoaded', 'names.items was not loaded');
    return this.list;
  }

  add(name: string, reference: RangeProxy, comment?: string): void {
    this.ctx.push(true, () => {
      if (this.ctx.wb.names.has(lower(name))) throw new FakeOfficeError('InvalidArgument', `Name ${name} exists`);
      const ref = must(reference.resolve(), 'range');
      this.ctx.wb.names.set(lower(name), {
        name,
        ref,
        formula: `=${quoteSheetName(ref.sheet.name)}!${rangeAddress(ref, true)}`,
        ...(comment ? { comment } : {}),
      });
    });
  }
}
