import { mix } from '../../src/engine/mix';
import { isError, type EngineError, type Result } from '../../src/engine/result';

function ok<T>(r: Result<T>): T {
  if (isError(r)) throw new Error(`unexpected engine error: ${r.code} ${r.message}`);
  return r;
}
function err<T>(r: Result<T>): EngineError {
  if (!isError(r)) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return r;
}

describe('ESG.MIX against the seed 001 paragraph 23 bands', () => {
  test('Oxfordshire c.70% / 20% / 10%: core above, core plus below, traded below', () => {
    expect(ok(mix(70, 20, 10))).toEqual([
      ['Core Offer (statutory)', 0.7, 'Above range'],
      ['Core Offer Plus (strategic)', 0.2, 'Below range'],
      ['Traded activity', 0.1, 'Below range'],
    ]);
  });
  test('an effective mix sits within every band, edges included', () => {
    expect(ok(mix(40, 35, 25))).toEqual([
      ['Core Offer (statutory)', 0.4, 'Within range'],
      ['Core Offer Plus (strategic)', 0.35, 'Within range'],
      ['Traded activity', 0.25, 'Within range'],
    ]);
    expect(ok(mix(0.25, 0.45, 0.3)).map((r) => r[2])).toEqual(['Within range', 'Above range', 'Within range']);
  });
  test('bands override the defaults', () => {
    const bands = [[0.6, 0.8], [0.1, 0.2], ['5%', '10%']];
    expect(ok(mix(70, 20, 10, bands)).map((r) => r[2])).toEqual(['Within range', 'Within range', 'Within range']);
  });
  test('errors', () => {
    expect(err(mix(0, 0, 0)).code).toBe('#VALUE!');
    expect(err(mix(-1, 2, 3)).message).toBe("Staff time can't be negative (core = -1)");
    expect(err(mix(1, 2, 3, [[0.1, 0.2]])).message).toContain('bands must be a range of 3 rows × 2 columns');
    expect(err(mix(1, 2, 3, [[0.3, 0.2], [0, 1], [0, 1]])).message).toContain('bands, row 1');
    expect(err(mix(1, 2, 3, [[0, 25], [0, 1], [0, 1]])).message).toContain('between 0 and 1');
    expect(err(mix(1e308, 1e308, 1)).message).toContain('too large');
  });
});
