import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildLink, page } from '../../../testing/factories';
import { problem } from '../../../testing/fake-api';
import { renderSignedInOwnerApp } from '../../../testing/render';

function card(title: string) {
  return screen.getByRole('article', { name: title });
}

describe('links list', () => {
  it('shows active and inactive links with their public address and a copy button', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const intro = buildLink({ title: 'Intro call', url: 'http://localhost:3000/public/bookings/abc' });
    const demo = buildLink({
      title: 'Demo',
      isActive: false,
      settings: { ...intro.settings, durations: [30, 60] },
    });
    renderSignedInOwnerApp('/bookings', {
      'GET /bookings/links': () => ({ status: 200, body: page([intro, demo]) }),
    });

    await screen.findByRole('article', { name: 'Intro call' });
    expect(within(card('Intro call')).getByText('Active')).toBeInTheDocument();
    expect(within(card('Demo')).getByText('Inactive')).toBeInTheDocument();
    expect(within(card('Demo')).getByText('30 min or 1 h · Europe/Berlin')).toBeInTheDocument();
    expect(within(card('Intro call')).getByRole('link', { name: intro.url })).toHaveAttribute(
      'href',
      intro.url,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Copy the address of Intro call' }));
    expect(writeText).toHaveBeenCalledWith(intro.url);
    expect(await within(card('Intro call')).findByText('Copied')).toBeInTheDocument();
  });

  it('turns a link off at once, then keeps the server’s answer', async () => {
    const link = buildLink({ title: 'Intro call' });
    let release: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { fake } = renderSignedInOwnerApp('/bookings', {
      'GET /bookings/links': () => ({ status: 200, body: page([link]) }),
      'POST /bookings/links/{id}:toggle': async () => {
        await answered;
        return { status: 200, body: { ...link, isActive: false } };
      },
    });

    const toggle = await screen.findByRole('switch', { name: 'Intro call takes bookings' });
    expect(toggle).toBeChecked();
    await userEvent.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(within(card('Intro call')).getByText('Inactive')).toBeInTheDocument();
    release();

    expect(await screen.findByText('Intro call no longer takes bookings.')).toBeInTheDocument();
    expect(fake.requests.some((request) => request.path === `/bookings/links/${link.id}:toggle`)).toBe(true);
  });

  it('puts the switch back and says why when the toggle fails', async () => {
    const link = buildLink({ title: 'Intro call' });
    renderSignedInOwnerApp('/bookings', {
      'GET /bookings/links': () => ({ status: 200, body: page([link]) }),
      'POST /bookings/links/{id}:toggle': () => problem(404, 'link_not_found', 'No such link'),
    });

    await userEvent.click(await screen.findByRole('switch', { name: 'Intro call takes bookings' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Intro call could not be turned off: No such link',
    );
    expect(screen.getByRole('switch', { name: 'Intro call takes bookings' })).toBeChecked();
  });

  it('duplicates a link and lists the copy', async () => {
    const link = buildLink({ title: 'Intro call' });
    const copy = buildLink({ title: 'Intro call (copy)' });
    let links = [link];
    renderSignedInOwnerApp('/bookings', {
      'GET /bookings/links': () => ({ status: 200, body: page(links) }),
      'POST /bookings/links/{id}:duplicate': () => {
        links = [copy, link];
        return { status: 201, body: copy };
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Duplicate Intro call' }));

    expect(
      await screen.findByText('Added “Intro call (copy)”. It starts with the same settings.'),
    ).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Intro call (copy)' })).toBeInTheDocument();
  });

  it('deletes only after confirming in a dialog', async () => {
    const link = buildLink({ title: 'Intro call' });
    let links = [link];
    const { fake } = renderSignedInOwnerApp('/bookings', {
      'GET /bookings/links': () => ({ status: 200, body: page(links) }),
      'DELETE /bookings/links/{id}': () => {
        links = [];
        return { status: 204 };
      },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Delete Intro call' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Intro call”?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(fake.requests.some((request) => request.method === 'DELETE')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Delete Intro call' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete link' }));

    expect(
      await screen.findByText('Deleted “Intro call”. Its bookings stay in your list.'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'Intro call' })).not.toBeInTheDocument(),
    );
    // The deleted card's button took focus with it: the page's title has it now, not <body>.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Links' })).toHaveFocus());
    expect(
      fake.requests.some(
        (request) => request.method === 'DELETE' && request.path === `/bookings/links/${link.id}`,
      ),
    ).toBe(true);
  });

  it('leads from the empty state to the wizard', async () => {
    renderSignedInOwnerApp('/bookings', {
      'GET /bookings/links': () => ({ status: 200, body: page([]) }),
      'GET /bookings/templates': () => ({ status: 200, body: page([]) }),
    });

    await userEvent.click(await screen.findByRole('link', { name: 'Create your first link' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'New booking link' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Step 1 of 6: Basics');
  });

  it('reads more links page by page', async () => {
    const first = buildLink({ title: 'First' });
    const second = buildLink({ title: 'Second' });
    const { fake } = renderSignedInOwnerApp('/bookings', {
      'GET /bookings/links': (request) =>
        request.search.get('cursor') === 'c2'
          ? { status: 200, body: page([second]) }
          : { status: 200, body: page([first], 'c2') },
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Show more links' }));

    expect(await screen.findByRole('article', { name: 'Second' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more links' })).not.toBeInTheDocument();
    expect(fake.requests.some((request) => request.search.get('cursor') === 'c2')).toBe(true);
  });
});
