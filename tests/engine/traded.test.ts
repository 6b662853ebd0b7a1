import { isError, type EngineError, type Result } from '../../src/engine/result';
import { shareCore, tradedPrice, tradedShare, tradedSplit, tradedSurplus, tradedTeckal } from '../../src/engine/traded';

function ok<T>(r: Result<T>): T {
  if (isError(r)) throw new Error(`unexpected engine error: ${r.code} ${r.message}`);
  return r;
}
function err<T>(r: Result<T>): EngineError {
  if (!isError(r)) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return r;
}

const THRESHOLDS = [[0], [50000], [100000]];
const RATIOS = [[0.5], [0.25], [0.1]];

describe('ESG.TRADED.SURPLUS', () => {
  test('Σ income − Σ costs, ranges or numbers, blanks ignored', () => {
    expect(ok(tradedSurplus([[100], [200], [null]], [[50, 25]]))).toBe(225);
    expect(ok(tradedSurplus(100, 150))).toBe(-50);
  });
  test('negative amounts and text are refused, naming the cell', () => {
    expect(err(tradedSurplus([[100], [-5]], 0)).message).toContain('income, row 2 = -5');
    expect(err(tradedSurplus(100, [['n/a']])).message).toContain('costs');
  });
});

describe('ESG.TRADED.SHARE', () => {
  // Pinned before readBands lost its per-call closure (issue 13 point 2): 2-D scales name row and column.
  test('a 2-D sliding scale: its bad cell located by row and column', () => {
    expect(err(tradedShare(1, [[5, 10]], [[0.5, 0.2]])).message).toBe(
      'The first threshold must be 0, the bottom of the first band (thresholds, column 1 = 5)',
    );
    expect(err(tradedShare(1, [[0, 10], [5, 20]], [[0.5, 0.2], [0.1, 0.1]])).message).toBe(
      'Thresholds must go up from band to band (thresholds, row 2 column 1 = 5 is not above 10)',
    );
    expect(err(tradedShare(1, [[0, 10], [20, 20]], [[0.5, 0.2], [0.1, 0.1]])).message).toBe(
      'Thresholds must go up from band to band (thresholds, row 2 column 2 = 20 is not above 20)',
    );
  });
  test('marginal: each slice at its own band ratio', () => {
    // 50,000 × 0.5 + 50,000 × 0.25 + 20,000 × 0.1
    expect(ok(tradedShare(120000, THRESHOLDS, RATIOS))).toBe(25000 + 12500 + 2000);
    expect(ok(tradedShare(30000, THRESHOLDS, RATIOS, 'marginal'))).toBe(15000);
  });
  test('whole: the whole surplus at the ratio of the band it reaches', () => {
    expect(ok(tradedShare(120000, THRESHOLDS, RATIOS, 'whole'))).toBe(12000);
    expect(ok(tradedShare(50000, THRESHOLDS, RATIOS, 'Whole'))).toBe(12500);
    expect(ok(tradedShare(49999, THRESHOLDS, RATIOS, 'whole'))).toBe(24999.5);
  });
  test('a deficit gives 0', () => {
    expect(ok(tradedShare(-5000, THRESHOLDS, RATIOS))).toBe(0);
    expect(ok(tradedShare(-5000, THRESHOLDS, RATIOS, 'whole'))).toBe(0);
  });
  test('row ranges work too', () => {
    expect(ok(tradedShare(120000, [[0, 50000, 100000]], [[0.5, 0.25, 0.1]]))).toBe(39500);
  });
  test('shareCore exposes the slices', () => {
    const s = shareCore(60000, [{ from: 0, ratio: 0.5 }, { from: 50000, ratio: 0.2 }], 'marginal');
    expect(s.slices.map((b) => [b.slice, b.share])).toEqual([[50000, 25000], [10000, 2000]]);
  });
  test('bad scales are #VALUE! naming the argument', () => {
    expect(err(tradedShare(1, [[0], [10]], [[0.5]])).message).toBe(
      'thresholds and ratios must be ranges of the same size (thresholds has 2 cells, ratios has 1)',
    );
    expect(err(tradedShare(1, [[100], [200]], [[0.5], [0.2]])).message).toContain('first threshold must be 0');
    expect(err(tradedShare(1, [[0], [200], [100]], [[0.5], [0.2], [0.1]])).message).toContain('thresholds, row 3 = 100');
    expect(err(tradedShare(1, [[0]], [[1.5]])).message).toContain('ratios = 1.5');
    expect(err(tradedShare(1, [[0]], [[0.5]], 'progressive')).message).toContain('method');
    expect(err(tradedShare('big', [[0]], [[0.5]])).message).toContain('surplus');
  });
});

describe('ESG.TRADED.SPLIT', () => {
  test('ring-fence first, then the council share of the net surplus', () => {
    expect(ok(tradedSplit(100000, THRESHOLDS, RATIOS, 0.2))).toEqual([
      ['Surplus', 100000],
      ['Ring-fenced for reinvestment', 20000],
      ['Net surplus', 80000],
      ['Council share', 25000 + 7500],
      ['Retained by the trading arm', 80000 - 32500],
    ]);
  });
  test('a deficit stays with the trading arm', () => {
    expect(ok(tradedSplit(-1000, THRESHOLDS, RATIOS, '25%'))).toEqual([
      ['Surplus', -1000],
      ['Ring-fenced for reinvestment', 0],
      ['Net surplus', -1000],
      ['Council share', 0],
      ['Retained by the trading arm', -1000],
    ]);
  });
  test('ringfence must be a fraction', () => {
    expect(err(tradedSplit(1, THRESHOLDS, RATIOS, 20)).message).toContain('ringfence = 20');
  });
});

describe('ESG.TRADED.PRICE and TECKAL', () => {
  test('full cost recovery price', () => {
    expect(ok(tradedPrice(1000, 0.5))).toBe(1500);
    expect(ok(tradedPrice(1000, 0.5, 10, 0.1))).toBe((1000 * 1.5 * 1.1) / 10);
    expect(err(tradedPrice(1000, 0.5, 0)).message).toContain('units');
    expect(err(tradedPrice(-1, 0.5)).message).toContain('directCost = -1');
  });
  test('outside share of turnover', () => {
    expect(ok(tradedTeckal(800, 200))).toBe(0.2);
    expect(ok(tradedTeckal(750, 250))).toBe(0.25);
    expect(err(tradedTeckal(0, 0)).code).toBe('#VALUE!');
    expect(err(tradedTeckal(1e308, 1e308)).message).toContain('too large');
    expect(err(tradedTeckal(100, -1)).message).toContain('otherTurnover = -1');
  });
});
