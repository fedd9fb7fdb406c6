import type { InputHTMLAttributes, Ref } from 'react';
import { Field } from './field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, error, hint, className, ref, ...inputProps }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={inputProps.required} className={className}>
      {(control) => <input ref={ref} className="field__input" {...control} {...inputProps} />}
    </Field>
  );
}
