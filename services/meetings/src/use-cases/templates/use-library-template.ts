import { DomainError } from '../../domain/shared/domain-error';
import { findLibraryTemplate } from '../../domain/templates/library';
import type { makeCreateTemplate } from './create-template';

interface Deps {
  createTemplate: ReturnType<typeof makeCreateTemplate>;
}

/** Copies a starter template into the owner's own templates, where it can then be edited freely. */
export function makeUseLibraryTemplate(deps: Deps) {
  return async function useLibraryTemplate(ownerId: string, key: string) {
    const starter = findLibraryTemplate(key);
    if (!starter) throw new DomainError('not_found', `No library template with key ${key}.`);
    const { key: _key, ...content } = starter;
    return deps.createTemplate(ownerId, structuredClone(content), `library template ${key}`);
  };
}
