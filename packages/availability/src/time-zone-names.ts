// Browsers and Node take zone names from ICU/CLDR, which still answers with some names the IANA database has
// since renamed (Chromium detects `Asia/Calcutta`, lists `Europe/Kiev`). People search for, and providers send,
// the current names. Both are valid everywhere; we store and show the current one. No Intl here, so the
// booking page can import this file alone.

/** Old name -> current IANA name, for the renames CLDR has not followed. */
const RENAMED_ZONES: Readonly<Record<string, string>> = {
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Africa/Asmera': 'Africa/Asmara',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Europe/Uzhgorod': 'Europe/Kyiv',
  'Europe/Zaporozhye': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Etc/UTC': 'UTC',
  'Etc/UCT': 'UTC',
  'Etc/Universal': 'UTC',
  'Etc/Zulu': 'UTC',
};

/** The current IANA name of a zone (`Asia/Calcutta` -> `Asia/Kolkata`); any other name unchanged. */
export function canonicalTimeZone(timeZone: string): string {
  return RENAMED_ZONES[timeZone] ?? timeZone;
}

/** Every name that means this zone: itself and its old names (`Asia/Kolkata` -> [`Asia/Kolkata`, `Asia/Calcutta`]). */
export function namesOfTimeZone(timeZone: string): string[] {
  const current = canonicalTimeZone(timeZone);
  return [current, ...Object.keys(RENAMED_ZONES).filter((old) => RENAMED_ZONES[old] === current)];
}
