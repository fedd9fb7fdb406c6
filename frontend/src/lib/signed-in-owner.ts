import type { Schemas } from '@bookings/api-client';

/**
 * The signed-in owner with their profile (photo, language), and the query that holds them. Shared here because
 * signing in fills that query and editing the profile rewrites it, and features don't import each other.
 */
export type Owner = Schemas['Profile'];

export const meQueryKey = ['me'] as const;
