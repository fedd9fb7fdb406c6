import autocannon from 'autocannon';

/** Concurrent connections of every load run: many visitors at once, as the issue measures. */
export const CONNECTIONS = 50;
/** Seconds per run and runs per case (the median is reported); `BENCH_SECONDS` / `BENCH_RUNS` override them. */
export const RUN_SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);

export interface LoadResult {
  requestsPerSecond: number;
  /** Answers other than 2xx: a run that has any measured the wrong thing. */
  non2xx: number;
  errors: number;
}

/** One load run of GET `url` at CONNECTIONS connections for `seconds`. */
export async function loadOnce(url: string, seconds = RUN_SECONDS): Promise<LoadResult> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  return { requestsPerSecond: result.requests.average, non2xx: result.non2xx, errors: result.errors };
}

/** A short warm-up (JIT, caches, pools), then RUNS measured runs: the median rate. Throws when any answer failed. */
export async function measureRate(url: string): Promise<number> {
  await loadOnce(url, 1);
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await loadOnce(url);
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
    }
    rates.push(result.requestsPerSecond);
  }
  return median(rates);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Ours against the baseline, the ratio judged against `minRatio`. */
export function ratioRow(name: string, ours: number, baseline: number, minRatio: number) {
  return {
    case: name,
    unit: 'req/s',
    ours: Math.round(ours),
    baseline: Math.round(baseline),
    target: `≥ ${Math.round(minRatio * 100)}% of bare`,
    met: ours >= minRatio * baseline,
  };
}
