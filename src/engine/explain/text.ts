/**
 * An explanation as plain text: what the pane's "Copy" puts on the clipboard, for an
 * email or an audit working paper. Tables are tab-separated so they paste into Excel.
 */
import { EXPLAIN } from '../messages';
import { isError } from '../result';
import { showValue } from './format';
import type { Explanation } from './types';

export interface TextOptions {
  /** First line, e.g. the cell and its formula. */
  readonly title?: string;
  /** Where each argument came from (e.g. "B2", "Inputs!B6"), by position. */
  readonly argSources?: readonly (string | undefined)[];
}

export function explanationText(e: Explanation, options: TextOptions = {}): string {
  const lines: string[] = [];
  lines.push(options.title ?? `ESG.${e.name}`, e.summary, '', EXPLAIN.headingArguments);
  e.args.forEach((a, i) => {
    const extras = [options.argSources?.[i] === undefined ? undefined : EXPLAIN.fromSource(options.argSources[i] as string), a.note];
    const tail = extras.filter((x): x is string => x !== undefined);
    lines.push(`  ${a.name} = ${a.display}${tail.length > 0 ? ` (${tail.join('; ')})` : ''}`);
  });
  if (e.rates.length > 0) {
    lines.push('', EXPLAIN.headingRates);
    for (const r of e.rates) lines.push(`  ${r.label}${r.year === undefined ? '' : `, ${r.year}`}: ${r.display} — ${r.source}`);
  }
  if (e.steps.length > 0) {
    lines.push('', EXPLAIN.headingSteps);
    let group: string | undefined;
    for (const s of e.steps) {
      if (s.group !== group) {
        group = s.group;
        if (group !== undefined) lines.push(`  ${group}`);
      }
      const indent = s.group === undefined ? '  ' : '    ';
      lines.push(`${indent}${s.label}: ${s.expression} = ${showValue(s.value)}`);
    }
  }
  lines.push('', EXPLAIN.headingResult);
  const r = e.result;
  if (isError(r)) lines.push(`  ${r.code} ${r.message}`);
  else if (Array.isArray(r)) for (const row of r) lines.push(`  ${row.map(showValue).join('\t')}`);
  else lines.push(`  ${showValue(r)}`);
  return lines.join('\n');
}
