/** Table proxies: tables, their columns and rows. */
import { Loadable } from '../loadable';
import { FakeOfficeError, FakeSheet, FakeTable, lower, parseInput } from '../model';
import { RangeProxy } from './range';
import { WorksheetProxy } from './sheets';
import { FakeContext, must } from '../sync';

export class TableProxy extends Loadable {
  readonly columns: TableColumnCollectionProxy;
  readonly rows: TableRowCollectionProxy;

  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeTable | null,
    orNull: boolean,
  ) {
    super(ctx, orNull);
    this.columns = new TableColumnCollectionProxy(ctx, this);
    this.rows = new TableRowCollectionProxy(ctx, this);
  }

  must(): FakeTable {
    return must(this.resolve(), 'table');
  }

  protected capture(): Record<string, unknown> | null {
    const t = this.resolve();
    return t ? { name: t.name } : null;
  }

  get name(): string {
    return this.loaded('name') as string;
  }
  set name(value: string) {
    this.ctx.push(true, () => {
      const t = this.must();
      if (lower(value) !== lower(t.name) && this.ctx.wb.tables.has(lower(value))) {
        throw new FakeOfficeError('InvalidArgument', `Table ${value} exists`);
      }
      this.ctx.wb.tables.delete(lower(t.name));
      t.name = value;
      this.ctx.wb.tables.set(lower(value), t);
    });
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.must().sheet, false);
  }

  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.must();
        return { sheet: t.sheet, row: t.row, col: t.col, rows: 1, cols: t.columns };
      },
      false,
    );
  }

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const t = this.must();
        return { sheet: t.sheet, row: t.row + 1, col: t.col, rows: t.rows, cols: t.columns };
      },
      false,
    );
  }
}

export class TableColumnProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => { t: FakeTable; index: number },
  ) {}

  set name(value: string) {
    this.ctx.push(true, () => {
      const { t, index } = this.resolve();
      for (let c = 0; c < t.columns; c += 1) {
        if (c !== index && lower(String(t.sheet.get(t.row, t.col + c)?.value ?? '')) === lower(value)) {
          throw new FakeOfficeError('InvalidArgument', `Column ${value} exists`);
        }
      }
      // A column name is set as it is, not parsed like typed input.
      t.sheet.put(t.row, t.col + index, { value, formula: null });
    });
  }

  delete(): void {
    this.ctx.push(true, () => {
      const { t, index } = this.resolve();
      for (let r = 0; r <= t.rows; r += 1) {
        for (let c = index; c < t.columns - 1; c += 1) t.sheet.put(t.row + r, t.col + c, t.sheet.get(t.row + r, t.col + c + 1));
        t.sheet.put(t.row + r, t.col + t.columns - 1, undefined);
      }
      t.columns -= 1;
    });
  }

  getDataBodyRange(): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const { t, index } = this.resolve();
        return { sheet: t.sheet, row: t.row + 1, col: t.col + index, rows: t.rows, cols: 1 };
      },
      false,
    );
  }
}

export class TableColumnCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly table: TableProxy,
  ) {}

  getItem(key: string | number): TableColumnProxy {
    return new TableColumnProxy(this.ctx, () => {
      const t = this.table.must();
      let index = -1;
      if (typeof key === 'number') index = key;
      else {
        for (let c = 0; c < t.columns; c += 1) {
          if (lower(String(t.sheet.get(t.row, t.col + c)?.value ?? '')) === lower(key)) index = c;
        }
      }
      if (index < 0 || index >= t.columns) throw new FakeOfficeError('ItemNotFound', `Column ${key} doesn't exist`);
      return { t, index };
    });
  }

  add(index?: number, values?: unknown): TableColumnProxy {
    if (index !== undefined || values !== undefined) throw new FakeOfficeError('InvalidArgument', 'fake: only add() at the end');
    let added: { t: FakeTable; index: number } | undefined;
    this.ctx.push(true, () => {
      const t = this.table.must();
      t.sheet.put(t.row, t.col + t.columns, { value: `Column${t.columns + 1}`, formula: null });
      t.columns += 1;
      added = { t, index: t.columns - 1 };
    });
    return new TableColumnProxy(this.ctx, () => must(added, 'new column'));
  }
}

export class TableRowCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly table: TableProxy,
  ) {}

  add(index?: number, values?: unknown[][]): void {
    if (index !== undefined) throw new FakeOfficeError('InvalidArgument', 'fake: only add() at the end');
    this.ctx.push(true, () => {
      const t = this.table.must();
      const rows = values ?? [[]];
      if (rows.some((row) => row.length !== t.columns)) throw new FakeOfficeError('InvalidArgument', 'row width');
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const parsed = parseInput(v);
          t.sheet.put(t.row + 1 + t.rows + r, t.col + c, parsed);
        }),
      );
      t.rows += rows.length;
    }, values);
  }
}

export class TableCollectionProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: (() => FakeSheet) | undefined,
  ) {}

  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, () => this.ctx.wb.tables.get(lower(name)) ?? null, false);
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.ctx, () => this.ctx.wb.tables.get(lower(name)) ?? null, true);
  }

  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    let created: FakeTable | undefined;
    this.ctx.push(true, () => {
      if (!hasHeaders) throw new FakeOfficeError('InvalidArgument', 'fake: tables need headers');
      const ref =
        typeof address === 'string' ? this.ctx.wb.ref(must(this.sheet, 'sheet')().name, address) : must(address.resolve(), 'range');
      const name = `Table${this.ctx.wb.tables.size + 1}`;
      created = { name, sheet: ref.sheet, row: ref.row, col: ref.col, columns: ref.cols, rows: Math.max(ref.rows - 1, 1) };
      this.ctx.wb.tables.set(lower(name), created);
    });
    return new TableProxy(this.ctx, () => created ?? null, false);
  }
}
