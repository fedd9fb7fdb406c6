import type { TemplateChoice } from '../../../features/links/components/wizard-template-step';
import { useTemplates } from '../../../features/templates/api/templates';

/** The owner's templates as the wizard's Template step lists them (links and templates meet here, not in features). */
export function useTemplateChoices(): { choices: TemplateChoice[]; hasFailed: boolean } {
  const templates = useTemplates();
  return {
    choices: (templates.data ?? []).map((template) => ({
      id: template.id,
      name: template.name,
      questionCount: template.questions.length,
    })),
    hasFailed: templates.isError,
  };
}
