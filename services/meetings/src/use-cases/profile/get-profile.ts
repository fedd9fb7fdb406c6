import type { OwnersRepository } from '../../ports/owners';
import { notFound } from '../shared/not-found';
import { presentProfile } from './present-profile';

export function makeGetProfile(deps: {
  owners: Pick<OwnersRepository, 'findProfile'>;
  publicBaseUrl: string;
}) {
  return async function getProfile(ownerId: string) {
    const profile = await deps.owners.findProfile(ownerId);
    if (!profile) throw notFound('owner', ownerId);
    return presentProfile(profile, deps.publicBaseUrl);
  };
}
