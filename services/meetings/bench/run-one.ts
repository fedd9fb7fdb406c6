import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bookingSection } from './booking';
import type { BenchSection } from './section';
import { sideEffectDrainSection } from './side-effect-drain';

// Runs one section of the benchmark alone and prints its rows: `tsx bench/run-one.ts booking`.
// PGlite by default, PostgreSQL when DATABASE_URL is set (an empty database of the bench's own).

const sections: Record<string, BenchSection> = {
  booking: bookingSection,
  'side-effect-drain': sideEffectDrainSection,
};

const name = process.argv[2] ?? '';
const section = sections[name];
if (!section) {
  console.error(`usage: tsx bench/run-one.ts <${Object.keys(sections).join(' | ')}>`);
  process.exit(2);
}
const scratchDir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
try {
  const rows = await section.run({ databaseUrl: process.env.DATABASE_URL, scratchDir });
  console.table(
    rows.map((row) => ({
      case: row.case,
      unit: row.unit,
      ours: Number(row.ours.toFixed(1)),
      baseline: row.baseline === undefined ? '' : Number(row.baseline.toFixed(1)),
      ratio: row.baseline ? `${((100 * row.ours) / row.baseline).toFixed(1)}%` : '',
      target: row.target,
      met: row.met ? 'yes' : 'NO',
    })),
  );
} finally {
  rmSync(scratchDir, { recursive: true, force: true });
}
