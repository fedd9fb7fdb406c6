import type { LinkRecord } from '../../ports/links';
import type { Sealer } from '../../ports/secrets';

export interface LinkPresenter {
  sealer: Pick<Sealer, 'unseal'>;
  publicBaseUrl: string;
}

export const publicBookingUrl = (publicBaseUrl: string, token: string): string =>
  `${publicBaseUrl}/public/bookings/${token}`;

/** The owner's view of a link: the sealed token, and the public URL made of it. */
export function presentLink(link: LinkRecord, presenter: LinkPresenter) {
  const token = presenter.sealer.unseal(link.tokenSealed);
  return {
    id: link.id,
    title: link.title,
    description: link.description,
    templateId: link.templateId,
    isActive: link.isActive,
    token,
    url: publicBookingUrl(presenter.publicBaseUrl, token),
    settings: link.settings,
    minChangeNoticeMinutes: link.minChangeNoticeMinutes,
    createdAt: link.createdAt.toISOString(),
    updatedAt: link.updatedAt.toISOString(),
  };
}

export type LinkView = ReturnType<typeof presentLink>;
