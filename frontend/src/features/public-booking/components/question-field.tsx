import type { Schemas } from '@bookings/api-client';
import { useId } from 'react';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import type { AnswerValue } from '../model/booking-form';

type Question = Schemas['Question'];

export interface QuestionFieldProps {
  question: Question;
  value: AnswerValue | undefined;
  error: string | undefined;
  onChange: (value: AnswerValue) => void;
}

/** One template question as the right control; required ones are marked and enforced before submit. */
export function QuestionField({ question, value, error, onChange }: QuestionFieldProps) {
  const id = useId();
  const hint = question.helpText || undefined;
  const common = { label: question.label, required: question.required, error, hint };
  switch (question.kind) {
    case 'long_text':
      return (
        <TextareaField
          {...common}
          value={String(value ?? '')}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'text':
    case 'email':
    case 'phone':
      return (
        <TextField
          {...common}
          type={question.kind === 'text' ? 'text' : question.kind === 'email' ? 'email' : 'tel'}
          autoComplete={question.kind === 'email' ? 'email' : question.kind === 'phone' ? 'tel' : 'off'}
          value={String(value ?? '')}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'checkbox':
      return (
        <div className="field">
          <label className="option option--block">
            <input
              type="checkbox"
              checked={value === true}
              aria-invalid={error ? true : undefined}
              aria-describedby={
                [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined
              }
              onChange={(event) => onChange(event.target.checked)}
            />
            <span>
              {question.label}
              {question.required ? <span aria-hidden="true"> *</span> : null}
            </span>
          </label>
          {hint ? (
            <p className="field__hint" id={`${id}-hint`}>
              {hint}
            </p>
          ) : null}
          {error ? (
            <p className="field__error" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
        </div>
      );
    case 'single_choice':
    case 'multi_choice': {
      const isMulti = question.kind === 'multi_choice';
      const chosen = Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];
      return (
        <fieldset
          className="fieldset"
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim() || undefined
          }
        >
          <legend>
            {question.label}
            {question.required ? <span aria-hidden="true"> *</span> : null}
          </legend>
          {hint ? (
            <p className="field__hint" id={`${id}-hint`}>
              {hint}
            </p>
          ) : null}
          {(question.options ?? []).map((option) => (
            <label key={option} className="option option--block">
              <input
                type={isMulti ? 'checkbox' : 'radio'}
                name={id}
                checked={chosen.includes(option)}
                onChange={(event) => {
                  if (!isMulti) onChange(option);
                  else
                    onChange(
                      event.target.checked ? [...chosen, option] : chosen.filter((item) => item !== option),
                    );
                }}
              />
              {option}
            </label>
          ))}
          {error ? (
            <p className="field__error" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
        </fieldset>
      );
    }
  }
}
