import { DomainError } from '../../domain/shared/domain-error';
import type { OwnersRepository } from '../../ports/owners';

/** The photo a booking page shows; its digest is its name, so its bytes never change. */
export function makeGetAvatar(deps: { owners: Pick<OwnersRepository, 'findAvatar'> }) {
  return async function getAvatar(digest: string) {
    const avatar = await deps.owners.findAvatar(digest);
    if (!avatar) throw new DomainError('not_found', 'There is no photo at this address.');
    return avatar;
  };
}
