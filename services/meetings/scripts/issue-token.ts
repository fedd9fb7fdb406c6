/**
 * Prints an owner access token (JWT) for an email: for scripts and other services calling the API.
 * Usage: npm run token -- owner@example.com
 */
import { buildApp } from '../src/app';
import { ConfigError, loadConfig } from '../src/config';

const email = process.argv[2];
if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
  process.stderr.write('usage: npm run token -- <email>\n');
  process.exit(2);
}
try {
  const app = await buildApp({ ...loadConfig(), logLevel: 'silent' });
  const owner = await app.container.repositories.owners.ensureLocal(email);
  process.stdout.write(`${app.container.auth.accessTokens.issue(owner).token}\n`);
  await app.close();
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`);
  process.exit(1);
}
