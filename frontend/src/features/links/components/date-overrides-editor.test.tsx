import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createDraft, type DateOverride, type FieldErrors, type LinkDraft } from '../model/link-draft';
import { DateOverridesEditor } from './date-overrides-editor';

let latest: DateOverride[] = [];

function Harness({ initial = {}, errors = {} }: { initial?: Partial<LinkDraft>; errors?: FieldErrors }) {
  const [draft, setDraft] = useState<LinkDraft>({ ...createDraft('Europe/Berlin'), ...initial });
  return (
    <DateOverridesEditor
      draft={draft}
      errors={errors}
      onChange={(dateOverrides) => {
        latest = dateOverrides;
        setDraft({ ...draft, dateOverrides });
      }}
    />
  );
}

const item = (name: string) => screen.getByRole('group', { name });

describe('DateOverridesEditor', () => {
  it("adds a date starting from its weekday's hours and moves focus to the new item", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByText('No dates with their own hours.')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Date with its own hours'), { target: { value: '2026-12-24' } });
    await user.click(screen.getByRole('button', { name: 'Add date' }));

    const christmasEve = item('Thu, 24 Dec 2026');
    expect(within(christmasEve).getByLabelText('From')).toHaveValue('09:00');
    expect(within(christmasEve).getByLabelText('Until')).toHaveValue('17:00');
    expect(within(christmasEve).getByLabelText('From')).toHaveFocus();
    expect(latest).toEqual([{ date: '2026-12-24', ranges: [{ start: '09:00', end: '17:00' }] }]);
  });

  it('edits the ranges, adds a second one, closes the date and opens it again', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        initial={{ dateOverrides: [{ date: '2026-12-24', ranges: [{ start: '09:00', end: '17:00' }] }] }}
      />,
    );
    const christmasEve = item('Thu, 24 Dec 2026');

    fireEvent.change(within(christmasEve).getByLabelText('Until'), { target: { value: '12:00' } });
    await user.click(within(christmasEve).getByRole('button', { name: 'Add hours on Thu, 24 Dec 2026' }));
    expect(latest).toEqual([
      {
        date: '2026-12-24',
        ranges: [
          { start: '09:00', end: '12:00' },
          { start: '12:00', end: '13:00' },
        ],
      },
    ]);

    await user.click(within(christmasEve).getByRole('checkbox', { name: 'Closed all day' }));
    expect(latest).toEqual([{ date: '2026-12-24', ranges: [] }]);
    expect(within(christmasEve).queryByLabelText('From')).not.toBeInTheDocument();

    await user.click(within(christmasEve).getByRole('checkbox', { name: 'Closed all day' }));
    expect(latest).toEqual([{ date: '2026-12-24', ranges: [{ start: '09:00', end: '17:00' }] }]);
  });

  it('removes a range and a whole date', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        initial={{
          dateOverrides: [
            { date: '2026-12-24', ranges: [{ start: '09:00', end: '12:00' }] },
            { date: '2026-12-31', ranges: [] },
          ],
        }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Remove hours 09:00–12:00 on Thu, 24 Dec 2026' }));
    expect(latest[0]).toEqual({ date: '2026-12-24', ranges: [] });
    await user.click(screen.getByRole('button', { name: 'Remove date Thu, 31 Dec 2026' }));
    expect(latest).toEqual([{ date: '2026-12-24', ranges: [] }]);
    expect(screen.queryByRole('group', { name: 'Thu, 31 Dec 2026' })).not.toBeInTheDocument();
  });

  it('will not add a date that is a day off, and shows field errors beside their date', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        initial={{
          excludedDates: [{ date: '2026-12-25', label: 'Christmas Day' }],
          dateOverrides: [{ date: '2026-12-24', ranges: [{ start: '12:00', end: '10:00' }] }],
        }}
        errors={{ 'settings.dateOverrides.0.ranges.0': 'Thu, 24 Dec 2026: the end must be after the start.' }}
      />,
    );
    expect(within(item('Thu, 24 Dec 2026')).getByLabelText('From')).toHaveAccessibleDescription(
      /the end must be after the start/,
    );

    const dateField = screen.getByLabelText('Date with its own hours');
    fireEvent.change(dateField, { target: { value: '2026-12-25' } });
    await user.click(screen.getByRole('button', { name: 'Add date' }));
    expect(dateField).toHaveAccessibleDescription(/is a day off/);
    expect(screen.queryByRole('group', { name: 'Fri, 25 Dec 2026' })).not.toBeInTheDocument();
  });

  it('focus follows added and removed hours, and goes back to the date field when a date is removed', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        initial={{ dateOverrides: [{ date: '2026-12-24', ranges: [{ start: '09:00', end: '12:00' }] }] }}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Add hours on Thu, 24 Dec 2026' }));
    const froms = within(item('Thu, 24 Dec 2026')).getAllByLabelText('From');
    await waitFor(() => expect(froms[1]).toHaveFocus());
    expect(froms[1]).toHaveValue('12:00');

    await user.click(screen.getByRole('button', { name: 'Remove hours 12:00–13:00 on Thu, 24 Dec 2026' }));
    await waitFor(() => expect(within(item('Thu, 24 Dec 2026')).getByLabelText('From')).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Remove date Thu, 24 Dec 2026' }));
    await waitFor(() => expect(screen.getByLabelText('Date with its own hours')).toHaveFocus());
    expect(latest).toEqual([]);
  });
});
