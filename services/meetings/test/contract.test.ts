import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatedClientTypes, openApiYaml, paths } from '../scripts/contract';

// Fails when a route changed without `npm run openapi`: the committed contract must be what the service serves.
describe('committed contract', () => {
  let yaml: string;
  beforeAll(async () => {
    yaml = await openApiYaml();
  });

  it('openapi.yaml and the generated client match the route schemas', async () => {
    expect(readFileSync(paths.openApiYaml, 'utf8')).toBe(yaml);
    expect(readFileSync(paths.generatedTypes, 'utf8')).toBe(await generatedClientTypes(yaml));
  });

  it('shows the custom methods with a literal colon', () => {
    for (const path of [
      '/bookings/links/{id}:duplicate',
      '/bookings/links/{id}:toggle',
      '/bookings/one-time/{oid}:revoke',
      '/bookings/templates/library/{key}:use',
    ]) {
      expect(yaml).toContain(`  ${path}:\n`);
    }
  });
});
