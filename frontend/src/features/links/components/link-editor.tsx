import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { useTemplates } from '../../templates/api/templates';
import type { Link } from '../api/get-links';
import { useSaveLink } from '../api/save-link';
import type { LinkDraft } from '../model/link-draft';
import { LinkSavedNotice } from './link-saved-notice';
import { LinkWizard } from './link-wizard';
import type { TemplateChoice } from './wizard-template-step';

/** The wizard wired to the API: creates a link (no `linkId`) or saves an existing one, then shows its URL. */
export function LinkEditor({ linkId, initialDraft }: { linkId: string | null; initialDraft: LinkDraft }) {
  const save = useSaveLink(linkId);
  const templates = useTemplates();
  const [saved, setSaved] = useState<Link | null>(null);

  if (saved) return <LinkSavedNotice link={saved} wasCreated={linkId === null} />;

  const choices: TemplateChoice[] = (templates.data ?? []).map((template) => ({
    id: template.id,
    name: template.name,
    questionCount: template.questions.length,
  }));
  return (
    <>
      {templates.isError ? (
        <Alert tone="error">
          Your templates could not be loaded; you can still save the link without one.
        </Alert>
      ) : null}
      <LinkWizard
        initialDraft={initialDraft}
        templates={choices}
        saveLabel={linkId ? 'Save changes' : 'Create link'}
        onSave={async (input) => setSaved(await save.mutateAsync(input))}
      />
    </>
  );
}
