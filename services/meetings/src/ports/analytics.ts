import type { AnalyticsKind, DailyCount } from '../domain/analytics/link-analytics';

export type { AnalyticsKind };

export interface AnalyticsEvent {
  linkId: string;
  kind: AnalyticsKind;
  referrerOrigin?: string | null;
  occurredAt: Date;
  /** How many alike events this stands for (the same link, kind, origin and instant); 1 when absent. */
  count?: number;
}

export interface AnalyticsRepository {
  record(event: AnalyticsEvent): Promise<void>;
  /** Several events in one statement. */
  recordMany(events: AnalyticsEvent[]): Promise<void>;
  /** Events in [start, end) counted per kind and local date in `timeZone`. */
  countPerLocalDay(
    linkId: string,
    timeZone: string,
    range: { start: Date; end: Date },
  ): Promise<DailyCount[]>;
}
