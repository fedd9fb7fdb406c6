import { createHash } from 'node:crypto';
import { canonicalTimeZone, isValidTimeZone } from '@bookings/availability';
import { DomainError, type FieldError } from '../../domain/shared/domain-error';
import type { AvatarProcessor } from '../../ports/images';
import type { OwnersRepository } from '../../ports/owners';
import { notFound } from '../shared/not-found';
import { presentProfile } from './present-profile';

export const MAX_AVATAR_BYTES = 256 * 1024;
const DATA_URL = /^data:image\/[a-z0-9.+-]+;base64,([A-Za-z0-9+/=\s]+)$/i;

export interface ProfileUpdate {
  name?: string | undefined;
  timeZone?: string | undefined;
  /** BCP 47 tag; null = follow the browser. */
  locale?: string | null | undefined;
  /** A `data:image/...;base64,` URL of at most 256 kB of image; null removes the photo. */
  avatar?: string | null | undefined;
}

/** Changes only what is sent. Every field is checked before anything is written. */
export function makeUpdateProfile(deps: {
  owners: Pick<OwnersRepository, 'findProfile' | 'updateProfile' | 'setAvatar'>;
  avatars: AvatarProcessor;
  publicBaseUrl: string;
}) {
  return async function updateProfile(ownerId: string, update: ProfileUpdate) {
    const errors: FieldError[] = [];
    const name = update.name?.trim();
    if (name === '') errors.push({ path: 'name', message: 'must not be empty' });
    const timeZone = update.timeZone === undefined ? undefined : canonicalTimeZone(update.timeZone);
    if (timeZone !== undefined && !isValidTimeZone(timeZone))
      errors.push({ path: 'timeZone', message: 'must be an IANA time zone such as Europe/Berlin' });
    const locale =
      update.locale === undefined || update.locale === null ? update.locale : canonicalLocale(update.locale);
    if (locale === false) errors.push({ path: 'locale', message: 'must be a language tag such as en-GB' });
    const upload = update.avatar ? decodeDataUrl(update.avatar) : null;
    if (update.avatar && !upload)
      errors.push({ path: 'avatar', message: 'must be a data:image/...;base64, URL' });
    if (errors.length > 0)
      throw new DomainError('validation_failed', 'Some profile fields need attention.', errors);
    if (upload && upload.byteLength > MAX_AVATAR_BYTES) {
      throw new DomainError('avatar_too_large', 'The photo is larger than 256 kB. Choose a smaller image.', [
        { path: 'avatar', message: 'must be at most 256 kB' },
      ]);
    }

    const avatar = upload ? await deps.avatars.toAvatar(upload) : null;
    await deps.owners.updateProfile(ownerId, {
      name,
      timeZone,
      locale: locale === false ? undefined : locale,
    });
    if (update.avatar !== undefined) {
      await deps.owners.setAvatar(
        ownerId,
        avatar
          ? { ...avatar, digest: createHash('sha256').update(avatar.bytes).digest('hex').slice(0, 32) }
          : null,
      );
    }
    const profile = await deps.owners.findProfile(ownerId);
    if (!profile) throw notFound('owner', ownerId);
    return presentProfile(profile, deps.publicBaseUrl);
  };
}

/** `en-gb` -> `en-GB`; false when it is no language tag at all. */
function canonicalLocale(tag: string): string | false {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? false;
  } catch {
    return false;
  }
}

function decodeDataUrl(value: string): Uint8Array | null {
  const base64 = DATA_URL.exec(value)?.[1];
  return base64 ? new Uint8Array(Buffer.from(base64.replace(/\s/g, ''), 'base64')) : null;
}
