import type { AnalyticsRepository } from '../../ports/analytics';
import type { AnswerCache } from '../../ports/answer-cache';
import type { Clock } from '../../ports/clock';
import { avatarUrl } from '../profile/present-profile';
import type { ResolvePublicLink } from './resolve-public-link';

interface PresentPublicPageDeps {
  resolvePublicLink: ResolvePublicLink;
  botProtection: boolean;
  publicBaseUrl: string;
  answers: AnswerCache;
}

/**
 * The booking page's header: what is offered, by whom, and (one-time links) for whom until when. The header is
 * kept in `answers` until the owner changes something; every view is still recorded.
 */
export function makeOpenPublicLink(
  deps: PresentPublicPageDeps & { analytics: Pick<AnalyticsRepository, 'record'>; clock: Clock },
) {
  const presentPage = makePresentPublicPage(deps);
  return async function openPublicLink(token: string, referrer: string | undefined) {
    const { linkId, page } = await presentPage(token);
    await deps.analytics.record({
      linkId,
      kind: 'view',
      referrerOrigin: originOf(referrer),
      occurredAt: deps.clock.now(),
    });
    return page;
  };
}

/**
 * The same header, without recording a view: what the server writes into the booking page's HTML so that its
 * title paints before any script runs. The page's own request for the header is still the one view counted.
 */
export function makePeekPublicLink(deps: PresentPublicPageDeps) {
  const presentPage = makePresentPublicPage(deps);
  return async function peekPublicLink(token: string) {
    return (await presentPage(token)).page;
  };
}

export type PublicPage = Awaited<ReturnType<ReturnType<typeof makePeekPublicLink>>>;

/** The header of a token's page and its link's id, shared through `answers` by the API and the HTML. */
function makePresentPublicPage(deps: PresentPublicPageDeps) {
  return (token: string) => deps.answers.remember(`page ${token}`, () => presentPage(token));

  async function presentPage(token: string) {
    const { link, oneTime, owner, template } = await deps.resolvePublicLink(token);
    const { settings } = link;
    const page = {
      kind: oneTime ? ('one_time' as const) : ('evergreen' as const),
      title: link.title,
      description: link.description,
      ownerName: owner.name || owner.email.split('@')[0] || '',
      ownerAvatarUrl: avatarUrl(deps.publicBaseUrl, owner.avatarDigest),
      timeZone: settings.timeZone,
      durations: oneTime?.pickedSlots ? pickedDurations(oneTime.pickedSlots) : settings.durations,
      defaultDuration: oneTime?.pickedSlots
        ? (pickedDurations(oneTime.pickedSlots)[0] ?? settings.defaultDuration)
        : settings.defaultDuration,
      questions: template?.questions ?? [],
      botProtection: deps.botProtection,
      ...(oneTime
        ? {
            recipient: { email: oneTime.recipientEmail, name: oneTime.recipientName },
            expiresAt: oneTime.expiresAt.toISOString(),
          }
        : {}),
    };
    return { ownerId: link.ownerId, value: { linkId: link.id, page } };
  }
}

/** Only the origin of where the visitor came from: a full referrer URL can carry private paths or tokens. */
export function originOf(referrer: string | undefined): string | null {
  if (!referrer) return null;
  try {
    const url = new URL(referrer);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

function pickedDurations(slots: { start: Date; end: Date }[]): number[] {
  const minutes = slots.map((slot) => Math.round((slot.end.getTime() - slot.start.getTime()) / 60_000));
  return [...new Set(minutes)].sort((a, b) => a - b);
}
