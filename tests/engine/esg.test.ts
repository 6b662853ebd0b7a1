import { esgGrant, esgProject, esgRate, grantCore, projectCore } from '../../src/engine/esg';
import { ESG_RATES } from '../../src/engine/rates';
import { isError, type EngineError, type Matrix, type Result } from '../../src/engine/result';

function ok<T>(r: Result<T>): T {
  if (isError(r)) throw new Error(`unexpected engine error: ${r.code} ${r.message}`);
  return r;
}
function err<T>(r: Result<T>): EngineError {
  if (!isError(r)) throw new Error(`expected an error, got ${JSON.stringify(r)}`);
  return r;
}
const lastRow = (m: Matrix) => m[m.length - 1];

// Seed 001 paragraphs 38-41: July 2015 estimate, 2015-16.
const MAINSTREAM = 44095;
const SPECIAL = 579;
const ACADEMIES = 44290 + 479;

describe('ESG.GRANT reproduces the July 2015 estimate (seed 001, para 41)', () => {
  test('whole authority: retained 1,341,645; general 4,050,350.25; total 5,391,995.25', () => {
    expect(ok(esgGrant(MAINSTREAM, SPECIAL, 0, ACADEMIES, '2015-16', 'retained'))).toBe(1341645);
    expect(ok(esgGrant(MAINSTREAM, SPECIAL, 0, ACADEMIES, '2015-16', 'general'))).toBe(4050350.25);
    expect(ok(esgGrant(MAINSTREAM, SPECIAL, 0, ACADEMIES, '2015-16', 'total'))).toBe(5391995.25);
    // year and element default to 2015-16 and total
    expect(ok(esgGrant(MAINSTREAM, SPECIAL, 0, ACADEMIES))).toBe(5391995.25);
  });

  test('maintained mainstream row alone: 661,425 / 3,836,265 / 4,497,690', () => {
    expect(ok(esgGrant(MAINSTREAM, null, null, null, null, 'retained'))).toBe(661425);
    expect(ok(esgGrant(MAINSTREAM, null, null, null, null, 'general'))).toBe(3836265);
    expect(ok(esgGrant(MAINSTREAM))).toBe(4497690);
  });

  test('maintained special row alone: 8,685 / 214,085.25', () => {
    expect(ok(esgGrant(0, SPECIAL, undefined, undefined, undefined, 'retained'))).toBe(8685);
    expect(ok(esgGrant(0, SPECIAL, undefined, undefined, undefined, 'general'))).toBe(214085.25);
  });

  test('every school an academy: 1,341,645 (the report\'s £1.3m)', () => {
    expect(ok(esgGrant(0, 0, 0, 89443))).toBe(1341645);
  });

  test('grantCore exposes the terms', () => {
    const g = grantCore({ mainstream: MAINSTREAM, special: SPECIAL, pru: 0, academies: ACADEMIES }, ESG_RATES[2015]);
    expect(g.weightedPupils).toBe(46555.75);
    expect(g.allPupils).toBe(89443);
    expect(g.total).toBe(g.general + g.retained);
  });

  test('PRU pupils carry the 3.75 weight', () => {
    expect(ok(esgGrant(0, 0, 100, 0, 2015, 'general'))).toBe(87 * 375);
    expect(ok(esgGrant(0, 0, 100, 0, 2015, 'retained'))).toBe(1500);
  });

  test('rate overrides replace the table, for any year', () => {
    expect(ok(esgGrant(1000, 0, 0, 0, '2015-16', 'general', 90))).toBe(90000);
    expect(ok(esgGrant(1000, 0, 0, 500, '2015-16', 'retained', undefined, 20))).toBe(30000);
    // 2019-20 has no ESG, but both rates are given: weights as 2015-16
    expect(ok(esgGrant(1000, 10, 0, 0, '2019-20', 'total', 50, 10))).toBe(50 * 1042.5 + 10 * 1010);
    // only the retained rate given: enough for the retained element alone
    expect(ok(esgGrant(1000, 0, 0, 0, '2019-20', 'retained', '', 10))).toBe(10000);
  });

  test('a year with no ESG is #N/A with a message, unless overridden', () => {
    const e = err(esgGrant(1000, 0, 0, 0, '2018-19'));
    expect(e.code).toBe('#N/A');
    expect(e.message).toContain('2018-19');
    expect(e.message).toMatch(/central school services block/i);
    expect(err(esgGrant(1000, 0, 0, 0, 2019, 'total', 50)).code).toBe('#N/A');
  });

  test('published rates for each year', () => {
    expect(ok(esgGrant(100, 0, 0, 0, 2013, 'general'))).toBe(11600);
    expect(ok(esgGrant(100, 0, 0, 0, 2014, 'general'))).toBe(100 * 113.17);
    expect(ok(esgGrant(100, 0, 0, 0, 2016, 'general'))).toBe(7700);
    expect(ok(esgGrant(100, 0, 0, 0, 2017, 'general'))).toBe(2750);
    expect(ok(esgGrant(100, 0, 0, 0, 2017, 'retained'))).toBe(0);
  });
});

