import type { FieldErrors } from '../../../lib/field-errors';
import type { Question, QuestionKind, Template, TemplateInput } from '../api/templates';

export const QUESTION_KINDS: { kind: QuestionKind; label: string }[] = [
  { kind: 'text', label: 'Short text' },
  { kind: 'long_text', label: 'Long text' },
  { kind: 'email', label: 'Email' },
  { kind: 'phone', label: 'Phone' },
  { kind: 'single_choice', label: 'One choice' },
  { kind: 'multi_choice', label: 'Several choices' },
  { kind: 'checkbox', label: 'Checkbox (yes/no)' },
];

export function hasOptions(kind: QuestionKind): boolean {
  return kind === 'single_choice' || kind === 'multi_choice';
}

export interface QuestionDraft {
  /** Stable identity for React while questions move; not sent. */
  key: string;
  /** The answer key; empty for a new question (derived from its label on save). */
  id: string;
  label: string;
  kind: QuestionKind;
  required: boolean;
  /** One option per line. */
  optionsText: string;
  helpText: string;
}

export interface TemplateDraft {
  name: string;
  description: string;
  emailFollowupEnabled: boolean;
  questions: QuestionDraft[];
}

let nextKey = 0;
function newKey(): string {
  nextKey += 1;
  return `q${nextKey}`;
}

export function createTemplateDraft(): TemplateDraft {
  return { name: '', description: '', emailFollowupEnabled: false, questions: [] };
}

export function createQuestionDraft(): QuestionDraft {
  return { key: newKey(), id: '', label: '', kind: 'text', required: false, optionsText: '', helpText: '' };
}

export function draftFromTemplate(template: Template): TemplateDraft {
  return {
    name: template.name,
    description: template.description,
    emailFollowupEnabled: template.emailFollowupEnabled,
    questions: template.questions.map((question) => ({
      key: newKey(),
      id: question.id,
      label: question.label,
      kind: question.kind,
      required: question.required,
      optionsText: (question.options ?? []).join('\n'),
      helpText: question.helpText ?? '',
    })),
  };
}

export function optionsOf(question: QuestionDraft): string[] {
  return question.optionsText
    .split('\n')
    .map((option) => option.trim())
    .filter((option) => option !== '');
}

/** Errors keyed like the server's paths: `name`, `questions.2.label`, `questions.0.options`. */
export function validateTemplateDraft(draft: TemplateDraft): FieldErrors {
  const errors: FieldErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Give the template a name.';
  else if (name.length > 200) errors.name = 'Keep the name under 200 characters.';
  if (draft.description.length > 2000) errors.description = 'Keep the description under 2,000 characters.';
  if (draft.questions.length > 50) errors.questions = 'A template holds at most 50 questions.';
  draft.questions.forEach((question, index) => {
    const label = question.label.trim();
    if (label === '') errors[`questions.${index}.label`] = 'Write the question.';
    else if (label.length > 200)
      errors[`questions.${index}.label`] = 'Keep the question under 200 characters.';
    if (hasOptions(question.kind)) {
      const options = optionsOf(question);
      if (options.length < 2)
        errors[`questions.${index}.options`] = 'Give at least two choices, one per line.';
      else if (new Set(options).size !== options.length)
        errors[`questions.${index}.options`] = 'Each choice must be different.';
    }
    if (question.helpText.length > 500)
      errors[`questions.${index}.helpText`] = 'Keep the help text under 500 characters.';
  });
  return errors;
}

/** Only call on a draft that passed `validateTemplateDraft`. New questions get an id from their label. */
export function templateDraftToInput(draft: TemplateDraft): TemplateInput {
  const used = new Set(draft.questions.map((question) => question.id).filter(Boolean));
  const questions: Question[] = draft.questions.map((question) => {
    const id = question.id || uniqueId(slugify(question.label), used);
    used.add(id);
    const helpText = question.helpText.trim();
    return {
      id,
      label: question.label.trim(),
      kind: question.kind,
      required: question.required,
      ...(hasOptions(question.kind) ? { options: optionsOf(question) } : {}),
      ...(helpText ? { helpText } : {}),
    };
  });
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    emailFollowupEnabled: draft.emailFollowupEnabled,
    questions,
  };
}

function slugify(label: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48);
  return slug || 'question';
}

function uniqueId(base: string, used: Set<string>): string {
  if (!used.has(base)) return base;
  let suffix = 2;
  while (used.has(`${base}_${suffix}`)) suffix += 1;
  return `${base}_${suffix}`;
}
