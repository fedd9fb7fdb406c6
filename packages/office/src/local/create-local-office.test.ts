import { describe, expect, it } from 'vitest';
import { createLocalOffice } from './create-local-office';

describe('createLocalOffice', () => {
  it('has no external busy time or contacts and keeps events local', async () => {
    const office = createLocalOffice();
    const range = { start: new Date('2030-01-01T00:00:00Z'), end: new Date('2030-01-02T00:00:00Z') };

    expect(await office.listCalendars()).toEqual([]);
    expect(await office.getBusy(range, ['anything'])).toEqual([]);
    expect(await office.searchContacts('ada')).toEqual([]);
    const created = await office.createEvent('local', {
      id: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
      title: 't',
      description: '',
      start: range.start,
      end: range.end,
      timeZone: 'UTC',
      attendees: [],
      withConference: false,
    });
    expect(created).toEqual({ eventId: 'local:f47ac10b-58cc-4372-a567-0e02b2c3d479' });
    await expect(office.cancelEvent('local', created.eventId)).resolves.toBeUndefined();
  });

  it('has no account to describe', async () => {
    await expect(createLocalOffice().describeAccount()).rejects.toMatchObject({ code: 'provider_rejected' });
  });
});
