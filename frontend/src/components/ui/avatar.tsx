import { initialsOf } from '@bookings/wording';

/**
 * A person's photo, or their initials on a tinted disc when there is none. The initials are decorative (the name is
 * shown beside them); a photo is named `Photo of <name>` (or `alt`) so it can be found as the image it is.
 */
export function Avatar({
  name,
  url,
  size = 56,
  alt,
}: {
  name: string;
  url: string | null | undefined;
  size?: number;
  alt?: string;
}) {
  if (url) {
    return (
      <img
        className="avatar"
        src={url}
        alt={alt ?? `Photo of ${name}`}
        width={size}
        height={size}
        decoding="async"
      />
    );
  }
  return (
    <span className="avatar avatar--initials" aria-hidden="true" style={{ width: size, height: size }}>
      {initialsOf(name)}
    </span>
  );
}
