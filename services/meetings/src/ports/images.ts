import type { AvatarImage } from './owners';

/** Turns an uploaded photo into the avatar we serve; refuses bytes that are not a readable image. */
export interface AvatarProcessor {
  toAvatar(upload: Uint8Array): Promise<AvatarImage>;
}
