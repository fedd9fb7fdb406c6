/**
 * The fields a provider knows in a request body, nested: `true` takes any value, an object names the fields of a
 * nested object, a one-element array the shape of every item of a list.
 */
export type BodyShape = true | { readonly [field: string]: BodyShape } | readonly [BodyShape];

/**
 * The path of the first field the shape does not know (`attendees[0].emial`), or undefined when every field is
 * known. Providers refuse unknown fields (People, Graph) or drop them without a word (Calendar); a fake that
 * refuses them catches a misspelt or invented field either way.
 */
export function findUnknownField(value: unknown, shape: BodyShape, path = ''): string | undefined {
  if (shape === true || value === null || value === undefined) return undefined;
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return undefined;
    for (const [index, item] of value.entries()) {
      const unknown = findUnknownField(item, shape[0] as BodyShape, `${path}[${index}]`);
      if (unknown) return unknown;
    }
    return undefined;
  }
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  const fields = shape as { readonly [field: string]: BodyShape };
  for (const [field, nested] of Object.entries(value)) {
    const fieldPath = path ? `${path}.${field}` : field;
    const known = Object.hasOwn(fields, field) ? fields[field] : undefined;
    if (known === undefined) return fieldPath;
    const unknown = findUnknownField(nested, known, fieldPath);
    if (unknown) return unknown;
  }
  return undefined;
}
