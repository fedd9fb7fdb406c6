import type { Schemas } from '@bookings/api-client';

export function buildOwner(overrides: Partial<Schemas['Owner']> = {}): Schemas['Owner'] {
  return {
    id: '6f1c2d3e-4b5a-4c6d-8e7f-901234567890',
    email: 'owner@example.com',
    name: 'Olivia Owner',
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}

export function buildSession(overrides: Partial<Schemas['Session']> = {}): Schemas['Session'] {
  return {
    accessToken: 'test-access-token',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    owner: buildOwner(),
    ...overrides,
  };
}
