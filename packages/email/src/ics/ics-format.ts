const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (character) => `\\${character}`)
    .replace(/\n/g, '\\n')
    .replace(/\p{Cc}/gu, (character) => (character === '\t' ? character : ''));
}

/**
 * A parameter value cannot contain DQUOTE or control characters at all (RFC 5545 §3.1),
 * so those are replaced; the value is always quoted because names often contain `,` `;` `:`.
 */
export function quoteParameter(value: string): string {
  const cleaned = value
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/"/g, "'")
    .trim();
  return `"${cleaned}"`;
}

export function formatUtcDateTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError('Cannot write an invalid date into an invite');
  }
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** Folds a content line so no physical line exceeds 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  // Most lines fit: they are returned as they are, having only been measured.
  if (utf8Length(line) <= MAX_LINE_OCTETS) return line;
  const physicalLines: string[] = [];
  let current = '';
  let currentOctets = 0;
  for (const character of line) {
    const octets = utf8Octets(character.codePointAt(0) ?? 0);
    if (currentOctets + octets > MAX_LINE_OCTETS) {
      physicalLines.push(current);
      current = ' ';
      currentOctets = 1;
    }
    current += character;
    currentOctets += octets;
  }
  physicalLines.push(current);
  return physicalLines.join(CRLF);
}

/**
 * Octets of a code point in UTF-8, by arithmetic: encoding each character to learn its length cost an
 * invite a twentieth of a booking's time. A lone surrogate is written as U+FFFD, three octets, as by an encoder.
 */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

function utf8Length(text: string): number {
  let octets = 0;
  for (const character of text) octets += utf8Octets(character.codePointAt(0) ?? 0);
  return octets;
}

export function serializeLines(lines: string[]): string {
  return lines.map(foldLine).join(CRLF) + CRLF;
}
