/**
 * Requests generated from the served OpenAPI document: for each operation, valid values (the schemas' examples,
 * or values built from type and format) and, one field at a time, the edge classes that once gave 500s.
 * Deterministic: one seed gives the same requests on every run.
 */

// biome-ignore lint/suspicious/noExplicitAny: OpenAPI documents and JSON Schemas are untyped JSON here.
export type Json = any;

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema: Json }[];
  body: Json | undefined;
  responses: Record<string, Json>;
}

export interface FuzzRequest {
  method: string;
  /** Path and query string, already encoded. */
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  /** What was changed from a valid request, for failure messages. */
  mutation: string;
}

/** A small seeded generator (mulberry32): enough randomness for inputs, and the same sequence every run. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    uuid: () =>
      'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => Math.floor(next() * 16).toString(16)),
  };
}
export type Random = ReturnType<typeof seededRandom>;

/** Strings a client can send that parsers, Date, PostgreSQL or the domain have choked on before. */
export const EDGE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  'x'.repeat(201),
  'y'.repeat(5_000),
  'z'.repeat(70_000),
  '😀🎉 ünïcødé ∑ 日本語',
  '\u202eRTL\u200b zero-width',
  '\ud800',
  'e\u0301\u0301\u0301',
  '2026-12-31T23:59:60Z',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '1969-12-31T23:59:59Z',
  '2026-02-30T00:00:00Z',
  '2026-12-01T09:00:00+25:00',
  '2026-12-01',
  '0000-01-01',
  '9999-12-31',
  '2026-13-45',
  '24:00',
  '25:61',
  '-1',
  '1e400',
  'NaN',
  'null',
  'true',
  '00000000-0000-0000-0000-000000000000',
  'Europe/Nowhere',
  'europe/berlin',
  'Asia/Calcutta',
  '../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '%00',
  '%',
  'WyIwMDAwLTAxLTAxVDAwOjAwOjAwWiIsICJkYTAzZDVkZS1lNTM3LTRiZjMtYmEyYS00YmVkOTc3YjJlZDciXQ',
  'WyI5OTk5LTEyLTMxVDIzOjU5OjU5WiIsIDFd',
  'bm90IGpzb24',
];

/** JSON values of every other type, for body fields. */
export const EDGE_VALUES: readonly Json[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  2 ** 53 + 2,
  1e308,
  -1e308,
  [],
  [null],
  {},
  { nested: { deeper: [1, 'two', null] } },
  ...EDGE_STRINGS,
];

export function operationsOf(document: Json): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(document.paths)) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      if (!operation?.responses) continue;
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId,
        parameters: operation.parameters ?? [],
        body: operation.requestBody?.content?.['application/json']?.schema,
        responses: operation.responses,
      });
    }
  }
  return operations;
}

export interface GeneratorContext {
  document: Json;
  random: Random;
  /** Valid values of path parameters for this operation (ids and tokens of the fixtures). */
  pathValue(operation: Operation, name: string): string;
  /** Valid values for fields whose schema alone cannot say what the app will accept (slots, ranges). */
  knownValues: Record<string, readonly Json[]>;
}

