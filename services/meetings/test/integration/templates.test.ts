import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLink, useOwnerSession } from '../factories/owner-session';
import { useTestApp } from '../support/use-test-app';

const t = useTestApp();
const ann = useOwnerSession(t, 'ann@example.com');

const questions = [
  { id: 'company', label: 'Company', kind: 'text' as const, required: false, helpText: 'Where you work' },
  {
    id: 'format',
    label: 'Format',
    kind: 'single_choice' as const,
    required: true,
    options: ['Video', 'Phone'],
  },
  { id: 'agree', label: 'I agree', kind: 'checkbox' as const, required: true },
];

describe('templates CRUD', () => {
  it('creates, reads, lists, updates and deletes a template', async () => {
    const created = await ann.api.POST('/bookings/templates', {
      body: { name: 'Intro', questions, emailFollowupEnabled: true },
    });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({
      name: 'Intro',
      description: '',
      questions,
      emailFollowupEnabled: true,
    });
    const id = created.data?.id ?? '';

    const read = await ann.api.GET('/bookings/templates/{id}', { params: { path: { id } } });
    expect(read.data).toEqual(created.data);
    const list = await ann.api.GET('/bookings/templates');
    expect(list.data?.items.map((item) => item.id)).toEqual([id]);
    expect(list.data?.nextCursor).toBeNull();

    const updated = await ann.api.PATCH('/bookings/templates/{id}', {
      params: { path: { id } },
      body: { name: 'Intro v2', questions: questions.slice(0, 1) },
    });
    expect(updated.data).toMatchObject({
      name: 'Intro v2',
      questions: questions.slice(0, 1),
      emailFollowupEnabled: true,
    });

    const deleted = await ann.api.DELETE('/bookings/templates/{id}', { params: { path: { id } } });
    expect(deleted.response.status).toBe(204);
    const gone = await ann.api.GET('/bookings/templates/{id}', { params: { path: { id } } });
    expect(gone.response.status).toBe(404);
  });

  it('names invalid questions: schema shape and cross-field rules', async () => {
    const shape = await ann.api.POST('/bookings/templates', {
      body: {
        name: 'Bad',
        questions: [{ id: 'a', label: '', kind: 'colour' as 'text', required: true }],
      },
    });
    expect(shape.response.status).toBe(400);
    expect(shape.error?.errors?.map((e) => e.path)).toEqual(
      expect.arrayContaining(['questions[0].label', 'questions[0].kind']),
    );

    const rules = await ann.api.POST('/bookings/templates', {
      body: {
        name: 'Bad',
        questions: [
          { id: 'a', label: 'A', kind: 'single_choice', required: true, options: ['only'] },
          { id: 'a', label: 'B', kind: 'text', required: false, options: ['x', 'y'] },
        ],
      },
    });
    expect(rules.response.status).toBe(400);
    expect(rules.error?.errors).toEqual([
      { path: 'questions[0].options', message: 'must list at least two choices' },
      { path: 'questions[1].id', message: 'is used by another question' },
      { path: 'questions[1].options', message: 'is only allowed for choice questions' },
    ]);
  });

  it('answers 404 for unknown ids and 401 without a token', async () => {
    const id = randomUUID();
    expect(
      (await ann.api.GET('/bookings/templates/{id}', { params: { path: { id } } })).response.status,
    ).toBe(404);
    expect(
      (await ann.api.PATCH('/bookings/templates/{id}', { params: { path: { id } }, body: { name: 'x' } }))
        .response.status,
    ).toBe(404);
    expect(
      (await ann.api.DELETE('/bookings/templates/{id}', { params: { path: { id } } })).response.status,
    ).toBe(404);
    expect((await t.anonymous.GET('/bookings/templates')).response.status).toBe(401);
    expect((await t.anonymous.GET('/bookings/templates/library')).response.status).toBe(401);
  });

  it('refuses to delete a template a live link uses (409), and allows it once the link is deleted', async () => {
    const template = await ann.api.POST('/bookings/templates', { body: { name: 'Used' } });
    const templateId = template.data?.id ?? '';
    const link = await createLink(ann);
    await ann.api.PATCH('/bookings/links/{id}', { params: { path: { id: link.id } }, body: { templateId } });

    const refused = await ann.api.DELETE('/bookings/templates/{id}', {
      params: { path: { id: templateId } },
    });
    expect(refused.response.status).toBe(409);
    expect(refused.error?.code).toBe('template_in_use');

    await ann.api.DELETE('/bookings/links/{id}', { params: { path: { id: link.id } } });
    const allowed = await ann.api.DELETE('/bookings/templates/{id}', {
      params: { path: { id: templateId } },
    });
    expect(allowed.response.status).toBe(204);
  });
});

describe('template library', () => {
  it('lists the starter templates', async () => {
    const { data } = await ann.api.GET('/bookings/templates/library');
    expect(data?.items.map((item) => item.key)).toEqual(['intro-call', 'job-interview', 'customer-support']);
    expect(data?.items[1]?.questions.length).toBeGreaterThan(0);
  });

  it('copies a starter template into the owner’s templates', async () => {
    const used = await ann.api.POST('/bookings/templates/library/{key}:use', {
      params: { path: { key: 'job-interview' } },
    });
    expect(used.response.status).toBe(201);
    expect(used.data?.name).toBe('Job interview');
    const list = await ann.api.GET('/bookings/templates');
    expect(list.data?.items.map((item) => item.id)).toEqual([used.data?.id]);

    // The copy is the owner's own: editing it leaves the library alone.
    await ann.api.PATCH('/bookings/templates/{id}', {
      params: { path: { id: used.data?.id ?? '' } },
      body: { questions: [] },
    });
    const library = await ann.api.GET('/bookings/templates/library');
    expect(library.data?.items[1]?.questions.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown key and 400 for a malformed one', async () => {
    const unknown = await ann.api.POST('/bookings/templates/library/{key}:use', {
      params: { path: { key: 'no-such-template' } },
    });
    expect(unknown.response.status).toBe(404);
    const malformed = await ann.api.POST('/bookings/templates/library/{key}:use', {
      params: { path: { key: 'Bad_Key' } },
    });
    expect(malformed.response.status).toBe(400);
    expect(malformed.error?.errors?.[0]?.path).toBe('params.key');
  });
});
