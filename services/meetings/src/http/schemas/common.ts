import type { FastifyInstance } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { PROBLEM_CODES, type ProblemCode } from '../errors';

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
    code: Type.Unsafe<ProblemCode>({
      type: 'string',
      enum: [...PROBLEM_CODES],
      description: 'Stable machine-readable error code: a client may switch on it',
      examples: ['validation_failed'],
    }),
    requestId: Type.String(),
    errors: Type.Optional(Type.Array(ref(FieldErrorSchema))),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details', additionalProperties: false },
);

export const Uuid = (description?: string) =>
  Type.String({ format: 'uuid', ...(description ? { description } : {}) });
/**
 * The instants and dates the API accepts: years 1970–2199, seconds 00–59. Outside it a date cannot be stored
 * (PostgreSQL refuses year 0 and 9999 with an offset) or read (`23:59:60` is no JavaScript date); a client
 * gets a 400 naming the field instead.
 */
const YEARS = '(19[7-9]\\d|2[01]\\d\\d)';
export const INSTANT_PATTERN = `^${YEARS}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:[0-5]\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)$`;
export const LOCAL_DATE_PATTERN = `^${YEARS}-\\d\\d-\\d\\d$`;

/** What a failed pattern means, in words, for the problem's `errors[].message`. */
export const patternMessages: Record<string, string> = {
  [INSTANT_PATTERN]: 'must be an ISO 8601 instant between the years 1970 and 2199, e.g. 2026-12-01T09:00:00Z',
  [LOCAL_DATE_PATTERN]: 'must be a date between the years 1970 and 2199, e.g. 2026-12-24',
};

export const Instant = (description?: string) =>
  Type.String({
    format: 'date-time',
    pattern: INSTANT_PATTERN,
    ...(description ? { description } : {}),
    examples: ['2026-12-01T09:00:00Z'],
  });

export const IdParams = Type.Object({ id: Uuid() });

/** Responses every owner route can give besides its own (409: `identity_conflict` from the token, ADR 008). */
export const ownerProblems = {
  400: ref(ProblemSchema),
  401: ref(ProblemSchema),
  404: ref(ProblemSchema),
  409: ref(ProblemSchema),
} as const;

/** Registered once for the whole app: every route answers problems. */
export const sharedSchemas = [FieldErrorSchema, ProblemSchema];

/**
 * A route plugin registers the named schemas it refers to, in its own context; OpenAPI collects them from every
 * context. A schema of another area that a plugin refers to is registered there too (same `$id`, same object).
 */
export function addSchemas(app: Pick<FastifyInstance, 'addSchema'>, schemas: readonly TSchema[]): void {
  for (const schema of schemas) app.addSchema(schema);
}

/** `limit` + `cursor` of every list route. */
export const pageQueryProperties = {
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100, description: 'Items per page (1–100, default 20)' }),
  ),
  cursor: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'The `nextCursor` of the previous page; omit for the first page',
    }),
  ),
};

/** A page of `item`s; `nextCursor` is null on the last page. */
export const pageOf = <T extends TSchema>(item: T, id: string) =>
  Type.Object(
    {
      items: Type.Array(ref(item)),
      nextCursor: Type.Union([Type.String(), Type.Null()], {
        description: 'Pass as `cursor` to read the next page; null when this is the last page',
      }),
    },
    { $id: id, additionalProperties: false },
  );

export const LocalDate = (description?: string) =>
  Type.String({
    format: 'date',
    pattern: LOCAL_DATE_PATTERN,
    ...(description ? { description } : {}),
    examples: ['2026-12-24'],
  });

/**
 * A path segment `:param:verb` (Google AIP custom method, e.g. `/links/{id}:duplicate`). find-my-way only ends
 * a parameter at `-`, `.` or `/`, so the parameter needs a regex to stop at the colon, and `::` is the literal
 * colon. OpenAPI then shows `{param}:verb`.
 */
export const paramWithVerb = (param: string, verb: string): string => `:${param}(^[^:/]+)::${verb}`;
