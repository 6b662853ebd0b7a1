/**
 * The headless path (HyperFormula + the ESG plugin, as used by the preview, `npm run calc`
 * and the workbook tests): a sheet of generated input cells — numbers (huge, tiny, -0),
 * NaN/Infinity as raw content, text (including text that HyperFormula parses as a formula,
 * a currency or a percentage), booleans, blanks and error formulas (#DIV/0!, #N/A, #NUM!,
 * #CYCLE!) — feeds one formula per catalogue function. Whatever the inputs, every cell
 * (including every cell of a spilled result) is a finite number, text, a boolean, empty,
 * or an error: never a non-finite number. GRANT's value agrees with the Excel wrapper
 * called on the same cell values.
 */
import fc from 'fast-check';
import { DetailedCellError, type HyperFormula, type RawCellContent } from 'hyperformula';
import { REGISTRY } from '../../src/functions/registry';
import { isExcelErrorLike } from '../../src/functions/excel-error';
import { createHyperFormula } from '../../src/hf/engine';
import { numberArb, textArb } from './arbitraries';

/** Runs of the sheet property (13 formulas recalculated per run). */
export const RUNS = 300;

const errorFormula = fc.constantFrom('=1/0', '=NA()', '=10^308*10', '=SQRT(-1)', '=In!A1', '=VALUE("x")');
const chaosCell: fc.Arbitrary<RawCellContent> = fc.oneof(
  { arbitrary: numberArb, weight: 3 },
  { arbitrary: textArb, weight: 3 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: errorFormula, weight: 1 },
);
const cell = (plausible: fc.Arbitrary<RawCellContent>): fc.Arbitrary<RawCellContent> =>
  fc.oneof({ arbitrary: plausible, weight: 3 }, { arbitrary: chaosCell, weight: 1 });

const count = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constantFrom(1e308, 5e-324));
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

/** In!A1:G3 — A1:D1 counts, E1 a fraction; A2 conversion, B2 mode, C2 year, D2 surplus, E2 years; F1:F3 thresholds, G1:G3 ratios. */
const inputs = fc
  .record({
    counts: fc.tuple(cell(count), cell(count), cell(count), cell(count)),
    fraction: cell(fraction),
    conversion: cell(fc.oneof(fraction, count)),
    mode: cell(fc.constantFrom('pupils', 'percent', 'target')),
    year: cell(fc.oneof(fc.integer({ min: 2012, max: 2020 }), fc.constantFrom('2015-16', '2017/18', '2019-20'))),
    surplus: cell(fc.double({ min: -1e7, max: 1e9, noNaN: true })),
    years: cell(fc.integer({ min: 0, max: 50 })),
    bands: fc.oneof(
      fc.constant<RawCellContent[][]>([[0, 0.5], [1000, 0.3], [50_000, 0.1]]),
      fc.array(fc.tuple(chaosCell, chaosCell).map(([t, r]) => [t, r]), { minLength: 3, maxLength: 3 }),
    ),
  })
  .map((x): RawCellContent[][] => [
    [...x.counts, x.fraction, ...x.bands[0]],
    [x.conversion, x.mode, x.year, x.surplus, x.years, ...x.bands[1]],
    [null, null, null, null, null, ...x.bands[2]],
  ]);

