import {
  type FieldErrors,
  formatLocalDate,
  type LinkDraft,
  type TimeRange,
  WEEKDAY_NAMES,
  WEEKDAYS,
} from './link-draft';

export const WIZARD_STEPS = ['basics', 'availability', 'duration', 'limits', 'template', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const STEP_TITLES: Record<WizardStep, string> = {
  basics: 'Basics',
  availability: 'Availability',
  duration: 'Duration and buffers',
  limits: 'Limits',
  template: 'Template',
  review: 'Review',
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const END_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The errors that keep a step from moving on, keyed by the server's field paths. */
export function validateStep(step: WizardStep, draft: LinkDraft): FieldErrors {
  switch (step) {
    case 'basics':
      return validateBasics(draft);
    case 'availability':
      return validateAvailability(draft);
    case 'duration':
      return validateDuration(draft);
    case 'limits':
      return validateLimits(draft);
    case 'template':
    case 'review':
      return {};
  }
}

export function validateDraft(draft: LinkDraft): FieldErrors {
  return Object.assign({}, ...WIZARD_STEPS.map((step) => validateStep(step, draft)));
}

/**
 * The errors still standing after an edit: a shown error goes as soon as its field is valid (or, for an error only
 * the server can judge, as soon as that field changes); no new error appears before the owner asks to move on.
 */
export function refreshErrors(shown: FieldErrors, before: LinkDraft, after: LinkDraft): FieldErrors {
  const paths = Object.keys(shown);
  if (paths.length === 0) return shown;
  const wasClientError = validateDraft(before);
  const stillWrong = validateDraft(after);
  const standing: FieldErrors = {};
  for (const path of paths) {
    const message = stillWrong[path];
    if (message !== undefined) standing[path] = message;
    else if (!(path in wasClientError) && valueAt(before, path) === valueAt(after, path))
      standing[path] = shown[path] ?? '';
  }
  return standing;
}

/** The draft's value at a server field path (`settings.weeklyHours.mon.0`), as text to compare. */
function valueAt(draft: LinkDraft, path: string): string {
  const { title, description, templateId, minChangeNoticeMinutes } = draft;
  const root: unknown = { title, description, templateId, minChangeNoticeMinutes, settings: draft };
  const value = path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      root,
    );
  return JSON.stringify(value) ?? '';
}

/** Which step shows the field a (client or server) error names, so a failed save opens the right screen. */
export function stepForPath(path: string): WizardStep {
  if (path === 'title' || path === 'description' || path.startsWith('settings.timeZone')) return 'basics';
  if (
    path.startsWith('settings.weeklyHours') ||
    path.startsWith('settings.excludedDates') ||
    path.startsWith('settings.dateOverrides')
  )
    return 'availability';
  if (
    path.startsWith('settings.durations') ||
    path.startsWith('settings.defaultDuration') ||
    path.startsWith('settings.slotStepMinutes') ||
    path.startsWith('settings.buffer')
  )
    return 'duration';
  if (path.startsWith('settings.') || path === 'minChangeNoticeMinutes') return 'limits';
  if (path.startsWith('templateId')) return 'template';
  return 'review';
}

function validateBasics(draft: LinkDraft): FieldErrors {
  const errors: FieldErrors = {};
  const title = draft.title.trim();
  if (title === '') errors.title = 'Give the link a title, e.g. “Intro call”.';
  else if (title.length > 200) errors.title = 'Keep the title under 200 characters.';
  if (draft.description.length > 2000) errors.description = 'Keep the description under 2,000 characters.';
  if (!isKnownTimeZone(draft.timeZone)) errors['settings.timeZone'] = 'Choose a time zone from the list.';
  return errors;
}

function validateAvailability(draft: LinkDraft): FieldErrors {
  const errors: FieldErrors = {};
  let hasAnyHours = false;
  for (const day of WEEKDAYS) {
    const ranges = draft.weeklyHours[day];
    if (ranges.length > 0) hasAnyHours = true;
    validateRanges(errors, ranges, `settings.weeklyHours.${day}`, WEEKDAY_NAMES[day]);
  }
  if (!hasAnyHours && !draft.dateOverrides.some((override) => override.ranges.length > 0))
    errors['settings.weeklyHours'] = 'Open at least one day, or nobody can book.';
  if (draft.excludedDates.some(({ date }) => !DATE.test(date)))
    errors['settings.excludedDates'] = 'Dates must look like 2026-12-24.';
  const excluded = new Set(draft.excludedDates.map(({ date }) => date));
  const overridden = new Set<string>();
  draft.dateOverrides.forEach((override, index) => {
    const path = `settings.dateOverrides.${index}`;
    if (!DATE.test(override.date)) errors[`${path}.date`] = 'Choose a date.';
    else if (overridden.has(override.date))
      errors[`${path}.date`] = `${formatLocalDate(override.date)} already has its own hours.`;
    else if (excluded.has(override.date))
      errors[`${path}.date`] =
        `${formatLocalDate(override.date)} is also a day off. Remove it from one of the lists.`;
    overridden.add(override.date);
    validateRanges(errors, override.ranges, `${path}.ranges`, formatLocalDate(override.date));
  });
  return errors;
}

/** Each range well-formed and after its start, and no two ranges of one day overlapping. */
function validateRanges(errors: FieldErrors, ranges: TimeRange[], path: string, dayName: string): void {
  let hasBadRange = false;
  ranges.forEach((range, index) => {
    if (!TIME.test(range.start) || !END_TIME.test(range.end)) {
      errors[`${path}.${index}`] = 'Enter times as HH:MM.';
      hasBadRange = true;
    } else if (range.end <= range.start) {
      errors[`${path}.${index}`] = `${dayName}: the end must be after the start.`;
      hasBadRange = true;
    }
  });
  if (hasBadRange) return;
  const sorted = [...ranges].sort((a, b) => a.start.localeCompare(b.start));
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1];
    const current = sorted[index];
    if (previous && current && current.start < previous.end) {
      errors[`${path}.${ranges.indexOf(current)}`] =
        `${dayName}: ranges overlap. Make them follow each other.`;
    }
  }
}

