import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../test/fakes/memory-store';
import { linkRecord, templateRecord } from '../../../test/fakes/records';
import { fakeSealer } from '../../../test/fakes/secrets';
import { memoryUnitOfWork } from '../../../test/fakes/unit-of-work';
import { createFakeClock } from '../../../test/support/fake-clock';
import { DomainError } from '../../domain/shared/domain-error';
import { makeUpdateLink, type UpdateLinkInput } from './update-link';

const NOW = '2026-06-01T08:00:00.000Z';
const OWNER = 'owner-1';

/** updateLink over typed in-memory ports: the owner's link, their template and another owner's. */
function newTestUpdateLink() {
  const store = createMemoryStore({
    links: [{ ...linkRecord(), tokenHash: 'hash:link-token' }],
    templates: [templateRecord(), templateRecord({ id: 'template-2', ownerId: 'owner-2' })],
  });
  const update = makeUpdateLink({
    transaction: memoryUnitOfWork(store),
    clock: createFakeClock(NOW),
    sealer: fakeSealer,
    publicBaseUrl: 'https://bookings.example',
  });
  return { store, update: (input: UpdateLinkInput, id = 'link-1') => update(OWNER, id, input) };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof DomainError ? { code: error.code, errors: error.errors } : error),
  );

describe('updateLink', () => {
  it('merges a partial settings change, audits what changed and tells webhooks the link as the API shows it', async () => {
    const t = newTestUpdateLink();
    const updated = await t.update({ title: 'Intro', settings: { durations: [30, 60] } });
    expect(updated).toMatchObject({
      title: 'Intro',
      url: 'https://bookings.example/public/bookings/link-token',
      updatedAt: NOW,
    });
    expect(updated.settings).toEqual({ ...linkRecord().settings, durations: [30, 60] });
    expect(t.store.audit).toEqual([
      expect.objectContaining({ action: 'link.updated', summary: 'changed title, settings.durations' }),
    ]);
    expect(t.store.webhookEvents).toEqual([
      { ownerId: OWNER, type: 'link.updated', subjectId: 'link-1', data: updated, occurredAt: new Date(NOW) },
    ]);
  });

  it('audits a change to nothing as no change', async () => {
    const t = newTestUpdateLink();
    await t.update({ title: 'Intro call' });
    expect(t.store.audit.map((entry) => entry.summary)).toEqual(['no change']);
  });

  it('refuses settings invalid as a whole, and keeps nothing of the change', async () => {
    const t = newTestUpdateLink();
    const refused = await failure(t.update({ title: 'Renamed', settings: { defaultDuration: 45 } }));
    expect(refused).toMatchObject({ code: 'validation_failed' });
    expect(t.store.links[0]?.title).toBe('Intro call');
    expect(t.store.audit).toEqual([]);
    expect(t.store.webhookEvents).toEqual([]);
  });

  it('takes only the owner’s own template, and null detaches it', async () => {
    const t = newTestUpdateLink();
    expect(await failure(t.update({ templateId: 'template-2' }))).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'templateId', message: 'does not name one of your templates' }],
    });
    expect((await t.update({ templateId: 'template-1' })).templateId).toBe('template-1');
    expect((await t.update({ templateId: null })).templateId).toBeNull();
  });

  it('does not find an unknown link or another owner’s', async () => {
    const t = newTestUpdateLink();
    t.store.links.push({ ...linkRecord({ id: 'link-2', ownerId: 'owner-2' }), tokenHash: 'hash:theirs' });
    expect(await failure(t.update({ title: 'Mine now' }, 'link-2'))).toMatchObject({ code: 'not_found' });
    expect(await failure(t.update({ title: 'Mine now' }, 'link-9'))).toMatchObject({ code: 'not_found' });
    expect(t.store.links.map((link) => link.title)).toEqual(['Intro call', 'Intro call']);
  });
});
