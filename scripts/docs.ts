/**
 * docs/functions.md, generated: the function reference from the same JSDoc metadata Excel
 * reads (functions.json, produced here with custom-functions-metadata's API so that no
 * webpack build is needed), plus a worked example of each function from the registry,
 * evaluated through the headless calculator (src/cli/evaluate.ts) and explained step by
 * step by the engine's `explain`. `npm run docs` writes it; tests/docs.test.ts fails when
 * the file is out of date.
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata/lib/generate';
import type { IFunction } from 'custom-functions-metadata/lib/parseTree';
import { evaluateFormula, type JsonScalar } from '../src/cli/evaluate';
import { num } from '../src/engine/explain/format';
import { EXPLAIN } from '../src/engine/messages';
import { explainFormula, type FormulaExplanation } from '../src/explain';
import { NAMESPACE, REGISTRY, type FunctionSpec } from '../src/functions/registry';

export const FUNCTIONS_DOC = join(__dirname, '..', 'docs', 'functions.md');
const FUNCTIONS_DIR = join(__dirname, '..', 'src', 'functions');

/** The metadata Excel reads, generated from src/functions/*.ts. */
export async function functionsMetadata(): Promise<IFunction[]> {
  const files = readdirSync(FUNCTIONS_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => join(FUNCTIONS_DIR, f));
  const result = await generateCustomFunctionsMetadata(files);
  if (result.errors.length > 0) throw new Error(`functions metadata: ${result.errors.join('; ')}`);
  return (JSON.parse(result.metadataJson) as { functions: IFunction[] }).functions;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function showJson(v: JsonScalar): string {
  if (v === null) return '';
  if (typeof v === 'number') return num(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'object') return `${v.error} ${v.message}`;
  return v;
}

/** GitHub's heading anchor: "ESG.DSG.BLOCK" → "esgdsgblock". */
function anchor(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

function signature(name: string, meta: IFunction): string {
  const params = meta.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${name}(${params.join(', ')})`;
}

function resultTable(rows: JsonScalar[][]): string[] {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: readonly string[]) => `| ${r.map(cell).join(' | ')} |`;
  // A first row of labels (ESG.PROJECT's) is the table's header; otherwise the header is blank.
  const header = rows.length > 1 && rows[0].every((v) => typeof v === 'string');
  return [
    line(header ? rows[0].map(showJson) : Array.from({ length: width }, () => ' ')),
    line(Array.from({ length: width }, () => '---')),
    ...rows.slice(header ? 1 : 0).map((r) => line(r.map(showJson))),
  ];
}

function workings(x: FormulaExplanation): string[] {
  if (x.kind !== 'explained') throw new Error(`the example ${'formula' in x ? x.formula : ''} could not be explained: ${x.kind}`);
  const e = x.explanation;
  const out: string[] = [];
  if (e.rates.length > 0) {
    out.push(`**${EXPLAIN.headingRates}**`, '');
    for (const r of e.rates) out.push(`- ${r.label}${r.year === undefined ? '' : `, ${r.year}`}: ${r.display} — ${r.source}`);
    out.push('');
  }
  if (e.steps.length > 0) {
    out.push(`**${EXPLAIN.headingSteps}**`, '');
    let group: string | undefined;
    for (const s of e.steps) {
      if (s.group !== group) {
        group = s.group;
        if (group !== undefined) out.push(`- *${group}*`);
      }
      const value = typeof s.value === 'number' ? num(s.value) : typeof s.value === 'boolean' ? (s.value ? 'TRUE' : 'FALSE') : s.value;
      out.push(`${s.group === undefined ? '' : '  '}- ${s.label}: \`${s.expression}\` = ${value}`);
    }
    out.push('');
  }
  return out;
}

/** The explanation's result and the calculator's must agree, or the docs would show two answers. */
function agree(x: FormulaExplanation, value: JsonScalar | JsonScalar[][]): boolean {
  if (x.kind !== 'explained') return false;
  const r = x.explanation.result;
  return JSON.stringify(typeof r === 'object' && !Array.isArray(r) ? { error: r.code, message: r.message } : r) === JSON.stringify(value);
}

async function example(spec: FunctionSpec): Promise<string[]> {
  if (spec.example === undefined) return [];
  const out = evaluateFormula(spec.example);
  if ('usageError' in out) throw new Error(`example of ${spec.name}: ${out.usageError}`);
  const x = await explainFormula(spec.example, {
    resolve: (ref) => {
      throw new Error(`examples use values only, not ${ref.text}`);
    },
  });
  if (!agree(x, out.value)) throw new Error(`example of ${spec.name}: the explanation and the calculator disagree`);
  const lines = ['### Example', '', '```', spec.example, '```', ''];
  if (Array.isArray(out.value)) lines.push('spills:', '', ...resultTable(out.value), '');
  else lines.push(`gives **${showJson(out.value)}**`, '');
  lines.push(...workings(x));
  return lines;
}

const INTRO = [
  '# The `ESG.*` functions',
  '',
  '<!-- Generated by `npm run docs` (scripts/gen-docs.ts) from the functions\' JSDoc metadata and the registry\'s examples. Do not edit by hand: tests/docs.test.ts fails when this file is out of date. -->',
  '',
  'Type `=ESG.` in a cell to see them all. Amounts are pounds (not £000), never rounded inside a function.',
  'Years are financial years: `"2015-16"`, `"2015/16"` or `2015`. Optional arguments (in brackets) may be',
  'left out or left blank. A wrong input gives `#VALUE!` (a year with no data `#N/A`) with a message on the',
  "cell's error indicator. Each example below shows the real result and how it is worked out — the same",
  'explanation the task pane shows for a selected cell (see the [guide](guide.md#explain-a-figure)).',
  '',
];

export async function renderFunctionsDoc(): Promise<string> {
  const metadata = await functionsMetadata();
  const byName = new Map(metadata.map((m) => [m.name, m]));
  const lines = [...INTRO, '## Contents', ''];
  for (const spec of REGISTRY) {
    const title = `${NAMESPACE}.${spec.name}`;
    lines.push(`- [${title}](#${anchor(title)}) — ${byName.get(spec.name)?.description ?? ''}`);
  }
  lines.push('');
  for (const spec of REGISTRY) {
    const meta = byName.get(spec.name);
    if (meta === undefined) throw new Error(`${spec.name} is missing from the metadata`);
    const title = `${NAMESPACE}.${spec.name}`;
    lines.push(`## ${title}`, '', meta.description ?? '', '', '```', `=${signature(title, meta)}`, '```', '');
    lines.push('| argument | | what to enter |', '|---|---|---|');
    meta.parameters.forEach((p, i) => {
      const param = spec.params[i];
      const tags = [p.optional ? 'optional' : 'required'];
      if (p.dimensionality === 'matrix') tags.push('range');
      if (param?.defaultValue !== undefined) tags.push(`default \`${param.defaultValue}\``);
      lines.push(`| \`${p.name}\` | ${tags.join(', ')} | ${cell(p.description ?? '')} |`);
    });
    lines.push('', meta.result?.dimensionality === 'matrix' ? 'Returns a table that spills into the cells below and to the right.' : 'Returns one value.', '');
    lines.push(...(await example(spec)));
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
