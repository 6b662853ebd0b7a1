/**
 * The demo model's sheets — Inputs, ESG, DSG, Traded, Budget 2015-16 and Scenarios — built
 * from the `ESG.*` functions and ordinary formulas over the named inputs, with £ and £000
 * formats, and the write batch that adds them (names before the formulas that use them).
 */
import { cellAddress, columnLetters, quoteSheetName } from '../../workbook/a1';
import type { WriteOp } from '../../workbook/port';
import {
  ACTIVE_NAME,
  DESCRIPTION_COLUMN,
  INPUT_COLUMN,
  LABEL_COLUMN,
  LOG_COLUMNS,
  LOG_SHEET,
  LOG_TABLE,
  OUTPUT_COLUMN,
  OUTPUTS_TABLE,
  SCENARIOS_SHEET,
  SCENARIOS_TABLE,
} from '../layout';
import { SheetBuilder } from './builder';
import { DEMO_SCENARIOS, esg, FORMATS, INPUTS, j15, j17, OUTPUTS, seed, SHEETS, type SheetKey } from './content';

function inputsSheet(name: string): SheetBuilder {
  const s = new SheetBuilder(name);
  s.set(0, 0, 'Inputs — Oxfordshire 2015-16 demo model');
  s.set(1, 0, `Source: ${seed.source.title} (seeds/oxfordshire-2015-16.json). Scenarios switch the named cells in column B.`);
  s.row(3, ['Input', 'Value', 'Defined name', 'Source / note']);
  INPUTS.forEach((input, i) => {
    const r = 4 + i;
    s.row(r, [input.label, input.value, input.name, input.note]);
    s.defineName(input.name, r, 1);
    if (input.format) s.format(r, 1, 1, 1, input.format);
  });
  return s;
}

function esgSheet(name: string): SheetBuilder {
  const s = new SheetBuilder(name);
  const args = 'ESG_Mainstream,ESG_Special,ESG_PRU,ESG_Academies,ESG_Year';
  s.set(0, 0, 'Education Services Grant (¶38-41), at the rates of the year in ESG_Year');
  s.set(1, 0, 'Computed in pounds by ESG.GRANT; the table shows £000 (thousands of pounds) like the council table.');
  s.row(3, ['', 'Pupils', 'Retained duties £000', 'General £000', 'Total £000']);
  const rows: [string, string, string][] = [
    ['Maintained primary and secondary', 'ESG_Mainstream', 'ESG_Mainstream,0,0,0'],
    ['Maintained special', 'ESG_Special', '0,ESG_Special,0,0'],
    ['Maintained PRU / alternative provision', 'ESG_PRU', '0,0,ESG_PRU,0'],
    ['Academies (all)', 'ESG_Academies', '0,0,0,ESG_Academies'],
  ];
  rows.forEach(([label, pupils, grantArgs], i) => {
    const r = 4 + i;
    s.set(r, 0, label);
    s.formula(r, 1, `=${pupils}`, FORMATS.pupils);
    s.formula(r, 2, `=ESG.GRANT(${grantArgs},ESG_Year,"retained")`, FORMATS.thousands);
    s.formula(r, 3, `=ESG.GRANT(${grantArgs},ESG_Year,"general")`, FORMATS.thousands);
    s.formula(r, 4, `=${cellAddress(r, 2)}+${cellAddress(r, 3)}`, FORMATS.thousands);
  });
  s.set(8, 0, 'Total');
  s.formula(8, 1, '=SUM(B5:B8)', FORMATS.pupils);
  s.formula(8, 2, `=ESG.GRANT(${args},"retained")`, FORMATS.thousands, 'ESG_Retained');
  s.formula(8, 3, `=ESG.GRANT(${args},"general")`, FORMATS.thousands, 'ESG_General');
  s.formula(8, 4, `=ESG.GRANT(${args})`, FORMATS.thousands, 'ESG_Total');
  s.set(9, 0, 'Total in pounds');
  s.formula(9, 4, '=E9', FORMATS.pounds);
  s.set(10, 0, `Published (£000): July 2015 ${j15.publishedThousands.total}, July 2017 ${j17.publishedThousands.total}; every school an academy: about £${esg.allAcademiesMillions}m.`);
  s.set(12, 0, 'Projection: ESG.PROJECT moves maintained mainstream pupils to academies each year (rates held at ESG_Year); £ in whole pounds');
  s.formula(13, 0, '=ESG.PROJECT(ESG_Mainstream,ESG_Special,ESG_PRU,ESG_Academies,ESG_Year,ESG_ProjectionYears,ESG_Conversion)');
  s.format(14, 1, 10, 2, FORMATS.pupils);
  // The function's own headers say "£": whole pounds, not £000, under them.
  s.format(14, 3, 10, 3, FORMATS.wholePounds);
  return s;
}

