import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRows } from '../../src/adapters/db/client';
import { createSideEffectsRepository } from '../../src/adapters/db/repositories/side-effects-repository';
import type { SideEffectClaim } from '../../src/ports/side-effects';
import { insertBookingWithSideEffects as insertBooking } from '../factories/booking-with-side-effects';
import { holdFirstSend, memoryEmail } from '../fakes/email';
import { useTestDatabase } from '../support/use-test-app';
import { waitFor } from '../support/wait-for';

const t = useTestDatabase();

/** The queue's settings for these tests: a job runs out after 1 s, and a failed one is looked at again soon. */
const QUEUE_ENV = {
  SIDE_EFFECTS_JOB_TIMEOUT_SECONDS: '1',
  SIDE_EFFECTS_RETRY_DELAY_SECONDS: '1',
  SIDE_EFFECTS_POLLING_INTERVAL_MS: '500',
};

/** An outbox whose first message waits until the test lets it go; every message is kept with when it left. */
function heldOutbox() {
  const held = holdFirstSend();
  const sentAt: number[] = [];
  const email = memoryEmail(async () => {
    await held.send();
    sentAt.push(Date.now());
  });
  return {
    email,
    hasStarted: held.hasStarted,
    release: held.release,
    sentAt,
    to: (address: string) => email.sent.filter((m) => m.to.email === address),
  };
}

async function jobOf(sideEffectId: string) {
  const [job] = await queryRows<{ state: string; retry_count: number }>(
    t.database.db,
    sql`SELECT state, retry_count FROM pgboss.job WHERE id = ${sideEffectId}`,
  );
  return job;
}

/** The row done and its one job completed: no run of it can start again. */
async function settled(sideEffectId: string) {
  return waitFor(async () => {
    const [row] = await queryRows<{ status: string; attempts: number; claim_token: string | null }>(
      t.database.db,
      sql`SELECT status, attempts, claim_token FROM booking_side_effects WHERE id = ${sideEffectId}`,
    );
    const job = await jobOf(sideEffectId);
    if (row?.status !== 'done' || job?.state !== 'completed')
      throw new Error(`not settled: ${JSON.stringify({ row, job })}`);
    return row;
  }, 30_000);
}

describe('two runs of one side-effect job at once', () => {
  it('a job that outlives its timeout runs again while its first run still sends: each message goes once', async () => {
    const outbox = heldOutbox();
    const app = await t.startApp({ startJobs: true, env: QUEUE_ENV, adapters: { email: outbox.email } });
    const booking = await insertBooking(t.database.db, {
      owner: { email: 'ann@example.com' },
      sideEffects: ['send_confirmations'],
    });
    const sideEffectId = booking.sideEffectIds.send_confirmations ?? '';
    app.app.container.sideEffects.wake();
    await outbox.hasStarted;

    // The first run sends past the job's 1 s: the queue times the job out and starts it again. Hold the first
    // send until that second run is over (its job handed back again), or until it has sent a copy of its own.
    await waitFor(async () => {
      const job = await jobOf(sideEffectId);
      if ((job?.retry_count ?? 0) < 2 && outbox.email.sent.length === 0)
        throw new Error(`second run not over: ${JSON.stringify(job)}`);
    }, 30_000);
    outbox.release();

    expect(await settled(sideEffectId)).toEqual({ status: 'done', attempts: 1, claim_token: null });
    expect(outbox.to('ada@example.com')).toHaveLength(1);
    expect(outbox.to('ann@example.com')).toHaveLength(1);
    await app.close();
  }, 60_000);

  it('a claim left by a run that died is taken over once its lease lapses, and the effect runs once', async () => {
    const outbox = heldOutbox();
    outbox.release();
    const booking = await insertBooking(t.database.db, {
      owner: { email: 'otto@example.com' },
      sideEffects: ['send_confirmations'],
    });
    const sideEffectId = booking.sideEffectIds.send_confirmations ?? '';
    // A run claimed the row and its process died: nobody renews the claim.
    const leaseMs = 3000;
    const claimedAt = Date.now();
    const dead = await createSideEffectsRepository(t.database.db).claim(sideEffectId, leaseMs);
    expect(dead).toMatchObject({ token: expect.any(String) });

    const app = await t.startApp({ startJobs: true, env: QUEUE_ENV, adapters: { email: outbox.email } });
    app.app.container.sideEffects.wake();

    expect(await settled(sideEffectId)).toEqual({ status: 'done', attempts: 1, claim_token: null });
    expect(outbox.to('ada@example.com')).toHaveLength(1);
    expect(outbox.to('otto@example.com')).toHaveLength(1);
    // Nothing was sent while the dead run's claim stood.
    expect(Math.min(...outbox.sentAt) - claimedAt).toBeGreaterThanOrEqual(leaseMs - 100);
    await app.close();
  }, 60_000);
});

describe('the side-effect claim on the database', () => {
  async function pendingRow() {
    const booking = await insertBooking(t.database.db, { sideEffects: ['create_contact'] });
    return booking.sideEffectIds.create_contact ?? '';
  }

  it('of many claims at once, one gets the row', async () => {
    const repository = createSideEffectsRepository(t.database.db);
    const id = await pendingRow();
    const claims = await Promise.all(Array.from({ length: 8 }, () => repository.claim(id, 60_000)));
    expect(claims.filter((claim) => typeof claim === 'object')).toHaveLength(1);
    expect(claims.filter((claim) => claim === 'held')).toHaveLength(7);
  });

  it('a lapsed claim is taken over, and the run that lost it can neither renew it nor count a failure', async () => {
    const repository = createSideEffectsRepository(t.database.db);
    const id = await pendingRow();
    const lost = (await repository.claim(id, 60_000)) as SideEffectClaim;
    expect(await repository.renewClaim(id, lost.token, 60_000)).toBe(true);
    await t.database.db.execute(
      sql`UPDATE booking_side_effects SET claimed_until = now() - interval '1 second' WHERE id = ${id}`,
    );

    const taken = (await repository.claim(id, 60_000)) as SideEffectClaim;
    expect(taken.token).not.toBe(lost.token);
    expect(await repository.renewClaim(id, lost.token, 60_000)).toBe(false);
    expect(await repository.recordFailure(id, lost.token, 'timed out', 5)).toBeNull();
    expect(await repository.markDead(id, lost.token, '550 no such user')).toBe(false);
    expect(await repository.claim(id, 60_000)).toBe('held');

    expect(await repository.recordFailure(id, taken.token, '451 busy', 5)).toBe('pending');
    const retried = (await repository.claim(id, 60_000)) as SideEffectClaim;
    expect(retried.row).toMatchObject({ status: 'pending', attempts: 1 });
    await repository.markDone(id, new Date());
    expect(await repository.claim(id, 60_000)).toBe('settled');
  });
});
