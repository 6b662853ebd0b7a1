/** The scenario service over the Office.js adapter on a fake Excel, with a clock that ticks a second a call. */
import { ScenarioService } from '../../../src/scenarios';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { FakeExcel, type FakeWorkbook } from './fake-excel';

function clock(): () => Date {
  let t = 0;
  return () => new Date(Date.UTC(2025, 0, 1, 12, 0, t++));
}

export function setUp(wb: FakeWorkbook): { excel: FakeExcel; service: ScenarioService; uninstall: () => void } {
  const excel = new FakeExcel(wb);
  const uninstall = excel.install();
  return { excel, service: new ScenarioService(new OfficeWorkbook(), { now: clock() }), uninstall };
}
