import type { people_v1 } from '@googleapis/people';
import { dedupeByEmail } from '../dedupe-contacts';
import type { Contact } from '../port';
import type { ProviderCaller } from '../provider-call';

const READ_MASK = 'names,emailAddresses';
const SEARCH_PAGE_SIZE = 30;

export function createGoogleContactOperations(api: people_v1.People, call: ProviderCaller) {
  let isCacheWarm = false;

  /**
   * Google's search indexes are lazily built: the documented contract is one request with an
   * empty query before the first real search, or results come back empty or stale.
   */
  async function warmUpSearchCache(): Promise<void> {
    if (isCacheWarm) return;
    await call('people.searchContacts(warm-up)', () =>
      api.people.searchContacts({ query: '', readMask: READ_MASK, pageSize: 1 }),
    );
    await call('otherContacts.search(warm-up)', () =>
      api.otherContacts.search({ query: '', readMask: READ_MASK, pageSize: 1 }),
    );
    isCacheWarm = true;
  }

  async function searchContacts(query: string): Promise<Contact[]> {
    const trimmed = query.trim();
    if (!trimmed) return [];
    await warmUpSearchCache();
    const saved = await call('people.searchContacts', () =>
      api.people.searchContacts({ query: trimmed, readMask: READ_MASK, pageSize: SEARCH_PAGE_SIZE }),
    );
    const other = await call('otherContacts.search', () =>
      api.otherContacts.search({ query: trimmed, readMask: READ_MASK, pageSize: SEARCH_PAGE_SIZE }),
    );
    const people = [...(saved.data.results ?? []), ...(other.data.results ?? [])].flatMap((result) =>
      result.person ? [result.person] : [],
    );
    return dedupeByEmail(people.flatMap(toContacts));
  }

  async function createContact(contact: { email: string; name?: string }): Promise<void> {
    const existing = await searchContacts(contact.email);
    if (existing.some((found) => sameEmail(found.email, contact.email))) return;
    await call('people.createContact', () =>
      api.people.createContact({
        personFields: READ_MASK,
        requestBody: {
          names: contact.name ? [{ unstructuredName: contact.name }] : undefined,
          emailAddresses: [{ value: contact.email }],
        },
      }),
    );
  }

  return { searchContacts, createContact };
}

function toContacts(person: people_v1.Schema$Person): Contact[] {
  const name = person.names?.[0]?.displayName ?? person.names?.[0]?.unstructuredName ?? undefined;
  return (person.emailAddresses ?? []).flatMap((address) =>
    address.value ? [{ email: address.value, name, source: 'google' as const }] : [],
  );
}

function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
