/**
 * A valid call of each catalogue function, as argument texts: the one list the tests that
 * compare Explain with the cell, the formula language and the browser's catalogue walk share.
 */
import type { CatalogueName } from '../../src/engine';

export const VALID_CALLS: Record<CatalogueName, string[]> = {
  RATE: ['"2015-16"', '"retained"'],
  GRANT: ['44095', '579', '0', '44769', '"2015-16"', '"total"', '87', '15'],
  PROJECT: ['44095', '579', '0', '44769', '"2015-16"', '2', '7047.5', '"pupils"', '"even"', '"held"'],
  'DSG.BLOCK': ['"High Needs"', '116', '12000', '"2018-19"'],
  'DSG.PTE': ['{15;10;30}'],
  'DSG.SUMMARY': ['300', '30', '50', '1', '-120'],
  'DSG.TRANSFER': ['300000000', '2000000', '"2019-20"', 'TRUE'],
  'TRADED.SURPLUS': ['{500,120}', '{450,20}'],
  'TRADED.SHARE': ['100000', '{0,50000}', '{0.5,0.25}', '"whole"'],
  'TRADED.SPLIT': ['100000', '{0,50000}', '{0.5,0.25}', '0.2', '"marginal"'],
  'TRADED.PRICE': ['50000', '0.3', '100', '0.1'],
  'TRADED.TECKAL': ['800000', '150000'],
  MIX: ['70', '20', '10', '{0.1,0.5;0.2,0.6;0.1,0.3}'],
};
