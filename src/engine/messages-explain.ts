/**
 * Texts of explanations (src/engine/explain/ and src/explain/): how a result was worked
 * out, shown in the pane's Explain view and in docs/functions.md. Part of the engine's one
 * message table (messages.ts, which re-exports it: import `EXPLAIN` from there).
 */
export const EXPLAIN = {
  // ---- headings and generic words -------------------------------------------------
  headingArguments: 'Arguments',
  headingRates: 'Rates used',
  headingSteps: 'Steps',
  headingResult: 'Result',
  blank: '(blank)',
  rangeOf: (rows: number, cols: number) => `a range of ${rows} × ${cols} cells`,
  blankDefault: 'blank: the default is used',
  blankCountsAs: (display: string) => `blank: counts as ${display}`,
  notGiven: '(not given)',
  publishedRate: 'the published rate',
  argumentOverride: (arg: string) => `the ${arg} argument, instead of the published rate`,
  noPublishedRow: (year: string) => `no published rates for ${year}: standard weights (as 2015-16)`,
  perPupil: (amount: string) => `${amount} per pupil`,
  perPlace: (amount: string) => `${amount} per place`,
  hours: (n: string) => `${n} hours`,
  tableLookup: (year: string) => `the ${year} row of the built-in rates table`,
  noValues: '0 (no values)',
  sumOf: (count: number, what: string) => `the sum of ${count} ${what}`,
  amounts: 'amounts',
  childrenPtes: "children's part-time equivalents",
  range: (min: string, max: string) => `${min} to ${max}`,
  against: (value: string, range: string) => `${value} against ${range}`,
  fromYear: (year: string) => `from ${year}`,
  beforeYear: (year: string, first: string) => `${year} is before ${first}`,
  fromSource: (source: string) => `from ${source}`,
  valueTrue: 'TRUE',
  valueFalse: 'FALSE',

  // ---- what each function works out ---------------------------------------------------
  summary: {
    RATE: 'The published Education Services Grant rate for the year, from the rates table built into the add-in.',
    GRANT:
      'General element = general rate × (mainstream + special weight × special + PRU weight × pru), for maintained pupils only; ' +
      'retained duties element = retained rate × all pupils, maintained and academy; total = general + retained.',
    PROJECT:
      'Each year maintained mainstream pupils convert to academies (the total stays the same; special and PRU pupils are held), ' +
      "and each year's grant is worked out as ESG.GRANT does.",
    'DSG.BLOCK':
      "A block's gross allocation: units × rate (Early Years: part-time equivalents × hourly rate × 570 hours a year).",
    'DSG.PTE': "Each child counts as their weekly funded hours ÷ 15, at most 1; the part-time equivalents are the sum.",
    'DSG.SUMMARY': 'The blocks are added up, academy recoupment is deducted, and the rest is the net DSG.',
    'DSG.TRANSFER':
      "From 2018-19 at most 0.5% of the schools block may move to other blocks without the Secretary of State's approval; before then any amount may move.",
    'TRADED.SURPLUS': 'Surplus = total income − total costs.',
    'TRADED.SHARE':
      "The council's share of the surplus under the sliding scale: each slice at its own band's ratio (marginal), or the whole surplus at the ratio of the band it reaches (whole). A deficit gives 0.",
    'TRADED.SPLIT':
      "A share of the surplus is ring-fenced for reinvestment; the council takes its sliding-scale share of the rest; the trading arm keeps the remainder.",
    'TRADED.PRICE': 'Price per unit = direct cost × (1 + overhead rate) × (1 + margin) ÷ units.',
    'TRADED.TECKAL':
      'Outside share = other turnover ÷ (council turnover + other turnover); the Teckal exemption holds while it is 20% or less.',
    MIX: "Each activity's share of the staff time, checked against the range effective councils deploy.",
  },

  // ---- rates ----------------------------------------------------------------------------
  rateLabel: {
    general: 'ESG general element rate',
    retained: 'ESG retained duties rate',
    specialWeight: 'Special school pupil weight',
    pruWeight: 'PRU / alternative provision pupil weight',
  },
  highNeedsPlace: 'High Needs place funding',
  earlyYearsHours: 'Early years funded hours a year',
  cssbFirstYear: 'First year of the Central School Services Block',
  pteHours: 'Weekly hours in one part-time equivalent',
  transferLimit: 'Schools block transfer limit',
  teckalLimit: 'Teckal limit on outside turnover',
  mixRange: (activity: string) => `Effective range: ${activity}`,
  bandsArgument: 'the bands argument',

  // ---- arguments --------------------------------------------------------------------------
  childrenCounted: (children: number, blanks: number) =>
    `${children} ${children === 1 ? 'child' : 'children'}${blanks > 0 ? `; ${blanks} blank ${blanks === 1 ? 'cell' : 'cells'} ignored` : ''}`,
  rowLeftOut: '(blank: the row is left out)',
  recoupmentEitherSign: 'entered negative: recoupment is deducted whichever sign it has',

  // ---- steps: ESG ---------------------------------------------------------------------
  stepWeighted: 'Weighted maintained pupils',
  stepGeneral: 'General element (maintained pupils)',
  stepAllPupils: 'All pupils, maintained and academy',
  stepAllPupilsHeld: 'All pupils, maintained and academy (the same every year: conversions only move pupils)',
  stepRetained: 'Retained duties element (all pupils)',
  stepTotal: 'Total grant',
  stepBaseMainstream: 'Maintained mainstream pupils (the start year, before any conversion)',
  stepClosingMainstream: (mode: 'pupils' | 'percent' | 'target') =>
    mode === 'pupils'
      ? 'Maintained mainstream pupils at the end of the year (conversion pupils convert)'
      : mode === 'percent'
        ? 'Maintained mainstream pupils at the end of the year (that fraction of those left converts)'
        : 'Maintained mainstream pupils at the end of the year (a straight line to the target)',
  stepAverageMainstream: "Mainstream pupils the general element is paid on (the average of the year's opening and closing)",
  stepMaintained: 'Maintained pupils (mainstream + special + PRU)',
  stepAcademies: 'Academy pupils',

  // ---- steps: DSG -----------------------------------------------------------------------
  stepBlock: (block: string) => `${block} block allocation`,
  stepChildPte: (where: string) => `Part-time equivalent (${where})`,
  stepPteTotal: 'Part-time equivalents',
  stepDsgTotal: 'Total DSG',
  stepRecoupment: 'Academy recoupment (always deducted)',
  stepNet: 'Net DSG',
  stepNoLimit: 'Before 2018-19 the blocks were notional: any amount may move',
  stepLimit: 'The 0.5% limit (schools block ÷ 200)',
  stepWithinLimit: 'Within the limit',
  stepApproved: "Allowed above the limit: the Secretary of State's approval (a disapplication) is given",
  stepAmountMoved: 'Amount that moves',

  // ---- steps: traded ---------------------------------------------------------------------
  stepIncome: 'Total income',
  stepCosts: 'Total costs',
  stepSurplus: 'Surplus',
  band: (n: number, from: string, to: string | undefined) =>
    to === undefined ? `band ${n} (${from} and above)` : `band ${n} (${from} to ${to})`,
  stepNoSurplus: 'No surplus: the trading arm carries a deficit, so the council share is 0',
  stepBandReached: (band: string) => `The surplus reaches ${band}`,
  stepWholeShare: (ratio: string) => `Council share: the whole surplus at ${ratio}`,
  stepSlice: (band: string) => `Surplus in ${band}`,
  stepSliceShare: (band: string, ratio: string) => `Council share of ${band} at ${ratio}`,
  stepCouncilShare: 'Council share',
  groupCouncilShare: 'Council share of the net surplus',
  stepRingfenced: 'Ring-fenced for reinvestment',
  stepNetSurplus: 'Net surplus',
  stepRetainedByArm: 'Retained by the trading arm',
  stepFullCost: 'Full cost (direct cost plus overheads)',
  stepWithMargin: 'Full cost plus margin',
  stepPrice: 'Price per unit',
  stepTurnover: 'Total turnover',
  stepOutsideShare: 'Outside share of turnover',
  stepExempt: 'Within the Teckal limit',

  // ---- steps: mix ---------------------------------------------------------------------------
  stepStaffTotal: 'Total staff time',
  stepMixShare: 'Share of staff time',
  stepMixStatus: 'Against the effective range',

} as const;