function dsgSheet(name: string): SheetBuilder {
  const s = new SheetBuilder(name);
  const hn = seed.highNeeds;
  s.set(0, 0, 'Dedicated Schools Grant: High Needs block funding of Schools and Learning services, 2015-16 (¶37, ¶42)');
  s.row(2, ['Service', 'High Needs block £000']);
  const services = Object.entries(hn.byServiceThousands);
  services.forEach(([service, thousands], i) => {
    s.row(3 + i, [service, thousands * 1000]);
    s.format(3 + i, 1, 1, 1, FORMATS.thousands);
  });
  const total = 3 + services.length;
  s.set(total, 0, 'Total');
  s.formula(total, 1, `=SUM(B4:B${total})`, FORMATS.thousands, 'DSG_HighNeeds');
  s.row(total + 1, ['Reported in ¶42', hn.totalPounds]);
  s.format(total + 1, 1, 1, 1, FORMATS.thousands);
  s.set(total + 2, 0, 'Difference £000');
  s.formula(total + 2, 1, `=B${total + 1}-B${total + 2}`, FORMATS.thousands);
  return s;
}

function budgetSheet(name: string, dsg: string): SheetBuilder {
  const s = new SheetBuilder(name);
  const b = seed.budget;
  s.set(0, 0, `${b.title} (¶37), £ shown in £000`);
  s.row(2, ['Service Area', ...b.columns.map((c) => `${c} £000`)]);
  const dsgRow = new Map(Object.keys(seed.highNeeds.byServiceThousands).map((service, i) => [service, 4 + i]));
  b.rows.forEach((row, i) => {
    const r = 3 + i;
    const excel = r + 1;
    s.row(r, [row.service, row.gross * 1000, row.grant * 1000]);
    const linked = dsgRow.get(row.service);
    if (linked === undefined) s.set(r, 3, row.dsg * 1000);
    else s.formula(r, 3, `=-${quoteSheetName(dsg)}!B${linked}`);
    s.row(r, [row.other * 1000, row.recharges * 1000], 4);
    s.formula(r, 6, `=SUM(B${excel}:F${excel})`);
  });
  const total = 3 + b.rows.length;
  s.set(total, 0, 'TOTAL');
  for (let c = 1; c <= 6; c += 1) {
    const col = columnLetters(c);
    s.formula(total, c, `=SUM(${col}4:${col}${total})`, undefined, c === 6 ? 'Budget_Net' : undefined);
  }
  s.format(3, 1, b.rows.length + 1, 6, FORMATS.thousands);
  s.row(total + 1, ['Net total reported (¶37)', '', '', '', '', '', b.total.net * 1000]);
  s.format(total + 1, 6, 1, 1, FORMATS.thousands);
  return s;
}

