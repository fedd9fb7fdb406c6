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

/**
 * Ours and the baseline measured in turns (a warm-up of each, then RUNS runs of each, alternating), so that
 * whatever else loads the machine weighs on both alike: the median rate of each. Throws when any answer failed.
 */
export async function measurePair(
  oursUrl: string,
  baselineUrl: string,
): Promise<{ ours: number; baseline: number }> {
  await loadOnce(oursUrl, 1);
  await loadOnce(baselineUrl, 1);
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    ours.push(await measuredRun(oursUrl));
    baseline.push(await measuredRun(baselineUrl));
  }
  return { ours: median(ours), baseline: median(baseline) };
}

async function measuredRun(url: string): Promise<number> {
  const result = await loadOnce(url);
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  }
  return result.requestsPerSecond;
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
