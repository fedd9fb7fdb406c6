import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccessTokenIssuer } from '../../src/adapters/auth/access-tokens';
import { queryRows } from '../../src/adapters/db/client';
import { freePort, type ServerProcess, spawnServer, waitUntilHealthy } from '../support/server-process';
import { type SmtpInbox, startSmtpInbox } from '../support/smtp-inbox';
import { TEST_JWT_SECRET } from '../support/test-app';
import { useTestDatabase } from '../support/use-test-app';
import { waitFor } from '../support/wait-for';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';

const t = useTestDatabase();
let inbox: SmtpInbox;
let receiver: WebhookReceiver;
const processes: ServerProcess[] = [];

beforeAll(async () => {
  inbox = await startSmtpInbox();
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  for (const server of processes) server.child.kill('SIGKILL');
  await inbox.close();
  await receiver.close();
});

async function start(env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const server = spawnServer({
    PORT: String(port),
    DATABASE_URL: t.database.url ?? '',
    JWT_SECRET: TEST_JWT_SECRET,
    // Both processes serve one installation: one key for its sealed secrets.
    ENCRYPTION_KEY: Buffer.alloc(32, 'k').toString('base64url'),
    BOT_PROTECTION: 'false',
    SIDE_EFFECTS_RETRY_DELAY_SECONDS: '1',
    SIDE_EFFECTS_POLLING_INTERVAL_MS: '500',
    SIDE_EFFECTS_JOB_TIMEOUT_SECONDS: '3',
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_RETRY_BASE_SECONDS: '1',
    WEBHOOK_POLLING_INTERVAL_MS: '500',
    ...env,
  });
  processes.push(server);
  await waitUntilHealthy(port, server);
  return port;
}

// A killed process must leave nothing half done: a second process finds the database and its rows. Two
// processes need a database server both can reach; embedded PGlite lives inside one process.
/** The owner API of a server process, as a client with the owner's token calls it. */
function ownerApi(owner: { id: string; email: string; name: string }) {
  const token = createAccessTokenIssuer(TEST_JWT_SECRET, 600, () => new Date()).issue(owner).token;
  return (port: number, path: string, init: RequestInit = {}) =>
    fetch(`http://127.0.0.1:${port}/bookings${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...init.headers },
    }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as Record<string, never>,
    }));
}

/** A link of the owner's and a booking of its first free slot, through the process on `port`. */
async function bookFirstSlot(api: ReturnType<typeof ownerApi>, port: number) {
  const link = await api(port, '/links', { method: 'POST', body: JSON.stringify({ title: 'Intro' }) });
  const publicToken = String(link.body.url).split('/public/bookings/')[1];
  const from = new Date();
  const to = new Date(from.getTime() + 14 * 86_400_000);
  const slots = await api(
    port,
    `/public/${publicToken}/availability?from=${from.toISOString()}&to=${to.toISOString()}`,
  );
  const days = slots.body.days as unknown as { slots: { start: string }[] }[];
  const slot = days[0]?.slots[0];
  return api(port, `/public/${publicToken}/book`, {
    method: 'POST',
    headers: { authorization: '' },
    body: JSON.stringify({
      start: slot?.start,
      duration: 30,
      name: 'Rita',
      email: 'rita@example.com',
      timezone: 'UTC',
    }),
  });
}

describe.runIf(process.env.DATABASE_URL)('a crash right after a booking commits', () => {
  it('loses no side effect: a new process sends both confirmations, once', async () => {
    const unreachableSmtp = `smtp://127.0.0.1:${await freePort()}`;
    const first = await start({ SMTP_URL: unreachableSmtp });
    const api = ownerApi({ id: randomUUID(), email: 'owen@example.com', name: 'Owen' });
    const booked = await bookFirstSlot(api, first);
    expect(booked.status).toBe(201);
    processes[0]?.child.kill('SIGKILL');
    await processes[0]?.exit;

    await start({ SMTP_URL: inbox.url });
    const deadline = Date.now() + 150_000;
    while (inbox.received.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    // Settled for good, not just quiet for a while: the row is done and its one job (the row's id) completed,
    // so no attempt of it can run again and every message it sent has arrived.
    const effects = await waitFor(async () => {
      const rows = await queryRows<{ kind: string; status: string; job: string | null }>(
        t.database.db,
        sql`SELECT e.kind, e.status, j.state AS job FROM booking_side_effects e
            LEFT JOIN pgboss.job j ON j.id = e.id WHERE e.kind = 'send_confirmations'`,
      );
      if (rows.some((row) => row.job !== 'completed'))
        throw new Error(`not settled: ${JSON.stringify(rows)}`);
      return rows;
    }, 60_000);
    expect(effects).toEqual([{ kind: 'send_confirmations', status: 'done', job: 'completed' }]);
    expect(inbox.to('rita@example.com')).toHaveLength(1);
    expect(inbox.to('owen@example.com')).toHaveLength(1);
  }, 400_000);

  it('loses no webhook: killed while its first attempt waits for an answer, a new process delivers it', async () => {
    receiver.hang = true;
    const first = await start({ SMTP_URL: inbox.url });
    const api = ownerApi({ id: randomUUID(), email: 'wendy@example.com', name: 'Wendy' });
    const webhook = await api(first, '/webhooks', {
      method: 'POST',
      body: JSON.stringify({ url: receiver.url, events: ['booking.created'] }),
    });
    expect(webhook.status).toBe(201);
    receiver.secrets = [String(webhook.body.secret)];
    const booked = await bookFirstSlot(api, first);
    expect(booked.status).toBe(201);
    const bookingId = (booked.body.booking as unknown as { id: string }).id;
    // The booking has committed and its delivery is on the wire, unanswered: now the process dies.
    const deadline = Date.now() + 60_000;
    while (receiver.hung() === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(receiver.hung()).toBe(1);
    const killed = processes.at(-1);
    killed?.child.kill('SIGKILL');
    await killed?.exit;
    receiver.hang = false;

    const second = await start({ SMTP_URL: inbox.url });
    const redelivered = Date.now() + 200_000;
    while (receiver.delivered().length === 0 && Date.now() < redelivered)
      await new Promise((r) => setTimeout(r, 250));
    const [event] = receiver.delivered();
    expect(event?.payload).toMatchObject({
      type: 'booking.created',
      data: { id: bookingId, status: 'confirmed' },
    });
    expect(event?.verifiedBy).toEqual(receiver.secrets);
    const deliveries = await api(second, `/webhooks/${String(webhook.body.id)}/deliveries`);
    const items = deliveries.body.items as unknown as { event: string; status: string; messageId: string }[];
    expect(items).toMatchObject([{ event: 'booking.created', status: 'delivered', messageId: event?.id }]);
  }, 400_000);
});
