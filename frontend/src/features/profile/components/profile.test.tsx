import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../testing/factories';
import { problem } from '../../../testing/fake-api';
import { renderSignedInOwnerApp } from '../../../testing/render';

describe('profile', { timeout: 20_000 }, () => {
  it('saves the name, zone and language, and uploads a photo as a data URL', async () => {
    let profile = buildProfile({ name: 'Olivia Owner', timeZone: 'Europe/Berlin' });
    const { fake } = renderSignedInOwnerApp('/bookings/dashboard/profile', {
      'GET /bookings/me': () => ({ status: 200, body: profile }),
      'PATCH /bookings/me': (request) => {
        const body = request.body as Record<string, unknown>;
        profile = {
          ...profile,
          ...(typeof body.name === 'string' ? { name: body.name } : {}),
          ...(typeof body.timeZone === 'string' ? { timeZone: body.timeZone } : {}),
          ...('locale' in body ? { locale: body.locale as string | null } : {}),
          ...(typeof body.avatar === 'string'
            ? { avatarUrl: 'http://localhost:3000/bookings/public/avatars/abc' }
            : {}),
        };
        return { status: 200, body: profile };
      },
    });
    const user = userEvent.setup();

    // The route's code loads lazily: give a busy machine time.
    const name = await screen.findByLabelText(/^Name/, {}, { timeout: 10_000 });
    await user.clear(name);
    await user.type(name, 'Olivia Example');
    await user.selectOptions(screen.getByLabelText(/^Time zone/), 'Asia/Kolkata');
    await user.selectOptions(screen.getByLabelText(/^Language for dates/), 'en-GB');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Profile saved.')).toBeInTheDocument();
    const saved = fake.requests.find((request) => request.method === 'PATCH');
    expect(saved?.body).toEqual({ name: 'Olivia Example', timeZone: 'Asia/Kolkata', locale: 'en-GB' });

    const photo = new File([new Uint8Array([137, 80, 78, 71])], 'me.png', { type: 'image/png' });
    await user.upload(screen.getByLabelText('Add a photo'), photo);
    expect(await screen.findByText('Photo saved.')).toBeInTheDocument();
    const upload = fake.requests.filter((request) => request.method === 'PATCH').at(-1);
    expect(upload?.body).toEqual({ avatar: 'data:image/png;base64,iVBORw==' });
    await waitFor(() =>
      expect(document.querySelector('img.avatar')).toHaveAttribute('src', profile.avatarUrl),
    );
  });

  it('refuses a photo over 256 kB before sending it, and shows what the service refused', async () => {
    const { fake } = renderSignedInOwnerApp('/bookings/dashboard/profile', {
      'PATCH /bookings/me': () =>
        problem(422, 'avatar_unreadable', 'The photo could not be read.', [
          { path: 'avatar', message: 'is not an image we can read' },
        ]),
    });
    const user = userEvent.setup();
    const big = new File([new Uint8Array(300 * 1024)], 'big.png', { type: 'image/png' });
    await user.upload(await screen.findByLabelText('Add a photo', {}, { timeout: 10_000 }), big);
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a photo of at most 256 kB.');
    expect(fake.requests.some((request) => request.method === 'PATCH')).toBe(false);

    await user.upload(
      screen.getByLabelText('Add a photo'),
      new File(['hello'], 'note.png', { type: 'image/png' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('is not an image we can read');
  });
});
