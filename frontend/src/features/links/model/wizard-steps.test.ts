import { describe, expect, it } from 'vitest';
import { createDraft, draftFromLink, draftToLinkInput, type LinkDraft } from './link-draft';
import { refreshErrors, stepForPath, validateDraft, validateStep } from './wizard-steps';

function draft(overrides: Partial<LinkDraft> = {}): LinkDraft {
  return { ...createDraft('Europe/Berlin'), title: 'Intro call', ...overrides };
}

describe('wizard step validation', () => {
  it('accepts the defaults once a title is given', () => {
    expect(validateDraft(draft())).toEqual({});
  });

  it('basics: needs a title and a real time zone', () => {
    expect(validateStep('basics', draft({ title: '  ', timeZone: 'Mars/Olympus' }))).toEqual({
      title: expect.stringContaining('title'),
      'settings.timeZone': 'Choose a time zone from the list.',
    });
  });

  it('availability: end after start, no overlaps, at least one open day, valid dates', () => {
    const closed = createDraft('UTC').weeklyHours;
    const errors = validateStep(
      'availability',
      draft({
        weeklyHours: {
          ...closed,
          mon: [{ start: '10:00', end: '09:00' }],
          tue: [
            { start: '09:00', end: '12:00' },
            { start: '11:00', end: '13:00' },
          ],
          wed: [{ start: '9am', end: '17:00' }],
        },
        excludedDates: [{ date: '24.12.2026' }],
      }),
    );
    expect(errors['settings.weeklyHours.mon.0']).toMatch(/end must be after the start/);
    expect(errors['settings.weeklyHours.tue.1']).toMatch(/overlap/);
    expect(errors['settings.weeklyHours.wed.0']).toBe('Enter times as HH:MM.');
    expect(errors['settings.excludedDates']).toMatch(/2026-12-24/);

    const nothingOpen: LinkDraft['weeklyHours'] = {
      mon: [],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [],
      sun: [],
    };
    expect(validateStep('availability', draft({ weeklyHours: nothingOpen }))).toEqual({
      'settings.weeklyHours': 'Open at least one day, or nobody can book.',
    });
  });

  it('availability: a range may end at 24:00', () => {
    const hours = { ...createDraft('UTC').weeklyHours, sat: [{ start: '20:00', end: '24:00' }] };
    expect(validateStep('availability', draft({ weeklyHours: hours }))).toEqual({});
  });

  it('duration: at least one length within 5–720, a default among them, sane buffers', () => {
    expect(validateStep('duration', draft({ durations: [], defaultDuration: null }))).toMatchObject({
      'settings.durations': 'Offer at least one meeting length.',
      'settings.defaultDuration': 'Pick which length is offered first.',
    });
    expect(
      validateStep('duration', draft({ durations: [3], defaultDuration: 3, bufferAfterMinutes: '-5' })),
    ).toEqual({
      'settings.durations': 'Meeting lengths must be between 5 and 720 minutes.',
      'settings.bufferAfterMinutes': 'Enter a whole number.',
    });
  });

  it('limits: caps are optional but positive, the advance window is ordered', () => {
    expect(
      validateStep('limits', draft({ maxPerDay: '0', minAdvanceDays: '10', maxAdvanceDays: '5' })),
    ).toEqual({
      'settings.maxPerDay': 'Enter a number from 1 to 1,000.',
      'settings.maxAdvanceDays': 'The furthest day must not come before the earliest one.',
    });
    expect(validateStep('limits', draft({ maxPerDay: '4', maxPerWeek: '2' }))).toEqual({
      'settings.maxPerWeek': 'The weekly cap is below the daily cap.',
    });
    expect(validateStep('limits', draft({ minNoticeMinutes: '' }))).toEqual({
      'settings.minNoticeMinutes': 'Enter a number.',
    });
  });

  it('routes each field path to the step that shows it', () => {
    expect(stepForPath('title')).toBe('basics');
    expect(stepForPath('settings.timeZone')).toBe('basics');
    expect(stepForPath('settings.weeklyHours.mon.0')).toBe('availability');
    expect(stepForPath('settings.bufferAfterMinutes')).toBe('duration');
    expect(stepForPath('settings.maxPerWeek')).toBe('limits');
    expect(stepForPath('minChangeNoticeMinutes')).toBe('limits');
    expect(stepForPath('templateId')).toBe('template');
  });
});

