import { render, screen, waitFor, within } from '@testing-library/react';
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

function renderEditing(onSave = vi.fn(async (_input: LinkInput) => undefined)) {
  render(
    <LinkWizard
      initialDraft={{ ...createDraft('Europe/Berlin'), title: 'Intro call', maxPerDay: '4' }}
      templates={TEMPLATES}
      saveLabel="Save changes"
      isEditing
      onSave={onSave}
    />,
  );
  return { onSave, user: userEvent.setup() };
}

const stepLink = (name: string) =>
  within(screen.getByRole('list', { name: 'Steps' })).getByRole('link', { name: new RegExp(name) });
const save = () => screen.getByRole('button', { name: 'Save changes' });

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

    const mondayEnd = screen.getByRole('combobox', { name: 'Monday To' });
    await user.selectOptions(mondayEnd, '08:00');
    await user.click(next());
    expect(screen.getByText('Monday: the end must be after the start.')).toBeInTheDocument();

    await user.selectOptions(mondayEnd, '12:00');
    await user.click(screen.getByRole('button', { name: 'Add hours on Monday' }));
    const secondStart = screen.getByRole('combobox', { name: 'Monday From (2nd)' });
    expect(secondStart).toHaveValue('12:00');
    expect(secondStart).toHaveFocus();
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

    await user.type(screen.getByLabelText('Custom length (minutes)'), '4');
    await user.click(screen.getByRole('button', { name: 'Add length' }));
    expect(screen.getByText('Enter a length from 5 to 720 minutes.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Custom length (minutes)'), '5');
    expect(screen.queryByText('Enter a length from 5 to 720 minutes.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add length' }));
    expect(screen.getByRole('checkbox', { name: '45 min' })).toBeChecked();
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '45 min' })).toHaveFocus());
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

  it('error: goes as soon as the value is valid, without pressing Next again', async () => {
    const { user } = renderWizard();
    await user.click(next());
    expect(screen.getByText(/Give the link a title/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Title/), 'I');
    expect(screen.queryByText(/Give the link a title/)).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Title/)).not.toHaveAttribute('aria-invalid');

    await user.click(next());
    const mondayEnd = screen.getByRole('combobox', { name: 'Monday To' });
    await user.selectOptions(mondayEnd, '08:00');
    await user.click(next());
    expect(screen.getByText('Monday: the end must be after the start.')).toBeInTheDocument();
    expect(mondayEnd).toHaveAttribute('aria-invalid', 'true');
    // Still wrong: the message stays.
    await user.selectOptions(mondayEnd, '09:00');
    expect(screen.getByText('Monday: the end must be after the start.')).toBeInTheDocument();
    await user.selectOptions(mondayEnd, '12:00');
    expect(screen.queryByText('Monday: the end must be after the start.')).not.toBeInTheDocument();
    expect(mondayEnd).not.toHaveAttribute('aria-invalid');
  });

  it('availability: times are quarter-hour choices named by their row and column headers', async () => {
    const { user } = renderWizard();
    await user.type(screen.getByLabelText(/^Title/), 'Intro call');
    await user.click(next());
    const mondayStart = screen.getByRole('combobox', { name: 'Monday From' });
    expect(mondayStart).toHaveValue('09:00');
    const choices = within(mondayStart)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(choices.slice(0, 3)).toEqual(['00:00', '00:15', '00:30']);
    expect(choices).toHaveLength(96);
    expect(
      within(screen.getByRole('combobox', { name: 'Monday To' }))
        .getAllByRole('option')
        .at(-1),
    ).toHaveValue('24:00');
    expect(screen.getByRole('rowheader', { name: 'Saturday' })).toBeInTheDocument();
  });

  it('availability: copies Monday to the weekdays, then to every day', async () => {
    const { user, onSave } = renderWizard();
    await user.type(screen.getByLabelText(/^Title/), 'Intro call');
    await user.click(next());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Monday From' }), '08:30');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Monday To' }), '12:00');

    await user.click(screen.getByRole('button', { name: 'Copy Monday to weekdays' }));
    for (const day of ['Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      expect(screen.getByRole('combobox', { name: `${day} From` })).toHaveValue('08:30');
      expect(screen.getByRole('combobox', { name: `${day} To` })).toHaveValue('12:00');
    }
    expect(screen.queryByRole('combobox', { name: 'Saturday From' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/Copied Monday’s hours \(08:30–12:00\) to Tuesday to Friday/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy Monday to all days' }));
    expect(screen.getByRole('combobox', { name: 'Sunday From' })).toHaveValue('08:30');
    // The copies are independent: changing Tuesday leaves Monday alone.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tuesday To' }), '13:00');
    expect(screen.getByRole('combobox', { name: 'Monday To' })).toHaveValue('12:00');

    for (let index = 0; index < 4; index += 1) await user.click(next());
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(onSave.mock.calls[0]?.[0].settings.weeklyHours).toMatchObject({
      mon: [{ start: '08:30', end: '12:00' }],
      tue: [{ start: '08:30', end: '13:00' }],
      sun: [{ start: '08:30', end: '12:00' }],
    });
  });

  it('availability: removing a range puts focus on what is left of the day', async () => {
    const { user } = renderWizard();
    await user.type(screen.getByLabelText(/^Title/), 'Intro call');
    await user.click(next());
    await user.click(screen.getByRole('button', { name: 'Remove Monday 09:00–17:00' }));
    expect(within(screen.getByRole('row', { name: /^Monday/ })).getByText('Unavailable')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add hours on Monday' })).toHaveFocus();
  });

  it('creating: the steps are not links and the first field has focus', () => {
    renderWizard();
    expect(within(screen.getByRole('list', { name: 'Steps' })).queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByLabelText(/^Title/)).toHaveFocus();
  });

  it('editing: every step is a link, and the review sections open their step with "Edit"', async () => {
    const { user } = renderEditing();
    expect(stepLink('Basics')).toHaveAttribute('aria-current', 'step');
    await user.click(stepLink('Limits'));
    expect(heading()).toHaveTextContent('Step 4 of 6: Limits');
    expect(heading()).toHaveFocus();
    expect(stepLink('Limits')).toHaveAttribute('aria-current', 'step');

    await user.click(stepLink('Review'));
    expect(heading()).toHaveTextContent('Review');
    await user.click(screen.getByRole('button', { name: 'Edit availability' }));
    expect(heading()).toHaveTextContent('Step 2 of 6: Availability');
  });

  it('editing: saves the whole link from the first step', async () => {
    const { user, onSave } = renderEditing();
    const title = screen.getByLabelText(/^Title/);
    await user.clear(title);
    await user.type(title, 'Demo call');
    await user.click(save());
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      title: 'Demo call',
      settings: { timeZone: 'Europe/Berlin', maxPerDay: 4, durations: [30] },
    });
  });

  it('editing: Save checks every step and opens the first one with an error', async () => {
    const { user, onSave } = renderEditing();
    await user.click(stepLink('Limits'));
    await user.clear(screen.getByLabelText(/^Furthest day/));
    await user.type(screen.getByLabelText(/^Furthest day/), '999');
    await user.click(stepLink('Basics'));
    await user.clear(screen.getByLabelText(/^Title/));
    await user.click(stepLink('Duration'));

    await user.click(save());
    expect(onSave).not.toHaveBeenCalled();
    expect(heading()).toHaveTextContent('Basics');
    await waitFor(() => expect(screen.getByLabelText(/^Title/)).toHaveFocus());
    expect(screen.getByLabelText(/^Title/)).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByLabelText(/^Title/), 'Demo call');
    await user.click(save());
    expect(onSave).not.toHaveBeenCalled();
    expect(heading()).toHaveTextContent('Limits');
    await waitFor(() => expect(screen.getByLabelText(/^Furthest day/)).toHaveFocus());
    expect(screen.getByText('Enter a number from 0 to 365.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/^Furthest day/));
    await user.type(screen.getByLabelText(/^Furthest day/), '90');
    expect(screen.queryByText('Enter a number from 0 to 365.')).not.toBeInTheDocument();
    await user.click(save());
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({ title: 'Demo call', settings: { maxAdvanceDays: 90 } });
  });
});
