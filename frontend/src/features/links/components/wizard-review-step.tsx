import { formatMinutes } from '../../../lib/format-minutes';
import { formatLocalDate, type LinkDraft, WEEKDAY_NAMES, WEEKDAYS } from '../model/link-draft';
import type { TemplateChoice } from './wizard-template-step';

export function WizardReviewStep({ draft, templates }: { draft: LinkDraft; templates: TemplateChoice[] }) {
  const template = templates.find((item) => item.id === draft.templateId);
  const rows: [string, string][] = [
    ['Title', draft.title],
    ['Description', draft.description || '—'],
    ['Time zone', draft.timeZone],
    ...WEEKDAYS.map((day): [string, string] => [
      WEEKDAY_NAMES[day],
      draft.weeklyHours[day].map((range) => `${range.start}–${range.end}`).join(', ') || 'Unavailable',
    ]),
    [
      'Date-specific hours',
      draft.dateOverrides
        .map(
          ({ date, ranges }) =>
            `${formatLocalDate(date)}: ${ranges.map((range) => `${range.start}–${range.end}`).join(', ') || 'closed'}`,
        )
        .join('; ') || 'None',
    ],
    [
      'Days off',
      draft.excludedDates.map(({ date, label }) => (label ? `${date} (${label})` : date)).join(', ') ||
        'None',
    ],
    [
      'Meeting lengths',
      [...draft.durations]
        .sort((a, b) => a - b)
        .map((minutes) => `${formatMinutes(minutes)}${minutes === draft.defaultDuration ? ' (first)' : ''}`)
        .join(', '),
    ],
    ['Video call', draft.videoCall ? 'Added to each meeting' : 'None'],
    ['Buffers', `${draft.bufferBeforeMinutes || 0} min before, ${draft.bufferAfterMinutes || 0} min after`],
    ['Start times every', draft.slotStepMinutes ? `${draft.slotStepMinutes} min` : 'One meeting length'],
    ['At most per day', draft.maxPerDay || 'No cap'],
    ['At most per week', draft.maxPerWeek || 'No cap'],
    ['Minimum notice', `${draft.minNoticeMinutes} min`],
    ['Bookable', `from ${draft.minAdvanceDays} to ${draft.maxAdvanceDays} days ahead`],
    ['Changes by attendees', `until ${draft.minChangeNoticeMinutes} min before`],
    ['Template', template?.name ?? 'No template'],
  ];
  return (
    <dl className="review-list">
      {rows.map(([term, value]) => (
        <div key={term} className="review-list__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
