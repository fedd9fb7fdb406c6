// `npm run bench`: every section of the service benchmark, one after the other, then one table of all their rows.
// PGlite in a scratch directory by default; PostgreSQL when DATABASE_URL is set (each section makes its own
// database on that server and drops it). Figures only: a benchmark never fails a build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availabilitySection } from './availability';
import { bookingSection } from './booking';
import { pageMetadataSection } from './page-metadata';
import type { BenchRow, BenchSection } from './section';
import { sideEffectDrainSection } from './side-effect-drain';
import { CONNECTIONS, RUN_SECONDS, RUNS } from './support/load';

/** The parts, in the order they run. A new part is one more entry. */
const SECTIONS: BenchSection[] = [
  availabilitySection,
  pageMetadataSection,
  bookingSection,
  sideEffectDrainSection,
];

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const only = process.argv.slice(2);
  const sections = only.length > 0 ? SECTIONS.filter((s) => only.includes(s.name)) : SECTIONS;
  process.stdout.write(
    `Benchmark on ${databaseUrl ? 'PostgreSQL' : 'PGlite'}: ${CONNECTIONS} connections, ` +
      `median of ${RUNS} runs of ${RUN_SECONDS} s per figure\n`,
  );
  const rows: BenchRow[] = [];
  for (const section of sections) {
    const scratchDir = mkdtempSync(join(tmpdir(), `bookings-bench-${section.name.replace(/\W+/g, '-')}-`));
    const started = performance.now();
    try {
      process.stdout.write(`- ${section.name}…\n`);
      rows.push(...(await section.run({ databaseUrl, scratchDir })));
    } catch (error) {
      process.stdout.write(`  failed: ${error instanceof Error ? error.message : String(error)}\n`);
      rows.push({ case: `${section.name} (failed)`, unit: '', ours: Number.NaN, target: '', met: false });
    } finally {
      rmSync(scratchDir, { recursive: true, force: true });
      process.stdout.write(`  ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
    }
  }
  process.stdout.write(`\n${formatTable(rows)}\n`);
}

/** case | ours | baseline | ratio | target | met, padded into columns. */
export function formatTable(rows: BenchRow[]): string {
  const header = ['case', 'ours', 'baseline', 'ratio', 'target', 'met'];
  const lines = rows.map((row) => [
    row.case,
    `${formatNumber(row.ours)} ${row.unit}`.trim(),
    row.baseline === undefined ? '' : `${formatNumber(row.baseline)} ${row.unit}`,
    row.baseline ? `${((row.ours / row.baseline) * 100).toFixed(0)}%` : '',
    row.target,
    row.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  const format = (cells: string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  return [format(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...lines.map(format)].join(
    '\n',
  );
}

const formatNumber = (value: number): string =>
  Number.isNaN(value) ? '-' : value.toLocaleString('en-US', { maximumFractionDigits: 1 });

await main();
