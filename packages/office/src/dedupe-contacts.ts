import type { Contact } from './port';

/** One entry per address (case-insensitive); the first source listed wins. */
export function dedupeByEmail(contacts: Contact[]): Contact[] {
  const byEmail = new Map<string, Contact>();
  for (const contact of contacts) {
    const key = contact.email.trim().toLowerCase();
    if (!byEmail.has(key)) byEmail.set(key, contact);
  }
  return [...byEmail.values()];
}
