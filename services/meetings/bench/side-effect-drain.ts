import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { type BenchLink, book, createOpenLink, runClients, withBenchApp } from './bench-app';
import type { BenchRow, BenchSection } from './section';

// Side effects drain (issue 13 item 7): a burst of 1,000 bookings, then the time until a local SMTP sink has
// received every confirmation (one to the attendee, one to the owner, per booking) with the default queue settings.

const BOOKINGS = 1000;
const OWNERS = 20;
const CLIENTS = 20;
const TARGET_SECONDS = 120;
/** The bench stops waiting here and reports what arrived. */
const GIVE_UP_MS = 10 * 60_000;

export const sideEffectDrainSection: BenchSection = {
  name: 'side-effect-drain',
  async run(environment) {
    const sink = await startSmtpSink();
    try {
      return await withBenchApp(
        environment,
        { name: 'side-effect-drain', env: { SMTP_URL: sink.url }, startJobs: true },
        (app) => drain(app, sink),
      );
    } finally {
      await sink.close();
    }
  },
};

/** The burst, then the wait until the sink has every confirmation (or the bench gives up). */
async function drain(app: FastifyInstance, sink: { readonly received: number }): Promise<BenchRow[]> {
  const links: BenchLink[] = [];
  for (let i = 0; i < OWNERS; i++) links.push(await createOpenLink(app, `drain-${i}@bench.example`));
  const expected = 2 * BOOKINGS;
  const started = performance.now();
  // Booking i goes to owner i mod 20, in that owner's slot i div 20: no two collide.
  await runClients(CLIENTS, BOOKINGS, (_, index) =>
    book(app, links[index % OWNERS] as BenchLink, Math.floor(index / OWNERS), `drain-${index}`),
  );
  const burstSeconds = (performance.now() - started) / 1000;
  const deadline = started + GIVE_UP_MS;
  while (sink.received < expected && performance.now() < deadline) await sleep(100);
  const drainedSeconds = (performance.now() - started) / 1000;
  const complete = sink.received >= expected;
  return [
    {
      case: `side effects: ${BOOKINGS} bookings (${burstSeconds.toFixed(0)} s burst), every confirmation sent`,
      unit: 's',
      ours: drainedSeconds,
      target: `≤ ${TARGET_SECONDS} s from the first booking${complete ? '' : ` (gave up: ${sink.received} of ${expected} messages)`}`,
      met: complete && drainedSeconds <= TARGET_SECONDS,
    },
  ] satisfies BenchRow[];
}

/** An SMTP server on loopback that accepts every message and only counts it: the bench measures the sender. */
async function startSmtpSink(): Promise<{ url: string; readonly received: number; close(): Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('end', () => {
        received += 1;
        callback();
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    get received() {
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
