import { AjvCompiler } from '@fastify/ajv-compiler';

// The query string and the path only carry text, so their schemas coerce ("20" → 20, one value → [value]).
// A JSON body carries its own types: coercing it would take null for false and "" for a missing id, which the
// contract says are refused. So bodies are checked strictly, by an Ajv instance of their own.
const COMMON = { allErrors: true, removeAdditional: false, useDefaults: true } as const;
const COERCING = { ...COMMON, coerceTypes: 'array' } as const;
const STRICT = { ...COMMON, coerceTypes: false } as const;

type ValidatorCompiler = ReturnType<typeof AjvCompiler>;
type ExternalSchemas = Parameters<ValidatorCompiler>[0];
type RouteDefinition = Parameters<ReturnType<ValidatorCompiler>>[0];
type Validate = ReturnType<ReturnType<ValidatorCompiler>>;

/** Fastify's `schemaController.compilersFactory.buildValidator`: strict for bodies, coercing elsewhere. */
export function buildValidator(externalSchemas: ExternalSchemas) {
  const coercing = AjvCompiler()(externalSchemas, { customOptions: COERCING });
  const strict = AjvCompiler()(externalSchemas, { customOptions: STRICT });
  return (route: RouteDefinition): Validate => {
    if (route.httpPart === 'body') return strict(route);
    return refuseInfinity(coercing(route));
  };
}

/**
 * Ajv coerces "1e400" to Infinity and then skips `minimum`/`maximum`, which only look at finite numbers: a
 * `limit=1e400` would reach PostgreSQL. A coerced value that is not finite is refused like any other type error.
 */
function refuseInfinity(validate: Validate): Validate {
  const checked = ((data: unknown) => {
    const valid = validate(data);
    checked.errors = validate.errors ?? null;
    if (!valid) return false;
    const infinite = nonFiniteFields(data);
    if (infinite.length === 0) return true;
    checked.errors = infinite.map((field) => ({
      keyword: 'type',
      instancePath: `/${field}`,
      schemaPath: '#/type',
      params: {},
      message: 'must be a finite number',
    }));
    return false;
  }) as Validate;
  return checked;
}

function nonFiniteFields(data: unknown): string[] {
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data)
    .filter(([, value]) => typeof value === 'number' && !Number.isFinite(value))
    .map(([key]) => key);
}