function validateDuration(draft: LinkDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.durations.length === 0) errors['settings.durations'] = 'Offer at least one meeting length.';
  else if (draft.durations.some((minutes) => !Number.isInteger(minutes) || minutes < 5 || minutes > 720))
    errors['settings.durations'] = 'Meeting lengths must be between 5 and 720 minutes.';
  if (draft.defaultDuration === null || !draft.durations.includes(draft.defaultDuration))
    errors['settings.defaultDuration'] = 'Pick which length is offered first.';
  checkWhole(errors, 'settings.slotStepMinutes', draft.slotStepMinutes, 5, 720, true);
  checkWhole(errors, 'settings.bufferBeforeMinutes', draft.bufferBeforeMinutes, 0, 720, false);
  checkWhole(errors, 'settings.bufferAfterMinutes', draft.bufferAfterMinutes, 0, 720, false);
  return errors;
}

function validateLimits(draft: LinkDraft): FieldErrors {
  const errors: FieldErrors = {};
  checkWhole(errors, 'settings.maxPerDay', draft.maxPerDay, 1, 1000, true);
  checkWhole(errors, 'settings.maxPerWeek', draft.maxPerWeek, 1, 1000, true);
  checkWhole(errors, 'settings.minNoticeMinutes', draft.minNoticeMinutes, 0, 525_600, false);
  checkWhole(errors, 'settings.minAdvanceDays', draft.minAdvanceDays, 0, 365, false);
  checkWhole(errors, 'settings.maxAdvanceDays', draft.maxAdvanceDays, 0, 365, false);
  checkWhole(errors, 'minChangeNoticeMinutes', draft.minChangeNoticeMinutes, 0, 525_600, false);
  const min = Number(draft.minAdvanceDays);
  const max = Number(draft.maxAdvanceDays);
  if (!errors['settings.minAdvanceDays'] && !errors['settings.maxAdvanceDays'] && min > max)
    errors['settings.maxAdvanceDays'] = 'The furthest day must not come before the earliest one.';
  const perDay = Number(draft.maxPerDay);
  const perWeek = Number(draft.maxPerWeek);
  if (draft.maxPerDay.trim() && draft.maxPerWeek.trim() && !errors['settings.maxPerWeek'] && perWeek < perDay)
    errors['settings.maxPerWeek'] = 'The weekly cap is below the daily cap.';
  return errors;
}

function checkWhole(
  errors: FieldErrors,
  path: string,
  text: string,
  min: number,
  max: number,
  isOptional: boolean,
): void {
  const trimmed = text.trim();
  if (trimmed === '') {
    if (!isOptional) errors[path] = 'Enter a number.';
    return;
  }
  if (!/^\d+$/.test(trimmed)) {
    errors[path] = 'Enter a whole number.';
    return;
  }
  const value = Number(trimmed);
  if (value < min || value > max) errors[path] = `Enter a number from ${min} to ${max.toLocaleString('en')}.`;
}

export function isKnownTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
