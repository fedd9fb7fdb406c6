import { type TSchema, Type } from 'typebox';

/**
 * Refers to a shared schema by its `$id` (registered with `app.addSchema`), so OpenAPI shows it as a named
 * component. The route still gets the referenced schema's static type: the `$ref` resolves to exactly it.
 */
export function ref<T extends TSchema>(schema: T): T {
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string') throw new Error('ref() needs a schema with an $id');
  return Type.Ref(`${id}#`) as unknown as T;
}

export const FieldErrorSchema = Type.Object(
  { path: Type.String({ examples: ['settings.durations[0]'] }), message: Type.String() },
  { $id: 'FieldError', additionalProperties: false },
);

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ examples: ['urn:bookings:problem:validation_failed'] }),
    title: Type.String({ examples: ['Bad Request'] }),
    status: Type.Integer({ examples: [400] }),
    detail: Type.String(),
    code: Type.String({ description: 'Stable machine-readable error code', examples: ['validation_failed'] }),
    requestId: Type.String(),
    errors: Type.Optional(Type.Array(ref(FieldErrorSchema))),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details', additionalProperties: false },
);

export const Uuid = (description?: string) =>
  Type.String({ format: 'uuid', ...(description ? { description } : {}) });
export const Instant = (description?: string) =>
  Type.String({
    format: 'date-time',
    ...(description ? { description } : {}),
    examples: ['2026-12-01T09:00:00Z'],
  });

export const IdParams = Type.Object({ id: Uuid() });

/** Responses every owner route can give besides its own. */
export const ownerProblems = {
  400: ref(ProblemSchema),
  401: ref(ProblemSchema),
  404: ref(ProblemSchema),
} as const;

export const sharedSchemas = [FieldErrorSchema, ProblemSchema];
