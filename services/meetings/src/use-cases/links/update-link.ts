import type { LinkSettingsPatch } from '../../domain/links/link-settings';
import { ownerActor } from '../../ports/audit';
import type { Clock } from '../../ports/clock';
import type { LinkChanges } from '../../ports/links';
import type { UnitOfWork } from '../../ports/unit-of-work';
import { describeChanges } from '../shared/describe-changes';
import { notFound } from '../shared/not-found';
import { recordLinkEvent } from '../webhooks/record-link-event';
import { type LinkPresenter, presentLink } from './present-link';
import { requireOwnedTemplate } from './require-owned-template';
import { resolveSettings } from './resolve-settings';

interface Deps extends LinkPresenter {
  transaction: UnitOfWork;
  clock: Clock;
}

export interface UpdateLinkInput {
  title?: string | undefined;
  description?: string | undefined;
  templateId?: string | null | undefined;
  /** Partial: merged onto the stored settings, then validated whole. */
  settings?: LinkSettingsPatch | undefined;
  minChangeNoticeMinutes?: number | undefined;
}

export function makeUpdateLink(deps: Deps) {
  return async function updateLink(ownerId: string, id: string, input: UpdateLinkInput) {
    const link = await deps.transaction.run(async ({ links, templates, audit, webhooks }) => {
      const current = await links.findOwned(ownerId, id);
      if (!current) throw notFound('link', id);
      const changes: LinkChanges = {};
      if (input.title !== undefined) changes.title = input.title;
      if (input.description !== undefined) changes.description = input.description;
      if (input.templateId !== undefined) {
        await requireOwnedTemplate(templates, ownerId, input.templateId);
        changes.templateId = input.templateId;
      }
      if (input.minChangeNoticeMinutes !== undefined)
        changes.minChangeNoticeMinutes = input.minChangeNoticeMinutes;
      if (input.settings !== undefined) changes.settings = resolveSettings(current.settings, input.settings);

      const now = deps.clock.now();
      const updated = await links.update(ownerId, id, changes, now);
      if (!updated) throw notFound('link', id);
      const changed = [
        ...describeChanges(current, updated).filter((field) => field !== 'settings' && field !== 'updatedAt'),
        ...describeChanges(current.settings, updated.settings, 'settings.'),
      ];
      await audit.record({
        ownerId,
        actor: ownerActor(ownerId),
        action: 'link.updated',
        targetType: 'link',
        targetId: id,
        summary: changed.length > 0 ? `changed ${changed.join(', ')}` : 'no change',
        occurredAt: now,
      });
      await recordLinkEvent(webhooks, deps, { type: 'link.updated', link: updated, at: now });
      return updated;
    });
    return presentLink(link, deps);
  };
}
