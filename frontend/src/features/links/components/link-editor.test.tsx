import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildLink, buildLinkSettings, buildQuestion, buildTemplate, page } from '../../../testing/factories';
import { problem } from '../../../testing/fake-api';
import { renderSignedInOwnerApp } from '../../../testing/render';

const next = () => screen.getByRole('button', { name: 'Next' });

describe('link editor (wizard on the API)', () => {
  it('creates a link through every step with one of the owner’s templates, then shows its address', async () => {
    const template = buildTemplate({
      name: 'Sales call',
      questions: [buildQuestion(), buildQuestion({ id: 'b' })],
    });
    const created = buildLink({
      title: 'Intro call',
      url: 'http://localhost:3000/public/bookings/new-token',
    });
    const { fake } = renderSignedInOwnerApp('/bookings/dashboard/links/new', {
      'GET /bookings/templates': () => ({ status: 200, body: page([template]) }),
      'POST /bookings/links': () => ({ status: 201, body: created }),
    });
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^Title/), 'Intro call');
    expect(screen.getByLabelText(/^Time zone/)).toHaveValue('Europe/Berlin');
    for (let step = 0; step < 4; step += 1) await user.click(next());
    await user.click(screen.getByRole('radio', { name: /Sales call \(2 questions\)/ }));
    await user.click(next());
    await user.click(screen.getByRole('button', { name: 'Create link' }));

    expect(await screen.findByRole('heading', { name: '“Intro call” is ready to share' })).toHaveFocus();
    expect(screen.getByRole('link', { name: created.url })).toBeInTheDocument();
    const sent = fake.requests.find(
      (request) => request.method === 'POST' && request.path === '/bookings/links',
    );
    expect(sent?.body).toMatchObject({
      title: 'Intro call',
      templateId: template.id,
      settings: { timeZone: 'Europe/Berlin', durations: [30] },
    });
  });

  it('edits an existing link: starts from its settings and saves with PATCH', async () => {
    const link = buildLink({
      title: 'Demo',
      settings: buildLinkSettings({ durations: [15, 60], defaultDuration: 60, maxPerDay: 3 }),
    });
    const { fake } = renderSignedInOwnerApp(`/bookings/dashboard/links/${link.id}/edit`, {
      'GET /bookings/links/{id}': () => ({ status: 200, body: link }),
      'GET /bookings/templates': () => ({ status: 200, body: page([]) }),
      'PATCH /bookings/links/{id}': (request) => ({
        status: 200,
        body: { ...link, title: (request.body as { title: string }).title },
      }),
    });
    const user = userEvent.setup();

    const title = await screen.findByLabelText(/^Title/);
    expect(title).toHaveValue('Demo');
    await user.clear(title);
    await user.type(title, 'Demo call');
    for (let step = 0; step < 5; step += 1) await user.click(next());
    expect(screen.getByText('15 min, 1 h (first)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('heading', { name: '“Demo call” is saved' })).toBeInTheDocument();
    const sent = fake.requests.find((request) => request.method === 'PATCH');
    expect(sent?.path).toBe(`/bookings/links/${link.id}`);
    expect(sent?.body).toMatchObject({ title: 'Demo call', settings: { maxPerDay: 3, defaultDuration: 60 } });
  });

  it('shows the server’s field error beside the field, on its step', async () => {
    renderSignedInOwnerApp('/bookings/dashboard/links/new', {
      'GET /bookings/templates': () => ({ status: 200, body: page([]) }),
      'POST /bookings/links': () =>
        problem(400, 'validation_failed', 'Invalid link', [
          { path: '/settings/timeZone', message: 'Unknown time zone on the server' },
        ]),
    });
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^Title/), 'Intro call');
    for (let step = 0; step < 5; step += 1) await user.click(next());
    await user.click(screen.getByRole('button', { name: 'Create link' }));

    expect(await screen.findByText('Unknown time zone on the server')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Time zone/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('did not accept some fields');
  });
});
