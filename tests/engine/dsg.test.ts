import { dsgBlock, dsgPte, dsgSummary, dsgTransfer, transferCore } from '../../src/engine/dsg';
import { isError, type EngineError, type Result } from '../../src/engine/result';

function ok<T>(r: Result<T>): T {
  if (isError(r)) throw new Error(`unexpected engine error: ${r.code} ${r.message}`);
  return r;
}
function err<T>(r: Result<T>): EngineError {
  if (!isError(r)) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return r;
}

describe('seed 001 paragraphs 37 and 42: High Needs block draw', () => {
  test('154 + 200 + 329 + 476 = £1,159k', () => {
    // Vulnerable Learners, Narrowing the Gap, Looked After Children, Social Inclusion (£).
    const draws = [154000, 200000, 329000, 476000].map((d) => ok(dsgBlock('High Needs', 1, d)));
    const total = draws.reduce((a, b) => a + b, 0);
    expect(total).toBe(1159000);
    const summary = ok(dsgSummary(0, 0, total));
    expect(summary).toContainEqual(['High Needs block', 1159000]);
    expect(summary).toContainEqual(['Net DSG', 1159000]);
  });
});

describe('ESG.DSG.BLOCK', () => {
  test('Schools: pupils × unit of funding', () => {
    expect(ok(dsgBlock('Schools', 1000, 4500))).toBe(4500000);
  });
  test('Early Years: PTEs × hourly rate × 570 hours', () => {
    expect(ok(dsgBlock('early years', 10, 4))).toBe(10 * 4 * 570);
  });
  test('High Needs: places × rate, default £10,000', () => {
    expect(ok(dsgBlock('High Needs', 12, null))).toBe(120000);
    expect(ok(dsgBlock('HIGH NEEDS', 12, 8000))).toBe(96000);
  });
  test('Central: from 2018-19 only (#N/A before)', () => {
    expect(ok(dsgBlock('Central', 1000, 30, '2018-19'))).toBe(30000);
    const e = err(dsgBlock('Central', 1000, 30, '2017-18'));
    expect(e.code).toBe('#N/A');
    expect(e.message).toContain('2017-18');
  });
  test('errors name the argument', () => {
    const unknown = err(dsgBlock('Sixth Form', 1, 1));
    expect(unknown.code).toBe('#VALUE!');
    expect(unknown.message).toContain('"Sixth Form"');
    expect(unknown.message).toContain('block');
    expect(err(dsgBlock('Schools', -5, 10)).message).toBe("Pupil numbers can't be negative (units = -5)");
    expect(err(dsgBlock('Schools', 5, null)).message).toContain('rate');
    expect(err(dsgBlock('Schools', 5, -1)).message).toContain('rate = -1');
    expect(err(dsgBlock('Schools', 5, 10, '2015-17')).message).toContain('year');
    expect(err(dsgBlock('Schools', 1e308, 1e308)).message).toContain('too large');
  });
});

describe('ESG.DSG.PTE', () => {
  test('Σ min(hours ÷ 15, 1), blanks ignored', () => {
    expect(ok(dsgPte([[15], [30], [7.5], [null], [''], [0]]))).toBe(2.5);
    expect(ok(dsgPte(45))).toBe(1);
  });
  test('negative hours and text are #VALUE! with the cell', () => {
    expect(err(dsgPte([[15], [-1]])).message).toBe("Hours can't be negative (hours, row 2 = -1)");
    expect(err(dsgPte([['fifteen']])).code).toBe('#VALUE!');
  });
});

describe('ESG.DSG.SUMMARY', () => {
  const expected = [
    ['Schools block', 1000],
    ['Early Years block', 200],
    ['High Needs block', 300],
    ['Total DSG', 1500],
    ['Academy recoupment', -400],
    ['Net DSG', 1100],
  ];
  test('recoupment is deducted whichever sign it is entered with', () => {
    expect(ok(dsgSummary(1000, 200, 300, null, 400))).toEqual(expected);
    expect(ok(dsgSummary(1000, 200, 300, null, -400))).toEqual(expected);
  });
  test('central block row when given', () => {
    const m = ok(dsgSummary(1000, 200, 300, 50));
    expect(m).toEqual([
      ['Schools block', 1000],
      ['Early Years block', 200],
      ['High Needs block', 300],
      ['Central School Services block', 50],
      ['Total DSG', 1550],
      ['Academy recoupment', 0],
      ['Net DSG', 1550],
    ]);
    expect(Object.is(m[5][1], -0)).toBe(false);
  });
  test('negative blocks are refused', () => {
    expect(err(dsgSummary(1000, -1, 0)).message).toContain('earlyYears = -1');
  });
});

describe('ESG.DSG.TRANSFER: the 0.5% rule from 2018-19', () => {
  test('up to 0.5% is allowed', () => {
    expect(ok(dsgTransfer(100_000_000, 500_000, '2018-19'))).toBe(500_000);
  });
  test('over 0.5% without approval is #VALUE! giving the limit in £', () => {
    const e = err(dsgTransfer(100_000_000, 500_001, '2018-19'));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('£500,000');
    expect(e.message).toContain('approved');
  });
  test('over 0.5% with approval is allowed', () => {
    expect(ok(dsgTransfer(100_000_000, 2_000_000, '2019-20', true))).toBe(2_000_000);
  });
  test('before 2018-19 any amount moves', () => {
    expect(ok(dsgTransfer(100_000_000, 20_000_000, '2015-16'))).toBe(20_000_000);
    expect(transferCore(100, 50, 2017, false)).toEqual({ limit: undefined, allowed: true });
  });
  test('year is required and must be readable', () => {
    expect(err(dsgTransfer(100, 1, null)).message).toContain('year');
    expect(err(dsgTransfer(100, 1, 'soon')).message).toContain('year = "soon"');
    expect(err(dsgTransfer(100, 1, 2018, 'perhaps')).message).toContain('approved');
  });
});
