import type { CalendarInfo, OAuthTokens, ProviderName } from '@bookings/office';
import { defaultEndpoints } from '@bookings/office';
import type { ProviderClientConfig } from '../../config';

/**
 * The address of the account that was just connected. Google names the primary calendar after the account's
 * address (the scopes we ask for do not include the userinfo ones); Microsoft answers it on `/me` (User.Read).
 */
export async function readAccountEmail(
  provider: ProviderName,
  client: ProviderClientConfig,
  tokens: OAuthTokens,
  calendars: CalendarInfo[],
): Promise<string> {
  if (provider === 'google') {
    const primary = calendars.find((calendar) => calendar.primary);
    if (!primary) throw new Error('the Google account has no primary calendar');
    return primary.id.toLowerCase();
  }
  const base = (client.endpoints.apiBaseUrl ?? defaultEndpoints.microsoft.apiBaseUrl).replace(/\/+$/, '');
  const response = await fetch(`${base}/me?$select=mail,userPrincipalName`, {
    headers: { authorization: `Bearer ${tokens.accessToken}`, accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`Microsoft Graph /me answered ${response.status}`);
  const me = (await response.json()) as { mail?: string | null; userPrincipalName?: string | null };
  const address = me.mail ?? me.userPrincipalName;
  if (!address) throw new Error('Microsoft Graph /me has no address');
  return address.toLowerCase();
}
