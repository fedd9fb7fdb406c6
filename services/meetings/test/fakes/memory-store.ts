import type { AnalyticsEvent } from '../../src/ports/analytics';
import type { NewAuditEntry } from '../../src/ports/audit';
import type { StoredResponse } from '../../src/ports/booking-transaction';
import type { StoredBooking } from '../../src/ports/bookings';
import type { LinkRecord } from '../../src/ports/links';
import type { OneTimeLinkRecord } from '../../src/ports/one-time-links';
import type { OwnerProfile } from '../../src/ports/owners';
import type { SideEffectKind } from '../../src/ports/side-effects';
import type { TemplateRecord } from '../../src/ports/templates';
import type { WebhookEvent } from '../../src/ports/webhooks';

export interface QueuedSideEffect {
  bookingId: string;
  kind: SideEffectKind;
  revision: number;
  runAfter: Date;
}

/**
 * The rows the repositories of one test keep, in memory. Every fake port of `test/fakes` reads and writes one
 * store, so a use case sees what it wrote through another port, as with the database.
 */
export interface MemoryStore {
  owners: OwnerProfile[];
  links: (LinkRecord & { tokenHash: string })[];
  oneTimeLinks: (OneTimeLinkRecord & { tokenHash: string })[];
  templates: TemplateRecord[];
  bookings: (StoredBooking & { manageTokenHash: string | null })[];
  sideEffects: QueuedSideEffect[];
  audit: NewAuditEntry[];
  analytics: AnalyticsEvent[];
  webhookEvents: WebhookEvent[];
  responses: Map<string, StoredResponse>;
  /** Ids handed out so far, for new rows. */
  sequence: number;
}

export function createMemoryStore(
  rows: Partial<Omit<MemoryStore, 'responses' | 'sequence'>> = {},
): MemoryStore {
  return {
    owners: [],
    links: [],
    oneTimeLinks: [],
    templates: [],
    bookings: [],
    sideEffects: [],
    audit: [],
    analytics: [],
    webhookEvents: [],
    ...rows,
    responses: new Map(),
    sequence: 0,
  };
}

export function nextId(store: MemoryStore, kind: string): string {
  store.sequence += 1;
  return `${kind}-new-${store.sequence}`;
}

/**
 * Runs `work` as a transaction: what it changed is undone when it throws, as a rollback would. Rows are copied
 * one level deep (records are replaced, never mutated, by the fakes).
 */
export async function inTransaction<T>(store: MemoryStore, work: () => Promise<T>): Promise<T> {
  const before = snapshot(store);
  try {
    return await work();
  } catch (error) {
    Object.assign(store, before);
    throw error;
  }
}

function snapshot(store: MemoryStore): MemoryStore {
  return {
    owners: [...store.owners],
    links: [...store.links],
    oneTimeLinks: [...store.oneTimeLinks],
    templates: [...store.templates],
    bookings: [...store.bookings],
    sideEffects: [...store.sideEffects],
    audit: [...store.audit],
    analytics: [...store.analytics],
    webhookEvents: [...store.webhookEvents],
    responses: new Map(store.responses),
    sequence: store.sequence,
  };
}

/** Replaces the row with the same id. */
export function replaceRow<Row extends { id: string }>(rows: Row[], row: Row): void {
  const index = rows.findIndex((entry) => entry.id === row.id);
  if (index < 0) throw new Error(`no row ${row.id} to replace`);
  rows[index] = row;
}
