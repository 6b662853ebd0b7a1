/**
 * The JSDoc metadata Excel reads (functions.json, generated from src/functions/*.ts by
 * custom-functions-metadata) must agree with REGISTRY, which the HyperFormula plugin and
 * the pane use.
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata/lib/generate';
import type { IFunction } from 'custom-functions-metadata/lib/parseTree';
import { REGISTRY } from '../src/functions/registry';

const DIR = join(__dirname, '..', 'src', 'functions');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => join(DIR, f));

let errors: string[] = [];
let functions: IFunction[] = [];
let associate: { id: string; functionName: string }[] = [];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FILES);
  errors = result.errors;
  associate = result.associate;
  functions = result.metadataJson ? (JSON.parse(result.metadataJson) as { functions: IFunction[] }).functions : [];
});

test('metadata generates without errors', () => {
  expect(errors).toEqual([]);
  expect(functions.length).toBeGreaterThan(0);
});

test('same set of function names as REGISTRY, with ids equal to names', () => {
  expect(functions.map((f) => f.name).sort()).toEqual(REGISTRY.map((s) => s.name).sort());
  for (const f of functions) expect(f.id).toBe(f.name);
});

describe.each(REGISTRY.map((s) => [s.name, s] as const))('%s', (name, spec) => {
  const meta = (): IFunction => {
    const f = functions.find((x) => x.name === name);
    if (!f) throw new Error(`${name} missing from metadata`);
    return f;
  };

  test('description matches and is one line', () => {
    expect(meta().description).toBe(spec.description);
    expect(spec.description).not.toMatch(/\n/);
  });

  test('parameters: names, order, descriptions, optional flags and ranges agree', () => {
    const params = meta().parameters;
    expect(params.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
    params.forEach((p, i) => {
      expect(p.description ?? '').not.toBe('');
      // One source of truth for argument help: the pane's Insert form shows REGISTRY's text.
      expect(spec.params[i].description).toBe(p.description);
      expect(p.optional === true).toBe(spec.params[i].optional);
      expect(p.dimensionality === 'matrix').toBe(spec.params[i].range);
      expect(p.type).toBe('any');
      expect(p.repeating).toBeUndefined();
    });
  });

  test('result dimensionality agrees with spills', () => {
    expect(meta().result?.dimensionality === 'matrix').toBe(spec.spills);
  });

  test('REGISTRY.fn is the exported wrapper the metadata describes', () => {
    const entry = associate.find((a) => a.id === meta().id);
    expect(entry?.functionName).toBe(spec.fn.name);
    expect(spec.fn.length).toBe(spec.params.length);
  });
});
