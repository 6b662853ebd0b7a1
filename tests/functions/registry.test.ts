/**
 * The registry's extra help for the pane and the docs — defaults, choices and examples —
 * agrees with what the functions do.
 */
import { ENTRIES, isError, type CatalogueName } from '../../src/engine';
import { REGISTRY, type FunctionSpec } from '../../src/functions/registry';
import { parseFormula, type Node } from '../../src/explain/parse';

/** The value of a literal argument of an example (numbers, text, TRUE/FALSE, array constants, blanks). */
function literal(node: Node | undefined): unknown {
  if (node === undefined || node.type === 'missing') return undefined;
  switch (node.type) {
    case 'number':
    case 'string':
    case 'bool':
      return node.value;
    case 'unary':
      return node.op === '-' ? -(literal(node.operand) as number) : literal(node.operand);
    case 'array':
      return node.rows;
    default:
      throw new Error(`examples use literals only, not ${node.type}`);
  }
}

function exampleArgs(spec: FunctionSpec): unknown[] {
  const root = parseFormula(spec.example as string);
  if (root.type !== 'call') throw new Error('an example is one call');
  expect(root.name).toBe(`ESG.${spec.name}`);
  return spec.params.map((_, i) => literal(root.args[i]));
}

const call = (spec: FunctionSpec, args: unknown[]) => (ENTRIES[spec.name as CatalogueName] as (...a: unknown[]) => unknown)(...args);

describe.each(REGISTRY.map((s) => [s.name, s] as const))('%s', (_name, spec) => {
  test('has an example that calls it and works', () => {
    expect(spec.example).toMatch(/^=ESG\./);
    expect(isError(call(spec, exampleArgs(spec)))).toBe(false);
  });

  test('each stated default is what a blank gives', () => {
    for (const [i, p] of spec.params.entries()) {
      if (p.defaultValue === undefined) continue;
      expect(p.optional).toBe(true);
      const args = exampleArgs(spec);
      const blank = [...args];
      blank[i] = undefined;
      const explicit = [...args];
      explicit[i] = literal(parseFormula(`=${p.defaultValue}`));
      expect(call(spec, explicit)).toEqual(call(spec, blank));
    }
  });

  test('each choice is accepted and named in the help text', () => {
    for (const [i, p] of spec.params.entries()) {
      for (const choice of p.choices ?? []) {
        expect(p.description).toContain(choice);
        const args = exampleArgs(spec);
        args[i] = choice;
        const r = call(spec, args);
        if (isError(r)) expect(r.message).not.toMatch(/^Unknown/);
      }
    }
  });
});
