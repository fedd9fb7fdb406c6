import { formatMinutes } from '@bookings/wording';
import { useId } from 'react';
import { Button } from '../../../components/ui/button';
import {
  formatLocalDate,
  type LinkDraft,
  type TimeRange,
  WEEKDAY_NAMES,
  WEEKDAYS,
} from '../model/link-draft';
import { STEP_TITLES, type WizardStep } from '../model/wizard-steps';
import type { TemplateChoice } from './wizard-template-step';

interface WizardReviewStepProps {
  draft: LinkDraft;
  templates: TemplateChoice[];
  /** Opens the step that edits a section. */
  onEdit: (step: WizardStep) => void;
}

type Rows = [string, string][];

/** Everything the link will offer, one section per step, each with "Edit" back to its step. */
export function WizardReviewStep({ draft, templates, onEdit }: WizardReviewStepProps) {
  const template = templates.find((item) => item.id === draft.templateId);
  const sections: [Exclude<WizardStep, 'review'>, Rows][] = [
    [
      'basics',
      [
        ['Title', draft.title],
        ['Description', draft.description || '—'],
        ['Time zone', draft.timeZone],
      ],
    ],
    [
      'availability',
      [
        ...WEEKDAYS.map((day): [string, string] => [
          WEEKDAY_NAMES[day],
          formatRanges(draft.weeklyHours[day]) || 'Unavailable',
        ]),
        [
          'Date-specific hours',
          draft.dateOverrides
            .map(({ date, ranges }) => `${formatLocalDate(date)}: ${formatRanges(ranges) || 'closed'}`)
            .join('; ') || 'None',
        ],
        [
          'Days off',
          draft.excludedDates.map(({ date, label }) => (label ? `${date} (${label})` : date)).join(', ') ||
            'None',
        ],
      ],
    ],
    [
      'duration',
      [
        [
          'Meeting lengths',
          [...draft.durations]
            .sort((a, b) => a - b)
            .map(
              (minutes) => `${formatMinutes(minutes)}${minutes === draft.defaultDuration ? ' (first)' : ''}`,
            )
            .join(', '),
        ],
        ['Video call', draft.videoCall ? 'Added to each meeting' : 'None'],
        [
          'Buffers',
          `${draft.bufferBeforeMinutes || 0} min before, ${draft.bufferAfterMinutes || 0} min after`,
        ],
        ['Start times every', draft.slotStepMinutes ? `${draft.slotStepMinutes} min` : 'One meeting length'],
      ],
    ],
    [
      'limits',
      [
        ['At most per day', draft.maxPerDay || 'No cap'],
        ['At most per week', draft.maxPerWeek || 'No cap'],
        ['Minimum notice', `${draft.minNoticeMinutes} min`],
        ['Bookable', `from ${draft.minAdvanceDays} to ${draft.maxAdvanceDays} days ahead`],
        ['Changes by attendees', `until ${draft.minChangeNoticeMinutes} min before`],
      ],
    ],
    ['template', [['Template', template?.name ?? 'No template']]],
  ];
  return (
    <div className="stack">
      {sections.map(([step, rows]) => (
        <ReviewSection key={step} step={step} rows={rows} onEdit={onEdit} />
      ))}
    </div>
  );
}

function ReviewSection({
  step,
  rows,
  onEdit,
}: {
  step: Exclude<WizardStep, 'review'>;
  rows: Rows;
  onEdit: (step: WizardStep) => void;
}) {
  const headingId = useId();
  return (
    <section className="review-section" aria-labelledby={headingId}>
      <div className="review-section__head">
        <h3 id={headingId}>{STEP_TITLES[step]}</h3>
        <Button variant="ghost" onClick={() => onEdit(step)}>
          Edit <span className="visually-hidden">{STEP_TITLES[step].toLowerCase()}</span>
        </Button>
      </div>
      <dl className="review-list">
        {rows.map(([term, value]) => (
          <div key={term} className="review-list__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function formatRanges(ranges: TimeRange[]): string {
  return ranges.map((range) => `${range.start}–${range.end}`).join(', ');
}
