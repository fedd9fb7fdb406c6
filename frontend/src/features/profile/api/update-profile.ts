import type { ApiClient, Schemas } from '@bookings/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api-client-context';
import { meQueryKey } from '../../../lib/signed-in-owner';
import { unwrap } from '../../../lib/unwrap';

export type ProfileUpdate = Schemas['ProfileUpdate'];

export function updateProfile(api: ApiClient, update: ProfileUpdate) {
  return unwrap(api.PATCH('/bookings/me', { body: update }));
}

/** Saves the changed fields; the owner query then holds the saved profile. */
export function useUpdateProfile() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: ProfileUpdate) => updateProfile(api, update),
    onSuccess: (profile) => queryClient.setQueryData(meQueryKey, profile),
  });
}

/** A chosen photo as the data URL the API takes; refused here already when over the API's 256 kB. */
export const MAX_AVATAR_BYTES = 256 * 1024;

export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}
