/** A person's photo, or their initials on a tinted disc when there is none. Decorative: the name is shown beside it. */
export function Avatar({
  name,
  url,
  size = 56,
}: {
  name: string;
  url: string | null | undefined;
  size?: number;
}) {
  if (url) {
    return <img className="avatar" src={url} alt="" width={size} height={size} decoding="async" />;
  }
  return (
    <span className="avatar avatar--initials" aria-hidden="true" style={{ width: size, height: size }}>
      {initialsOf(name)}
    </span>
  );
}

/** "Ann Example" -> "AE"; "ann" -> "A". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters
    .map((word) => [...(word ?? '')][0] ?? '')
    .join('')
    .toUpperCase();
}
