/** A rate of 0–1 as "7.5 %". */
export function formatConversion(rate: number): string {
  return `${(rate * 100).toLocaleString(undefined, { maximumFractionDigits: 1 })} %`;
}
