import { describe, expect, it } from 'vitest';
import type { AnalyticsEvent, AnalyticsRepository } from '../../ports/analytics';
import { bufferPageViews } from './buffered-page-views';

function recordingRepository() {
  const writes: AnalyticsEvent[][] = [];
  const repository: AnalyticsRepository = {
    record: async (event) => {
      writes.push([event]);
    },
    recordMany: async (events) => {
      writes.push(events);
    },
    countPerLocalDay: async () => [],
  };
  return { repository, writes };
}

const view = (n: number): AnalyticsEvent => ({
  linkId: `link-${n}`,
  kind: 'view',
  occurredAt: new Date(Date.UTC(2026, 11, 1, 9, n)),
});
/** A buffer whose timer never fires within a test: only a flush, a full buffer or a read writes. */
function heldUntilFlushed(
  repository: AnalyticsRepository,
  options: Partial<Parameters<typeof bufferPageViews>[1]> = {},
) {
  return bufferPageViews(repository, {
    flushAfterMs: 60_000,
    maxBuffered: 100,
    onError: () => {},
    ...options,
  });
}

/** The row written for `view(n)` seen `count` times. */
const viewRow = (n: number, count = 1): AnalyticsEvent => ({ ...view(n), referrerOrigin: null, count });

describe('page views off the request path', () => {
  it('holds views and writes them in one statement on flush', async () => {
    const { repository, writes } = recordingRepository();
    const buffered = heldUntilFlushed(repository);
    await buffered.record(view(1));
    await buffered.record(view(2));
    expect(writes).toEqual([]);
    await buffered.flush();
    expect(writes).toEqual([[viewRow(1), viewRow(2)]]);
    await buffered.flush();
    expect(writes).toHaveLength(1);
  });

  it('writes the views of one link, origin and second as one row with their count', async () => {
    const { repository, writes } = recordingRepository();
    const buffered = heldUntilFlushed(repository);
    const at = (iso: string, referrerOrigin: string | null = null): AnalyticsEvent => ({
      linkId: 'link-1',
      kind: 'view',
      referrerOrigin,
      occurredAt: new Date(iso),
    });
    await buffered.record(at('2026-12-01T09:00:00.000Z'));
    await buffered.record(at('2026-12-01T09:00:00.999Z'));
    await buffered.record(at('2026-12-01T09:00:00.500Z', 'https://example.org'));
    await buffered.record(at('2026-12-01T09:00:01.000Z'));
    await buffered.record({ ...at('2026-12-01T09:00:00.250Z'), linkId: 'link-2' });
    await buffered.flush();
    expect(writes).toEqual([
      [
        { ...at('2026-12-01T09:00:00Z'), count: 2 },
        { ...at('2026-12-01T09:00:00Z', 'https://example.org'), count: 1 },
        { ...at('2026-12-01T09:00:01Z'), count: 1 },
        { ...at('2026-12-01T09:00:00Z'), linkId: 'link-2', count: 1 },
      ],
    ]);
  });

  it('writes at once when the buffer is full, and other events never wait', async () => {
    const { repository, writes } = recordingRepository();
    const buffered = heldUntilFlushed(repository, { maxBuffered: 2 });
    const booked: AnalyticsEvent = { ...view(3), kind: 'booked' };
    await buffered.record(booked);
    expect(writes).toEqual([[booked]]);
    await buffered.record(view(1));
    await buffered.record(view(2));
    await buffered.flush();
    expect(writes).toEqual([[booked], [viewRow(1), viewRow(2)]]);
  });

  it('writes what it holds before the owner reads the counts', async () => {
    const { repository, writes } = recordingRepository();
    const buffered = heldUntilFlushed(repository);
    await buffered.record(view(1));
    await buffered.countPerLocalDay('link-1', 'UTC', { start: new Date(0), end: new Date() });
    expect(writes).toEqual([[viewRow(1)]]);
  });

  it('reports a failed write and keeps taking views', async () => {
    const errors: unknown[] = [];
    const failing: AnalyticsRepository = {
      ...recordingRepository().repository,
      recordMany: async () => {
        throw new Error('database down');
      },
    };
    const buffered = heldUntilFlushed(failing, { onError: (error) => errors.push(error) });
    await buffered.record(view(1));
    await buffered.flush();
    expect(errors).toHaveLength(1);
    await buffered.record(view(2));
    await buffered.flush();
    expect(errors).toHaveLength(2);
  });
});
