import type { AnalyticsEvent, AnalyticsRepository } from '../../ports/analytics';

export interface BufferedPageViews extends AnalyticsRepository {
  /** Writes every view still held; the app calls it on close, before the database goes. */
  flush(): Promise<void>;
}

/**
 * Page views kept off the request path: the booking page's header answers without an INSERT, and the views
 * of a moment are written together in one statement. The owner's own reading of analytics writes them first,
 * so counts are never behind what was viewed; a clean shutdown writes them too, so none is lost. (A crash
 * loses at most the last `flushAfterMs` of views: analytics, not bookings.) Every other event is written at
 * once, as before.
 */
export function bufferPageViews(
  repository: AnalyticsRepository,
  options: { flushAfterMs: number; maxBuffered: number; onError: (error: unknown) => void },
): BufferedPageViews {
  let pending: AnalyticsEvent[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = pending;
    pending = [];
    if (batch.length > 0) {
      // One write after another, so a flush awaited by a reader covers every view recorded before it.
      writing = writing.then(() => repository.recordMany(batch)).catch(options.onError);
    }
    return writing;
  }

  return {
    async record(event) {
      if (event.kind !== 'view') return repository.record(event);
      pending.push(event);
      if (pending.length >= options.maxBuffered) void flush();
      else if (!timer) {
        timer = setTimeout(() => void flush(), options.flushAfterMs);
        // A pending write never keeps the process alive: close() flushes.
        timer.unref();
      }
    },
    recordMany: (events) => repository.recordMany(events),
    async countPerLocalDay(linkId, timeZone, range) {
      await flush();
      return repository.countPerLocalDay(linkId, timeZone, range);
    },
    flush,
  };
}