const FORMULAS: Record<string, string> = {
  RATE: '=ESG.RATE(In!C2,"general")',
  GRANT: '=ESG.GRANT(In!A1,In!B1,In!C1,In!D1,In!C2)',
  PROJECT: '=ESG.PROJECT(In!A1,In!B1,In!C1,In!D1,In!C2,In!E2,In!A2,In!B2)',
  'DSG.BLOCK': '=ESG.DSG.BLOCK("Schools",In!A1,In!B1,In!C2)',
  'DSG.PTE': '=ESG.DSG.PTE(In!A1:E2)',
  'DSG.SUMMARY': '=ESG.DSG.SUMMARY(In!A1,In!B1,In!C1,In!D1,In!D2)',
  'DSG.TRANSFER': '=ESG.DSG.TRANSFER(In!A1,In!B1,In!C2)',
  'TRADED.SURPLUS': '=ESG.TRADED.SURPLUS(In!A1:E1,In!A2:E2)',
  'TRADED.SHARE': '=ESG.TRADED.SHARE(In!D2,In!F1:F3,In!G1:G3)',
  'TRADED.SPLIT': '=ESG.TRADED.SPLIT(In!D2,In!F1:F3,In!G1:G3,In!E1)',
  'TRADED.PRICE': '=ESG.TRADED.PRICE(In!A1,In!E1,In!B1,In!E1)',
  'TRADED.TECKAL': '=ESG.TRADED.TECKAL(In!A1,In!B1)',
  MIX: '=ESG.MIX(In!A1,In!B1,In!C1)',
};
const NAMES = Object.keys(FORMULAS);
/** Each formula gets 60 rows: room for the longest projection (52 rows). */
const ROWS_PER_FORMULA = 60;

let hf: HyperFormula;
beforeAll(() => {
  hf = createHyperFormula({ In: [], Calc: [] });
});
afterAll(() => hf.destroy());

test('every formula is here', () => {
  expect(NAMES.sort()).toEqual(REGISTRY.map((s) => s.name).sort());
});

test(`no cell is ever a non-finite number, whatever the inputs (${RUNS} runs × ${NAMES.length} formulas)`, () => {
  const inId = hf.getSheetId('In') as number;
  const calcId = hf.getSheetId('Calc') as number;
  const calc: (string | null)[][] = [];
  NAMES.forEach((name, i) => {
    calc[i * ROWS_PER_FORMULA] = [FORMULAS[name]];
  });
  const calcSheet = Array.from({ length: calc.length }, (_, r) => calc[r] ?? []);
  const anchors = { value: 0, error: 0 };
  const grant = REGISTRY.find((s) => s.name === 'GRANT');
  fc.assert(
    fc.property(inputs, (rows) => {
      hf.setSheetContent(inId, rows);
      // Re-entered after the inputs so that spills are sized on the new values, as the workbook adapter does.
      hf.setSheetContent(calcId, calcSheet);
      const values = hf.getSheetValues(calcId);
      for (const r of values) {
        for (const v of r) {
          if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
          else if (v !== null && typeof v !== 'string' && typeof v !== 'boolean') expect(v).toBeInstanceOf(DetailedCellError);
        }
      }
      NAMES.forEach((_name, i) => {
        const anchor = values[i * ROWS_PER_FORMULA]?.[0];
        if (anchor instanceof DetailedCellError) anchors.error++;
        else anchors.value++;
      });
      // The headless value is the Excel wrapper's value on the same cells.
      const read = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, inId) ?? { sheet: inId, row: 0, col: 0 });
      const args = ['In!A1', 'In!B1', 'In!C1', 'In!D1', 'In!C2'].map(read);
      const viaHf = values[NAMES.indexOf('GRANT') * ROWS_PER_FORMULA][0];
      if (args.some((a) => typeof a === 'number' && !Number.isFinite(a))) {
        // HyperFormula reads text such as "1e309" as Infinity and refuses it itself.
        expect(viaHf).toBeInstanceOf(DetailedCellError);
      } else if (grant && !args.some((a) => a instanceof DetailedCellError)) {
        const direct = grant.fn(...args);
        if (isExcelErrorLike(direct)) {
          expect(viaHf).toBeInstanceOf(DetailedCellError);
          expect((viaHf as DetailedCellError).message).toBe(direct.message);
        } else {
          expect(viaHf).toBe(direct);
        }
      }
    }),
    { numRuns: RUNS },
  );
  if (process.env.PROPERTY_STATS) console.log('HyperFormula anchors', anchors);
  expect(anchors.value).toBeGreaterThan((RUNS * NAMES.length) / 10);
  expect(anchors.error).toBeGreaterThan((RUNS * NAMES.length) / 20);
});
