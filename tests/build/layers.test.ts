/**
 * The layers hold because ESLint fails on a crossing (issue 10, point 5): each rule gets a
 * planted import that crosses it, linted with the project's own eslint.config.mjs, and an
 * import cycle planted in a scratch folder fails import-x/no-cycle.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');

interface Job {
  /** Lint this text as if it were this file (lintText), or these files on disk (lintFiles). */
  file?: string;
  code?: string;
  files?: string;
  overrideConfig?: unknown;
}
interface Hit {
  file: string;
  ruleId: string | null;
  message: string;
}

/**
 * ESLint loads eslint.config.mjs with a dynamic import, which jest's module sandbox refuses:
 * so the linting runs in one plain Node process, with ESLint's API, for all jobs at once.
 */
function lint(jobs: Job[]): Hit[][] {
  const script = `
    const { ESLint } = require('eslint');
    const jobs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    (async () => {
      const out = [];
      for (const job of jobs) {
        const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: job.overrideConfig });
        const results = job.files ? await eslint.lintFiles([job.files]) : await eslint.lintText(job.code, { filePath: job.file });
        out.push(results.flatMap((r) => r.messages.map((m) => ({ file: r.filePath, ruleId: m.ruleId, message: m.message }))));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const stdout = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, input: JSON.stringify(jobs), encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(stdout) as Hit[][];
}

const LAYER_RULES = new Set(['import-x/no-restricted-paths', 'no-restricted-imports']);

const CROSSINGS: [rule: string, file: string, code: string, message: RegExp][] = [
  ['the engine imports nothing outside itself', 'src/engine/planted.ts', "import { columnIndex } from '../workbook/port';\nexport const x = columnIndex;\n", /src\/engine imports nothing outside itself/],
  ['the engine imports nothing outside itself (functions)', 'src/engine/planted.ts', "import { REGISTRY } from '../functions/registry';\nexport const x = REGISTRY;\n", /src\/engine imports nothing outside itself/],
  ['workbook/ never imports scenarios/', 'src/workbook/planted.ts', "import { ScenarioService } from '../scenarios';\nexport const x = ScenarioService;\n", /never imports scenarios\/, explain\/ or taskpane\//],
  ['workbook/ never imports explain/', 'src/workbook/hf/planted.ts', "import * as explain from '../../explain';\nexport const x = explain;\n", /never imports scenarios\/, explain\/ or taskpane\//],
  // The Office adapter's Explain/Insert readers were once exempt (issue 10, point 3): no file is now.
  ['workbook/ never imports explain/ (the Office selection adapter)', 'src/workbook/office/selection.ts', "import { explainFormula } from '../../explain';\nexport const x = explainFormula;\n", /never imports scenarios\/, explain\/ or taskpane\//],
  ['workbook/ never imports explain/ (its reference sizing)', 'src/workbook/office/references.ts', "import { referencesOf } from '../../explain/references';\nexport const x = referencesOf;\n", /never imports scenarios\/, explain\/ or taskpane\//],
  ['workbook/ never imports explain/ (the old precedents file)', 'src/workbook/office/precedents.ts', "import { EXPLAIN } from '../../explain/messages';\nexport const x = EXPLAIN;\n", /never imports scenarios\/, explain\/ or taskpane\//],
  ['workbook/ never imports taskpane/', 'src/workbook/planted.ts', "import { App } from '../taskpane/App';\nexport const x = App;\n", /never imports scenarios\/, explain\/ or taskpane\//],
  ['scenarios/ never imports the Office adapter', 'src/scenarios/planted.ts', "import { OfficeWorkbook } from '../workbook/office';\nexport const x = OfficeWorkbook;\n", /never an adapter/],
  ['scenarios/ never imports the HyperFormula adapter', 'src/scenarios/planted.ts', "import * as hf from '../workbook/hf/index';\nexport const x = hf;\n", /never an adapter/],
  ['taskpane/ never imports our HyperFormula adapter', 'src/taskpane/planted.ts', "import * as hf from '../workbook/hf';\nexport const x = hf;\n", /never imports HyperFormula code/],
  ['taskpane/ never imports src/hf/', 'src/taskpane/scenarios/planted.ts', "import * as plugin from '../../hf/plugin';\nexport const x = plugin;\n", /never imports HyperFormula code/],
  ['taskpane/ never imports the hyperformula package', 'src/taskpane/planted.ts', "import { HyperFormula } from 'hyperformula';\nexport const x = HyperFormula;\n", /never imports HyperFormula code/],
];
const ALLOWED: [file: string, code: string][] = [
  ['src/scenarios/planted.ts', "import { columnIndex } from '../workbook/port';\nexport const x = columnIndex;\n"],
  ['src/engine/planted.ts', "import { ESG_YEARS } from './years';\nexport const x = ESG_YEARS;\n"],
  ['src/taskpane/planted.ts', "import { ScenarioService } from '../scenarios';\nexport const x = ScenarioService;\n"],
];

describe('ESLint enforces the layers', () => {
  let crossing: Hit[][];
  let allowed: Hit[][];
  beforeAll(() => {
    const jobs = [...CROSSINGS.map(([, file, code]) => ({ file, code })), ...ALLOWED.map(([file, code]) => ({ file, code }))];
    const hits = lint(jobs.map((j) => ({ file: path.join(ROOT, j.file), code: j.code })));
    crossing = hits.slice(0, CROSSINGS.length);
    allowed = hits.slice(CROSSINGS.length);
  }, 120_000);

  it.each(CROSSINGS.map((c, i) => [c[0], i] as const))('%s', (_rule, i) => {
    const messages = crossing[i].filter((h) => LAYER_RULES.has(h.ruleId ?? '')).map((h) => h.message);
    expect({ file: CROSSINGS[i][1], caught: messages.some((m) => CROSSINGS[i][3].test(m)) }).toEqual({ file: CROSSINGS[i][1], caught: true });
  });

  it('lets the allowed imports through (so the failures above are about the layer)', () => {
    for (const hits of allowed) expect(hits.filter((h) => LAYER_RULES.has(h.ruleId ?? ''))).toEqual([]);
  });

  it('has no exemptions: the layer rule is configured once, for all of src/, with every zone whole', () => {
    const config = readFileSync(path.join(ROOT, 'eslint.config.mjs'), 'utf8');
    expect(config.match(/'import-x\/no-restricted-paths'/g)).toHaveLength(1);
    expect(config).not.toMatch(/LAYER_ZONES\.map/);
    expect(config).toMatch(/target: '\.\/src\/workbook', from: \['\.\/src\/scenarios', '\.\/src\/explain', '\.\/src\/taskpane'\]/);
  });
});

describe('ESLint finds import cycles', () => {
  let dir: string;
  beforeAll(() => {
    mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
    dir = mkdtempSync(path.join(ROOT, '.tmp', 'cycle-'));
    writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = (): number => b() + 1;\n");
    writeFileSync(path.join(dir, 'b.ts'), "import { c } from './c';\nexport const b = (): number => c();\n");
    writeFileSync(path.join(dir, 'c.ts'), "import { a } from './a';\nexport const c = (): number => (a() > 0 ? 1 : 0);\n");
    writeFileSync(path.join(dir, 'd.ts'), "import { a } from './a';\nexport const d = a;\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a → b → c → a fails import-x/no-cycle with the options src/ uses; d, which only imports a, does not', () => {
    const config = readFileSync(path.join(ROOT, 'eslint.config.mjs'), 'utf8');
    const options = /'import-x\/no-cycle': \['error', (\{[^}]*\})\]/.exec(config);
    expect(options).not.toBeNull(); // the rule is on for src/ (changing its form means updating this test)
    const [hits] = lint([
      {
        files: path.join(dir, '*.ts'),
        overrideConfig: { files: ['.tmp/**/*.ts'], rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] } },
      },
    ]);
    const cyclic = [...new Set(hits.filter((h) => h.ruleId === 'import-x/no-cycle').map((h) => path.basename(h.file)))];
    expect(cyclic.sort()).toEqual(['a.ts', 'b.ts', 'c.ts']);
  }, 120_000);
});
