import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../../../test/support/fake-clock';
import { createAnswerCache } from './answer-cache';

const setup = (ttlMs = 5000) => {
  const clock = createFakeClock('2026-06-01T08:00:00.000Z');
  const cache = createAnswerCache({ clock, ttlMs, maxEntries: 2 });
  let loads = 0;
  const load = (ownerId: string, value: string) => async () => {
    loads += 1;
    return { ownerId, value };
  };
  return { clock, cache, load, loads: () => loads };
};

/** A load that finishes when the test says so. */
function heldLoad(ownerId: string, value: string) {
  let finish: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { finish: () => finish(), load: async () => started.then(() => ({ ownerId, value })) };
}

describe('createAnswerCache', () => {
  it('answers a kept answer until its lifetime ends', async () => {
    const { clock, cache, load, loads } = setup();
    expect(await cache.remember('k', load('ann', 'first'))).toBe('first');
    expect(await cache.remember('k', load('ann', 'second'))).toBe('first');
    clock.set('2026-06-01T08:00:05.000Z');
    expect(await cache.remember('k', load('ann', 'third'))).toBe('third');
    expect(loads()).toBe(2);
  });

  it('forgets only the changed owner’s answers, or all of them', async () => {
    const { cache, load } = setup();
    await cache.remember('a', load('ann', 'ann 1'));
    await cache.remember('b', load('bob', 'bob 1'));
    cache.forgetOwner('ann');
    expect(await cache.remember('a', load('ann', 'ann 2'))).toBe('ann 2');
    expect(await cache.remember('b', load('bob', 'bob 2'))).toBe('bob 1');
    cache.forgetAll();
    expect(await cache.remember('b', load('bob', 'bob 3'))).toBe('bob 3');
  });

  it('does not keep an answer whose load overlapped a change', async () => {
    const { cache, load } = setup();
    const held = heldLoad('ann', 'read before the booking');
    const answer = cache.remember('k', held.load);
    cache.forgetOwner('ann');
    held.finish();
    expect(await answer).toBe('read before the booking');
    expect(await cache.remember('k', load('ann', 'read after'))).toBe('read after');
  });

  it('shares one load between requests arriving together, and starts a new one after a change', async () => {
    const { cache } = setup();
    const held = heldLoad('ann', 'shared');
    const first = cache.remember('k', held.load);
    const second = cache.remember('k', async () => ({ ownerId: 'ann', value: 'not loaded' }));
    held.finish();
    expect(await Promise.all([first, second])).toEqual(['shared', 'shared']);

    const stale = heldLoad('ann', 'stale');
    const before = cache.remember('j', stale.load);
    cache.forgetOwner('ann');
    const after = cache.remember('j', async () => ({ ownerId: 'ann', value: 'fresh' }));
    stale.finish();
    expect(await before).toBe('stale');
    expect(await after).toBe('fresh');
  });

  it('keeps at most maxEntries answers, dropping the oldest', async () => {
    const { cache, load, loads } = setup();
    await cache.remember('a', load('ann', 'a'));
    await cache.remember('b', load('ann', 'b'));
    await cache.remember('c', load('ann', 'c'));
    await cache.remember('a', load('ann', 'a again'));
    expect(loads()).toBe(4);
  });

  it('keeps nothing with a lifetime of 0', async () => {
    const { cache, load } = setup(0);
    await cache.remember('k', load('ann', 'first'));
    expect(await cache.remember('k', load('ann', 'second'))).toBe('second');
  });
});
