import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { GoogleFake, GraphFake, TokenFake } from '@bookings/office/testing';

export interface OfficeFakes {
  googleTokens: TokenFake;
  microsoftTokens: TokenFake;
  google: GoogleFake;
  graph: GraphFake;
  /** The address Graph's `/me` answers (the fake itself has no `/me`). */
  microsoftAccount: { email: string };
  /** Service configuration pointing both providers at the fakes, with tiny retry delays. */
  env: Record<string, string>;
  reset(): void;
  close(): Promise<void>;
}

/**
 * Google (HTTP) and Graph (HTTPS) fakes with their token servers. Graph is reached through a small HTTPS
 * front that answers `/v1.0/me` and hands every other request to the Graph fake, state and faults included.
 */
export async function startOfficeFakes(): Promise<OfficeFakes> {
  const googleTokens = await TokenFake.start({ clientId: 'google-client', clientSecret: 'google-secret' });
  const microsoftTokens = await TokenFake.start({
    clientId: 'microsoft-client',
    clientSecret: 'microsoft-secret',
    rotateRefreshTokens: true,
  });
  const google = await GoogleFake.start(googleTokens);
  const graph = await GraphFake.start(microsoftTokens);
  const microsoftAccount = { email: 'ann@contoso.example' };
  const front = await startGraphFront(graph, microsoftTokens, microsoftAccount);
  const env = {
    GOOGLE_CLIENT_ID: googleTokens.clientId,
    GOOGLE_CLIENT_SECRET: googleTokens.clientSecret,
    GOOGLE_AUTHORIZE_URL: googleTokens.authorizeUrl,
    GOOGLE_TOKEN_URL: googleTokens.tokenUrl,
    GOOGLE_API_BASE_URL: google.rootUrl,
    MICROSOFT_CLIENT_ID: microsoftTokens.clientId,
    MICROSOFT_CLIENT_SECRET: microsoftTokens.clientSecret,
    MICROSOFT_AUTHORIZE_URL: microsoftTokens.authorizeUrl,
    MICROSOFT_TOKEN_URL: microsoftTokens.tokenUrl,
    MICROSOFT_GRAPH_BASE_URL: `${front.origin}/v1.0`,
    PROVIDER_RETRY_BASE_DELAY_MS: '1',
    PROVIDER_RETRY_MAX_DELAY_MS: '5',
    SIDE_EFFECTS_RETRY_DELAY_SECONDS: '0',
    SIDE_EFFECTS_POLLING_INTERVAL_MS: '500',
    SIDE_EFFECTS_MAX_ATTEMPTS: '3',
  };
  return {
    googleTokens,
    microsoftTokens,
    google,
    graph,
    microsoftAccount,
    env,
    reset() {
      google.reset();
      graph.reset();
      googleTokens.service.faults.clear();
      microsoftTokens.service.faults.clear();
    },
    async close() {
      await closeServer(front.server);
      await graph.close();
      await google.close();
      await googleTokens.close();
      await microsoftTokens.close();
    },
  };
}

async function startGraphFront(graph: GraphFake, tokens: TokenFake, account: { email: string }) {
  const server = createServer(
    {
      cert: readFileSync(process.env.OFFICE_FAKE_TLS_CERT ?? ''),
      key: readFileSync(process.env.OFFICE_FAKE_TLS_KEY ?? ''),
    },
    (req, res) => {
      const path = new URL(req.url ?? '/', 'https://front.invalid').pathname;
      if (req.method !== 'GET' || path !== '/v1.0/me') {
        graph.service.listener(req, res);
        return;
      }
      const isAuthorized = tokens.isValidAccessToken(req.headers.authorization);
      res.writeHead(isAuthorized ? 200 : 401, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          isAuthorized
            ? { mail: account.email, userPrincipalName: account.email }
            : { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } },
        ),
      );
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, origin: `https://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
