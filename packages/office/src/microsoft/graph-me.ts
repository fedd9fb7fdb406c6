import { OfficeError } from '../port';
import type { ProviderCaller } from '../provider-call';
import { type GraphRequestFactory, withQuery } from './graph-request';

interface GraphUser {
  mail?: string | null;
  userPrincipalName?: string | null;
}

/** The signed-in user's address (User.Read): `mail`, or the sign-in name when the mailbox has none. */
export async function readMailboxAddress(
  request: GraphRequestFactory,
  call: ProviderCaller,
): Promise<string> {
  const me: GraphUser = await call('me.get', () =>
    request(withQuery('/me', { $select: 'mail,userPrincipalName' })).get(),
  );
  const address = me.mail ?? me.userPrincipalName;
  if (!address) throw new OfficeError('provider_rejected', 'Microsoft Graph /me has no address');
  return address.toLowerCase();
}
