import type { TextareaHTMLAttributes } from 'react';
import { Field } from './field';

export interface TextareaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

export function TextareaField({ label, error, hint, className, ...props }: TextareaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={props.required} className={className}>
      {(control) => <textarea className="field__textarea" {...control} {...props} />}
    </Field>
  );
}
