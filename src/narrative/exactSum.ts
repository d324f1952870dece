// The sum of numbers the prose prints, exact for the decimals they print (0.1 + 0.2 is 0.3, not
// 0.30000000000000004): lists of 万元 and of shares add up as written.

/** How many decimals the numbers print, at most. */
export function decimalsOf(values: number[]): number {
  return Math.max(0, ...values.map((v) => (String(v).split('.')[1] ?? '').length));
}

export function exactSum(values: number[], decimals = decimalsOf(values)): number {
  const scale = 10 ** decimals;
  return values.reduce((s, v) => s + Math.round(v * scale), 0) / scale;
}
