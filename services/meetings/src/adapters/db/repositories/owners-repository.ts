import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Owner, OwnerProfile, OwnersRepository } from '../../../ports/owners';
import type { Db } from '../client';
import { ownerAvatars, owners } from '../schema';
import { preparedOnce } from './prepared';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const columns = { id: owners.id, email: owners.email, name: owners.name, timeZone: owners.timeZone };

export function createOwnersRepository(db: Db): OwnersRepository {
  const profileById = preparedOnce(() =>
    db
      .select({
        ...columns,
        locale: owners.locale,
        timeZoneChosen: owners.timeZoneChosen,
        avatarDigest: ownerAvatars.digest,
      })
      .from(owners)
      .leftJoin(ownerAvatars, eq(ownerAvatars.ownerId, owners.id))
      .where(eq(owners.id, sql.placeholder('id')))
      .prepare('owner_profile_by_id'),
  );
  return {
    async ensureFromClaims(claims) {
      // Our own tokens carry the owner id as `sub`; an identity provider's `sub` is kept as external_subject.
      const isOwnId = claims.issuedHere && UUID.test(claims.subject);
      const values = {
        email: claims.email,
        name: claims.name ?? '',
        ...(claims.timeZone ? { timeZone: claims.timeZone, timeZoneChosen: true } : {}),
      };
      if (!isOwnId) {
        const [row] = await db
          .insert(owners)
          .values({ externalSubject: claims.subject, ...values })
          .onConflictDoUpdate({ target: owners.externalSubject, set: values })
          .returning(columns);
        return row as Owner;
      }
      // Keyed by id alone: an existing owner is returned as is; a new id whose email another owner already
      // signs in with is a conflict (any unique violation leaves no row), never a second owner or a 500.
      const [created] = await db
        .insert(owners)
        .values({ id: claims.subject, ...values })
        .onConflictDoNothing()
        .returning(columns);
      if (created) return created as Owner;
      const [existing] = await db.select(columns).from(owners).where(eq(owners.id, claims.subject));
      return (existing as Owner | undefined) ?? null;
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

    async findProfile(id) {
      const [row] = await profileById().execute({ id });
      return (row as OwnerProfile | undefined) ?? null;
    },

    async updateProfile(id, changes) {
      const set = {
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...(changes.timeZone !== undefined ? { timeZone: changes.timeZone, timeZoneChosen: true } : {}),
        ...(changes.locale !== undefined ? { locale: changes.locale } : {}),
      };
      if (Object.keys(set).length > 0) await db.update(owners).set(set).where(eq(owners.id, id));
    },

    async adoptTimeZone(id, timeZone) {
      await db
        .update(owners)
        .set({ timeZone, timeZoneChosen: true })
        .where(and(eq(owners.id, id), eq(owners.timeZoneChosen, false)));
      const [row] = await db.select({ timeZone: owners.timeZone }).from(owners).where(eq(owners.id, id));
      return row?.timeZone ?? timeZone;
    },

    async setAvatar(id, avatar) {
      if (!avatar) {
        await db.delete(ownerAvatars).where(eq(ownerAvatars.ownerId, id));
        return;
      }
      const values = {
        digest: avatar.digest,
        contentType: avatar.contentType,
        image: avatar.bytes,
        updatedAt: new Date(),
      };
      await db
        .insert(ownerAvatars)
        .values({ ownerId: id, ...values })
        .onConflictDoUpdate({ target: ownerAvatars.ownerId, set: values });
    },

    async findAvatar(digest) {
      const [row] = await db
        .select({ contentType: ownerAvatars.contentType, bytes: ownerAvatars.image })
        .from(ownerAvatars)
        .where(eq(ownerAvatars.digest, digest))
        .limit(1);
      return row ? { contentType: row.contentType, bytes: new Uint8Array(row.bytes) } : null;
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
