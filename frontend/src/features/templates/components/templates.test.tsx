import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildQuestion, buildTemplate, page } from '../../../testing/factories';
import { problem } from '../../../testing/fake-api';
import { renderSignedInOwnerApp } from '../../../testing/render';

const library = {
  items: [
    {
      key: 'intro-call',
      name: 'Intro call',
      description: 'Questions for a first conversation.',
      questions: [buildQuestion({ label: 'Company' })],
      emailFollowupEnabled: true,
    },
  ],
};

describe('templates', () => {
  it('lists templates and explains why one in use cannot be deleted', async () => {
    const template = buildTemplate({ name: 'Sales call' });
    renderSignedInOwnerApp('/bookings/dashboard/templates', {
      'GET /bookings/templates': () => ({ status: 200, body: page([template]) }),
      'GET /bookings/templates/library': () => ({ status: 200, body: library }),
      'DELETE /bookings/templates/{id}': () => problem(409, 'template_in_use', 'Template is used by 1 link'),
    });
    const user = userEvent.setup();

    const list = await screen.findByRole('list', { name: 'Your templates' });
    expect(within(list).getByText('1 question')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete Sales call' }));
    await user.click(screen.getByRole('button', { name: 'Delete template' }));

    const dialog = screen.getByRole('dialog', { name: 'Delete “Sales call”?' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('A link still uses this template');
  });

  it('copies a starter from the library into the owner’s templates', async () => {
    let mine: ReturnType<typeof buildTemplate>[] = [];
    const { fake } = renderSignedInOwnerApp('/bookings/dashboard/templates', {
      'GET /bookings/templates': () => ({ status: 200, body: page(mine) }),
      'GET /bookings/templates/library': () => ({ status: 200, body: library }),
      'POST /bookings/templates/library/{key}:use': () => {
        const copy = buildTemplate({ name: 'Intro call' });
        mine = [copy];
        return { status: 201, body: copy };
      },
    });
    const user = userEvent.setup();

    expect(await screen.findByText('No templates yet')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Use Intro call' }));

    expect(await screen.findByText('Added “Intro call” to your templates.')).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Your templates' })).toHaveTextContent('Intro call');
    expect(
      fake.requests.some((request) => request.path === '/bookings/templates/library/intro-call:use'),
    ).toBe(true);
  });

  it('writes a template with choice questions, validating options before saving', async () => {
    const { fake, router } = renderSignedInOwnerApp('/bookings/dashboard/templates/new', {
      'GET /bookings/templates': () => ({ status: 200, body: page([]) }),
      'GET /bookings/templates/library': () => ({ status: 200, body: library }),
      'POST /bookings/templates': (request) => ({ status: 201, body: buildTemplate(request.body as object) }),
    });
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(/^Name/), 'Consultation');
    await user.click(screen.getByRole('checkbox', { name: 'Send a follow-up email after the meeting' }));
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    await user.type(screen.getByRole('textbox', { name: /^Question/ }), 'Meeting format');
    await user.selectOptions(screen.getByLabelText('Answer type'), 'One choice');
    await user.click(screen.getByRole('checkbox', { name: 'Required' }));
    await user.type(screen.getByLabelText(/^Choices/), 'Video call');
    await user.click(screen.getByRole('button', { name: 'Add question' }));
    await user.type(
      screen.getAllByRole('textbox', { name: /^Question/ })[1] as HTMLElement,
      'Anything else?',
    );
    await user.selectOptions(screen.getAllByLabelText('Answer type')[1] as HTMLElement, 'Long text');
    await user.type(screen.getAllByLabelText(/^Help text/)[1] as HTMLElement, 'A sentence or two.');

    await user.click(screen.getByRole('button', { name: 'Create template' }));
    expect(screen.getByText('Give at least two choices, one per line.')).toBeInTheDocument();
    expect(fake.requests.some((request) => request.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText(/^Choices/), '{Enter}Phone call');
    await user.click(screen.getByRole('button', { name: 'Move question 2 up' }));
    await user.click(screen.getByRole('button', { name: 'Create template' }));

    await screen.findByRole('heading', { level: 1, name: 'Templates' });
    expect(router.state.location.pathname).toBe('/bookings/dashboard/templates');
    const sent = fake.requests.find((request) => request.method === 'POST');
    expect(sent?.body).toEqual({
      name: 'Consultation',
      description: '',
      emailFollowupEnabled: true,
      questions: [
        {
          id: 'anything_else',
          label: 'Anything else?',
          kind: 'long_text',
          required: false,
          helpText: 'A sentence or two.',
        },
        {
          id: 'meeting_format',
          label: 'Meeting format',
          kind: 'single_choice',
          required: true,
          options: ['Video call', 'Phone call'],
        },
      ],
    });
  });

  it('edits an existing template and keeps its question ids', async () => {
    const template = buildTemplate({
      name: 'Sales call',
      questions: [buildQuestion({ id: 'company', label: 'Company' })],
    });
    const { fake } = renderSignedInOwnerApp(`/bookings/dashboard/templates/${template.id}/edit`, {
      'GET /bookings/templates/{id}': () => ({ status: 200, body: template }),
      'GET /bookings/templates': () => ({ status: 200, body: page([template]) }),
      'GET /bookings/templates/library': () => ({ status: 200, body: library }),
      'PATCH /bookings/templates/{id}': () => ({ status: 200, body: template }),
    });
    const user = userEvent.setup();

    const label = await screen.findByRole('textbox', { name: /^Question/ });
    await user.clear(label);
    await user.type(label, 'Company name');
    await user.click(screen.getByRole('button', { name: 'Save template' }));

    await screen.findByRole('heading', { level: 1, name: 'Templates' });
    const sent = fake.requests.find((request) => request.method === 'PATCH');
    expect(sent?.body).toMatchObject({ questions: [{ id: 'company', label: 'Company name', kind: 'text' }] });
  });
});
