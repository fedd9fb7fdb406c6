import type { Container } from './container';

export const DEMO_OWNER_EMAIL = 'demo@bookings.local';

/** A demo owner (and, once, a demo link) so a first start has something to look at. Safe to run on every start. */
export async function seedDemo(container: Container) {
  const owner = await container.owners.ensureLocal(DEMO_OWNER_EMAIL);
  const { token } = container.accessTokens.issue(owner);
  return { owner, accessToken: token, links: [] as { title: string; url: string }[] };
}
