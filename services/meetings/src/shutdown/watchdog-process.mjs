// The shutdown watchdog: a process of its own, started by the service when a stop begins (see
// shutdown-watchdog.ts). It outlives anything that can stop the service's main thread, including process.exit()
// itself, which waits for libuv's thread pool and never returns while one of its fs requests is blocked.
// Plain JavaScript, so Node runs it without a loader. Arguments: the deadline in milliseconds.
import { write } from 'node:fs';
import { hostname } from 'node:os';

const deadlineMs = Number(process.argv[2]);
const servicePid = process.ppid;
let lastReport = { at: Date.now(), resources: {} };

// The service reports what it still holds open while its event loop turns; a silent service is blocked.
process.on('message', (message) => {
  lastReport = { at: Date.now(), resources: message.resources ?? {} };
});
// The service has exited (its end of the channel closed): nothing left to watch.
process.on('disconnect', () => process.exit(0));
// A second Ctrl-C in the terminal reaches the whole process group: the deadline still holds.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => {});

setTimeout(() => {
  const silentMs = Date.now() - lastReport.at;
  const line = JSON.stringify({
    level: 60,
    time: Date.now(),
    pid: servicePid,
    hostname: hostname(),
    msg: `shutdown did not finish within ${deadlineMs} ms: killing the process`,
    stillOpen: lastReport.resources,
    eventLoopBlocked: silentMs > 1000,
    lastReportMsAgo: silentMs,
  });
  const kill = () => {
    try {
      process.kill(servicePid, 'SIGKILL');
    } catch {
      // Gone already.
    }
    process.exit(0);
  };
  // The log line first, but a stderr nobody reads must not keep the service alive: kill within a second anyway.
  write(2, `${line}\n`, kill);
  setTimeout(kill, 1000);
}, deadlineMs);
