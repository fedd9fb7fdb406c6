import { type FormEvent, useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { paths } from '../../../config/paths';
import { describeError } from '../../../lib/api-error';
import { type FieldErrors, fieldErrorsOf } from '../../../lib/field-errors';
import { useSaveTemplate } from '../api/templates';
import {
  createQuestionDraft,
  type QuestionDraft,
  type TemplateDraft,
  templateDraftToInput,
  validateTemplateDraft,
} from '../model/template-draft';
import { QuestionEditor } from './question-editor';

/** Name, follow-up email and the questions of a template; saves through createTemplate / updateTemplate. */
export function TemplateEditor({
  templateId,
  initialDraft,
}: {
  templateId: string | null;
  initialDraft: TemplateDraft;
}) {
  const save = useSaveTemplate(templateId);
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initialDraft);
  const [errors, setErrors] = useState<FieldErrors>({});

  function change(patch: Partial<TemplateDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
  }

  function changeQuestion(index: number, patch: Partial<QuestionDraft>) {
    change({
      questions: draft.questions.map((question, at) => (at === index ? { ...question, ...patch } : question)),
    });
  }

  function moveQuestion(index: number, offset: -1 | 1) {
    const questions = [...draft.questions];
    const [moved] = questions.splice(index, 1);
    if (!moved) return;
    questions.splice(index + offset, 0, moved);
    change({ questions });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateTemplateDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.template-editor [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    save.mutate(templateDraftToInput(draft), {
      onSuccess: () => navigate(paths.templates),
      onError: (error) => setErrors(fieldErrorsOf(error)),
    });
  }

  const hasFieldErrors = Object.keys(errors).length > 0;
  return (
    <form className="stack template-editor" onSubmit={handleSubmit} noValidate aria-label="Template">
      {save.isError ? (
        <Alert tone="error">
          {hasFieldErrors
            ? 'The server did not accept some fields. They are marked below.'
            : describeError(save.error)}
        </Alert>
      ) : null}
      <TextField
        label="Name"
        required
        maxLength={200}
        value={draft.name}
        error={errors.name}
        onChange={(event) => change({ name: event.target.value })}
      />
      <TextareaField
        label="Description (optional)"
        value={draft.description}
        error={errors.description}
        onChange={(event) => change({ description: event.target.value })}
      />
      <label className="option option--block">
        <input
          type="checkbox"
          checked={draft.emailFollowupEnabled}
          onChange={(event) => change({ emailFollowupEnabled: event.target.checked })}
        />
        Send a follow-up email after the meeting
      </label>
      <section className="stack" aria-labelledby="questions-title">
        <h2 id="questions-title">Questions</h2>
        <p className="muted">People always give their name and email; add what else you need to know.</p>
        {errors.questions ? <p className="field__error">{errors.questions}</p> : null}
        {draft.questions.map((question, index) => (
          <QuestionEditor
            key={question.key}
            question={question}
            index={index}
            count={draft.questions.length}
            errors={errors}
            onChange={(patch) => changeQuestion(index, patch)}
            onMove={(offset) => moveQuestion(index, offset)}
            onRemove={() => change({ questions: draft.questions.filter((_item, at) => at !== index) })}
          />
        ))}
        <div>
          <Button
            variant="secondary"
            onClick={() => change({ questions: [...draft.questions, createQuestionDraft()] })}
          >
            Add question
          </Button>
        </div>
      </section>
      <div className="wizard__actions">
        <RouterLink to={paths.templates} className="button button--ghost">
          Cancel
        </RouterLink>
        <Button type="submit" isBusy={save.isPending}>
          {templateId ? 'Save template' : 'Create template'}
        </Button>
      </div>
    </form>
  );
}
