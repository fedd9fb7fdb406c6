// The baseline: a bare Fastify 5 server answering GET with a captured payload through a response schema (so it
// serializes the object as our route does), nothing else: no hooks, plugins, logging or database.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

export interface BarePayload {
  path: string;
  /** Schemas the response refers to, added by `$id`. */
  schemas: object[];
  response: object;
  payload: unknown;
}

const file = process.argv[2];
if (!file) throw new Error('usage: bare-server.ts <payload.json>');
const { path, schemas, response, payload } = JSON.parse(readFileSync(file, 'utf8')) as BarePayload;

const app = Fastify({ logger: false });
for (const schema of schemas) app.addSchema(schema);
app.get(path, { schema: { response: { 200: response } } }, async () => payload);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
if (address && typeof address !== 'string') process.stdout.write(`listening ${address.port}\n`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
