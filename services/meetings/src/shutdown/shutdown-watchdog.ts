import { spawn } from 'node:child_process';
import { servicePath } from '../service-root';

const WATCHDOG = servicePath('src', 'shutdown', 'watchdog-process.mjs');
const REPORT_EVERY_MS = 200;

interface Logger {
  error(object: object, message: string): void;
}

/** What keeps this process alive, by kind (`{ TCPSocketWrap: 2, Timeout: 1 }`). */
export function openResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/**
 * Ends this process `deadlineMs` from now unless it has exited by then: the watchdog logs what was still open
 * and kills it (SIGKILL, so the exit is non-zero). Call it when a stop begins.
 *
 * A timer in this process cannot be the deadline: a blocked main thread never runs it, and neither can a worker
 * thread, which process.exit() stops before it waits for libuv's thread pool (forever, when a log write to a
 * stdout nobody reads is blocked there). The watchdog is therefore a small process of its own; this one tells
 * it, while its event loop turns, what it still holds open.
 */
export function armShutdownWatchdog(deadlineMs: number, log: Logger): void {
  const watchdog = spawn(process.execPath, [WATCHDOG, String(deadlineMs)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  // Neither the watchdog nor its channel keeps this process alive: it exits as soon as it is done.
  watchdog.unref();
  watchdog.channel?.unref();
  watchdog.on('error', (error) => {
    log.error({ err: error }, 'the shutdown watchdog could not start: the deadline is not enforced');
  });
  const report = () => {
    if (watchdog.connected) watchdog.send({ resources: openResources() }, () => {});
  };
  report();
  setInterval(report, REPORT_EVERY_MS).unref();
}
