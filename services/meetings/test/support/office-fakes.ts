import { GoogleFake, GraphFake, TokenFake } from '@bookings/office/testing';

export interface OfficeFakes {
  googleTokens: TokenFake;
  microsoftTokens: TokenFake;
  google: GoogleFake;
  graph: GraphFake;
  /** Service configuration pointing both providers at the fakes, with tiny retry delays. */
  env: Record<string, string>;
  reset(): void;
  close(): Promise<void>;
}

/** Google (HTTP) and Graph (HTTPS) fakes with their token servers. */
export async function startOfficeFakes(): Promise<OfficeFakes> {
  const googleTokens = await TokenFake.start({ clientId: 'google-client', clientSecret: 'google-secret' });
  const microsoftTokens = await TokenFake.start({
    clientId: 'microsoft-client',
    clientSecret: 'microsoft-secret',
    rotateRefreshTokens: true,
  });
  const google = await GoogleFake.start(googleTokens);
  const graph = await GraphFake.start(microsoftTokens);
  const env = {
    GOOGLE_CLIENT_ID: googleTokens.clientId,
    GOOGLE_CLIENT_SECRET: googleTokens.clientSecret,
    GOOGLE_AUTHORIZE_URL: googleTokens.authorizeUrl,
    GOOGLE_TOKEN_URL: googleTokens.tokenUrl,
    GOOGLE_REVOKE_URL: googleTokens.revokeUrl,
    GOOGLE_API_BASE_URL: google.rootUrl,
    MICROSOFT_CLIENT_ID: microsoftTokens.clientId,
    MICROSOFT_CLIENT_SECRET: microsoftTokens.clientSecret,
    MICROSOFT_AUTHORIZE_URL: microsoftTokens.authorizeUrl,
    MICROSOFT_TOKEN_URL: microsoftTokens.tokenUrl,
    MICROSOFT_GRAPH_BASE_URL: graph.apiBaseUrl,
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
    env,
    reset() {
      google.reset();
      graph.reset();
      googleTokens.reset();
      microsoftTokens.reset();
    },
    async close() {
      await graph.close();
      await google.close();
      await googleTokens.close();
      await microsoftTokens.close();
    },
  };
}
