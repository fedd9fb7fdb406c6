import type { Interval } from '@bookings/availability';
import {
  DEFAULT_ONE_TIME_EXPIRY_DAYS,
  MAX_ONE_TIME_EXPIRY_DAYS,
} from '../../domain/one-time-links/one-time-link-status';
import { DomainError, type FieldError } from '../../domain/shared/domain-error';
import { ownerActor } from '../../ports/audit';
import type { Clock } from '../../ports/clock';
import type { LinksRepository } from '../../ports/links';
import type { Sealer, TokenGenerator } from '../../ports/secrets';
import type { UnitOfWork } from '../../ports/unit-of-work';
import type { LoadAvailabilityInput } from '../availability/load-availability-input';
import { publicBookingUrl } from '../links/present-link';
import { notFound } from '../shared/not-found';
import { checkPickedSlots } from './check-picked-slots';
import { presentOneTimeLink } from './present-one-time-link';

interface Deps {
  links: Pick<LinksRepository, 'findOwned'>;
  transaction: UnitOfWork;
  tokens: Pick<TokenGenerator, 'generate'>;
  sealer: Pick<Sealer, 'seal' | 'unseal'>;
  loadAvailabilityInput: LoadAvailabilityInput;
  clock: Clock;
  publicBaseUrl: string;
}

export interface CreateOneTimeLinkInput {
  recipientEmail: string;
  recipientName?: string | undefined;
  expiresInDays?: number | undefined;
  pickedSlots?: { start: string; end: string }[] | undefined;
}

const MS_PER_DAY = 86_400_000;

/** The token is looked up by its hash and kept sealed, so the owner can copy the URL again (ADR 003). */
export function makeCreateOneTimeLink(deps: Deps) {
  return async function createOneTimeLink(ownerId: string, linkId: string, input: CreateOneTimeLinkInput) {
    const link = await deps.links.findOwned(ownerId, linkId);
    if (!link) throw notFound('link', linkId);
    const now = deps.clock.now();
    const expiresInDays = input.expiresInDays ?? DEFAULT_ONE_TIME_EXPIRY_DAYS;
    const expiresAt = new Date(
      now.getTime() + Math.min(expiresInDays, MAX_ONE_TIME_EXPIRY_DAYS) * MS_PER_DAY,
    );

    const slots = (input.pickedSlots ?? []).map((slot) => ({
      start: Date.parse(slot.start),
      end: Date.parse(slot.end),
    }));
    if (slots.length > 0) {
      const errors = [
        ...findMalformedSlots(slots, expiresAt),
        ...(await checkPickedSlots(deps.loadAvailabilityInput, link, slots, now)),
      ];
      if (errors.length > 0) {
        throw new DomainError(
          'validation_failed',
          `Some picked slots cannot be offered: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
          errors,
        );
      }
    }

    const { token, hash } = deps.tokens.generate();
    const created = await deps.transaction.run(async ({ oneTimeLinks, audit }) => {
      const inserted = await oneTimeLinks.insert({
        linkId,
        ownerId,
        tokenHash: hash,
        tokenSealed: deps.sealer.seal(token),
        recipientEmail: input.recipientEmail.trim().toLowerCase(),
        recipientName: input.recipientName?.trim() || null,
        expiresAt,
        pickedSlots:
          slots.length > 0
            ? slots.map((slot) => ({ start: new Date(slot.start), end: new Date(slot.end) }))
            : null,
      });
      await audit.record({
        ownerId,
        actor: ownerActor(ownerId),
        action: 'one_time_link.created',
        targetType: 'one_time_link',
        targetId: inserted.id,
        summary: `for ${inserted.recipientEmail} on link ${linkId}, expires ${expiresAt.toISOString()}${
          slots.length > 0 ? `, ${slots.length} picked slots` : ''
        }`,
        occurredAt: now,
      });
      return inserted;
    });
    return { ...presentOneTimeLink(created, now, deps), url: publicBookingUrl(deps.publicBaseUrl, token) };
  };
}

function findMalformedSlots(slots: Interval[], expiresAt: Date): FieldError[] {
  const errors: FieldError[] = [];
  const sorted = slots.map((slot, index) => ({ ...slot, index })).sort((a, b) => a.start - b.start);
  for (const slot of sorted) {
    const path = `pickedSlots[${slot.index}]`;
    if (slot.end <= slot.start) errors.push({ path: `${path}.end`, message: 'must be after start' });
    else if (slot.start >= expiresAt.getTime())
      errors.push({ path: `${path}.start`, message: 'must be before the one-time link expires' });
  }
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (previous && current && current.start < previous.end)
      errors.push({ path: `pickedSlots[${current.index}]`, message: 'overlaps another picked slot' });
  }
  return errors;
}
