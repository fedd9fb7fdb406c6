import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ListSkeleton } from '../../../components/ui/list-skeleton';
import { describeError } from '../../../lib/api-error';
import { useCopyLibraryTemplate, useTemplateLibrary } from '../api/templates';

/** Built-in starters; "Use" copies one into the owner's templates, where it can be edited. */
export function TemplateLibrary() {
  const library = useTemplateLibrary();
  const copy = useCopyLibraryTemplate();
  const [notice, setNotice] = useState<string | null>(null);

  let body = null;
  if (library.isPending)
    body = <ListSkeleton label="Loading the starter library…" rowHeight="6rem" rows={2} />;
  else if (library.isError) body = <Alert tone="error">{describeError(library.error)}</Alert>;
  else
    body = (
      <ul className="library" aria-label="Starter templates">
        {library.data.map((starter) => (
          <li key={starter.key} className="card library__item">
            <h3 className="link-card__title">{starter.name}</h3>
            <p className="muted">{starter.description}</p>
            <p>{starter.questions.map((question) => question.label).join(' · ') || 'Name and email only'}</p>
            <div>
              <Button
                variant="secondary"
                isBusy={copy.isPending && copy.variables === starter.key}
                onClick={() => {
                  setNotice(null);
                  copy.mutate(starter.key, {
                    onSuccess: (template) => setNotice(`Added “${template.name}” to your templates.`),
                  });
                }}
                aria-label={`Use ${starter.name}`}
              >
                Use
              </Button>
            </div>
          </li>
        ))}
      </ul>
    );

  return (
    <section className="stack" aria-labelledby="library-title">
      <h2 id="library-title">Starter library</h2>
      <div aria-live="polite" className="live-slot">
        {notice ? <p className="notice">{notice}</p> : null}
      </div>
      {copy.isError ? <Alert tone="error">{describeError(copy.error)}</Alert> : null}
      {body}
    </section>
  );
}
