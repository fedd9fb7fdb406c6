import { DomainError } from '../../domain/shared/domain-error';
import type { AvatarProcessor } from '../../ports/images';

/** Served at up to 4x its 64-pixel display size; WebP keeps that at a few kilobytes. */
const AVATAR_SIZE = 256;
/** Bounds decoding work: a small file can still claim a huge canvas. */
const MAX_INPUT_PIXELS = 40_000_000;

type Sharp = typeof import('sharp').default;

/**
 * Re-encodes every upload (never serving the bytes we were sent: no metadata, no polyglot files): turned
 * upright by its EXIF orientation, cropped to a centred square, resized, WebP.
 */
export function createSharpAvatarProcessor(): AvatarProcessor {
  // libvips is some 10 MB of memory that only a photo upload uses: loaded on the first one.
  let library: Promise<Sharp> | null = null;
  return {
    async toAvatar(upload) {
      library ??= import('sharp').then((module) => module.default);
      const sharp = await library;
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
