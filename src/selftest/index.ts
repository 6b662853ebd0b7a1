export { ALL_PROBES, runSelfTest, type RunOptions } from './runner';
export { formatReport, summary } from './report';
export type { Probe, ProbeOutcome, ProbeStatus, Progress, SelfTestReport } from './types';
