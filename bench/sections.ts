/** Bench sections that need more of the product (scenario switch, preview load) plug in here. */
import { previewSection } from './preview';
import { scenariosSection } from './scenarios';

export interface Verdict {
  name: string;
  value: number;
  budget: number;
  /** Deterministic budgets (sizes, sync counts) fail `--check`; timings are only reported. */
  deterministic: boolean;
}

export interface SectionContext {
  quick: boolean;
  budgets: Record<string, unknown>;
  root: string;
}

export interface Section {
  key: string;
  title: string;
  run(ctx: SectionContext): Promise<{ results: unknown; rows: Record<string, string | number>[]; verdicts: Verdict[] }>;
}

export const SECTIONS: Section[] = [scenariosSection, previewSection];
