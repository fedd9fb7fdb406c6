import { DomainError } from '../../domain/shared/domain-error';
import { type Question, validateQuestions } from '../../domain/templates/questions';

export function requireValidQuestions(questions: Question[] | undefined): void {
  if (!questions) return;
  const errors = validateQuestions(questions);
  if (errors.length === 0) return;
  throw new DomainError(
    'validation_failed',
    `The questions are invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
    errors,
  );
}
