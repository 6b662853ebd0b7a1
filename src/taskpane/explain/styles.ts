/** The Explain panel's styles and value display, shared by the panel and its step and result parts. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { num } from '../../engine/explain/format';

export const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    // Break between arguments (<wbr> after each comma), never inside "2015-16".
    overflowWrap: 'break-word',
  },
  literal: { whiteSpace: 'nowrap' },
  from: { whiteSpace: 'nowrap' },
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
  expression: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'break-word' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  group: { backgroundColor: tokens.colorNeutralBackground2, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  year: { width: '4.5rem' },
  copyText: {
    width: '100%',
    boxSizing: 'border-box',
    resize: 'vertical',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  value: { width: '7.5rem', textAlign: 'right' },
  // A rate and the line of its source read as one entry: no rule between them.
  rateRow: { borderBottomStyle: 'none' },
  source: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, paddingBottom: tokens.spacingVerticalXS },
  select: {
    alignSelf: 'flex-start',
    minWidth: '8rem',
    minHeight: '32px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  result: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
});

export function show(value: unknown): string {
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return '';
  return String(value);
}