export function createGenerator(context: GeneratorContext) {
  const { document, random, knownValues } = context;

  const resolve = (schema: Json): Json => {
    if (!schema?.$ref) return schema ?? {};
    const target = (schema.$ref as string)
      .replace(/^#\//, '')
      .split('/')
      .reduce<Json>((node, key) => node?.[key], document);
    return resolve(target);
  };

  const validValue = (raw: Json, name: string | undefined, depth = 0): Json => {
    const schema = resolve(raw);
    const known = name ? knownValues[name] : undefined;
    if (known && random.chance(0.8)) return random.pick(known);
    if (schema.const !== undefined) return schema.const;
    if (schema.enum) return random.pick(schema.enum);
    const variants = schema.anyOf ?? schema.oneOf;
    if (variants) {
      const nonNull = variants.filter((variant: Json) => resolve(variant).type !== 'null');
      return validValue(random.pick(nonNull.length ? nonNull : variants), name, depth);
    }
    if (schema.allOf) return validValue(schema.allOf[0], name, depth);
    const type = Array.isArray(schema.type)
      ? schema.type.find((candidate: string) => candidate !== 'null')
      : schema.type;
    if (schema.examples?.length && (type !== 'object' || random.chance(0.5)))
      return structuredClone(random.pick(schema.examples));
    switch (type) {
      case 'object': {
        const value: Record<string, Json> = {};
        const required = new Set<string>(schema.required ?? []);
        for (const [key, property] of Object.entries<Json>(schema.properties ?? {})) {
          if (required.has(key) || (depth < 4 && random.chance(0.5)))
            value[key] = validValue(property, key, depth + 1);
        }
        return value;
      }
      case 'array': {
        const length = Math.max(schema.minItems ?? 0, random.int(0, 2));
        return Array.from({ length: Math.min(length, schema.maxItems ?? length) }, () =>
          validValue(schema.items ?? {}, undefined, depth + 1),
        );
      }
      case 'string':
        return validString(schema);
      case 'integer':
      case 'number': {
        const min = schema.minimum ?? (schema.exclusiveMinimum ?? 0) + 1;
        const max = Math.min(schema.maximum ?? min + 60, min + 60);
        return random.int(min, max);
      }
      case 'boolean':
        return random.chance(0.5);
      default:
        return 'value';
    }
  };

  const validString = (schema: Json): string => {
    switch (schema.format) {
      case 'date-time':
        return '2026-12-01T09:00:00Z';
      case 'date':
        return '2026-12-01';
      case 'uuid':
        return random.uuid();
      case 'email':
        return 'fuzz@example.com';
      case 'uri':
        return 'https://example.com/path';
    }
    const length = Math.max(schema.minLength ?? 1, Math.min(8, schema.maxLength ?? 8));
    return 'v'.repeat(length);
  };

  /** A value this schema refuses, or an edge the app must survive (it may be valid). */
  const edgeValue = (raw: Json): Json => {
    const schema = resolve(raw);
    const specific: Json[] = [];
    if (typeof schema.maxLength === 'number') specific.push('m'.repeat(schema.maxLength + 1));
    if (typeof schema.minLength === 'number' && schema.minLength > 0)
      specific.push('n'.repeat(schema.minLength - 1));
    if (typeof schema.maximum === 'number') specific.push(schema.maximum + 1);
    if (typeof schema.minimum === 'number') specific.push(schema.minimum - 1);
    if (schema.enum) specific.push('not-one-of-them');
    if (specific.length && random.chance(0.3)) return random.pick(specific);
    return structuredClone(random.pick(EDGE_VALUES));
  };

  /** A query-string or path form of an edge value. */
  const edgeText = (raw: Json): string => {
    const value = edgeValue(raw);
    return typeof value === 'string' ? value : JSON.stringify(value);
  };

  /** Every place in a JSON value where a field could be replaced: [] is the value itself. */
  const fieldPaths = (value: Json, prefix: (string | number)[] = []): (string | number)[][] => {
    const here = [prefix];
    if (Array.isArray(value))
      return here.concat(value.flatMap((item, index) => fieldPaths(item, [...prefix, index])));
    if (value && typeof value === 'object')
      return here.concat(Object.entries(value).flatMap(([key, item]) => fieldPaths(item, [...prefix, key])));
    return here;
  };

  const setAt = (value: Json, path: (string | number)[], replacement: Json, remove: boolean): Json => {
    if (path.length === 0) return replacement;
    const copy = structuredClone(value);
    const parent = path.slice(0, -1).reduce<Json>((node, key) => node[key], copy);
    const last = path[path.length - 1] as string | number;
    if (remove) {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else parent[last] = replacement;
    return copy;
  };

  const schemaAt = (raw: Json, path: (string | number)[]): Json =>
    path.reduce<Json>((node, key) => {
      const schema = resolve(node);
      const variants = schema.anyOf ?? schema.oneOf;
      const concrete = variants ? resolve(variants[0]) : schema;
      if (typeof key === 'number') return concrete.items ?? {};
      return concrete.properties?.[key] ?? concrete.additionalProperties ?? {};
    }, raw);

  /** A body, and what was done to it. Returns raw text so that malformed JSON can be sent too. */
  const bodyFor = (
    operation: Operation,
    mutate: boolean,
  ): { text: string; type: string; mutation: string } => {
    const valid = validValue(operation.body, undefined);
    const json = { text: JSON.stringify(valid), type: 'application/json', mutation: 'valid body' };
    if (!mutate) return json;
    const roll = random.next();
    if (roll < 0.06) return { text: '{"start": ', type: 'application/json', mutation: 'truncated JSON' };
    if (roll < 0.09) return { ...json, type: 'text/plain', mutation: 'text/plain body' };
    if (roll < 0.11) return { text: '', type: 'application/json', mutation: 'empty JSON body' };
    if (roll < 0.13)
      return {
        text: `${'['.repeat(3000)}${']'.repeat(3000)}`,
        type: 'application/json',
        mutation: 'deeply nested array',
      };
    if (roll < 0.2 && valid && typeof valid === 'object' && !Array.isArray(valid)) {
      const extra = random.pick(['__proto__', 'constructor', 'unexpectedField', 'id', 'ownerId']);
      const rest = JSON.stringify(valid).slice(1);
      return {
        text: `{${JSON.stringify(extra)}:{"isAdmin":true}${rest === '}' ? '' : ','}${rest}`,
        type: 'application/json',
        mutation: `extra field ${extra}`,
      };
    }
    const paths = fieldPaths(valid);
    const path = random.pick(paths);
    const remove = path.length > 0 && random.chance(0.15);
    const replacement = edgeValue(schemaAt(operation.body, path));
    const mutated = setAt(valid, path, replacement, remove);
    const where = path.join('.') || '(body)';
    return {
      text: JSON.stringify(mutated),
      type: 'application/json',
      mutation: remove ? `without ${where}` : `${where} = ${preview(replacement)}`,
    };
  };

  /** One request for this operation: valid, or with one or more parameters or body fields replaced. */
  const requestFor = (operation: Operation, token: string | undefined): FuzzRequest => {
    const mutateCount = random.chance(0.15) ? 0 : random.chance(0.85) ? 1 : 2;
    const targets = [
      ...operation.parameters.map((parameter) => `${parameter.in}:${parameter.name}`),
      ...(operation.body ? ['body'] : []),
      'query:unknown',
    ];
    const mutated = new Set(Array.from({ length: mutateCount }, () => random.pick(targets)));
    const mutations: string[] = [];

    let path = operation.path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    for (const parameter of operation.parameters) {
      const target = `${parameter.in}:${parameter.name}`;
      const mutate = mutated.has(target);
      if (!mutate && !parameter.required && random.chance(0.4)) continue;
      let value: string;
      if (mutate) {
        value = edgeText(parameter.schema);
        mutations.push(`${target} = ${preview(value)}`);
      } else if (parameter.in === 'path') value = context.pathValue(operation, parameter.name);
      else value = String(validValue(parameter.schema, parameter.name));
      if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, encodePathSegment(value));
      else if (parameter.in === 'query') query.append(parameter.name, value);
      else if (/^[ -~]*$/.test(value)) headers[parameter.name] = value;
    }
    if (mutated.has('query:unknown')) {
      query.append(random.pick(['unknown', 'limit', 'from', '__proto__']), edgeText({}));
      mutations.push('extra query parameter');
    }
    let body: string | undefined;
    if (operation.body) {
      const made = bodyFor(operation, mutated.has('body'));
      body = made.text;
      headers['content-type'] = made.type;
      if (mutated.has('body')) mutations.push(made.mutation);
    }
    if (token) headers.authorization = `Bearer ${token}`;
    const search = query.toString();
    return {
      method: operation.method,
      url: `${path}${search ? `?${search}` : ''}`,
      headers,
      body,
      mutation: mutations.join('; ') || 'valid',
    };
  };

  return { requestFor, resolve };
}

export function preview(value: Json): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…(${text.length})` : text;
}

/** A lone surrogate cannot be encoded: it goes as the invalid UTF-8 bytes a careless client would send. */
function encodePathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return (
      value
        .replace(/[\ud800-\udfff]/g, '')
        .split('')
        .map((c) => encodeURIComponent(c))
        .join('') + '%ED%A0%80'
    );
  }
}
