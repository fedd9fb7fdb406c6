const known = new Map<string, boolean>();

/** True for an IANA zone name this runtime knows (e.g. `Europe/Berlin`). */
export function isValidTimeZone(timeZone: string): boolean {
  let valid = known.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = timeZone.length > 0;
    } catch {
      valid = false;
    }
    known.set(timeZone, valid);
  }
  return valid;
}
