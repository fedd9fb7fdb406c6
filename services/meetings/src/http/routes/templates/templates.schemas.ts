import { Type } from 'typebox';
import { QUESTION_KINDS } from '../../../domain/templates/questions';
import { Instant, pageOf, ref, Uuid } from '../../schemas/common';

export const QuestionSchema = Type.Object(
  {
    id: Type.String({
      pattern: '^[A-Za-z0-9_-]{1,64}$',
      description: 'Stable key of the answer, unique within the template',
      examples: ['company'],
    }),
    label: Type.String({ minLength: 1, maxLength: 200, examples: ['Company'] }),
    kind: Type.Enum([...QUESTION_KINDS], { examples: ['text'] }),
    required: Type.Boolean({ examples: [false] }),
    options: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
        maxItems: 50,
        description: 'Choices of a single_choice or multi_choice question (at least two); absent otherwise',
        examples: [['Video call', 'Phone call']],
      }),
    ),
    helpText: Type.Optional(
      Type.String({ maxLength: 500, examples: ['A sentence or two helps us prepare.'] }),
    ),
  },
  {
    $id: 'Question',
    description: 'A question the recipient answers when booking',
    additionalProperties: false,
  },
);

const QUESTIONS_EXAMPLE = [
  { id: 'company', label: 'Company', kind: 'text', required: false },
  {
    id: 'format',
    label: 'Meeting format',
    kind: 'single_choice',
    required: true,
    options: ['Video call', 'Phone call'],
  },
];

const name = Type.String({ minLength: 1, maxLength: 200, examples: ['Intro call'] });
const description = Type.String({ maxLength: 2000, examples: ['Questions for a first conversation.'] });
const questions = Type.Array(ref(QuestionSchema), { maxItems: 50, examples: [QUESTIONS_EXAMPLE] });
const emailFollowupEnabled = Type.Boolean({
  description: 'Send the recipient a follow-up email after the meeting',
  examples: [true],
});

export const TemplateSchema = Type.Object(
  {
    id: Uuid(),
    name,
    description,
    questions,
    emailFollowupEnabled,
    createdAt: Instant(),
    updatedAt: Instant(),
  },
  {
    $id: 'Template',
    description: 'The questions a recipient answers, and whether a follow-up email is sent',
    additionalProperties: false,
    examples: [
      {
        id: '5a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b',
        name: 'Intro call',
        description: 'Questions for a first conversation.',
        questions: QUESTIONS_EXAMPLE,
        emailFollowupEnabled: true,
        createdAt: '2026-11-02T10:15:00.000Z',
        updatedAt: '2026-11-02T10:15:00.000Z',
      },
    ],
  },
);

export const CreateTemplateSchema = Type.Object(
  {
    name,
    description: Type.Optional(description),
    questions: Type.Optional(questions),
    emailFollowupEnabled: Type.Optional(emailFollowupEnabled),
  },
  {
    $id: 'CreateTemplateRequest',
    additionalProperties: false,
    examples: [{ name: 'Intro call', questions: QUESTIONS_EXAMPLE, emailFollowupEnabled: true }],
  },
);

export const UpdateTemplateSchema = Type.Object(
  {
    name: Type.Optional(name),
    description: Type.Optional(description),
    questions: Type.Optional(questions),
    emailFollowupEnabled: Type.Optional(emailFollowupEnabled),
  },
  {
    $id: 'UpdateTemplateRequest',
    description: 'Only the fields given change; `questions` replaces the whole list',
    additionalProperties: false,
    minProperties: 1,
    examples: [{ emailFollowupEnabled: false }],
  },
);

export const TemplatePageSchema = pageOf(TemplateSchema, 'TemplatePage');

export const LibraryTemplateSchema = Type.Object(
  {
    key: Type.String({ examples: ['intro-call'] }),
    name,
    description,
    questions,
    emailFollowupEnabled,
  },
  { $id: 'LibraryTemplate', description: 'A built-in starter template', additionalProperties: false },
);

export const TemplateLibrarySchema = Type.Object(
  { items: Type.Array(ref(LibraryTemplateSchema)) },
  { $id: 'TemplateLibrary', additionalProperties: false },
);

export const LibraryKeyParams = Type.Object({
  key: Type.String({ pattern: '^[a-z0-9-]{1,64}$', examples: ['intro-call'] }),
});

export const templatesSchemas = [
  QuestionSchema,
  TemplateSchema,
  CreateTemplateSchema,
  UpdateTemplateSchema,
  TemplatePageSchema,
  LibraryTemplateSchema,
  TemplateLibrarySchema,
];
