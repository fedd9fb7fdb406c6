import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import type { Link } from '../api/get-links';
import { useSaveLink } from '../api/save-link';
import type { LinkDraft } from '../model/link-draft';
import { LinkSavedNotice } from './link-saved-notice';
import { LinkWizard } from './link-wizard';
import type { TemplateChoice } from './wizard-template-step';

export interface LinkEditorProps {
  linkId: string | null;
  initialDraft: LinkDraft;
  templates: TemplateChoice[];
  templatesFailed: boolean;
}

/** The wizard wired to the API: creates a link (no `linkId`) or saves an existing one, then shows its URL. */
export function LinkEditor({ linkId, initialDraft, templates, templatesFailed }: LinkEditorProps) {
  const save = useSaveLink(linkId);
  const [saved, setSaved] = useState<Link | null>(null);

  if (saved) return <LinkSavedNotice link={saved} wasCreated={linkId === null} />;

  return (
    <>
      {templatesFailed ? (
        <Alert tone="error">
          Your templates could not be loaded; you can still save the link without one.
        </Alert>
      ) : null}
      <LinkWizard
        initialDraft={initialDraft}
        templates={templates}
        saveLabel={linkId ? 'Save changes' : 'Create link'}
        isEditing={linkId !== null}
        onSave={async (input) => setSaved(await save.mutateAsync(input))}
      />
    </>
  );
}
