import type { FieldError } from '../shared/domain-error';

export const QUESTION_KINDS = [
  'text',
  'long_text',
  'email',
  'phone',
  'single_choice',
  'multi_choice',
  'checkbox',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** One question a recipient answers when booking. */
export interface Question {
  id: string;
  label: string;
  kind: QuestionKind;
  required: boolean;
  /** The choices of a single_choice or multi_choice question; absent for other kinds. */
  options?: string[];
  helpText?: string;
}

export interface TemplateContent {
  name: string;
  description: string;
  questions: Question[];
  emailFollowupEnabled: boolean;
}

const CHOICE_KINDS: readonly QuestionKind[] = ['single_choice', 'multi_choice'];

/** Rules between questions that a per-field schema cannot see: unique ids, options only (and always) on choices. */
export function validateQuestions(questions: Question[], prefix = 'questions'): FieldError[] {
  const errors: FieldError[] = [];
  const seenIds = new Set<string>();
  questions.forEach((question, index) => {
    const path = `${prefix}[${index}]`;
    if (seenIds.has(question.id)) errors.push({ path: `${path}.id`, message: 'is used by another question' });
    seenIds.add(question.id);
    const isChoice = CHOICE_KINDS.includes(question.kind);
    const options = question.options ?? [];
    if (isChoice && options.length < 2) {
      errors.push({ path: `${path}.options`, message: 'must list at least two choices' });
    } else if (!isChoice && question.options !== undefined) {
      errors.push({ path: `${path}.options`, message: `is only allowed for choice questions` });
    }
    if (new Set(options).size !== options.length)
      errors.push({ path: `${path}.options`, message: 'must not repeat a choice' });
  });
  return errors;
}
