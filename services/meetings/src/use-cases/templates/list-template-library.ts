import { TEMPLATE_LIBRARY } from '../../domain/templates/library';

export function listTemplateLibrary() {
  return { items: TEMPLATE_LIBRARY.map((template) => ({ ...template })) };
}
