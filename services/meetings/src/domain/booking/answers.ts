import type { FieldError } from '../shared/domain-error';
import type { Question } from '../templates/questions';

/** What a recipient sends per question id: text kinds a string, multi_choice a list, checkbox a boolean. */
export type AnswerValue = string | string[] | boolean;
export type Answers = Record<string, AnswerValue>;

const MAX_TEXT = 1000;
const MAX_LONG_TEXT = 5000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ().-]{4,24}$/;

/** Checks answers against the template's questions; returns the cleaned answers or the errors by field. */
export function validateAnswers(
  questions: readonly Question[],
  answers: Answers,
): { ok: true; answers: Answers } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) errors.push({ path: `answers.${id}`, message: 'is not a question of this form' });
  }
  const cleaned: Answers = {};
  for (const question of questions) {
    const path = `answers.${question.id}`;
    const value = answers[question.id];
    const problem = problemWith(question, value);
    if (problem) errors.push({ path, message: problem });
    else if (value !== undefined && !isEmpty(value))
      cleaned[question.id] = typeof value === 'string' ? value.trim() : value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: cleaned };
}

function problemWith(question: Question, value: AnswerValue | undefined): string | null {
  if (value === undefined || isEmpty(value)) {
    if (!question.required) return null;
    return question.kind === 'checkbox' ? 'must be checked' : 'is required';
  }
  switch (question.kind) {
    case 'text':
    case 'long_text': {
      if (typeof value !== 'string') return 'must be text';
      const max = question.kind === 'text' ? MAX_TEXT : MAX_LONG_TEXT;
      return value.length > max ? `must be at most ${max} characters` : null;
    }
    case 'email':
      return typeof value === 'string' && EMAIL.test(value.trim()) ? null : 'must be an email address';
    case 'phone':
      return typeof value === 'string' && PHONE.test(value.trim()) ? null : 'must be a phone number';
    case 'single_choice':
      return typeof value === 'string' && (question.options ?? []).includes(value)
        ? null
        : `must be one of: ${(question.options ?? []).join(', ')}`;
    case 'multi_choice': {
      if (!Array.isArray(value)) return 'must be a list of choices';
      const options = question.options ?? [];
      if (value.some((choice) => !options.includes(choice))) return `may only contain: ${options.join(', ')}`;
      return new Set(value).size === value.length ? null : 'must not repeat a choice';
    }
    case 'checkbox':
      return typeof value === 'boolean' ? null : 'must be true or false';
  }
}

function isEmpty(value: AnswerValue): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return value === false;
}
