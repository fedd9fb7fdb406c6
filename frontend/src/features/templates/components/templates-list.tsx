import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button, buttonClassName } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { EmptyState } from '../../../components/ui/empty-state';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { paths } from '../../../config/paths';
import { describeError, isApiError } from '../../../lib/api-error';
import { type Template, useDeleteTemplate, useTemplates } from '../api/templates';

export function describeDeleteTemplateError(error: unknown): string {
  if (isApiError(error) && error.code === 'template_in_use')
    return 'A link still uses this template. Pick another template for that link (or none) in its settings, then delete this one.';
  return describeError(error);
}

function countQuestions(template: Template): string {
  const count = template.questions.length;
  return `${count} ${count === 1 ? 'question' : 'questions'}`;
}

export function TemplatesList() {
  const templates = useTemplates();
  const remove = useDeleteTemplate();
  const [pending, setPending] = useState<Template | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  let body = null;
  if (templates.isPending) body = <ListSkeleton label="Loading templates…" rowHeight="5rem" />;
  else if (templates.isError)
    body = (
      <Alert tone="error" title="Templates could not be loaded">
        <p>{describeError(templates.error)}</p>
        <Button variant="secondary" onClick={() => templates.refetch()}>
          Try again
        </Button>
      </Alert>
    );
  else if (templates.data.length === 0)
    body = (
      <EmptyState
        title="No templates yet"
        action={
          <RouterLink className={buttonClassName('primary')} to={paths.newTemplate}>
            Write a template
          </RouterLink>
        }
      >
        <p>
          Templates hold the questions people answer when they book. Start from the library below or write
          your own.
        </p>
      </EmptyState>
    );
  else
    body = (
      <ul className="row-list" aria-label="Your templates">
        {templates.data.map((template) => (
          <li key={template.id} className="row-list__item">
            <div>
              <p className="row-list__title">{template.name}</p>
              <p className="muted">
                {countQuestions(template)}
                {template.emailFollowupEnabled ? ' · follow-up email' : ''}
              </p>
            </div>
            <div className="row">
              <RouterLink
                className={buttonClassName('secondary')}
                to={paths.editTemplate(template.id)}
                aria-label={`Edit ${template.name}`}
              >
                Edit
              </RouterLink>
              <Button
                variant="danger"
                onClick={() => {
                  remove.reset();
                  setPending(template);
                }}
                aria-label={`Delete ${template.name}`}
              >
                Delete
              </Button>
            </div>
          </li>
        ))}
      </ul>
    );

  return (
    <section className="stack" aria-labelledby="my-templates-title">
      <h2 id="my-templates-title">Your templates</h2>
      <div aria-live="polite" className="live-slot">
        {notice ? <p className="notice">{notice}</p> : null}
      </div>
      {body}
      <ConfirmDialog
        isOpen={pending !== null}
        title={`Delete “${pending?.name ?? ''}”?`}
        confirmLabel="Delete template"
        isBusy={remove.isPending}
        error={remove.isError ? describeDeleteTemplateError(remove.error) : null}
        onConfirm={() => {
          if (!pending) return;
          const { name } = pending;
          remove.mutate(pending.id, {
            onSuccess: () => {
              setPending(null);
              setNotice(`Deleted “${name}”.`);
            },
          });
        }}
        onClose={() => setPending(null)}
      >
        <p>Links can then no longer use it. Answers already given stay with their bookings.</p>
      </ConfirmDialog>
    </section>
  );
}
