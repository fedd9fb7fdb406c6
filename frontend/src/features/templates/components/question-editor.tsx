import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { FieldErrors } from '../../../lib/field-errors';
import type { QuestionKind } from '../api/templates';
import { hasOptions, QUESTION_KINDS, type QuestionDraft } from '../model/template-draft';

export interface QuestionEditorProps {
  question: QuestionDraft;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange: (patch: Partial<QuestionDraft>) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}

export function QuestionEditor({
  question,
  index,
  count,
  errors,
  onChange,
  onMove,
  onRemove,
}: QuestionEditorProps) {
  const path = `questions.${index}`;
  const name = `question ${index + 1}`;
  return (
    <fieldset className="fieldset question-editor">
      <legend>Question {index + 1}</legend>
      <TextField
        label="Question"
        required
        maxLength={200}
        value={question.label}
        error={errors[`${path}.label`] ?? errors[`${path}.id`]}
        onChange={(event) => onChange({ label: event.target.value })}
      />
      <div className="row row--fields">
        <SelectField
          label="Answer type"
          value={question.kind}
          options={QUESTION_KINDS.map((item) => ({ value: item.kind, label: item.label }))}
          error={errors[`${path}.kind`]}
          onChange={(event) => onChange({ kind: event.target.value as QuestionKind })}
        />
        <label className="option">
          <input
            type="checkbox"
            checked={question.required}
            onChange={(event) => onChange({ required: event.target.checked })}
          />
          Required
        </label>
      </div>
      {hasOptions(question.kind) ? (
        <TextareaField
          label="Choices"
          hint="One per line, at least two."
          value={question.optionsText}
          error={errors[`${path}.options`]}
          onChange={(event) => onChange({ optionsText: event.target.value })}
        />
      ) : null}
      <TextField
        label="Help text (optional)"
        maxLength={500}
        value={question.helpText}
        error={errors[`${path}.helpText`]}
        onChange={(event) => onChange({ helpText: event.target.value })}
      />
      <div className="row">
        <Button
          variant="ghost"
          onClick={() => onMove(-1)}
          disabled={index === 0}
          aria-label={`Move ${name} up`}
        >
          Move up
        </Button>
        <Button
          variant="ghost"
          onClick={() => onMove(1)}
          disabled={index === count - 1}
          aria-label={`Move ${name} down`}
        >
          Move down
        </Button>
        <Button variant="danger" onClick={onRemove} aria-label={`Remove ${name}`}>
          Remove
        </Button>
      </div>
    </fieldset>
  );
}
