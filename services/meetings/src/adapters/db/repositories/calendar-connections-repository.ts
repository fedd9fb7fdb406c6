import type { OAuthTokens, ProviderName } from '@bookings/office';
import { and, eq, gt, ne, sql } from 'drizzle-orm';
import type {
  CalendarConnection,
  CalendarConnectionsRepository,
  ConnectionStatus,
  OAuthStatesRepository,
} from '../../../ports/calendar-connections';
import type { Sealer } from '../../../ports/secrets';
import type { Db } from '../client';
import { calendarConnections, oauthStates } from '../schema';
import { preparedOnce } from './prepared';

type Row = typeof calendarConnections.$inferSelect;

/** Tokens are sealed (AES-256-GCM) before they reach the table and unsealed only when a call needs them. */
export function createCalendarConnectionsRepository(db: Db, sealer: Sealer): CalendarConnectionsRepository {
  const seal = (tokens: OAuthTokens) => sealer.seal(JSON.stringify(tokens));
  const touch = () => ({ updatedAt: new Date() });
  const byOwner = preparedOnce(() =>
    db
      .select()
      .from(calendarConnections)
      .where(eq(calendarConnections.ownerId, sql.placeholder('ownerId')))
      .orderBy(calendarConnections.createdAt, calendarConnections.id)
      .prepare('calendar_connections_by_owner'),
  );

  return {
    async listByOwner(ownerId) {
      const rows = await byOwner().execute({ ownerId });
      return rows.map(toConnection);
    },

    async find(ownerId, id) {
      const [row] = await db
        .select()
        .from(calendarConnections)
        .where(and(eq(calendarConnections.ownerId, ownerId), eq(calendarConnections.id, id)));
      return row ? toConnection(row) : null;
    },

    async findEventReceiver(ownerId) {
      const rows = await db
        .select()
        .from(calendarConnections)
        .where(eq(calendarConnections.ownerId, ownerId))
        .orderBy(calendarConnections.createdAt);
      const receiver = rows.find((row) => row.eventCalendarId !== null);
      return receiver ? toConnection(receiver) : null;
    },

    async readTokens(id) {
      const [row] = await db
        .select({ tokensSealed: calendarConnections.tokensSealed })
        .from(calendarConnections)
        .where(eq(calendarConnections.id, id));
      if (!row) throw new Error(`calendar connection ${id} is gone`);
      return JSON.parse(sealer.unseal(row.tokensSealed)) as OAuthTokens;
    },

    async upsert(entry) {
      const [row] = await db
        .insert(calendarConnections)
        .values({
          ownerId: entry.ownerId,
          provider: entry.provider,
          accountEmail: entry.accountEmail,
          tokensSealed: seal(entry.tokens),
          busyCalendarIds: entry.busyCalendarIds,
          eventCalendarId: entry.eventCalendarId,
        })
        .onConflictDoUpdate({
          target: [
            calendarConnections.ownerId,
            calendarConnections.provider,
            calendarConnections.accountEmail,
          ],
          // A reconnect renews the tokens and keeps the owner's calendar choices.
          set: { tokensSealed: seal(entry.tokens), status: 'active', statusReason: null, ...touch() },
        })
        .returning();
      if (!row) throw new Error('calendar connection was not saved');
      return toConnection(row);
    },

    async saveTokens(id, tokens) {
      await db
        .update(calendarConnections)
        .set({ tokensSealed: seal(tokens), ...touch() })
        .where(eq(calendarConnections.id, id));
    },

    async markNeedsReconnect(id, reason) {
      await db
        .update(calendarConnections)
        .set({ status: 'needs_reconnect', statusReason: reason, ...touch() })
        .where(eq(calendarConnections.id, id));
    },

    async updateSelection(ownerId, id, selection) {
      const [row] = await db
        .update(calendarConnections)
        .set({
          ...(selection.busyCalendarIds !== undefined ? { busyCalendarIds: selection.busyCalendarIds } : {}),
          ...(selection.eventCalendarId !== undefined ? { eventCalendarId: selection.eventCalendarId } : {}),
          ...touch(),
        })
        .where(and(eq(calendarConnections.ownerId, ownerId), eq(calendarConnections.id, id)))
        .returning();
      return row ? toConnection(row) : null;
    },

    async clearEventReceiverExcept(ownerId, keepId) {
      await db
        .update(calendarConnections)
        .set({ eventCalendarId: null, ...touch() })
        .where(and(eq(calendarConnections.ownerId, ownerId), ne(calendarConnections.id, keepId)));
    },

    async delete(ownerId, id) {
      const [row] = await db
        .delete(calendarConnections)
        .where(and(eq(calendarConnections.ownerId, ownerId), eq(calendarConnections.id, id)))
        .returning({
          provider: calendarConnections.provider,
          accountEmail: calendarConnections.accountEmail,
          tokensSealed: calendarConnections.tokensSealed,
        });
      if (!row) return null;
      return {
        provider: row.provider as ProviderName,
        accountEmail: row.accountEmail,
        tokens: unsealTokensOrNull(sealer, row.tokensSealed),
      };
    },

    async isAccountConnected(provider, accountEmail) {
      const [row] = await db
        .select({ id: calendarConnections.id })
        .from(calendarConnections)
        .where(
          and(eq(calendarConnections.provider, provider), eq(calendarConnections.accountEmail, accountEmail)),
        )
        .limit(1);
      return row !== undefined;
    },
  };
}

export function createOAuthStatesRepository(db: Db, sealer: Sealer): OAuthStatesRepository {
  return {
    async save({ codeVerifier, ...entry }) {
      await db.insert(oauthStates).values({ ...entry, codeVerifierSealed: sealer.seal(codeVerifier) });
    },
    async consume(stateHash, now) {
      // Deleting is what makes a state single-use, even when two callbacks race.
      const [row] = await db
        .delete(oauthStates)
        .where(and(eq(oauthStates.stateHash, stateHash), gt(oauthStates.expiresAt, now)))
        .returning({
          ownerId: oauthStates.ownerId,
          provider: oauthStates.provider,
          codeVerifierSealed: oauthStates.codeVerifierSealed,
        });
      if (!row) return null;
      return {
        ownerId: row.ownerId,
        provider: row.provider as ProviderName,
        codeVerifier: sealer.unseal(row.codeVerifierSealed),
      };
    },
  };
}

/** The row is gone either way: tokens sealed under another key must not turn a disconnect into an error. */
function unsealTokensOrNull(sealer: Sealer, sealed: string): OAuthTokens | null {
  try {
    return JSON.parse(sealer.unseal(sealed)) as OAuthTokens;
  } catch {
    return null;
  }
}

function toConnection(row: Row): CalendarConnection {
  return {
    id: row.id,
    ownerId: row.ownerId,
    provider: row.provider as ProviderName,
    accountEmail: row.accountEmail,
    status: row.status as ConnectionStatus,
    statusReason: row.statusReason,
    busyCalendarIds: Array.isArray(row.busyCalendarIds) ? (row.busyCalendarIds as string[]) : [],
    eventCalendarId: row.eventCalendarId,
    createdAt: row.createdAt,
  };
}
