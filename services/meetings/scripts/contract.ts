import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { openDatabase } from '../src/adapters/db/client';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openApiYaml as documentAsYaml } from '../src/http/openapi-yaml';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export const paths = {
  openApiYaml: join(root, 'openapi.yaml'),
  generatedTypes: join(root, 'packages/api-client/src/generated/schema.d.ts'),
};

/** The OpenAPI document exactly as the service serves it, as YAML. */
export async function openApiYaml(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bookings-contract-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir });
  const app = await buildApp(config, {
    adapters: { database: await openDatabase({ kind: 'pglite', dataDir: null }) },
  });
  try {
    await app.ready();
    return documentAsYaml(app.swagger());
  } finally {
    await app.close();
    await app.container.database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function generatedClientTypes(yaml: string): Promise<string> {
  const ast = await openapiTS(yaml);
  return `// Generated from openapi.yaml by \`npm run openapi\`. Do not edit.\n\n${astToString(ast)}`;
}
