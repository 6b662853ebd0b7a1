/**
 * Number formats kept beside a HyperFormula instance (HyperFormula stores values, not
 * formats), keyed by cell. The preview uses it until the HyperFormula workbook adapter
 * (src/workbook/hf/), which keeps its own formats, is mounted instead.
 */
export interface FormatStore {
  formatOf: (sheet: number, row: number, col: number) => string | undefined;
  setFormat: (sheet: number, row: number, col: number, format: string | undefined) => void;
  /** Sets one format on a block of cells (inclusive bounds). */
  setRangeFormat: (sheet: number, top: number, left: number, bottom: number, right: number, format: string | undefined) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createFormatStore(): FormatStore {
  const formats = new Map<string, string>();
  const listeners = new Set<() => void>();
  const key = (sheet: number, row: number, col: number) => `${sheet}:${row}:${col}`;
  const put = (sheet: number, row: number, col: number, format: string | undefined) => {
    if (format === undefined || format === '' || format === 'General') formats.delete(key(sheet, row, col));
    else formats.set(key(sheet, row, col), format);
  };
  const notify = () => listeners.forEach((l) => l());
  return {
    formatOf: (sheet, row, col) => formats.get(key(sheet, row, col)),
    setFormat: (sheet, row, col, format) => {
      put(sheet, row, col, format);
      notify();
    },
    setRangeFormat: (sheet, top, left, bottom, right, format) => {
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) put(sheet, r, c, format);
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
