// Words the product writes in more than one place: the SPA (React) and the booking page's HTML that the service
// writes before any script runs (ADR 012). One definition, so the two can never say it differently.

/** "Ann Example" -> "AE"; "ann" -> "A": first letters of the first and last words, whole characters. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters
    .map((word) => [...(word ?? '')][0] ?? '')
    .join('')
    .toUpperCase();
}

/** 30 -> "30 min", 60 -> "1 h", 90 -> "1 h 30 min". */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes} min`;
  if (minutes === 0) return `${hours} h`;
  return `${hours} h ${minutes} min`;
}
