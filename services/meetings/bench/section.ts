// What every part of the service benchmark (`npm run bench`) hands back to the runner, which prints all the parts
// side by side in one table. A section measures; it never asserts.

/** Where the benchmark runs: PGlite in a temporary data directory by default, PostgreSQL when `DATABASE_URL` is set. */
export interface BenchEnvironment {
  /** `undefined` means embedded PGlite. */
  databaseUrl: string | undefined;
  /** A fresh, empty directory the section may use (PGlite data, mail spool, …). */
  scratchDir: string;
}

/** One printed line: our figure beside the baseline it is judged against. */
export interface BenchRow {
  /** What was measured, e.g. "availability, 14 days". */
  case: string;
  /** Unit of both figures, e.g. "req/s" or "s". */
  unit: string;
  ours: number;
  /** The bare baseline (bare Fastify, raw inserts); omitted where the figure stands alone (drain time). */
  baseline?: number;
  /** What the issue asks for, in words, e.g. "≥ 50% of bare". */
  target: string;
  /** Whether the target holds. */
  met: boolean;
}

export interface BenchSection {
  name: string;
  run(environment: BenchEnvironment): Promise<BenchRow[]>;
}