describe('ESG.RATE', () => {
  test.each([
    [2013, 'general', 116],
    [2014, 'general', 113.17],
    ['2015-16', undefined, 87],
    ['2015/16', 'retained', 15],
    [2016, 'general', 77],
    ['2017-18', 'general', 27.5],
    ['2017-18', 'retained', 0],
    [2015, 'special', 4.25],
    [2015, 'PRU', 3.75],
    [2015, ' Retained Duties ', 15],
  ])('RATE(%p, %p) = %p', (year, element, expected) => {
    expect(ok(esgRate(year, element))).toBe(expected);
  });

  test('no ESG before 2013-14 or after 2017-18: #N/A with a message', () => {
    const before = err(esgRate('2012-13'));
    expect(before.code).toBe('#N/A');
    expect(before.message).toContain('2012-13');
    const after = err(esgRate(2018));
    expect(after.code).toBe('#N/A');
    expect(after.message).toContain('There is no ESG in 2018-19');
    expect(after.message).toContain('central school services block');
  });

  test('unknown element and missing year are #VALUE! naming the argument', () => {
    const e = err(esgRate(2015, 'generous'));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('element');
    expect(e.message).toContain('"generous"');
    const y = err(esgRate(null));
    expect(y.code).toBe('#VALUE!');
    expect(y.message).toContain('year');
  });
});

