/**
 * A workbook port that shows the scenario service a private copy of its layout: the tables
 * `ESG_Scenarios`, `ESG_Outputs`, `ESG_ScenarioLog`, the name `ESG_ActiveScenario` and the
 * sheets it writes are renamed on the way in and back on the way out. The self-test runs a
 * real Switch → Revert → Compare through it on temporary copies, so a user's own scenarios,
 * log and comparison sheet are never read or written, whatever the workbook holds.
 */
import { parseRange, qualifiedAddress } from '../workbook/a1';
import {
  isWriteConflict,
  nameKey,
  namesInColumn,
  Snapshot,
  WriteConflict,
  type Guard,
  type NameRead,
  type ReadPlan,
  type TableRead,
  type WorkbookPort,
  type WriteOp,
} from '../workbook/port';

export interface Renames {
  readonly tables: Readonly<Record<string, string>>;
  readonly names: Readonly<Record<string, string>>;
  readonly sheets: Readonly<Record<string, string>>;
}

const lower = nameKey;

function mapper(table: Readonly<Record<string, string>>): { to: (s: string) => string; back: (s: string) => string } {
  const to = new Map(Object.entries(table).map(([k, v]) => [lower(k), v]));
  const back = new Map<string, string>();
  for (const [k, v] of Object.entries(table)) if (!back.has(lower(v))) back.set(lower(v), k);
  return { to: (s) => to.get(lower(s)) ?? s, back: (s) => back.get(lower(s)) ?? s };
}

export class RenamedPort implements WorkbookPort {
  private readonly t: ReturnType<typeof mapper>;
  private readonly n: ReturnType<typeof mapper>;
  private readonly s: ReturnType<typeof mapper>;

  constructor(
    private readonly inner: WorkbookPort,
    renames: Renames,
  ) {
    this.t = mapper(renames.tables);
    this.n = mapper(renames.names);
    this.s = mapper(renames.sheets);
  }

  async read(plan: ReadPlan): Promise<Snapshot> {
    const { t, n, s } = this;
    const inner = await this.inner.read({
      ...(plan.tables ? { tables: plan.tables.map(t.to) } : {}),
      ...(plan.tableColumns
        ? {
            tableColumns: plan.tableColumns.map((c) => ({
              table: t.to(c.table),
              columns: c.columns,
              ...(c.columnsNamedBy ? { columnsNamedBy: c.columnsNamedBy.map(n.to) } : {}),
            })),
          }
        : {}),
      ...(plan.tablesExist ? { tablesExist: plan.tablesExist.map(t.to) } : {}),
      ...(plan.tableHeaders ? { tableHeaders: plan.tableHeaders.map(t.to) } : {}),
      ...(plan.names ? { names: plan.names.map(n.to) } : {}),
      ...(plan.ranges ? { ranges: plan.ranges.map(n.to) } : {}),
      ...(plan.namesListedIn ? { namesListedIn: plan.namesListedIn.map((c) => ({ table: t.to(c.table), column: c.column })) } : {}),
      ...(plan.sheets ? { sheets: plan.sheets.map(s.to) } : {}),
    });
    const out = new Snapshot();
    for (const name of plan.tables ?? []) out.setTable(name, this.tableBack(inner.table(t.to(name))));
    for (const c of plan.tableColumns ?? []) out.setTable(c.table, this.tableBack(inner.table(t.to(c.table))));
    for (const name of plan.tablesExist ?? []) out.setTableExists(name, inner.tableExists(t.to(name)));
    for (const name of plan.tableHeaders ?? []) out.setTableHeader(name, inner.tableHeader(t.to(name)));
    for (const name of [...(plan.names ?? []), ...(plan.ranges ?? [])]) out.setName(name, this.nameBack(inner.name(n.to(name))));
    for (const col of plan.namesListedIn ?? []) {
      const table = inner.table(t.to(col.table));
      if (!table) continue;
      for (const name of namesInColumn(table, col.column)) if (!out.hasName(name) && inner.hasName(n.to(name))) out.setName(name, this.nameBack(inner.name(n.to(name))));
    }
    for (const name of plan.sheets ?? []) out.setSheet(name, inner.sheetExists(s.to(name)));
    return out;
  }

  private tableBack(table: TableRead | null): TableRead | null {
    return table && { ...table, name: this.t.back(table.name), sheet: this.s.back(table.sheet) };
  }

  private nameBack(read: NameRead): NameRead {
    return read.status === 'range' ? { ...read, sheet: this.s.back(read.sheet) } : read;
  }

  async write(ops: readonly WriteOp[]): Promise<void> {
    try {
      await this.inner.write(ops.map((op) => this.mapOp(op)));
    } catch (error) {
      if (!isWriteConflict(error)) throw error;
      throw new WriteConflict(error.misses.map((m) => ({ ...m, guard: this.guardBack(m.guard) })));
    }
  }

  calculate(): Promise<void> {
    return this.inner.calculate();
  }

  private guardBack(guard: Guard): Guard {
    switch (guard.kind) {
      case 'expectNamedCell':
        return { ...guard, name: this.n.back(guard.name) };
      case 'expectTableHeader':
      case 'expectTableColumn':
        return { ...guard, table: this.t.back(guard.table) };
    }
  }

  private mapOp(op: WriteOp): WriteOp {
    const { t, n, s } = this;
    switch (op.kind) {
      case 'setNamedCell':
      case 'deleteName':
      case 'expectNamedCell':
        return { ...op, name: n.to(op.name) };
      case 'defineName':
        return { ...op, name: n.to(op.name), sheet: s.to(op.sheet) };
      case 'setTableColumn':
      case 'addTableColumn':
      case 'renameTableColumn':
      case 'deleteTableColumn':
      case 'appendTableRows':
      case 'expectTableHeader':
      case 'expectTableColumn':
        return { ...op, table: t.to(op.table) };
      case 'addTable':
        return { ...op, name: t.to(op.name), sheet: s.to(op.sheet) };
      case 'addColumnChart': {
        const source = parseRange(op.source);
        const mapped = source?.sheet !== undefined ? qualifiedAddress(s.to(source.sheet), source) : op.source;
        return { ...op, sheet: s.to(op.sheet), source: mapped };
      }
      case 'setCells':
      case 'addSheet':
      case 'deleteSheet':
      case 'activateSheet':
      case 'clearSheet':
      case 'setNumberFormat':
      case 'setColumnWidth':
        return { ...op, sheet: s.to(op.sheet) };
    }
  }
}
