import type { TemplateRecord } from '../../ports/templates';

export function presentTemplate(template: TemplateRecord) {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    questions: template.questions,
    emailFollowupEnabled: template.emailFollowupEnabled,
    createdAt: template.createdAt.toISOString(),
    updatedAt: template.updatedAt.toISOString(),
  };
}