describe('draft conversion', () => {
  it('turns typed text into the API shape and back', () => {
    const input = draftToLinkInput(
      draft({
        durations: [60, 15],
        defaultDuration: 15,
        maxPerDay: '3',
        slotStepMinutes: '',
        excludedDates: [{ date: '2026-12-25', label: 'Christmas Day' }, { date: '2026-12-24' }],
        dateOverrides: [
          { date: '2026-12-31', ranges: [] },
          { date: '2026-12-23', ranges: [{ start: '10:00', end: '12:00' }] },
        ],
      }),
    );
    expect(input.settings).toMatchObject({
      durations: [15, 60],
      defaultDuration: 15,
      maxPerDay: 3,
      maxPerWeek: null,
      slotStepMinutes: null,
      minNoticeMinutes: 240,
      excludedDates: [{ date: '2026-12-24' }, { date: '2026-12-25', label: 'Christmas Day' }],
      dateOverrides: [
        { date: '2026-12-23', ranges: [{ start: '10:00', end: '12:00' }] },
        { date: '2026-12-31', ranges: [] },
      ],
    });
    expect(input.minChangeNoticeMinutes).toBe(1440);
    expect(draftToLinkInput(draftFromLink(input))).toEqual(input);
  });
});

describe('date-specific hours', () => {
  it('names bad ranges, repeated dates and dates that are also days off', () => {
    const errors = validateStep(
      'availability',
      draft({
        excludedDates: [{ date: '2026-12-25', label: 'Christmas Day' }],
        dateOverrides: [
          { date: '2026-12-24', ranges: [{ start: '12:00', end: '10:00' }] },
          { date: '2026-12-24', ranges: [] },
          { date: '2026-12-25', ranges: [] },
          { date: '', ranges: [] },
        ],
      }),
    );
    expect(errors['settings.dateOverrides.0.ranges.0']).toBe(
      'Thu, 24 Dec 2026: the end must be after the start.',
    );
    expect(errors['settings.dateOverrides.1.date']).toBe('Thu, 24 Dec 2026 already has its own hours.');
    expect(errors['settings.dateOverrides.2.date']).toBe(
      'Fri, 25 Dec 2026 is also a day off. Remove it from one of the lists.',
    );
    expect(errors['settings.dateOverrides.3.date']).toBe('Choose a date.');
    expect(stepForPath('settings.dateOverrides.0.date')).toBe('availability');
  });

  it('counts a date with hours as open when every weekday is closed', () => {
    const closedWeek = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    const dateOverrides = [{ date: '2026-12-24', ranges: [{ start: '10:00', end: '12:00' }] }];
    expect(validateStep('availability', draft({ weeklyHours: closedWeek, dateOverrides }))).toEqual({});
  });
});

describe('refreshErrors', () => {
  const valid = { ...createDraft('Europe/Berlin'), title: 'Intro call' };

  it('drops a client error once its field is valid and keeps one still wrong', () => {
    const before = { ...valid, title: '', maxPerDay: 'x' };
    const shown = validateDraft(before);
    const after = { ...before, title: 'I' };
    const standing = refreshErrors(shown, before, after);
    expect(standing.title).toBeUndefined();
    expect(standing['settings.maxPerDay']).toBe('Enter a whole number.');
  });

  it('never adds an error the owner has not been shown yet', () => {
    expect(refreshErrors({}, valid, { ...valid, title: '' })).toEqual({});
  });

  it('keeps a server error until its own field changes', () => {
    const shown = { 'settings.maxPerDay': 'must be at most the weekly cap', title: 'taken' };
    const changedOther = refreshErrors(shown, valid, { ...valid, description: 'More' });
    expect(changedOther).toEqual(shown);
    const changedField = refreshErrors(shown, valid, { ...valid, maxPerDay: '3' });
    expect(changedField).toEqual({ title: 'taken' });
  });
});
