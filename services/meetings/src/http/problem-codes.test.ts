import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { PROBLEM_CODES } from './errors';

const SOURCE = join(import.meta.dirname, '..');
const OPENAPI_YAML = join(SOURCE, '../../../openapi.yaml');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Every literal code the service answers with: each `new DomainError('…'`, each `problemType('…')`, and each
 * `code: '…'` of the HTTP layer (framework refusals, the rate limiter). The types already hold them to the union;
 * this also catches a code that reaches the wire through a cast or a plain string.
 */
function codesInSource(): { code: string; file: string }[] {
  const found: { code: string; file: string }[] = [];
  for (const file of sourceFiles(SOURCE)) {
    const text = readFileSync(file, 'utf8');
    const isHttp = file.startsWith(join(SOURCE, 'http'));
    const patterns = [/new DomainError\(\s*'([a-z_]+)'/g, /problemType\('([a-z_]+)'\)/g];
    if (isHttp) patterns.push(/\bcode: '([a-z_]+)'/g);
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) found.push({ code: match[1] as string, file });
    }
  }
  return found;
}

describe('problem codes on the wire', () => {
  it('the contract publishes exactly the service’s codes as the Problem.code enum', () => {
    const document = parseYaml(readFileSync(OPENAPI_YAML, 'utf8')) as {
      components: { schemas: { Problem: { properties: { code: { enum: string[] } } } } };
    };
    expect(document.components.schemas.Problem.properties.code.enum).toEqual([...PROBLEM_CODES]);
  });

  it('every code thrown or answered anywhere in the service is in that enum', () => {
    const found = codesInSource();
    // The scan must see the codes it is meant to see, or it proves nothing.
    expect(found.map((entry) => entry.code)).toEqual(
      expect.arrayContaining(['link_used', 'idempotency_key_reused', 'bad_url', 'rate_limited']),
    );
    const unknown = found.filter((entry) => !PROBLEM_CODES.includes(entry.code as never));
    expect(unknown).toEqual([]);
  });
});
