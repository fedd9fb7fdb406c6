import type { DailyCount } from '../domain/analytics/link-analytics';

export interface AnalyticsEvent {
  linkId: string;
  kind: 'view' | 'booked';
  referrerOrigin?: string | null;
  occurredAt: Date;
}

export interface AnalyticsRepository {
  record(event: AnalyticsEvent): Promise<void>;
  /** Events in [start, end) counted per kind and local date in `timeZone`. */
  countPerLocalDay(
    linkId: string,
    timeZone: string,
    range: { start: Date; end: Date },
  ): Promise<DailyCount[]>;
}
