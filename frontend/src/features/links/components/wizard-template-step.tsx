import type { StepProps } from './wizard-step-props';

export interface TemplateChoice {
  id: string;
  name: string;
  questionCount: number;
}

export function WizardTemplateStep({
  draft,
  errors,
  onChange,
  templates,
}: StepProps & { templates: TemplateChoice[] }) {
  return (
    <fieldset className="fieldset" aria-describedby={errors.templateId ? 'template-error' : undefined}>
      <legend>Questions people answer when they book</legend>
      <label className="option option--block">
        <input
          type="radio"
          name="templateId"
          checked={draft.templateId === null}
          onChange={() => onChange({ templateId: null })}
        />
        <span>
          No template <span className="muted">(name and email only)</span>
        </span>
      </label>
      {templates.map((template) => (
        <label key={template.id} className="option option--block">
          <input
            type="radio"
            name="templateId"
            checked={draft.templateId === template.id}
            onChange={() => onChange({ templateId: template.id })}
          />
          <span>
            {template.name}{' '}
            <span className="muted">
              ({template.questionCount} {template.questionCount === 1 ? 'question' : 'questions'})
            </span>
          </span>
        </label>
      ))}
      {errors.templateId ? (
        <p className="field__error" id="template-error">
          {errors.templateId}
        </p>
      ) : null}
    </fieldset>
  );
}
