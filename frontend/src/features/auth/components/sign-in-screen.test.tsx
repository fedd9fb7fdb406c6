import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createFakeApi, problem } from '../../../testing/fake-api';
import { renderWithProviders } from '../../../testing/render';
import { SignInScreen } from './sign-in-screen';

describe('SignInScreen', () => {
  it('asks for an email before calling the API', async () => {
    const fake = createFakeApi({});
    renderWithProviders(<SignInScreen />, { api: fake.client });

    await userEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));

    const input = screen.getByLabelText(/Email address/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter your email address.');
    expect(input).toHaveFocus();
    expect(fake.requests).toHaveLength(0);
  });

  it('rejects a malformed address with a clear message', async () => {
    const fake = createFakeApi({});
    renderWithProviders(<SignInScreen />, { api: fake.client });

    await userEvent.type(screen.getByLabelText(/Email address/), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));

    expect(screen.getByText('Enter an email address like name@example.com.')).toBeInTheDocument();
    expect(fake.requests).toHaveLength(0);
  });

  it('sends the link and shows the check-your-mail screen, focused on its heading', async () => {
    const fake = createFakeApi({
      'POST /bookings/auth/magic-link': () => ({
        status: 202,
        body: { status: 'sent', expiresInMinutes: 15, delivery: 'email' },
      }),
    });
    renderWithProviders(<SignInScreen />, { api: fake.client });

    await userEvent.type(screen.getByLabelText(/Email address/), '  owner@example.com ');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));

    const heading = await screen.findByRole('heading', { name: 'Check your email' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('owner@example.com')).toBeInTheDocument();
    expect(screen.getByText(/for 15 minutes/)).toBeInTheDocument();
    expect(fake.requests[0]?.body).toEqual({ email: 'owner@example.com' });
  });

  it('says where the link is when the server has no SMTP', async () => {
    const fake = createFakeApi({
      'POST /bookings/auth/magic-link': () => ({
        status: 202,
        body: { status: 'sent', expiresInMinutes: 15, delivery: 'server' },
      }),
    });
    renderWithProviders(<SignInScreen />, { api: fake.client });

    await userEvent.type(screen.getByLabelText(/Email address/), 'owner@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));

    const heading = await screen.findByRole('heading', { name: 'Find your sign-in link on the server' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/no mail server configured/)).toHaveTextContent(
      'This server has no mail server configured (SMTP_URL is not set), so the sign-in link for owner@example.com was not emailed.',
    );
    expect(screen.getByText(/service’s log/)).toHaveTextContent(
      'Find it in the service’s log, on the line “mail written to …” (the links field), or in the newest .eml file in the service’s DATA_DIR/mail folder (./data/mail from where the service was started, unless DATA_DIR is set).',
    );
    expect(screen.queryByRole('heading', { name: 'Check your email' })).not.toBeInTheDocument();
  });

  it('goes back to the form with the typed email kept', async () => {
    const fake = createFakeApi({
      'POST /bookings/auth/magic-link': () => ({
        status: 202,
        body: { status: 'sent', expiresInMinutes: 15, delivery: 'email' },
      }),
    });
    renderWithProviders(<SignInScreen />, { api: fake.client });
    await userEvent.type(screen.getByLabelText(/Email address/), 'owner@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));

    await userEvent.click(await screen.findByRole('button', { name: 'Use a different email' }));

    expect(screen.getByLabelText(/Email address/)).toHaveValue('owner@example.com');
  });

  it('shows the server field error beside the field', async () => {
    const fake = createFakeApi({
      'POST /bookings/auth/magic-link': () =>
        problem(400, 'validation_failed', 'Invalid request', [
          { path: '/email', message: 'must match format "email"' },
        ]),
    });
    renderWithProviders(<SignInScreen />, { api: fake.client });

    await userEvent.type(screen.getByLabelText(/Email address/), 'owner@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));

    expect(await screen.findByText('must match format "email"')).toBeInTheDocument();
    expect(screen.getByLabelText(/Email address/)).toHaveAttribute('aria-invalid', 'true');
  });

  it('says so when too many links were asked for', async () => {
    const fake = createFakeApi({
      'POST /bookings/auth/magic-link': () =>
        problem(429, 'rate_limited', 'Too many requests, retry in a minute.'),
    });
    renderWithProviders(<SignInScreen />, { api: fake.client });

    await userEvent.type(screen.getByLabelText(/Email address/), 'owner@example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Email me a sign-in link' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many requests, retry in a minute.');
  });
});
