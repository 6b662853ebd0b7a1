/** Defined-name proxies (workbook and worksheet scope). */
import { quoteSheetName, rangeAddress } from '../../../../src/workbook/a1';
import { Loadable } from '../loadable';
import { FakeName, FakeOfficeError, lower } from '../model';
import { RangeProxy } from './range';
import { FakeContext, must } from '../sync';

export class NamedItemProxy extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly name: string,
    orNull: boolean,
  ) {
    super(ctx, orNull);
  }

  private state(): FakeName | undefined {
    return this.ctx.wb.names.get(lower(this.name));
  }

  protected capture(): Record<string, unknown> | null {
    const n = this.state();
    return n ? { name: n.name, type: n.ref || n.formula.includes(',') ? 'Range' : 'String', formula: n.formula } : null;
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
  constructor(private readonly ctx: FakeContext) {}

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, name, false);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, name, true);
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
