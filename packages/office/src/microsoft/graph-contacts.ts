import { dedupeByEmail } from '../dedupe-contacts';
import type { Contact } from '../port';
import type { ProviderCaller } from '../provider-call';
import type { GraphPage, GraphRequestFactory } from './graph-request';
import { withQuery } from './graph-request';

interface GraphContact {
  displayName?: string;
  emailAddresses?: { address?: string; name?: string }[];
}

const SEARCH_LIMIT = 25;

/** OData string literal: a quote is escaped by doubling it. */
function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function createGraphContactOperations(request: GraphRequestFactory, call: ProviderCaller) {
  async function findContacts(filter: string): Promise<Contact[]> {
    const page: GraphPage<GraphContact> = await call('contacts.list', () =>
      request(
        withQuery('/me/contacts', {
          $filter: filter,
          $select: 'displayName,emailAddresses',
          $top: SEARCH_LIMIT,
        }),
      ).get(),
    );
    const contacts = (page.value ?? []).flatMap((contact) =>
      (contact.emailAddresses ?? []).flatMap((address) =>
        address.address
          ? [
              {
                email: address.address,
                name: contact.displayName ?? address.name,
                source: 'microsoft' as const,
              },
            ]
          : [],
      ),
    );
    return dedupeByEmail(contacts);
  }

  async function searchContacts(query: string): Promise<Contact[]> {
    const trimmed = query.trim();
    if (!trimmed) return [];
    const literal = odataString(trimmed);
    return findContacts(
      `startswith(displayName,${literal}) or emailAddresses/any(a:startswith(a/address,${literal}))`,
    );
  }

  async function createContact(contact: { email: string; name?: string }): Promise<void> {
    const existing = await findContacts(
      `emailAddresses/any(a:a/address eq ${odataString(contact.email.trim())})`,
    );
    if (existing.length > 0) return;
    await call('contacts.create', () =>
      request('/me/contacts').post({
        displayName: contact.name,
        emailAddresses: [{ address: contact.email, name: contact.name ?? contact.email }],
      }),
    );
  }

  return { searchContacts, createContact };
}
