import type { TemplateContent } from './questions';

export interface LibraryTemplate extends TemplateContent {
  key: string;
}

/** Starter templates an owner copies into their own templates and then adapts. */
export const TEMPLATE_LIBRARY: readonly LibraryTemplate[] = [
  {
    key: 'intro-call',
    name: 'Intro call',
    description: 'A first conversation to get to know each other.',
    emailFollowupEnabled: true,
    questions: [
      { id: 'company', label: 'Company', kind: 'text', required: false },
      {
        id: 'topic',
        label: 'What would you like to talk about?',
        kind: 'long_text',
        required: true,
        helpText: 'A sentence or two helps us prepare.',
      },
    ],
  },
  {
    key: 'job-interview',
    name: 'Job interview',
    description: 'An interview slot for a candidate.',
    emailFollowupEnabled: false,
    questions: [
      { id: 'phone', label: 'Phone number', kind: 'phone', required: true },
      { id: 'position', label: 'Position you are applying for', kind: 'text', required: true },
      { id: 'cv-link', label: 'Link to your CV or portfolio', kind: 'text', required: false },
      {
        id: 'format',
        label: 'Interview format',
        kind: 'single_choice',
        required: true,
        options: ['Video call', 'Phone call', 'On site'],
      },
    ],
  },
  {
    key: 'customer-support',
    name: 'Customer support',
    description: 'Help with a product question or problem.',
    emailFollowupEnabled: true,
    questions: [
      { id: 'account-email', label: 'Email of your account', kind: 'email', required: true },
      {
        id: 'areas',
        label: 'What is it about?',
        kind: 'multi_choice',
        required: true,
        options: ['Billing', 'Technical problem', 'Feature question', 'Other'],
      },
      { id: 'details', label: 'Describe the problem', kind: 'long_text', required: true },
      { id: 'consent', label: 'You may look at my account data', kind: 'checkbox', required: false },
    ],
  },
];

export const findLibraryTemplate = (key: string): LibraryTemplate | undefined =>
  TEMPLATE_LIBRARY.find((template) => template.key === key);
