/**
 * Writes the contract: openapi.yaml at the repository root (from the route schemas) and the api-client's
 * generated types (from openapi.yaml). Run after any route change; a test fails when either is stale.
 */
import { writeFileSync } from 'node:fs';
import { generatedClientTypes, openApiYaml, paths } from './contract';

const yaml = await openApiYaml();
writeFileSync(paths.openApiYaml, yaml);
writeFileSync(paths.generatedTypes, await generatedClientTypes(yaml));
process.stdout.write(`wrote ${paths.openApiYaml}\nwrote ${paths.generatedTypes}\n`);
