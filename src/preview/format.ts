/**
 * A small Excel number-format renderer for the formats the preview's workbooks use:
 * General, `0`, `0.00`, `#,##0`, `#,##0.00`, `£#,##0`, `£#,##0.00`, `£#,##0,` (£000),
 * `0%`, `0.0%`, `@`, quoted literals ("£"), `[$£-809]` currency blocks, colour tags
 * ([Red], ignored) and up to four `;` sections (positive;negative;zero;text).
 * Anything it does not understand (dates, scientific, fractions) falls back to General,
 * so a value is never hidden or shown wrongly, only less prettily.
 */

export type FormatValue = number | string | boolean | null;

interface Section {
  prefix: string;
  suffix: string;
  /** Minimum integer digits (count of `0` before the point). */
  minInt: number;
  /** Decimal places: min (`0`) and max (`0` + `#`). */
  minFrac: number;
  maxFrac: number;
  grouping: boolean;
  /** Number of trailing commas: each divides by 1,000. */
  scale: number;
  percent: boolean;
  /** `@` text placeholder present. */
  text: boolean;
  /** Any digit placeholder present. */
  numeric: boolean;
}

const DATE_OR_UNSUPPORTED = /[dmyhsEe/?]/;

/** Splits a format into its `;` sections, respecting quotes and escapes. */
function splitSections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '\\' && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (!quoted && ch === ';') {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/** Parses one section; undefined when it uses something this formatter does not support. */
function parseSection(src: string): Section | undefined {
  const s: Section = { prefix: '', suffix: '', minInt: 0, minFrac: 0, maxFrac: 0, grouping: false, scale: 0, percent: false, text: false, numeric: false };
  let inFraction = false;
  let pendingCommas = 0;
  let afterDigits = false; // literal text after the digits goes to the suffix
  const literal = (text: string) => {
    if (s.numeric || s.text) {
      afterDigits = true;
      s.suffix += text;
    } else s.prefix += text;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '"') {
      const end = src.indexOf('"', i + 1);
      const text = end < 0 ? src.slice(i + 1) : src.slice(i + 1, end);
      literal(text);
      i = end < 0 ? src.length : end;
      continue;
    }
    if (ch === '\\') {
      literal(src[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') {
      const end = src.indexOf(']', i);
      if (end < 0) return undefined;
      const inner = src.slice(i + 1, end);
      if (inner.startsWith('$')) {
        const symbol = inner.slice(1).split('-')[0];
        literal(symbol);
      } else if (!/^(red|black|blue|green|white|yellow|magenta|cyan|color\d+)$/i.test(inner)) {
        return undefined; // conditions, elapsed time, locales we do not read
      }
      i = end;
      continue;
    }
    if (ch === '_') {
      literal(' '); // "space as wide as the next character"
      i++;
      continue;
    }
    if (ch === '*') {
      i++; // fill character: ignored
      continue;
    }
    if (ch === '0' || ch === '#') {
      if (afterDigits) return undefined; // digits after literal text: not a layout we support
      if (pendingCommas > 0) {
        s.grouping = true;
        pendingCommas = 0;
      }
      s.numeric = true;
      if (inFraction) {
        s.maxFrac++;
        if (ch === '0') s.minFrac++;
      } else if (ch === '0') s.minInt++;
      continue;
    }
    if (ch === ',') {
      if (s.numeric && !inFraction) pendingCommas++;
      else if (s.numeric) s.scale++;
      else literal(',');
      continue;
    }
    if (ch === '.') {
      if (pendingCommas > 0) {
        s.scale += pendingCommas;
        pendingCommas = 0;
      }
      inFraction = true;
      s.numeric = true;
      continue;
    }
    if (ch === '%') {
      s.percent = true;
      literal('%');
      continue;
    }
    if (ch === '@') {
      s.text = true;
      continue;
    }
    if (DATE_OR_UNSUPPORTED.test(ch)) return undefined;
    if (s.numeric && pendingCommas > 0) {
      s.scale += pendingCommas;
      pendingCommas = 0;
    }
    literal(ch);
  }
  if (pendingCommas > 0) s.scale += pendingCommas;
  return s;
}

/** Rounds half away from zero on the decimal representation, like Excel's display. */
function roundTo(value: number, places: number): number {
  const shifted = Number(`${Math.abs(value)}e${places}`);
  const rounded = Number(`${Math.round(shifted)}e-${places}`);
  return Number.isFinite(rounded) ? rounded : Math.abs(value);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function renderNumber(value: number, s: Section): string {
  let v = Math.abs(value);
  if (s.percent) v *= 100;
  if (s.scale > 0) v /= 1000 ** s.scale;
  const rounded = roundTo(v, s.maxFrac);
  let [intPart, frac = ''] = rounded.toFixed(s.maxFrac).split('.');
  if (s.maxFrac > s.minFrac) {
    // trim optional (#) decimals
    let keep = frac.length;
    while (keep > s.minFrac && frac[keep - 1] === '0') keep--;
    frac = frac.slice(0, keep);
  }
  if (intPart === '0' && s.minInt === 0) intPart = '';
  intPart = intPart.padStart(s.minInt, '0');
  if (s.grouping) intPart = groupThousands(intPart);
  // Excel keeps the point when decimals are optional: `0.##` shows 5 as "5.".
  const body = s.maxFrac > 0 ? `${intPart}.${frac}` : intPart;
  return `${s.prefix}${body}${s.suffix}`;
}

/** Excel's General format, approximately: up to 11 significant characters, no grouping. */
export function formatGeneral(value: number): string {
  if (!Number.isFinite(value)) return '#NUM!';
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1e11 || abs < 1e-9) return value.toExponential(5).replace(/\.?0+e/, 'e').toUpperCase();
  const intDigits = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 1;
  const places = Math.max(0, 10 - intDigits);
  const text = roundTo(value, places).toFixed(places).replace(/\.?0+$/, '');
  return value < 0 ? `-${text}` : text;
}

function scalarText(value: FormatValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatGeneral(value);
  return value;
}

/** The text Excel would display for `value` under `format` (undefined or "General": General). */
export function formatValue(value: FormatValue, format?: string): string {
  if (value === null) return '';
  if (format === undefined || format === '' || /^general$/i.test(format)) return scalarText(value);
  const sources = splitSections(format);
  if (typeof value !== 'number') {
    if (typeof value === 'boolean') return scalarText(value);
    const textSection = sources.length >= 4 ? parseSection(sources[3]) : sources.map(parseSection).find((s) => s?.text);
    if (!textSection || !textSection.text) return value;
    return `${textSection.prefix}${value}${textSection.suffix}`;
  }
  let index = 0;
  if (value < 0 && sources.length >= 2 && sources[1] !== '') index = 1;
  else if (value === 0 && sources.length >= 3 && sources[2] !== '') index = 2;
  const section = parseSection(sources[index]);
  if (!section || (!section.numeric && section.text)) return scalarText(value);
  if (!section.numeric) return section.prefix + section.suffix; // e.g. a zero section of "-"
  const text = renderNumber(value, section);
  // With one section, negatives get a minus sign in front (Excel: -£1,000).
  const needsMinus = value < 0 && index === 0 && /[1-9]/.test(text);
  return needsMinus ? `-${text}` : text;
}

/** True when the format shows numbers right-aligned as Excel does by default (every numeric format). */
export function isTextFormat(format?: string): boolean {
  return format !== undefined && format.trim() === '@';
}
