import { type ApiClient, createApiClient } from '@bookings/api-client';
import { beforeEach } from 'vitest';
import { createAccessTokenIssuer } from '../../src/adapters/auth/access-tokens';
import { TEST_JWT_SECRET, type TestApp } from '../support/test-app';

export interface OwnerSession {
  id: string;
  email: string;
  api: ApiClient;
}

// Tokens are checked against the real time, whatever fake clock the app runs on.
const realTimeTokens = createAccessTokenIssuer(TEST_JWT_SECRET, 3600, () => new Date());

/** An owner with a signed-in client; the email makes the owner (same email, same owner). */
export async function signInOwner(t: TestApp, email: string): Promise<OwnerSession> {
  const owner = await t.app.container.repositories.owners.ensureLocal(email);
  const { token } = realTimeTokens.issue(owner);
  return { id: owner.id, email, api: createApiClient({ baseUrl: t.baseUrl, token }) };
}

/**
 * The owner with this email, signed in again before each test (after the harness has emptied the database).
 * The session it returns always speaks for the current test's owner.
 */
export function useOwnerSession(t: TestApp, email: string): OwnerSession {
  let current: OwnerSession | undefined;
  beforeEach(async () => {
    current = await signInOwner(t, email);
  });
  const session = () => {
    if (!current) throw new Error(`${email} is signed in from beforeEach on`);
    return current;
  };
  return {
    get id() {
      return session().id;
    },
    email,
    get api() {
      return session().api;
    },
  };
}

/** A link through the API, failing the test loudly when the API refuses it. */
export async function createLink(owner: OwnerSession, body: { title?: string; settings?: object } = {}) {
  const { data, error } = await owner.api.POST('/bookings/links', {
    body: { title: body.title ?? 'Intro call', ...(body.settings ? { settings: body.settings } : {}) },
  });
  if (!data) throw new Error(`createLink failed: ${JSON.stringify(error)}`);
  return data;
}
