import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-error';
import { createDraft, type LinkInput } from '../model/link-draft';
import { LinkWizard } from './link-wizard';

const TEMPLATES = [{ id: 'tpl-1', name: 'Intro call', questionCount: 2 }];

function renderWizard(onSave = vi.fn(async (_input: LinkInput) => undefined)) {
  render(
    <LinkWizard
      initialDraft={createDraft('Europe/Berlin')}
      templates={TEMPLATES}
      saveLabel="Create link"
      onSave={onSave}
    />,
  );
  return { onSave, user: userEvent.setup() };
}

const next = () => screen.getByRole('button', { name: 'Next' });
const heading = () => screen.getByRole('heading', { level: 2 });

describe('LinkWizard', () => {
  it('basics: will not move on without a title, then does', async () => {
    const { user } = renderWizard();
    expect(heading()).toHaveTextContent('Step 1 of 6: Basics');

    await user.click(next());
    const title = screen.getByLabelText(/^Title/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(heading()).toHaveTextContent('Basics');

    await user.type(title, 'Intro call');
    await user.click(next());
    expect(heading()).toHaveTextContent('Step 2 of 6: Availability');
    expect(heading()).toHaveFocus();
  });

  it('basics: rejects an unknown time zone', async () => {
    const { user } = renderWizard();
    await user.type(screen.getByLabelText(/^Title/), 'Intro call');
    const zone = screen.getByLabelText(/^Time zone/);
    await user.clear(zone);
    await user.type(zone, 'Mars/Olympus');
    await user.click(next());
    expect(screen.getByText('Choose a time zone from the list.')).toBeInTheDocument();
  });

  it('availability: flags an end before its start, and adds ranges and days off', async () => {
    const { user } = renderWizard();
    await user.type(screen.getByLabelText(/^Title/), 'Intro call');
    await user.click(next());

    const mondayEnd = screen.getByLabelText('Monday range 1 until');
    await user.clear(mondayEnd);
    await user.type(mondayEnd, '08:00');
    await user.click(next());
    expect(screen.getByText('Monday: the end must be after the start.')).toBeInTheDocument();

    await user.clear(mondayEnd);
    await user.type(mondayEnd, '12:00');
    await user.click(screen.getByRole('button', { name: 'Add hours on Monday' }));
    expect(screen.getByLabelText('Monday range 2 from')).toHaveValue('12:00');
    await user.type(screen.getByLabelText('Day off'), '2026-12-24');
    await user.click(screen.getByRole('button', { name: 'Add day off' }));
    expect(
      within(screen.getByRole('list', { name: 'Days off' })).getByText('2026-12-24'),
    ).toBeInTheDocument();

    await user.click(next());
    expect(heading()).toHaveTextContent('Duration and buffers');
  });

  it('duration: needs at least one length and accepts a custom one', async () => {
    const { user } = renderWizard();
    await user.type(screen.getByLabelText(/^Title/), 'Intro call');
    await user.click(next());
    await user.click(next());

    await user.click(screen.getByRole('checkbox', { name: '30 min' }));
    await user.click(next());
    expect(screen.getByText('Offer at least one meeting length.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Custom length (minutes)'), '45');
    await user.click(screen.getByRole('button', { name: 'Add length' }));
    expect(screen.getByRole('checkbox', { name: '45 min' })).toBeChecked();
    await user.click(next());
    expect(heading()).toHaveTextContent('Limits');
  });

  it('limits: rejects a furthest day before the earliest', async () => {
    const { user } = renderWizard();
    await user.type(screen.getByLabelText(/^Title/), 'Intro call');
    for (let index = 0; index < 3; index += 1) await user.click(next());
    expect(heading()).toHaveTextContent('Limits');

    await user.clear(screen.getByLabelText(/^Earliest day/));
    await user.type(screen.getByLabelText(/^Earliest day/), '30');
    await user.clear(screen.getByLabelText(/^Furthest day/));
    await user.type(screen.getByLabelText(/^Furthest day/), '10');
    await user.click(next());
    expect(screen.getByText('The furthest day must not come before the earliest one.')).toBeInTheDocument();
  });

  it('keeps what was typed when going back and forth', async () => {
    const { user } = renderWizard();
    await user.type(screen.getByLabelText(/^Title/), 'Intro call');
    await user.click(next());
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByLabelText(/^Title/)).toHaveValue('Intro call');
  });

  it('template and review: saves everything that was chosen', async () => {
    const { user, onSave } = renderWizard();
    await user.type(screen.getByLabelText(/^Title/), 'Intro call');
    for (let index = 0; index < 4; index += 1) await user.click(next());
    expect(heading()).toHaveTextContent('Template');
    await user.click(screen.getByRole('radio', { name: /Intro call/ }));
    await user.click(next());

    expect(heading()).toHaveTextContent('Review');
    expect(screen.getByText('Europe/Berlin')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create link' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    const input = onSave.mock.calls[0]?.[0];
    expect(input).toMatchObject({
      title: 'Intro call',
      templateId: 'tpl-1',
      settings: { timeZone: 'Europe/Berlin', durations: [30], defaultDuration: 30, minNoticeMinutes: 240 },
      minChangeNoticeMinutes: 1440,
    });
  });

  it('shows a server error beside the field it names, on that field’s step', async () => {
    const onSave = vi.fn(async () => {
      throw new ApiError({
        status: 400,
        code: 'validation_failed',
        title: 'Bad Request',
        detail: 'Invalid settings',
        fieldErrors: [{ path: '/settings/maxPerDay', message: 'must be at most the weekly cap' }],
      });
    });
    const { user } = renderWizard(onSave);
    await user.type(screen.getByLabelText(/^Title/), 'Intro call');
    for (let index = 0; index < 5; index += 1) await user.click(next());
    await user.click(screen.getByRole('button', { name: 'Create link' }));

    expect(await screen.findByText('must be at most the weekly cap')).toBeInTheDocument();
    expect(heading()).toHaveTextContent('Limits');
    expect(screen.getByLabelText(/^At most per day/)).toHaveAttribute('aria-invalid', 'true');
  });
});
