/** The workbook, worksheet and chart proxies. */
import { parseRange, rangeAddress } from '../../../../src/workbook/a1';
import { Loadable } from '../loadable';
import { FakeChart, FakeOfficeError, FakeSheet, lower } from '../model';
import { NamedItemCollectionProxy } from './names';
import { RangeProxy, addressOf } from './range';
import { TableCollectionProxy } from './tables';
import { FakeContext, must } from '../sync';

export class WorkbookProxy {
  readonly tables: TableCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: { calculate: (type: string) => void };

  constructor(private readonly ctx: FakeContext) {
    this.tables = new TableCollectionProxy(ctx, undefined);
    this.names = new NamedItemCollectionProxy(ctx);
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.application = {
      calculate: () => ctx.push(false, () => ctx.wb.onCalculate?.(ctx.wb)),
    };
  }

  /** The active cell, as `FakeWorkbook.active` says at the sync. */
  getActiveCell(): RangeProxy {
    const wb = this.ctx.wb;
    return new RangeProxy(this.ctx, () => wb.ref(wb.active.sheet, wb.active.address), false);
  }

  /** The selected range, as `FakeWorkbook.selected` (sheet-qualified) says at the sync. */
  getSelectedRange(): RangeProxy {
    const wb = this.ctx.wb;
    return new RangeProxy(
      this.ctx,
      () => {
        const r = parseRange(wb.selected);
        return r?.sheet === undefined ? null : wb.ref(r.sheet, rangeAddress(r));
      },
      false,
    );
  }

  /** `onSelectionChanged.add(handler)`: registered at the sync; its result removes it. */
  get onSelectionChanged(): { add(handler: () => Promise<unknown>): { context: FakeContext; remove(): void } } {
    const ctx = this.ctx;
    return {
      add(handler) {
        ctx.push(true, () => ctx.wb.selectionHandlers.add(handler));
        return { context: ctx, remove: () => ctx.push(true, () => ctx.wb.selectionHandlers.delete(handler)) };
      },
    };
  }
}

export class ChartProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; chart: FakeChart },
  ) {}

  set name(value: string) {
    this.ctx.push(true, () => {
      this.resolve().chart.name = value;
    });
  }

  get title(): { text: string } {
    const ctx = this.ctx;
    const resolve = this.resolve;
    return {
      set text(value: string) {
        ctx.push(true, () => {
          resolve().chart.title = value;
        });
      },
      get text(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'title');
      },
    };
  }

  setPosition(start: string, end?: string): void {
    this.ctx.push(true, () => {
      const { chart } = this.resolve();
      chart.position = start;
      if (end !== undefined) chart.end = end;
    });
  }

  /** `series.getItemAt(i).axisGroup`: Excel refuses an index past the last series, and making every series secondary. */
  get series(): { getItemAt(index: number): { axisGroup: string } } {
    const { ctx, resolve } = this;
    return {
      getItemAt: (index: number) => ({
        set axisGroup(group: string) {
          ctx.push(true, () => {
            const { chart } = resolve();
            if (!Number.isInteger(index) || index < 0 || index >= (chart.seriesCount ?? 0)) throw new FakeOfficeError('ItemNotFound', `series ${index}`);
            const set = new Set(chart.secondary ?? []);
            if (group === 'Secondary') set.add(index);
            else set.delete(index);
            if (set.size >= (chart.seriesCount ?? 0)) throw new FakeOfficeError('InvalidArgument', 'every series on the secondary axis');
            chart.secondary = [...set].sort((a, b) => a - b);
          });
        },
        get axisGroup(): string {
          throw new FakeOfficeError('PropertyNotLoaded', 'axisGroup');
        },
      }),
    };
  }

  get axes() {
    const { ctx, resolve } = this;
    const titled = (set: (chart: FakeChart, text: string) => void) => ({
      title: {
        set text(value: string) {
          ctx.push(true, () => set(resolve().chart, value));
        },
      },
    });
    return {
      categoryAxis: {
        set textOrientation(value: number) {
          ctx.push(true, () => {
            resolve().chart.categoryLabelOrientation = value;
          });
        },
      },
      valueAxis: titled((chart, text) => (chart.valueAxisTitle = text)),
      getItem: (type: string, group?: string) => {
        if (type !== 'Value') throw new FakeOfficeError('InvalidArgument', `fake: axis ${type}`);
        return titled((chart, text) => {
          // Excel has a secondary value axis only once a series uses it.
          if (group === 'Secondary' && (chart.secondary ?? []).length === 0) throw new FakeOfficeError('ItemNotFound', 'secondary value axis');
          if (group === 'Secondary') chart.secondaryValueAxisTitle = text;
          else chart.valueAxisTitle = text;
        });
      },
    };
  }

  delete(): void {
    this.ctx.push(true, () => {
      const { sheet, chart } = this.resolve();
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
    });
  }
}

