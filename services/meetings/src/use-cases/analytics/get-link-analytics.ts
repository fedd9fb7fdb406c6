import { localDateOf, zonedTimeToInstant } from '@bookings/availability';
import {
  addDays,
  DEFAULT_ANALYTICS_DAYS,
  summarizeAnalytics,
  validateAnalyticsRange,
} from '../../domain/analytics/link-analytics';
import { DomainError } from '../../domain/shared/domain-error';
import type { AnalyticsRepository } from '../../ports/analytics';
import type { Clock } from '../../ports/clock';
import type { LinksRepository } from '../../ports/links';
import { notFound } from '../shared/not-found';

interface Deps {
  links: Pick<LinksRepository, 'findOwned'>;
  analytics: Pick<AnalyticsRepository, 'countPerLocalDay'>;
  clock: Clock;
}

/** `from` and `to` are local dates in the link's zone, both included; by default the last 30 days. */
export function makeGetLinkAnalytics(deps: Deps) {
  return async function getLinkAnalytics(
    ownerId: string,
    linkId: string,
    query: { from?: string; to?: string },
  ) {
    const link = await deps.links.findOwned(ownerId, linkId);
    if (!link) throw notFound('link', linkId);
    const { timeZone } = link.settings;
    const today = localDateOf(deps.clock.now().getTime(), timeZone);
    const to = query.to ?? (query.from ? addDays(query.from, DEFAULT_ANALYTICS_DAYS - 1) : today);
    const from = query.from ?? addDays(to, 1 - DEFAULT_ANALYTICS_DAYS);
    const errors = validateAnalyticsRange(from, to);
    if (errors.length > 0) {
      throw new DomainError(
        'validation_failed',
        `The date range is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
        errors,
      );
    }
    const counts = await deps.analytics.countPerLocalDay(linkId, timeZone, {
      start: new Date(zonedTimeToInstant(from, '00:00', timeZone)),
      end: new Date(zonedTimeToInstant(addDays(to, 1), '00:00', timeZone)),
    });
    return summarizeAnalytics({ from, to, timeZone }, counts);
  };
}
