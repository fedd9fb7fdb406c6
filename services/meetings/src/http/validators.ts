import { AjvCompiler } from '@fastify/ajv-compiler';

// The query string and the path only carry text, so their schemas coerce ("20" → 20, one value → [value]).
// A JSON body carries its own types: coercing it would take null for false and "" for a missing id, which the
// contract says are refused. So bodies are checked strictly, by an Ajv instance of their own.
// The schemas are TypeBox's, checked against the OpenAPI 3.1 meta-schema by the contract tests: checking each one
// again against Ajv's meta-schema in every Ajv instance cost a second of every start.
const COMMON = {
  allErrors: true,
  removeAdditional: false,
  useDefaults: true,
  validateSchema: false,
} as const;
const COERCING = { ...COMMON, coerceTypes: 'array' } as const;
const STRICT = { ...COMMON, coerceTypes: false } as const;

type ValidatorCompiler = ReturnType<typeof AjvCompiler>;
type ExternalSchemas = Parameters<ValidatorCompiler>[0];
type RouteDefinition = Parameters<ReturnType<ValidatorCompiler>>[0];
type Validate = ReturnType<ReturnType<ValidatorCompiler>>;

/**
 * Fastify's `schemaController.compilersFactory.buildValidator`: strict for bodies, coercing elsewhere. Ajv and each
 * route's validator are made on the route's first request, not at start: compiling all of them took about a second
 * of CPU in every start, for routes a small installation may never be asked.
 */
export function buildValidator(externalSchemas: ExternalSchemas) {
  let coercing: ReturnType<ValidatorCompiler> | null = null;
  let strict: ReturnType<ValidatorCompiler> | null = null;
  return (route: RouteDefinition): Validate => {
    if (route.httpPart === 'body')
      return compiledOnFirstUse(() => {
        strict ??= AjvCompiler()(externalSchemas, { customOptions: STRICT });
        return strict(route);
      });
    return refuseInfinity(
      compiledOnFirstUse(() => {
        coercing ??= AjvCompiler()(externalSchemas, { customOptions: COERCING });
        return coercing(route);
      }),
    );
  };
}

/** A validator that compiles itself when first called, and reports its errors where Fastify reads them. */
function compiledOnFirstUse(compile: () => Validate): Validate {
  let validate: Validate | null = null;
  const checked = ((data: unknown) => {
    validate ??= compile();
    const valid = validate(data);
    checked.errors = validate.errors ?? null;
    return valid;
  }) as Validate;
  return checked;
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