describe('ESG.PROJECT', () => {
  const REF = [MAINSTREAM, SPECIAL, 0, ACADEMIES, '2015-16', 2, 7047.5] as const;

  test('July 2017 estimate: last row 30,000 maintained mainstream, 58,864 academies, £4,165,730.25', () => {
    const m = ok(esgProject(...REF));
    expect(m[0]).toEqual(['Year', 'Maintained pupils', 'Academy pupils', 'Retained duties £', 'General £', 'Total £']);
    expect(m).toHaveLength(4); // header + 2015-16, 2016-17, 2017-18
    const [year, maintained, academies, retained, general, total] = lastRow(m);
    expect(year).toBe('2017-18');
    expect(maintained).toBe(30000 + SPECIAL + 0); // maintained mainstream 30,000 plus special and PRU
    expect(academies).toBe(58864);
    expect(retained).toBe(1341645);
    expect(general).toBe(2824085.25);
    expect(total).toBe(4165730.25);
  });

  test('the base row is the start year before any conversion', () => {
    const m = ok(esgProject(...REF));
    expect(m[1]).toEqual(['2015-16', MAINSTREAM + SPECIAL, ACADEMIES, 1341645, 4050350.25, 5391995.25]);
    expect(m[2][0]).toBe('2016-17');
  });

  test('mode "pupils" stops at zero', () => {
    const m = ok(esgProject(1000, 0, 0, 0, 2015, 3, 400));
    expect(m.slice(1).map((r) => r[1])).toEqual([1000, 600, 200, 0]);
    expect(m.slice(1).map((r) => r[2])).toEqual([0, 400, 800, 1000]);
  });

  test('mode "percent" converts a fraction of the remaining pupils', () => {
    const m = ok(esgProject(1000, 0, 0, 0, 2015, 2, '10%', 'percent'));
    expect(m.slice(1).map((r) => r[1])).toEqual([1000, 900, 810]);
    expect(ok(esgProject(1000, 0, 0, 0, 2015, 2, 0.1, 'Percent'))).toEqual(m);
  });

  test('mode "target" reaches the target in the last year on a straight line', () => {
    const m = ok(esgProject(MAINSTREAM, SPECIAL, 0, ACADEMIES, '2015-16', 2, 30000, 'target'));
    expect(m.slice(1).map((r) => r[1])).toEqual([MAINSTREAM + SPECIAL, 37047.5 + SPECIAL, 30000 + SPECIAL]);
    expect(lastRow(m)[5]).toBe(4165730.25);
    const three = ok(esgProject(900, 0, 0, 0, 2015, 3, 0, 'target'));
    expect(three.slice(1).map((r) => r[1])).toEqual([900, 600, 300, 0]);
  });

  test('timing "even": the general element uses the average of opening and closing pupils', () => {
    const m = ok(esgProject(1000, 0, 0, 0, 2015, 1, 400, 'pupils', 'even'));
    expect(m[2][1]).toBe(600); // closing count shown
    expect(m[2][4]).toBe(87 * 800); // general on the average (1000 + 600) / 2
    expect(m[2][3]).toBe(15 * 1000); // retained duties on all pupils, unchanged
    const start = ok(esgProject(1000, 0, 0, 0, 2015, 1, 400, 'pupils', 'start'));
    expect(start[2][4]).toBe(87 * 600);
  });

  test('rates "held" vs "published"', () => {
    const held = ok(esgProject(1000, 0, 0, 0, 2015, 2, 0, 'pupils', 'start', 'held'));
    expect(held.slice(1).map((r) => r[4])).toEqual([87000, 87000, 87000]);
    const published = ok(esgProject(1000, 0, 0, 0, 2015, 2, 0, 'pupils', 'start', 'published'));
    expect(published.slice(1).map((r) => r[4])).toEqual([87000, 77000, 27500]);
    expect(published.slice(1).map((r) => r[3])).toEqual([15000, 15000, 0]);
  });

  test('published rates into a year with no ESG is #N/A naming that year', () => {
    const e = err(esgProject(1000, 0, 0, 0, 2016, 3, 0, 'pupils', 'start', 'published'));
    expect(e.code).toBe('#N/A');
    expect(e.message).toContain('2018-19');
  });

  test('held rates from a start year with no ESG is #N/A', () => {
    expect(err(esgProject(1000, 0, 0, 0, 2018, 1, 0)).code).toBe('#N/A');
  });

  test('errors name the argument', () => {
    expect(err(esgProject(1000, -3, 0, 0, 2015, 1, 0)).message).toBe("Pupil numbers can't be negative (special = -3)");
    expect(err(esgProject(1000, 0, 0, 0, 2015, 1.5, 0)).message).toContain('years');
    expect(err(esgProject(1000, 0, 0, 0, 2015, 1, 5, 'percent')).message).toContain('conversion');
    expect(err(esgProject(1000, 0, 0, 0, 2015, 1, 2000, 'target')).message).toContain('conversion = 2000');
    expect(err(esgProject(1000, 0, 0, 0, 2015, 1, 0, 'linear')).message).toContain('mode');
    expect(err(esgProject(1000, 0, 0, 0, 2015, 1, 0, 'pupils', 'late')).message).toContain('timing');
    expect(err(esgProject(1000, 0, 0, 0, 2015, 1, 0, 'pupils', 'start', 'guessed')).message).toContain('rates');
    expect(err(esgProject(1000, 0, 0, 0, '2015-17', 1, 0)).message).toContain('startYear');
    expect(err(esgProject(1000, 0, 0, 0, 2015, 51, 0)).message).toContain('years');
  });

  test('projectCore exposes each year\'s terms', () => {
    const rows = ok(
      projectCore({
        pupils: { mainstream: 1000, special: 0, pru: 0, academies: 0 },
        startYear: 2015,
        years: 1,
        conversion: 250,
        mode: 'pupils',
        timing: 'even',
        rates: 'held',
      }),
    );
    expect(rows[1]).toMatchObject({ year: 2016, mainstream: 750, converted: 250, generalMainstream: 875, academies: 250 });
  });
});
