/**
 * Graph reports times in the mailbox's Windows zone when it ignores our Prefer header (some
 * endpoints and older mailboxes do). CLDR's windowsZones mapping for the common zones, "001" territory.
 */
const WINDOWS_TO_IANA: Record<string, string> = {
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'Romance Standard Time': 'Europe/Paris',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'Arabian Standard Time': 'Asia/Dubai',
  'Pakistan Standard Time': 'Asia/Karachi',
  'India Standard Time': 'Asia/Calcutta',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Taipei Standard Time': 'Asia/Taipei',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'W. Australia Standard Time': 'Australia/Perth',
  'Cen. Australia Standard Time': 'Australia/Adelaide',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Chatham Islands Standard Time': 'Pacific/Chatham',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'Eastern Standard Time': 'America/New_York',
  'SA Pacific Standard Time': 'America/Bogota',
  'Atlantic Standard Time': 'America/Halifax',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
};

function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Windows name -> IANA; an IANA name passes through; anything unknown is read as UTC. */
export function toIanaTimeZone(name: string | null | undefined): string {
  if (!name) return 'UTC';
  const mapped = WINDOWS_TO_IANA[name];
  if (mapped) return mapped;
  return isIanaZone(name) ? name : 'UTC';
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/;

/** Offset (ms) of `zone` from UTC at the instant `epochMs`. */
function zoneOffsetAt(epochMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? '0');
  const asUtc = Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
  return asUtc - (epochMs - (epochMs % 1000));
}

/**
 * Reads Graph's dateTimeTimeZone. Graph writes dateTime without an offset ("2030-03-04T09:00:00.0000000"):
 * it is a wall time in `timeZone`, never in the server's local zone.
 */
export function parseGraphDateTime(value: { dateTime?: string | null; timeZone?: string | null }): Date {
  const text = value.dateTime ?? '';
  if (/(Z|[+-]\d{2}:\d{2})$/.test(text)) return new Date(text);
  const match = WALL_TIME.exec(text);
  if (!match) throw new Error(`unreadable Graph dateTime "${text}"`);
  const [, year, month, day, hour, minute, second, fraction] = match;
  const millis = Number((fraction ?? '0').padEnd(3, '0').slice(0, 3));
  const wallAsUtc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? '0'),
    millis,
  );
  const zone = toIanaTimeZone(value.timeZone);
  if (zone === 'UTC') return new Date(wallAsUtc);
  // Two passes settle the offset across a DST change.
  const firstGuess = wallAsUtc - zoneOffsetAt(wallAsUtc, zone);
  return new Date(wallAsUtc - zoneOffsetAt(firstGuess, zone));
}

/** Graph wants an offset-less wall time next to its zone name. */
export function formatGraphUtcDateTime(date: Date): { dateTime: string; timeZone: string } {
  return { dateTime: date.toISOString().replace(/Z$/, ''), timeZone: 'UTC' };
}
