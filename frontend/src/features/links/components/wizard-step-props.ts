import type { FieldErrors, LinkDraft } from '../model/link-draft';

export interface StepProps {
  draft: LinkDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<LinkDraft>) => void;
}