export class ChartCollectionProxy {
  private list?: ChartProxy[];

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  load(props: string): this {
    if (props !== 'items/name') throw new FakeOfficeError('InvalidArgument', `fake: load ${props}`);
    this.ctx.push(false, () => {
      const sheet = this.sheet();
      this.list = sheet.charts.map((chart) => new ChartProxy(this.ctx, () => ({ sheet, chart })));
    });
    return this;
  }

  get items(): ChartProxy[] {
    return must(this.list, 'charts (not loaded)');
  }

  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    let created: { sheet: FakeSheet; chart: FakeChart } | undefined;
    this.ctx.push(true, () => {
      const sheet = this.sheet();
      const ref = must(source.resolve(), 'source');
      // The first row (by rows: column) holds the categories; the rest are series.
      const seriesCount = Math.max(0, (seriesBy === 'Rows' ? ref.rows : ref.cols) - 1);
      const chart: FakeChart = { name: `Chart ${sheet.charts.length + 1}`, type, source: addressOf(ref), seriesBy, title: '', seriesCount };
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new ChartProxy(this.ctx, () => must(created, 'chart'));
  }
}

export class WorksheetProxy extends Loadable {
  readonly charts: ChartCollectionProxy;
  readonly tables: TableCollectionProxy;

  constructor(
    ctx: FakeContext,
    private readonly resolve: () => FakeSheet | null,
    orNull: boolean,
  ) {
    super(ctx, orNull);
    this.charts = new ChartCollectionProxy(ctx, () => this.must());
    this.tables = new TableCollectionProxy(ctx, () => this.must());
  }

  private must(): FakeSheet {
    return must(this.resolve(), 'worksheet');
  }

  /** The worksheet's own (worksheet-scoped) names. */
  get names(): NamedItemCollectionProxy {
    return new NamedItemCollectionProxy(this.ctx, () => this.ctx.wb.sheetNames.get(lower(this.must().name)));
  }

  protected capture(): Record<string, unknown> | null {
    const s = this.resolve();
    return s ? { name: s.name } : null;
  }

  get name(): string {
    return this.loaded('name') as string;
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const sheet = this.must();
        if (address === undefined) return { sheet, row: 0, col: 0, rows: 1048576, cols: 16384 };
        const r = parseRange(address);
        if (!r || r.sheet !== undefined) throw new FakeOfficeError('InvalidArgument', `fake: address ${address}`);
        return { sheet, row: r.row, col: r.col, rows: r.rows, cols: r.cols };
      },
      false,
    );
  }

  activate(): void {
    this.ctx.push(true, () => {
      this.ctx.wb.activeSheet = this.must().name;
    });
  }

  delete(): void {
    this.ctx.push(true, () => {
      this.ctx.wb.deleteSheet(this.must().name);
    });
  }
}

export class WorksheetCollectionProxy {
  constructor(private readonly ctx: FakeContext) {}

  /** The active sheet (`FakeWorkbook.activeSheet`, else the first) at the sync. */
  getActiveWorksheet(): WorksheetProxy {
    const wb = this.ctx.wb;
    return new WorksheetProxy(this.ctx, () => wb.sheet(wb.activeSheet ?? '') ?? wb.sheets[0] ?? null, false);
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.wb.sheet(name) ?? null, false);
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.wb.sheet(name) ?? null, true);
  }

  add(name: string): WorksheetProxy {
    this.ctx.push(true, () => {
      this.ctx.wb.addSheet(name);
    });
    return this.getItem(name);
  }
}