function tradedSheet(name: string): SheetBuilder {
  const s = new SheetBuilder(name);
  s.set(0, 0, 'Traded arm: staff deployment (¶23, ¶43) and surplus share (Table 1 item 2.1, ¶32); £ in whole pounds');
  s.set(2, 0, 'Deployment against the ranges of effective LAs (ESG.MIX): share of staff time');
  s.formula(3, 0, '=ESG.MIX(ESG_CoreShare,ESG_CorePlusShare,ESG_TradedShare)');
  s.format(3, 1, 3, 1, FORMATS.share);
  s.row(9, ['Specialist staff (fte), ¶43', 48.37]);
  s.format(9, 1, 1, 1, FORMATS.fte);
  s.set(10, 0, 'Specialist fte on traded work');
  s.formula(10, 1, '=B10*ESG_TradedShare', FORMATS.fte, 'Traded_FTE');
  s.set(12, 0, 'Surplus share — illustrative figures: the report sets the principle, not the amounts');
  s.row(13, ['Traded income £', 1000000]);
  s.row(14, ['Traded costs £', 900000]);
  s.set(15, 0, 'Surplus £');
  s.formula(15, 1, '=ESG.TRADED.SURPLUS(B14,B15)', FORMATS.wholePounds);
  s.row(16, ['Ring-fenced for reinvestment', 0.25]);
  s.format(13, 1, 2, 1, FORMATS.wholePounds);
  s.format(16, 1, 1, 1, FORMATS.share);
  s.row(18, ['Band from £', "Council's share"]);
  s.row(19, [0, 0.5]);
  s.row(20, [50000, 0.4]);
  s.row(21, [100000, 0.3]);
  s.format(19, 0, 3, 1, FORMATS.wholePounds);
  s.format(19, 1, 3, 1, FORMATS.share);
  s.formula(23, 0, '=ESG.TRADED.SPLIT(B16,A20:A22,B20:B22,B17)');
  s.format(23, 1, 5, 1, FORMATS.wholePounds);
  return s;
}

function scenariosSheet(name: string): { sheet: SheetBuilder; tables: WriteOp[] } {
  const s = new SheetBuilder(name);
  s.row(0, ['Active scenario', DEMO_SCENARIOS.july2015]);
  s.defineName(ACTIVE_NAME, 0, 1);
  s.set(1, 0, 'Switch scenarios from the School Funding Toolkit pane. A blank value means the scenario leaves that input as it is.');
  const scenarioInputs = INPUTS.filter((i) => i.scenarios);
  const header = [INPUT_COLUMN, DESCRIPTION_COLUMN, ...Object.values(DEMO_SCENARIOS)];
  const rows = scenarioInputs.map((i) => [i.name, i.label, ...(i.scenarios ?? [])]);
  scenarioInputs.forEach((input, k) => {
    if (input.format) s.format(4 + k, 2, 1, 4, input.format);
  });
  const outputsAt = 4 + rows.length + 3;
  return {
    sheet: s,
    tables: [
      { kind: 'addTable', sheet: name, address: 'A4', name: SCENARIOS_TABLE, header, rows },
      {
        kind: 'addTable',
        sheet: name,
        address: cellAddress(outputsAt, 0),
        name: OUTPUTS_TABLE,
        header: [OUTPUT_COLUMN, LABEL_COLUMN],
        rows: OUTPUTS.map((o) => [o.name, o.label]),
      },
    ],
  };
}

/** What Set up defines on a sheet straight after adding it: proof, after a failure, that the sheet is its own. */
export interface SheetClaim {
  readonly sheet: string;
  /** A defined name Set up puts on the sheet, or… */
  readonly name?: string;
  /** …the table it adds there (the Scenario Log, which has no name). */
  readonly table?: string;
}

export interface DemoWrites {
  readonly ops: readonly WriteOp[];
  /** One per sheet, in the order the sheets are added. */
  readonly claims: readonly SheetClaim[];
}

/**
 * The write batch that adds the demo model on the sheets `sheetName` gives (free names,
 * checked by Set up). Each sheet is added and at once claimed (a name or the log table on
 * it), so that after a batch that broke half-way Set up can tell its sheets from a sheet a
 * co-author added meanwhile under the same name (see setup.ts). Then the input names, the
 * formulas (which use them), the names of formula cells, the tables and the formats.
 */
