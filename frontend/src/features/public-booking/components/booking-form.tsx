import { type FormEvent, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';
import type { FieldErrors } from '../../../lib/field-errors';
import type { PublicLink } from '../api/public-booking';
import { type BookingFormValues, validateBookingForm } from '../model/booking-form';
import { QuestionField } from './question-field';

export interface BookingFormProps {
  link: PublicLink;
  /** Kept by the page, so what was typed survives "Change time" and a slot lost to someone else. */
  values: BookingFormValues;
  onValuesChange: (values: BookingFormValues) => void;
  serverErrors: FieldErrors;
  problem: string | null;
  isSubmitting: boolean;
  onSubmit: (values: BookingFormValues) => void;
}

export function BookingForm({
  link,
  values,
  onValuesChange: setValues,
  serverErrors,
  problem,
  isSubmitting,
  onSubmit,
}: BookingFormProps) {
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const errors = { ...serverErrors, ...clientErrors };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validateBookingForm(link, values);
    setClientErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.booking-form [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    onSubmit(values);
  }

  return (
    <form className="stack booking-form" onSubmit={handleSubmit} noValidate aria-label="Your details">
      <TextField
        label="Your name"
        required
        autoComplete="name"
        value={values.name}
        error={errors.name}
        onChange={(event) => setValues({ ...values, name: event.target.value })}
      />
      <TextField
        label="Your email"
        type="email"
        inputMode="email"
        required
        autoComplete="email"
        value={values.email}
        error={errors.email}
        onChange={(event) => setValues({ ...values, email: event.target.value })}
      />
      {link.questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          value={values.answers[question.id]}
          error={errors[`answers.${question.id}`]}
          onChange={(value) => setValues({ ...values, answers: { ...values.answers, [question.id]: value } })}
        />
      ))}
      <div className="honeypot" aria-hidden="true">
        <label>
          Website
          <input
            tabIndex={-1}
            autoComplete="off"
            value={values.website}
            onChange={(event) => setValues({ ...values, website: event.target.value })}
          />
        </label>
      </div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <Button type="submit" isBusy={isSubmitting}>
        {isSubmitting ? 'Booking…' : 'Confirm booking'}
      </Button>
    </form>
  );
}
