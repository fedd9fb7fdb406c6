#!/usr/bin/env node
// Measures what an operator sees of `npm start`: the time from the command to a healthy answer, the memory of
// every process it leaves running once idle, and how long a SIGTERM to npm takes to stop them all. It prints
// figures (one JSON line a run); it checks nothing. The README's "Operating" section quotes it.
//
//   node scripts/measure-start.mjs [--cwd DIR] [--port N] [--idle SECONDS] [--runs N]
//
// The environment passes through (DATABASE_URL, DATA_DIR, ...). A run that never gets healthy is stopped after
// 5 minutes and reported as such.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    cwd: { type: 'string', default: process.cwd() },
    port: { type: 'string', default: '40813' },
    idle: { type: 'string', default: '10' },
    runs: { type: 'string', default: '1' },
  },
});
const HEALTH_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 60_000;

/** pid -> parent pid, for every process this machine shows. */
function parents() {
  const map = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after it start at the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

function descendants(root) {
  const byParent = parents();
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, ppid] of byParent) if (ppid === found[i]) found.push(pid);
  }
  return found;
}

/** Resident and peak resident memory in MB, and a short command line, of one process. */
function memory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim().slice(0, 80);
    return { pid, command, rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}

async function healthy(port) {
  const response = await fetch(`http://127.0.0.1:${port}/bookings/health`).catch(() => null);
  return response?.ok === true;
}

async function measureOnce() {
  const started = performance.now();
  const npm = spawn('npm', ['start'], {
    cwd: values.cwd,
    env: { ...process.env, PORT: values.port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-4000);
  };
  npm.stdout.on('data', keep);
  npm.stderr.on('data', keep);
  const exited = new Promise((resolve) => npm.on('exit', resolve));
  let exitedEarly = false;
  void exited.then(() => {
    exitedEarly = true;
  });
  let startMs = null;
  while (performance.now() - started < HEALTH_TIMEOUT_MS && !exitedEarly) {
    if (await healthy(values.port)) {
      startMs = Math.round(performance.now() - started);
      break;
    }
    await sleep(100);
  }
  if (startMs === null) {
    npm.kill('SIGKILL');
    return { error: exitedEarly ? 'npm start exited before it was healthy' : 'never healthy', output };
  }
  await sleep(Number(values.idle) * 1000);
  const processes = descendants(npm.pid).map(memory).filter(Boolean);
  const treeRssMb = processes.reduce((sum, p) => sum + p.rssMb, 0);
  const server = processes.reduce((largest, p) => (p.rssMb > largest.rssMb ? p : largest));

  const stopping = performance.now();
  const pids = processes.map((p) => p.pid);
  npm.kill('SIGTERM');
  await Promise.race([exited, sleep(STOP_TIMEOUT_MS)]);
  while (pids.some((pid) => memory(pid) !== null) && performance.now() - stopping < STOP_TIMEOUT_MS) {
    await sleep(50);
  }
  const stopMs = Math.round(performance.now() - stopping);
  const leftRunning = pids.filter((pid) => memory(pid) !== null);
  return {
    startMs,
    serverIdleRssMb: server.rssMb,
    serverPeakRssMb: server.peakMb,
    treeRssMb,
    processes: processes.map(({ command, rssMb }) => ({ command, rssMb })),
    stopMs,
    leftRunning,
  };
}

for (let run = 0; run < Number(values.runs); run++) {
  process.stdout.write(`${JSON.stringify(await measureOnce())}\n`);
}