export function demoWrites(sheetName: Readonly<Record<SheetKey, string>>): DemoWrites {
  const scenarios = scenariosSheet(sheetName[SCENARIOS_SHEET]);
  const builders = [
    inputsSheet(sheetName.Inputs),
    esgSheet(sheetName.ESG),
    dsgSheet(sheetName.DSG),
    tradedSheet(sheetName.Traded),
    budgetSheet(sheetName['Budget 2015-16'], sheetName.DSG),
    scenarios.sheet,
  ];
  const isFormulaCell = (b: SheetBuilder, address: string) => b.formulas.some((f) => cellAddress(f.row, f.col, true) === address);
  const define = (b: SheetBuilder, n: { name: string; address: string }): WriteOp => ({ kind: 'defineName', sheet: b.name, name: n.name, address: n.address });
  const logTable: WriteOp = { kind: 'addTable', sheet: sheetName[LOG_SHEET], address: 'A1', name: LOG_TABLE, header: [...LOG_COLUMNS], rows: [] };

  const ops: WriteOp[] = [];
  const claims: SheetClaim[] = [];
  const claimed = new Set<string>();
  for (const key of SHEETS) {
    const sheet = sheetName[key];
    ops.push({ kind: 'addSheet', sheet });
    const b = builders.find((x) => x.name === sheet);
    // A constant's name if the sheet has one (nothing waits on it), else a formula cell's.
    const n = b?.names.find((x) => !isFormulaCell(b, x.address)) ?? b?.names[0];
    if (b !== undefined && n !== undefined) {
      ops.push(define(b, n));
      claims.push({ sheet, name: n.name });
      claimed.add(n.name);
    } else if (key === LOG_SHEET) {
      ops.push(logTable);
      claims.push({ sheet, table: LOG_TABLE });
    } else {
      claims.push({ sheet });
    }
  }
  for (const b of builders) {
    const block = b.block();
    if (block) ops.push(block);
  }
  // Input names first, so that every formula finds its names.
  for (const b of builders) for (const n of b.names) if (!claimed.has(n.name) && !isFormulaCell(b, n.address)) ops.push(define(b, n));
  for (const b of builders) {
    for (const f of b.formulas) ops.push({ kind: 'setCells', sheet: b.name, address: cellAddress(f.row, f.col), cells: [[{ formula: f.formula }]] });
  }
  for (const b of builders) for (const n of b.names) if (!claimed.has(n.name) && isFormulaCell(b, n.address)) ops.push(define(b, n));
  ops.push(...scenarios.tables);
  for (const b of builders) for (const f of b.formats) ops.push({ kind: 'setNumberFormat', sheet: b.name, address: f.address, format: f.format });
  ops.push(
    { kind: 'setColumnWidth', sheet: sheetName.Inputs, address: 'A1', points: 300 },
    { kind: 'setColumnWidth', sheet: sheetName.Inputs, address: 'D1', points: 420 },
    // Column A holds the row labels; B:F the table and the projection (whose "Retained duties £"
    // header is the widest), narrow enough that Total (E) shows beside a 400 px task pane at 1,400 px.
    { kind: 'setColumnWidth', sheet: sheetName.ESG, address: 'A1', points: 190 },
    { kind: 'setColumnWidth', sheet: sheetName.ESG, address: 'B1:F1', points: 84 },
    { kind: 'setColumnWidth', sheet: sheetName.Traded, address: 'A1', points: 190 },
    { kind: 'setColumnWidth', sheet: sheetName.DSG, address: 'A1', points: 260 },
    { kind: 'setColumnWidth', sheet: sheetName.DSG, address: 'B1', points: 120 },
    { kind: 'setColumnWidth', sheet: sheetName[SCENARIOS_SHEET], address: 'A1:B1', points: 220 },
    { kind: 'setColumnWidth', sheet: sheetName[LOG_SHEET], address: 'A1', points: 170 },
    { kind: 'activateSheet', sheet: sheetName.Inputs },
  );

  return { ops, claims };
}
