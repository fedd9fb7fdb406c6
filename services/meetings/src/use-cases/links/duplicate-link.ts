import { ownerActor } from '../../ports/audit';
import type { Clock } from '../../ports/clock';
import type { Sealer, TokenGenerator } from '../../ports/secrets';
import type { UnitOfWork } from '../../ports/unit-of-work';
import { notFound } from '../shared/not-found';
import { recordLinkEvent } from '../webhooks/record-link-event';
import { presentLink } from './present-link';

interface Deps {
  transaction: UnitOfWork;
  tokens: Pick<TokenGenerator, 'generate'>;
  sealer: Pick<Sealer, 'seal' | 'unseal'>;
  clock: Clock;
  publicBaseUrl: string;
}

export const MAX_TITLE_LENGTH = 200;
const COPY_SUFFIX = ' (copy)';

/** A copy with the same settings, template and state, under a new token: the original is untouched. */
export function makeDuplicateLink(deps: Deps) {
  return async function duplicateLink(ownerId: string, id: string) {
    const { token, hash } = deps.tokens.generate();
    const copy = await deps.transaction.run(async ({ links, audit, webhooks }) => {
      const original = await links.findOwned(ownerId, id);
      if (!original) throw notFound('link', id);
      const created = await links.insert({
        ownerId,
        templateId: original.templateId,
        title: `${original.title.slice(0, MAX_TITLE_LENGTH - COPY_SUFFIX.length)}${COPY_SUFFIX}`,
        description: original.description,
        tokenHash: hash,
        tokenSealed: deps.sealer.seal(token),
        isActive: original.isActive,
        settings: original.settings,
        minChangeNoticeMinutes: original.minChangeNoticeMinutes,
      });
      await audit.record({
        ownerId,
        actor: ownerActor(ownerId),
        action: 'link.duplicated',
        targetType: 'link',
        targetId: created.id,
        summary: `copied from link ${original.id}`,
        occurredAt: deps.clock.now(),
      });
      await recordLinkEvent(webhooks, deps, { type: 'link.created', link: created, at: deps.clock.now() });
      return created;
    });
    return presentLink(copy, deps);
  };
}
