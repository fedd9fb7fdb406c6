import { defaultLinkSettings, type LinkSettingsPatch } from '../../domain/links/link-settings';
import { ownerActor } from '../../ports/audit';
import type { Clock } from '../../ports/clock';
import type { Owner } from '../../ports/owners';
import type { Sealer, TokenGenerator } from '../../ports/secrets';
import type { UnitOfWork } from '../../ports/unit-of-work';
import { recordLinkEvent } from '../webhooks/record-link-event';
import { type LinkPresenter, presentLink } from './present-link';
import { requireOwnedTemplate } from './require-owned-template';
import { resolveSettings } from './resolve-settings';

interface Deps {
  transaction: UnitOfWork;
  tokens: Pick<TokenGenerator, 'generate'>;
  sealer: Pick<Sealer, 'seal' | 'unseal'>;
  clock: Clock;
  publicBaseUrl: string;
}

export interface CreateLinkInput {
  title: string;
  description?: string | undefined;
  templateId?: string | null | undefined;
  isActive?: boolean | undefined;
  /** Merged onto the defaults (office hours in the owner's zone), then validated whole. */
  settings?: LinkSettingsPatch | undefined;
  minChangeNoticeMinutes?: number | undefined;
}

export function makeCreateLink(deps: Deps) {
  const presenter: LinkPresenter = deps;
  return async function createLink(owner: Owner, input: CreateLinkInput) {
    const settings = resolveSettings(defaultLinkSettings(owner.timeZone), input.settings);
    const { token, hash } = deps.tokens.generate();
    const link = await deps.transaction.run(async ({ links, templates, audit, webhooks }) => {
      await requireOwnedTemplate(templates, owner.id, input.templateId);
      const created = await links.insert({
        ownerId: owner.id,
        templateId: input.templateId ?? null,
        title: input.title,
        description: input.description ?? '',
        tokenHash: hash,
        tokenSealed: deps.sealer.seal(token),
        isActive: input.isActive ?? true,
        settings,
        minChangeNoticeMinutes: input.minChangeNoticeMinutes,
      });
      const now = deps.clock.now();
      await audit.record({
        ownerId: owner.id,
        actor: ownerActor(owner.id),
        action: 'link.created',
        targetType: 'link',
        targetId: created.id,
        summary: `created "${created.title}"`,
        occurredAt: now,
      });
      await recordLinkEvent(webhooks, presenter, { type: 'link.created', link: created, at: now });
      return created;
    });
    return presentLink(link, presenter);
  };
}
