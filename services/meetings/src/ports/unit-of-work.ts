import type { AuditRepository } from './audit';
import type { LinksRepository } from './links';
import type { OneTimeLinksRepository } from './one-time-links';
import type { TemplatesRepository } from './templates';
import type { WebhookOutbox } from './webhooks';

/** Repositories bound to one transaction: a change and its audit entry commit together or not at all. */
export interface TransactionRepositories {
  links: LinksRepository;
  templates: TemplatesRepository;
  oneTimeLinks: OneTimeLinksRepository;
  audit: Pick<AuditRepository, 'record'>;
  /** Webhook deliveries of the change, committed with it (the outbox). */
  webhooks: WebhookOutbox;
}

export interface UnitOfWork {
  /** Runs `work` in one transaction. Inside it, use only the repositories it is given. */
  run<T>(work: (repositories: TransactionRepositories) => Promise<T>): Promise<T>;
}
