import { naError, valueError } from '../../src/engine/result';
import { HostlessExcelError, isExcelErrorLike, toExcel } from '../../src/functions/excel-error';

describe('toExcel without Excel', () => {
  test('values pass through', () => {
    expect(toExcel(5)).toBe(5);
    expect(toExcel([['a', 1]])).toEqual([['a', 1]]);
  });
  test('engine errors become HostlessExcelError with the message', () => {
    const v = toExcel(valueError('Pupil numbers can\'t be negative (special = -3)'));
    expect(v).toBeInstanceOf(HostlessExcelError);
    expect(v).toMatchObject({ code: '#VALUE!', message: "Pupil numbers can't be negative (special = -3)" });
    expect(toExcel(naError('There is no ESG in 2018-19'))).toMatchObject({ code: '#N/A' });
  });
});

describe('toExcel inside Excel', () => {
  class FakeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const g = globalThis as { CustomFunctions?: unknown };
  beforeEach(() => {
    g.CustomFunctions = { Error: FakeError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' } };
  });
  afterEach(() => {
    delete g.CustomFunctions;
  });
  test('engine errors become CustomFunctions.Error with our message', () => {
    const v = toExcel(naError('There is no ESG in 2019-20'));
    expect(v).toBeInstanceOf(FakeError);
    expect(v).toMatchObject({ code: '#N/A', message: 'There is no ESG in 2019-20' });
    expect(toExcel(valueError('bad'))).toMatchObject({ code: '#VALUE!', message: 'bad' });
  });
});

describe('isExcelErrorLike', () => {
  test('recognises both shapes and nothing else', () => {
    expect(isExcelErrorLike(new HostlessExcelError('#N/A', 'x'))).toBe(true);
    expect(isExcelErrorLike({ code: '#VALUE!', message: 'm' })).toBe(true);
    expect(isExcelErrorLike({ code: 'VALUE', message: 'm' })).toBe(false);
    expect(isExcelErrorLike({ code: '#VALUE!' })).toBe(false);
    expect(isExcelErrorLike({ kind: 'error', code: '#VALUE!' })).toBe(false);
    expect(isExcelErrorLike('#VALUE!')).toBe(false);
    expect(isExcelErrorLike(null)).toBe(false);
    expect(isExcelErrorLike([['#N/A']])).toBe(false);
  });
});
