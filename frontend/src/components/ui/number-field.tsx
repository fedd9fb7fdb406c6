import { TextField, type TextFieldProps } from './text-field';

/** A whole-number input kept as text, so a half-typed value survives until the step validates it. */
export function NumberField(props: Omit<TextFieldProps, 'type' | 'inputMode'>) {
  return <TextField type="text" inputMode="numeric" pattern="[0-9]*" autoComplete="off" {...props} />;
}
