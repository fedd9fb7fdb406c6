import type { Container } from './container';

export const DEMO_OWNER_EMAIL = 'demo@bookings.local';
const DEMO_LINK_TITLE = 'Intro call (demo)';

/** A demo owner and a demo link, so a first start has something to look at. Safe to run on every start. */
export async function seedDemo(container: Pick<Container, 'repositories' | 'links' | 'auth'>) {
  const owner = await container.repositories.owners.ensureLocal(DEMO_OWNER_EMAIL);
  const existing = await container.links.listLinks(owner.id, { limit: 100 });
  const links = existing.items.some((link) => link.title === DEMO_LINK_TITLE)
    ? existing.items
    : [
        await container.links.createLink(owner, {
          title: DEMO_LINK_TITLE,
          description: 'A 30-minute first conversation.',
        }),
        ...existing.items,
      ];
  const { token } = container.auth.accessTokens.issue(owner);
  return { owner, accessToken: token, links: links.map((link) => ({ title: link.title, url: link.url })) };
}
