import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildWebhook, buildWebhookDelivery } from '../../../testing/factories';
import { problem } from '../../../testing/fake-api';
import { renderSignedInOwnerApp } from '../../../testing/render';
import { createWebhooksServiceDouble, webhookSecretNumber } from '../../../testing/webhooks-service-double';

const LIST = '/bookings/dashboard/webhooks';

function stubClipboard() {
  const writeText = vi.fn(async (_text: string) => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

describe('webhooks screen', () => {
  it('adds an endpoint and shows its secret once, with a copy button', async () => {
    const service = createWebhooksServiceDouble();
    const { fake } = renderSignedInOwnerApp(LIST, service.routes);
    const user = userEvent.setup();
    const writeText = stubClipboard();

    expect(await screen.findByRole('heading', { level: 2, name: 'No endpoints yet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    const url = screen.getByRole('textbox', { name: /Endpoint URL/ });
    await waitFor(() => expect(url).toHaveFocus());
    await user.type(url, 'https://crm.example.com/hooks');
    await user.type(screen.getByRole('textbox', { name: /Description/ }), 'CRM sync');
    await user.click(screen.getByRole('radio', { name: 'Only the events chosen below' }));
    await user.click(screen.getByRole('checkbox', { name: /Booking cancelled/ }));
    await user.click(screen.getByRole('checkbox', { name: /Booking created/ }));
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));

    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Signing secret for https://crm.example.com/hooks',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/you won't see it again/)).toBeInTheDocument();
    expect(screen.getByText(webhookSecretNumber(1))).toBeInTheDocument();
    expect(fake.requests.find((request) => request.method === 'POST')?.body).toEqual({
      url: 'https://crm.example.com/hooks',
      description: 'CRM sync',
      // In the order the form lists them, not the order they were ticked.
      events: ['booking.created', 'booking.cancelled'],
    });

    await user.click(screen.getByRole('button', { name: 'Copy the signing secret' }));
    expect(writeText).toHaveBeenCalledWith(webhookSecretNumber(1));
    expect(await screen.findByText('Copied')).toBeInTheDocument();

    const card = await screen.findByRole('article', { name: 'https://crm.example.com/hooks' });
    expect(within(card).getByText('CRM sync')).toBeInTheDocument();
    expect(within(card).getByText('Events: Booking created, Booking cancelled')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I have stored the secret' }));
    expect(screen.queryByText(/whsec_/)).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Endpoints' })).toHaveFocus());

    // The endpoint's own page never has the secret: the service shows it only in that one answer.
    await user.click(within(card).getByRole('link', { name: /Settings and deliveries/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhook endpoint' })).toBeInTheDocument();
    expect(screen.queryByText(/whsec_/)).not.toBeInTheDocument();
  });

  it('checks the form, then shows the service’s refusal of the URL on the URL field', async () => {
    const service = createWebhooksServiceDouble();
    renderSignedInOwnerApp(LIST, {
      ...service.routes,
      'POST /bookings/webhooks': () =>
        problem(422, 'webhook_url_not_allowed', 'Webhooks cannot be sent to this URL: private address', [
          { path: 'url', message: 'The host resolves to a private address (10.0.0.1).' },
        ]),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add endpoint' }));
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    const url = screen.getByRole('textbox', { name: /Endpoint URL/ });
    expect(url).toHaveAccessibleDescription(/Enter the address that receives the events/);
    await waitFor(() => expect(url).toHaveFocus());

    await user.type(url, 'ftp://files.example.com');
    await user.click(screen.getByRole('radio', { name: 'Only the events chosen below' }));
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    expect(url).toHaveAccessibleDescription(/Enter a full http:\/\/ or https:\/\/ address/);
    expect(screen.getByRole('group', { name: 'Events' })).toHaveAccessibleDescription(
      'Choose at least one event.',
    );

    await user.clear(url);
    await user.type(url, 'https://intranet.example.com/hook');
    await user.click(screen.getByRole('radio', { name: /Every event/ }));
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));

    await waitFor(() =>
      expect(url).toHaveAccessibleDescription(/The host resolves to a private address \(10\.0\.0\.1\)\./),
    );
    expect(url).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(url).toHaveFocus());
    expect(screen.queryByRole('heading', { name: /Signing secret/ })).not.toBeInTheDocument();
  });

  it('switches an endpoint off and on from the list', async () => {
    const webhook = buildWebhook({ url: 'https://chat.example.com/in' });
    const service = createWebhooksServiceDouble({ webhooks: [webhook] });
    const { fake } = renderSignedInOwnerApp(LIST, service.routes);
    const user = userEvent.setup();

    const card = await screen.findByRole('article', { name: webhook.url });
    const toggle = within(card).getByRole('switch', { name: `${webhook.url} receives events` });
    expect(toggle).toBeChecked();
    await user.click(toggle);

    expect(await screen.findByText(`${webhook.url} no longer receives events.`)).toBeInTheDocument();
    await waitFor(() => expect(within(card).getByText('Disabled')).toBeInTheDocument());
    expect(toggle).not.toBeChecked();
    expect(fake.requests.find((request) => request.method === 'PATCH')?.body).toEqual({ enabled: false });

    await user.click(toggle);
    expect(await screen.findByText(`${webhook.url} receives events again.`)).toBeInTheDocument();
    await waitFor(() => expect(toggle).toBeChecked());
  });

  it('tells why the service switched an endpoint off', async () => {
    const webhook = buildWebhook({ enabled: false, disabledReason: 'gone' });
    renderSignedInOwnerApp(LIST, createWebhooksServiceDouble({ webhooks: [webhook] }).routes);

    const card = await screen.findByRole('article', { name: webhook.url });
    expect(
      within(card).getByText('Switched off because the endpoint answered 410 Gone.'),
    ).toBeInTheDocument();
  });

  it('deletes an endpoint only after confirming', async () => {
    const webhook = buildWebhook({ url: 'https://billing.example.com/hook' });
    const service = createWebhooksServiceDouble({ webhooks: [webhook] });
    const { fake } = renderSignedInOwnerApp(LIST, service.routes);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: `Delete ${webhook.url}` }));
    let dialog = screen.getByRole('dialog', { name: `Delete ${webhook.url}?` });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(fake.requests.some((request) => request.method === 'DELETE')).toBe(false);
    expect(screen.getByRole('article', { name: webhook.url })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `Delete ${webhook.url}` }));
    dialog = screen.getByRole('dialog', { name: `Delete ${webhook.url}?` });
    await user.click(within(dialog).getByRole('button', { name: 'Delete endpoint' }));

    expect(await screen.findByText('No endpoints yet')).toBeInTheDocument();
    expect(screen.getByText(`Deleted ${webhook.url}. It receives nothing from now on.`)).toBeInTheDocument();
    expect(fake.requests.filter((request) => request.method === 'DELETE').map((r) => r.path)).toEqual([
      `/bookings/webhooks/${webhook.id}`,
    ]);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Endpoints' })).toHaveFocus());
  });

  it('rotates the secret after confirming and shows the new one once', async () => {
    const webhook = buildWebhook();
    const service = createWebhooksServiceDouble({ webhooks: [webhook] });
    renderSignedInOwnerApp(`${LIST}/${webhook.id}`, service.routes);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Rotate secret' }));
    const dialog = screen.getByRole('dialog', { name: 'Rotate the signing secret?' });
    await user.click(within(dialog).getByRole('button', { name: 'Rotate secret' }));

    const heading = await screen.findByRole('heading', { level: 3, name: 'New signing secret' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(webhookSecretNumber(1))).toBeInTheDocument();
    expect(screen.getByText(/The previous secret keeps signing until/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'I have stored the secret' }));
    expect(screen.queryByText(/whsec_/)).not.toBeInTheDocument();
    expect(await screen.findByText(/The previous secret signs too until/)).toBeInTheDocument();
  });

  it('changes the URL and events of an endpoint', async () => {
    const webhook = buildWebhook({ url: 'https://old.example.com/hook' });
    const service = createWebhooksServiceDouble({ webhooks: [webhook] });
    const { fake } = renderSignedInOwnerApp(`${LIST}/${webhook.id}`, service.routes);
    const user = userEvent.setup();

    const url = await screen.findByRole('textbox', { name: /Endpoint URL/ });
    expect(url).toHaveValue('https://old.example.com/hook');
    await user.clear(url);
    await user.type(url, 'https://new.example.com/hook');
    await user.click(screen.getByRole('radio', { name: 'Only the events chosen below' }));
    await user.click(screen.getByRole('checkbox', { name: /Link deleted/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(fake.requests.find((request) => request.method === 'PATCH')?.body).toEqual({
      url: 'https://new.example.com/hook',
      description: '',
      events: ['link.deleted'],
    });
  });

  it('sends a test ping and follows its delivery until it is delivered', async () => {
    const webhook = buildWebhook();
    const service = createWebhooksServiceDouble({ webhooks: [webhook] });
    renderSignedInOwnerApp(`${LIST}/${webhook.id}`, service.routes);
    const user = userEvent.setup();

    expect(await screen.findByText(/Nothing sent yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send test ping' }));

    expect(
      await screen.findByText('Test ping sent. Its delivery is at the top of the list below.'),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Deliveries, newest first' });
    const row = () => within(table).getAllByRole('row')[1] as HTMLElement;
    await waitFor(() => expect(within(row()).getByRole('rowheader')).toHaveTextContent(/^Test ping/));
    // The log is read again on its own while the ping is pending, until the attempt is recorded.
    await waitFor(() => expect(within(row()).getByText('Delivered')).toBeInTheDocument());
    expect(within(row()).getByRole('cell', { name: '200' })).toBeInTheDocument();
    expect(within(row()).getByRole('cell', { name: '1' })).toBeInTheDocument();
  });

  it('explains that a switched-off endpoint cannot be tested', async () => {
    const webhook = buildWebhook({ enabled: false });
    renderSignedInOwnerApp(
      `${LIST}/${webhook.id}`,
      createWebhooksServiceDouble({ webhooks: [webhook] }).routes,
    );
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Send test ping' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This endpoint is switched off. Switch it on to send a test ping.',
    );
  });

  it('lists the log a page at a time and redelivers a failed delivery', async () => {
    const webhook = buildWebhook();
    const failed = buildWebhookDelivery({
      event: 'booking.cancelled',
      status: 'failed',
      attempts: 12,
      lastStatus: 500,
      lastError: 'The endpoint answered 500',
      createdAt: '2026-11-30T08:00:00.000Z',
    });
    const older = Array.from({ length: 20 }, (_unused, index) =>
      buildWebhookDelivery({ createdAt: `2026-11-${String(index + 1).padStart(2, '0')}T08:00:00.000Z` }),
    ).reverse();
    const service = createWebhooksServiceDouble({ webhooks: [webhook], deliveries: [failed, ...older] });
    const { fake } = renderSignedInOwnerApp(`${LIST}/${webhook.id}`, service.routes);
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: 'Deliveries, newest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    await user.click(screen.getByRole('button', { name: 'Load more deliveries' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(22));
    expect(screen.queryByRole('button', { name: 'Load more deliveries' })).not.toBeInTheDocument();
    expect(fake.requests.at(-1)?.search.get('cursor')).toBe('20');

    const failedRow = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(failedRow).getByText('Failed')).toBeInTheDocument();
    expect(within(failedRow).getByText('The endpoint answered 500')).toBeInTheDocument();
    await user.click(within(failedRow).getByRole('button', { name: /^Redeliver Booking cancelled of / }));

    expect(await screen.findByText('Booking cancelled is being sent again.')).toBeInTheDocument();
    expect(
      fake.requests.some(
        (request) =>
          request.method === 'POST' &&
          request.path === `/bookings/webhooks/${webhook.id}/deliveries/${failed.id}:redeliver`,
      ),
    ).toBe(true);
    await waitFor(() =>
      expect(
        within(within(table).getAllByRole('row')[1] as HTMLElement).getByText('Delivered'),
      ).toBeInTheDocument(),
    );
  });

  it('is reached from the dashboard navigation', async () => {
    renderSignedInOwnerApp('/bookings/dashboard/templates', {
      ...createWebhooksServiceDouble().routes,
      'GET /bookings/templates': () => ({ status: 200, body: { items: [], nextCursor: null } }),
      'GET /bookings/templates/library': () => ({ status: 200, body: { items: [] } }),
    });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('link', { name: 'Webhooks' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Webhooks' })).toBeInTheDocument();
  });
});
