/**
 * Switch → Revert → Compare, through the real scenario service, on temporary copies of the
 * scenario layout (see renamed-port.ts): two inputs, one output, scenarios Base and High.
 *
 * Why copies and not the user's own scenarios: a Switch on their inputs would recalculate
 * their model, add rows to their Scenario Log and (Compare) rewrite their comparison sheet —
 * writes they did not ask for, and a failure half-way would leave their inputs changed.
 * Why not "only in an empty workbook": then most users could never run it. The copies carry
 * names that start with this run's prefix; the runner deletes them and the scratch sheets.
 */
import { ACTIVE_NAME, COMPARISON_NAME, COMPARISON_SHEET, LOG_COLUMNS, LOG_SHEET, LOG_TABLE, OUTPUTS_TABLE, SCENARIOS_SHEET, SCENARIOS_TABLE } from '../scenarios/layout';
import { ScenarioService } from '../scenarios/service';
import type { CellValue } from '../workbook/port';
import { RenamedPort } from './renamed-port';
import { fail, pass, type Probe, type ProbeContext } from './types';

const BASE = { pupils: 100, rate: 5, total: 105 };
const HIGH = { pupils: 200, rate: 7, total: 207 };

async function inputsNow(ctx: ProbeContext, names: readonly string[]): Promise<CellValue[]> {
  const snap = await ctx.host.workbook.read({ names });
  return names.map((name) => {
    const read = snap.name(name);
    return read.status === 'range' ? read.value : `(${read.status})`;
  });
}

const list = (values: readonly CellValue[]): string => values.map(String).join(', ');

export const roundTripProbe: Probe = {
  id: 'switch-revert-compare',
  title: 'Switch → Revert → Compare',
  checks: 'The scenario service switches, reverts and compares correctly on temporary copies of the scenario tables (your own scenarios are not touched).',
  expected: `Switch to High: inputs ${HIGH.pupils}, ${HIGH.rate}, output ${HIGH.total}; Revert: ${BASE.pupils}, ${BASE.rate}, ${BASE.total}; Compare: Base ${BASE.total}, High ${HIGH.total}, inputs back to Base.`,
  async run(ctx) {
    const { host, sheet, prefix } = ctx;
    const compareSheet = ctx.extraSheet('Compare');
    const pupils = `${prefix}Pupils`;
    const rate = `${prefix}Rate`;
    const total = `${prefix}Total`;
    const active = `${prefix}Active`;
    const comparison = `${prefix}Comparison`;
    for (const name of [pupils, rate, total, active, comparison]) ctx.trackName(name);
    const port = new RenamedPort(host.workbook, {
      tables: { [SCENARIOS_TABLE]: `${prefix}Scenarios`, [OUTPUTS_TABLE]: `${prefix}Outputs`, [LOG_TABLE]: `${prefix}Log` },
      names: { [ACTIVE_NAME]: active, [COMPARISON_NAME]: comparison },
      sheets: { [SCENARIOS_SHEET]: sheet, [LOG_SHEET]: sheet, [COMPARISON_SHEET]: compareSheet },
    });
    await host.workbook.write([
      { kind: 'setCells', sheet, address: 'A1', cells: [['Pupils', BASE.pupils], ['Rate', BASE.rate], ['Total', ''], ['Active', 'Base']] },
      { kind: 'defineName', name: pupils, sheet, address: 'B1' },
      { kind: 'defineName', name: rate, sheet, address: 'B2' },
      { kind: 'defineName', name: active, sheet, address: 'B4' },
      { kind: 'defineName', name: total, sheet, address: 'B3' },
      // The output formula refers to the names defined just above.
      { kind: 'setCells', sheet, address: 'B3', cells: [[{ formula: `=${pupils}+${rate}` }]] },
      { kind: 'addTable', sheet, address: 'D1', name: `${prefix}Scenarios`, header: ['Input', 'Description', 'Base', 'High'], rows: [[pupils, 'Pupils', BASE.pupils, HIGH.pupils], [rate, 'Rate', BASE.rate, HIGH.rate]] },
      { kind: 'addTable', sheet, address: 'D6', name: `${prefix}Outputs`, header: ['Output', 'Label'], rows: [[total, 'Total']] },
      { kind: 'addTable', sheet, address: 'D10', name: `${prefix}Log`, header: [...LOG_COLUMNS], rows: [] },
    ]);
    await host.workbook.calculate();
    const service = new ScenarioService(port, { waitForCalculation: () => ctx.wait() });
    const names = [pupils, rate, total];
    const steps: string[] = [];

    const switched = await service.switchTo('High');
    const afterSwitch = await inputsNow(ctx, names);
    steps.push(`Switch → ${switched.kind === 'switched' ? list(afterSwitch) : `${switched.kind}${'message' in switched ? `: ${switched.message}` : ''}`}`);
    const reverted = await service.revert();
    const afterRevert = await inputsNow(ctx, names);
    steps.push(`Revert → ${reverted.kind === 'reverted' ? list(afterRevert) : `${reverted.kind}${'message' in reverted ? `: ${reverted.message}` : ''}`}`);
    const compared = await service.compare();
    const afterCompare = await inputsNow(ctx, names);
    const outputs = compared.kind === 'compared' ? compared.outputs[0]?.values ?? [] : [];
    steps.push(`Compare → ${compared.kind === 'compared' ? `${compared.scenarios.join('/')}: ${list(outputs)}; inputs ${list(afterCompare)}` : `${compared.kind}${'message' in compared ? `: ${compared.message}` : ''}`}`);

    const ok =
      switched.kind === 'switched' &&
      list(afterSwitch) === list([HIGH.pupils, HIGH.rate, HIGH.total]) &&
      reverted.kind === 'reverted' &&
      list(afterRevert) === list([BASE.pupils, BASE.rate, BASE.total]) &&
      compared.kind === 'compared' &&
      list(outputs) === list([BASE.total, HIGH.total]) &&
      list(afterCompare) === list([BASE.pupils, BASE.rate, BASE.total]);
    return ok ? pass(`${steps.join('; ')}.`) : fail(`${steps.join('; ')}.`);
  },
};
