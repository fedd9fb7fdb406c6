import type { UnitOfWork } from '../../ports/unit-of-work';
import type { Db } from './client';
import { createAuditRepository } from './repositories/audit-repository';
import { createLinksRepository } from './repositories/links-repository';
import { createOneTimeLinksRepository } from './repositories/one-time-links-repository';
import { createTemplatesRepository } from './repositories/templates-repository';
import { createWebhookOutbox } from './repositories/webhooks-repository';

export function createUnitOfWork(db: Db): UnitOfWork {
  return {
    run: (work) =>
      db.transaction((tx) =>
        work({
          links: createLinksRepository(tx),
          templates: createTemplatesRepository(tx),
          oneTimeLinks: createOneTimeLinksRepository(tx),
          audit: createAuditRepository(tx),
          webhooks: createWebhookOutbox(tx),
        }),
      ),
  };
}
