import type { AuditRepository } from '../../src/ports/audit';
import type { LinksRepository } from '../../src/ports/links';
import type { OneTimeLinksRepository } from '../../src/ports/one-time-links';
import type { OwnersRepository } from '../../src/ports/owners';
import type { TemplatesRepository } from '../../src/ports/templates';
import type { WebhookOutbox } from '../../src/ports/webhooks';
import { type MemoryStore, nextId, replaceRow } from './memory-store';

/** Repositories over a MemoryStore, typed against the real ports: each answers as its port documents. */

const withoutHash = <Row extends { tokenHash: string }>({ tokenHash: _, ...row }: Row) => row;

export function memoryLinks(store: MemoryStore): LinksRepository {
  const owned = (ownerId: string, id: string) =>
    store.links.find((link) => link.ownerId === ownerId && link.id === id) ?? null;
  return {
    async insert(link) {
      const now = new Date(0);
      const row = {
        id: nextId(store, 'link'),
        ...link,
        minChangeNoticeMinutes: link.minChangeNoticeMinutes ?? 1440,
        createdAt: now,
        updatedAt: now,
      };
      store.links.push(row);
      return withoutHash(row);
    },
    findOwned: async (ownerId, id) => {
      const row = owned(ownerId, id);
      return row ? withoutHash(row) : null;
    },
    listOwned: async (ownerId, filter) =>
      store.links
        .filter((link) => link.ownerId === ownerId)
        .filter((link) => filter.isActive === undefined || link.isActive === filter.isActive)
        .map(withoutHash),
    async update(ownerId, id, changes, at) {
      const row = owned(ownerId, id);
      if (!row) return null;
      const updated = { ...row, ...changes, updatedAt: at };
      replaceRow(store.links, updated);
      return withoutHash(updated);
    },
    async softDelete(ownerId, id) {
      const before = store.links.length;
      store.links = store.links.filter((link) => !(link.ownerId === ownerId && link.id === id));
      return store.links.length < before;
    },
    findByTokenHash: async (tokenHash) => {
      const row = store.links.find((link) => link.tokenHash === tokenHash);
      return row ? withoutHash(row) : null;
    },
  };
}

export function memoryOneTimeLinks(store: MemoryStore): OneTimeLinksRepository {
  const owned = (ownerId: string, id: string) =>
    store.oneTimeLinks.find((link) => link.ownerId === ownerId && link.id === id) ?? null;
  return {
    async insert(link) {
      const row = {
        ...link,
        id: nextId(store, 'one-time'),
        status: 'active' as const,
        bookingId: null,
        createdAt: new Date(0),
      };
      store.oneTimeLinks.push(row);
      return withoutHash(row);
    },
    findOwned: async (ownerId, id) => {
      const row = owned(ownerId, id);
      return row ? withoutHash(row) : null;
    },
    listForLink: async (ownerId, linkId) =>
      store.oneTimeLinks
        .filter((link) => link.ownerId === ownerId && link.linkId === linkId)
        .map(withoutHash),
    async markRevoked(ownerId, id) {
      const row = owned(ownerId, id);
      if (row?.status !== 'active') return null;
      const revoked = { ...row, status: 'revoked' as const };
      replaceRow(store.oneTimeLinks, revoked);
      return withoutHash(revoked);
    },
    findByTokenHash: async (tokenHash) => {
      const row = store.oneTimeLinks.find((link) => link.tokenHash === tokenHash);
      return row && store.links.some((link) => link.id === row.linkId) ? withoutHash(row) : null;
    },
  };
}

export function memoryTemplates(store: MemoryStore): TemplatesRepository {
  const owned = (ownerId: string, id: string) =>
    store.templates.find((template) => template.ownerId === ownerId && template.id === id) ?? null;
  return {
    async insert(template) {
      const row = {
        ...template,
        id: nextId(store, 'template'),
        createdAt: new Date(0),
        updatedAt: new Date(0),
      };
      store.templates.push(row);
      return row;
    },
    findOwned: async (ownerId, id) => owned(ownerId, id),
    listOwned: async (ownerId) => store.templates.filter((template) => template.ownerId === ownerId),
    async update(ownerId, id, changes, at) {
      const row = owned(ownerId, id);
      if (!row) return null;
      const updated = { ...row, ...changes, updatedAt: at };
      replaceRow(store.templates, updated);
      return updated;
    },
    isInUse: async (ownerId, id) =>
      store.links.some((link) => link.ownerId === ownerId && link.templateId === id),
    async delete(ownerId, id) {
      const before = store.templates.length;
      store.templates = store.templates.filter(
        (template) => !(template.ownerId === ownerId && template.id === id),
      );
      return store.templates.length < before;
    },
  };
}

export function memoryOwnerProfiles(store: MemoryStore): Pick<OwnersRepository, 'findProfile'> {
  return { findProfile: async (id) => store.owners.find((owner) => owner.id === id) ?? null };
}

export function memoryAudit(store: MemoryStore): Pick<AuditRepository, 'record'> {
  return {
    record: async (entry) => {
      store.audit.push(entry);
    },
  };
}

export function memoryWebhookOutbox(store: MemoryStore): WebhookOutbox {
  return {
    record: async (event) => {
      store.webhookEvents.push(event);
    },
  };
}
