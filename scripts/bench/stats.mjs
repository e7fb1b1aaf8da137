export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The nearest-rank percentile: the smallest value that at least p of the values do not exceed. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

/** The q-quantile by linear interpolation between the nearest ranks (q = 0.25 is the lower quartile). */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  const above = Math.ceil(at);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
}

/**
 * How a set of figures spreads: its five-number summary, and its interquartile range as a share of the median
 * (0.1 is an IQR a tenth of the median), the bench's measure of how steady a figure was.
 */
export function spread(values) {
  const m = median(values);
  const q1 = quantile(values, 0.25);
  const q3 = quantile(values, 0.75);
  return {
    n: values.length,
    min: Math.min(...values),
    q1,
    median: m,
    q3,
    max: Math.max(...values),
    relativeIqr: m === 0 ? (q3 === q1 ? 0 : Infinity) : (q3 - q1) / Math.abs(m),
  };
}
