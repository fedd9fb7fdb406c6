import sharp from 'sharp';
import { DomainError } from '../../domain/shared/domain-error';
import type { AvatarProcessor } from '../../ports/images';

/** Served at up to 4x its 64-pixel display size; WebP keeps that at a few kilobytes. */
const AVATAR_SIZE = 256;
/** Bounds decoding work: a small file can still claim a huge canvas. */
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * Re-encodes every upload (never serving the bytes we were sent: no metadata, no polyglot files): turned
 * upright by its EXIF orientation, cropped to a centred square, resized, WebP.
 */
export function createSharpAvatarProcessor(): AvatarProcessor {
  return {
    async toAvatar(upload) {
      try {
        const bytes = await sharp(upload, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
          .rotate()
          .resize(AVATAR_SIZE, AVATAR_SIZE, { fit: 'cover', position: 'attention' })
          .webp({ quality: 82 })
          .toBuffer();
        return { contentType: 'image/webp', bytes: new Uint8Array(bytes) };
      } catch {
        throw new DomainError(
          'avatar_unreadable',
          'The photo could not be read. Use a PNG, JPEG or WebP image.',
          [{ path: 'avatar', message: 'is not an image we can read' }],
        );
      }
    },
  };
}
