/** Small numeric helpers for the benchmark: order statistics and formatting. */

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (position - low);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export const p95 = (values: readonly number[]): number => quantile(values, 0.95);

/** The median of the values that are present; NaN when none is. */
export function medianOf(values: readonly (number | null | undefined)[]): number {
  return median(values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)));
}

export function ms(value: number, digits = 0): string {
  return Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a';
}

export function kb(bytes: number, digits = 1): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(digits)} KB` : 'n/a';
}

export function mb(bytes: number, digits = 1): string {
  return Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(digits)} MB` : 'n/a';
}

export function pct(value: number, digits = 1): string {
  return Number.isFinite(value) ? `${value.toFixed(digits)} %` : 'n/a';
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';
}

/** "a / b / c" for a run's individual values, to show the spread next to the median. */
export function spread(values: readonly (number | null | undefined)[], digits = 0): string {
  return values.map((value) => (typeof value === 'number' ? value.toFixed(digits) : '–')).join(' / ');
}
