import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Owner, OwnersRepository } from '../../../ports/owners';
import type { Db } from '../client';
import { owners } from '../schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const columns = { id: owners.id, email: owners.email, name: owners.name, timeZone: owners.timeZone };

export function createOwnersRepository(db: Db): OwnersRepository {
  return {
    async ensureFromClaims(claims) {
      // Our own tokens carry the owner id as `sub`; an identity provider's `sub` is kept as external_subject.
      const isOwnId = claims.issuedHere && UUID.test(claims.subject);
      const values = {
        email: claims.email,
        name: claims.name ?? '',
        ...(claims.timeZone ? { timeZone: claims.timeZone } : {}),
      };
      const [row] = isOwnId
        ? await db
            .insert(owners)
            .values({ id: claims.subject, ...values })
            .onConflictDoUpdate({ target: owners.id, set: { email: sql`${owners.email}` } })
            .returning(columns)
        : await db
            .insert(owners)
            .values({ externalSubject: claims.subject, ...values })
            .onConflictDoUpdate({ target: owners.externalSubject, set: values })
            .returning(columns);
      return row as Owner;
    },

    async ensureLocal(email) {
      const normalized = email.trim().toLowerCase();
      const existing = await findLocal(db, normalized);
      if (existing) return existing;
      await db
        .insert(owners)
        .values({ email: normalized, name: normalized.split('@')[0] ?? '' })
        .onConflictDoNothing();
      return (await findLocal(db, normalized)) as Owner;
    },

    async findById(id) {
      const [row] = await db.select(columns).from(owners).where(eq(owners.id, id));
      return row ?? null;
    },
  };
}

async function findLocal(db: Db, email: string): Promise<Owner | undefined> {
  const [row] = await db
    .select(columns)
    .from(owners)
    .where(and(sql`lower(${owners.email}) = ${email}`, isNull(owners.externalSubject)));
  return row;
}
