import { describe, expect, it } from 'vitest';
import { insertBooking } from '../factories/bookings';
import { createLink, type OwnerSession, signInOwner } from '../factories/owner-session';
import { dumpDatabase } from '../support/dump-database';
import { useTestApp } from '../support/use-test-app';

const t = useTestApp();

/** Everything one owner can hold: a link with a template, a one-time link, a booking and analytics. */
async function seedOwner(owner: OwnerSession) {
  const template = await owner.api.POST('/bookings/templates', { body: { name: `${owner.email} template` } });
  const link = await createLink(owner, { title: `${owner.email} link` });
  await owner.api.PATCH('/bookings/links/{id}', {
    params: { path: { id: link.id } },
    body: { templateId: template.data?.id ?? '' },
  });
  const oneTime = await owner.api.POST('/bookings/links/{id}/one-time', {
    params: { path: { id: link.id } },
    body: { recipientEmail: 'guest@example.com' },
  });
  const bookingId = await insertBooking(t.database, {
    ownerId: owner.id,
    linkId: link.id,
    start: `2030-01-0${owner.email.startsWith('ann') ? 7 : 8}T09:00:00Z`,
    end: `2030-01-0${owner.email.startsWith('ann') ? 7 : 8}T09:30:00Z`,
  });
  await t.app.container.repositories.analytics.record({
    linkId: link.id,
    kind: 'view',
    occurredAt: new Date(),
  });
  return {
    templateId: template.data?.id ?? '',
    linkId: link.id,
    oneTimeId: oneTime.data?.id ?? '',
    bookingId,
  };
}

describe('ownership', () => {
  it('lets no owner route read, change or even confirm another owner’s rows', async () => {
    await t.database.reset();
    const ann = await signInOwner(t, 'ann@example.com');
    const bob = await signInOwner(t, 'bob@example.com');
    const anns = await seedOwner(ann);
    const bobs = await seedOwner(bob);
    const annBefore = await dumpDatabase(t.database);

    const linkPath = { params: { path: { id: anns.linkId } } };
    const attempts: [string, Promise<{ response: Response }>][] = [
      ['getLink', bob.api.GET('/bookings/links/{id}', linkPath)],
      ['updateLink', bob.api.PATCH('/bookings/links/{id}', { ...linkPath, body: { title: 'pwned' } })],
      ['duplicateLink', bob.api.POST('/bookings/links/{id}:duplicate', linkPath)],
      ['toggleLink', bob.api.POST('/bookings/links/{id}:toggle', linkPath)],
      [
        'createOneTimeLink',
        bob.api.POST('/bookings/links/{id}/one-time', {
          ...linkPath,
          body: { recipientEmail: 'x@example.com' },
        }),
      ],
      ['listOneTimeLinks', bob.api.GET('/bookings/links/{id}/one-time', linkPath)],
      ['getLinkAnalytics', bob.api.GET('/bookings/links/{id}/analytics', linkPath)],
      [
        'revokeOneTimeLink',
        bob.api.POST('/bookings/one-time/{oid}:revoke', { params: { path: { oid: anns.oneTimeId } } }),
      ],
      ['getTemplate', bob.api.GET('/bookings/templates/{id}', { params: { path: { id: anns.templateId } } })],
      [
        'updateTemplate',
        bob.api.PATCH('/bookings/templates/{id}', {
          params: { path: { id: anns.templateId } },
          body: { name: 'pwned' },
        }),
      ],
      [
        'deleteTemplate',
        bob.api.DELETE('/bookings/templates/{id}', { params: { path: { id: anns.templateId } } }),
      ],
      ['deleteLink', bob.api.DELETE('/bookings/links/{id}', linkPath)],
    ];
    for (const [operation, attempt] of attempts) {
      const { response } = await attempt;
      expect({ operation, status: response.status }).toEqual({ operation, status: 404 });
    }

    // A body that names another owner's template is refused like an unknown one.
    const borrowed = await bob.api.PATCH('/bookings/links/{id}', {
      params: { path: { id: bobs.linkId } },
      body: { templateId: anns.templateId },
    });
    expect(borrowed.response.status).toBe(400);

    // Lists show only the caller's own rows.
    const links = await bob.api.GET('/bookings/links');
    expect(links.data?.items.map((link) => link.id)).toEqual([bobs.linkId]);
    const templates = await bob.api.GET('/bookings/templates');
    expect(templates.data?.items.map((template) => template.id)).toEqual([bobs.templateId]);
    const oneTime = await bob.api.GET('/bookings/links/{id}/one-time', {
      params: { path: { id: bobs.linkId } },
    });
    expect(oneTime.data?.items.map((item) => item.id)).toEqual([bobs.oneTimeId]);
    const bookings = await bob.api.GET('/bookings/bookings');
    expect(bookings.data?.items.map((booking) => booking.id)).toEqual([bobs.bookingId]);
    const bookingsOfAnnsLink = await bob.api.GET('/bookings/bookings', {
      params: { query: { linkId: anns.linkId } },
    });
    expect(bookingsOfAnnsLink.data?.items).toEqual([]);
    const audit = await bob.api.GET('/bookings/audit', { params: { query: { limit: 100 } } });
    expect(audit.data?.items.every((entry) => entry.actor === `owner:${bob.id}`)).toBe(true);
    const auditOfAnnsLink = await bob.api.GET('/bookings/audit', {
      params: { query: { targetId: anns.linkId } },
    });
    expect(auditOfAnnsLink.data?.items).toEqual([]);
    const analytics = await bob.api.GET('/bookings/links/{id}/analytics', {
      params: { path: { id: bobs.linkId } },
    });
    expect(analytics.data?.views).toBe(1);

    // Ann's rows are byte for byte what they were: nothing Bob sent reached them.
    const annAfter = await dumpDatabase(t.database);
    const annRows = (dump: string[]) => dump.filter((row) => row.includes(ann.id)).sort();
    expect(annRows(annAfter)).toEqual(annRows(annBefore));

    // And Ann still sees all of hers.
    const annLinks = await ann.api.GET('/bookings/links');
    expect(annLinks.data?.items.map((link) => link.id)).toEqual([anns.linkId]);
    const annBookings = await ann.api.GET('/bookings/bookings');
    expect(annBookings.data?.items.map((booking) => booking.id)).toEqual([anns.bookingId]);
  });
});
