// Where a CPU profile (node --cpu-prof) spent its time: self time summed by function and by file or package,
// the biggest first. `tsx bench/summarize-profile.ts <file.cpuprofile> [rows]`
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArgument] = process.argv.slice(2);
if (!file) throw new Error('usage: summarize-profile.ts <file.cpuprofile> [rows]');
const rows = Number(rowsArgument ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));

const byFunction = new Map<string, number>();
const byPlace = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, index) => {
  const node = byId.get(id);
  const delta = profile.timeDeltas[index] ?? 0;
  if (!node) return;
  total += delta;
  const place = placeOf(node.callFrame.url);
  const name = `${node.callFrame.functionName || '(anonymous)'} ${place}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
  byPlace.set(place, (byPlace.get(place) ?? 0) + delta);
});

/** A package name for dependencies, a path inside the repository for our code, or V8's own category. */
function placeOf(url: string): string {
  if (!url) return '(native)';
  const inPackage = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage?.[1]) return inPackage[1];
  const ours = /\/(services\/meetings\/src\/.+|packages\/[^/]+\/src\/.+)$/.exec(url);
  if (ours?.[1]) return ours[1];
  return url.replace(/^file:\/\//, '').replace(/^node:/, 'node:');
}

function print(title: string, totals: Map<string, number>): void {
  process.stdout.write(`\n${title}\n`);
  for (const [name, time] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    process.stdout.write(`${((time / total) * 100).toFixed(1).padStart(5)}%  ${name}\n`);
  }
}

process.stdout.write(`${(total / 1e6).toFixed(1)} s sampled\n`);
print('Self time by file or package', byPlace);
print('Self time by function', byFunction);
