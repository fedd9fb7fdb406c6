import type { ApiClient, Schemas } from '@bookings/api-client';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { unwrap } from '../../../lib/unwrap';

export type Template = Schemas['Template'];
export type Question = Schemas['Question'];
export type QuestionKind = Question['kind'];
export type LibraryTemplate = Schemas['LibraryTemplate'];
export type TemplateInput = Schemas['CreateTemplateRequest'];

/** An owner keeps a handful of templates; one page of the maximum size holds them all. */
const TEMPLATE_LIMIT = 100;

export const templatesQueryKey = ['templates'] as const;

export async function getTemplates(api: ApiClient): Promise<Template[]> {
  const page = await unwrap(api.GET('/bookings/templates', { params: { query: { limit: TEMPLATE_LIMIT } } }));
  return page.items;
}

export function getTemplatesQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: [...templatesQueryKey, 'list'] as const,
    queryFn: () => getTemplates(api),
  });
}

export function useTemplates() {
  return useQuery(getTemplatesQueryOptions(useApiClient()));
}

export function getTemplate(api: ApiClient, id: string): Promise<Template> {
  return unwrap(api.GET('/bookings/templates/{id}', { params: { path: { id } } }));
}

export function getTemplateQueryOptions(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: [...templatesQueryKey, 'one', id] as const,
    queryFn: () => getTemplate(api, id),
  });
}

export function useTemplate(id: string) {
  return useQuery(getTemplateQueryOptions(useApiClient(), id));
}

export async function getTemplateLibrary(api: ApiClient): Promise<LibraryTemplate[]> {
  return (await unwrap(api.GET('/bookings/templates/library'))).items;
}

export function getTemplateLibraryQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['template-library'] as const,
    queryFn: () => getTemplateLibrary(api),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useTemplateLibrary() {
  return useQuery(getTemplateLibraryQueryOptions(useApiClient()));
}

export function createTemplate(api: ApiClient, input: TemplateInput): Promise<Template> {
  return unwrap(api.POST('/bookings/templates', { body: input }));
}

export function updateTemplate(api: ApiClient, id: string, input: TemplateInput): Promise<Template> {
  return unwrap(api.PATCH('/bookings/templates/{id}', { params: { path: { id } }, body: input }));
}

export async function deleteTemplate(api: ApiClient, id: string): Promise<void> {
  await unwrap(api.DELETE('/bookings/templates/{id}', { params: { path: { id } } }));
}

/** The operation `useLibraryTemplate`: copies a starter template into the owner's templates. */
export function copyLibraryTemplate(api: ApiClient, key: string): Promise<Template> {
  return unwrap(api.POST('/bookings/templates/library/{key}:use', { params: { path: { key } } }));
}

function useInvalidatingMutation<Variables, Result>(
  run: (api: ApiClient, variables: Variables) => Promise<Result>,
) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => run(api, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey }),
  });
}

/** Creates a template (no id) or replaces an existing one's fields. */
export function useSaveTemplate(id: string | null) {
  return useInvalidatingMutation((api, input: TemplateInput) =>
    id ? updateTemplate(api, id, input) : createTemplate(api, input),
  );
}

export function useDeleteTemplate() {
  return useInvalidatingMutation((api, id: string) => deleteTemplate(api, id));
}

export function useCopyLibraryTemplate() {
  return useInvalidatingMutation((api, key: string) => copyLibraryTemplate(api, key));
}
