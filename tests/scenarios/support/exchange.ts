/** Helpers of the export/import tests (exchange.test.ts, exchange-names.test.ts). */
import type { Demo } from './demo';

/** The scenarios as the service lists them: names and stored values. */
export async function table(d: Demo): Promise<{ name: string; values: readonly unknown[] }[]> {
  const list = await d.service.list();
  if (list.kind !== 'state') throw new Error(list.message);
  return list.scenarios.map((s) => ({ name: s.name, values: s.values }));
}

/** The exported file's text (and its name checked). */
export async function exported(d: Demo, format: 'json' | 'csv'): Promise<string> {
  const out = format === 'json' ? await d.service.exportJson() : await d.service.exportCsv();
  if (out.kind !== 'exported') throw new Error(out.message);
  expect(out.fileName).toMatch(format === 'json' ? /^scenarios-\d{8}-\d{6}\.json$/ : /\.csv$/);
  return out.text;
}
