import { dsgBlock, dsgPte, dsgSummary, dsgTransfer } from '../../src/functions/dsg';
import { grant, project, rate } from '../../src/functions/esg';
import { HostlessExcelError, isExcelErrorLike } from '../../src/functions/excel-error';
import { mix } from '../../src/functions/mix';
import { NAMESPACE, REGISTRY } from '../../src/functions/registry';
import { tradedPrice, tradedShare, tradedSplit, tradedSurplus, tradedTeckal } from '../../src/functions/traded';

describe('wrappers return the engine figures', () => {
  test('the seed figures through the custom functions', () => {
    expect(grant(44095, 579, 0, 44769)).toBe(5391995.25);
    expect(grant(44095, 579, 0, 44769, '2015-16', 'general')).toBe(4050350.25);
    const table = project(44095, 579, 0, 44769, '2015-16', 2, 7047.5);
    expect(Array.isArray(table) && table[table.length - 1]).toEqual(['2017-18', 30579, 58864, 1341645, 2824085.25, 4165730.25]);
    expect(rate('2015/16')).toBe(87);
  });

  test('every family wrapper is wired to its own engine function', () => {
    expect(dsgBlock('Schools', 10, 5)).toBe(50);
    expect(dsgPte([[15], [7.5]])).toBe(1.5);
    expect(dsgSummary(10, 0, 0, null, 4)).toContainEqual(['Net DSG', 6]);
    expect(dsgTransfer(1000, 5, '2018-19')).toBe(5);
    expect(tradedSurplus([[10]], [[4]])).toBe(6);
    expect(tradedShare(10, [[0]], [[0.5]])).toBe(5);
    expect(tradedSplit(10, [[0]], [[0.5]], 0)).toContainEqual(['Council share', 5]);
    expect(tradedPrice(10, 0.5)).toBe(15);
    expect(tradedTeckal(9, 1)).toBe(0.1);
    expect(mix(1, 1, 2)).toEqual([
      ['Core Offer (statutory)', 0.25, 'Within range'],
      ['Core Offer Plus (strategic)', 0.25, 'Below range'],
      ['Traded activity', 0.5, 'Above range'],
    ]);
  });
});

describe('wrappers turn engine errors into Excel errors with the message', () => {
  test('#VALUE! for a negative pupil count', () => {
    const v = grant(44095, -3);
    expect(v).toBeInstanceOf(HostlessExcelError);
    expect(v).toMatchObject({ code: '#VALUE!', message: "Pupil numbers can't be negative (special = -3)" });
  });
  test('#N/A for a year with no ESG, also from a spilling function', () => {
    expect(rate('2018-19')).toMatchObject({ code: '#N/A' });
    const v = project(1000, 0, 0, 0, '2018-19', 1, 0);
    expect(isExcelErrorLike(v) && v.message).toContain('There is no ESG in 2018-19');
  });
  test('each registry function gives an Excel error, not a throw, for nonsense input', () => {
    for (const spec of REGISTRY) {
      const args = spec.params.map(() => 'nonsense');
      const v = spec.fn(...args);
      expect(isExcelErrorLike(v)).toBe(true);
      expect(isExcelErrorLike(v) && v.message.length).toBeGreaterThan(10);
    }
  });
});

test('registry: namespace and names', () => {
  expect(NAMESPACE).toBe('ESG');
  expect(REGISTRY.map((f) => f.name)).toEqual([
    'RATE',
    'GRANT',
    'PROJECT',
    'DSG.BLOCK',
    'DSG.PTE',
    'DSG.SUMMARY',
    'DSG.TRANSFER',
    'TRADED.SURPLUS',
    'TRADED.SHARE',
    'TRADED.SPLIT',
    'TRADED.PRICE',
    'TRADED.TECKAL',
    'MIX',
  ]);
});
