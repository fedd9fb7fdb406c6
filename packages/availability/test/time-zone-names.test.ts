import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, namesOfTimeZone } from '../src/time-zone-names';

describe('canonicalTimeZone', () => {
  it('turns the names ICU still uses into the current IANA names', () => {
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(canonicalTimeZone('Asia/Saigon')).toBe('Asia/Ho_Chi_Minh');
    expect(canonicalTimeZone('Etc/UTC')).toBe('UTC');
  });

  it('leaves current names alone', () => {
    expect(canonicalTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
  });

  it('maps only to zones the runtime knows, with the same offsets as the old name', () => {
    const instant = new Date('2026-07-01T12:00:00Z');
    for (const old of ['Asia/Calcutta', 'Europe/Kiev', 'America/Buenos_Aires', 'Pacific/Enderbury']) {
      const format = (timeZone: string) =>
        new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).format(instant);
      expect(format(canonicalTimeZone(old))).toBe(format(old));
    }
  });
});

describe('namesOfTimeZone', () => {
  it('lists a zone with its old names, from either side', () => {
    expect(namesOfTimeZone('Asia/Kolkata')).toEqual(['Asia/Kolkata', 'Asia/Calcutta']);
    expect(namesOfTimeZone('Asia/Calcutta')).toEqual(['Asia/Kolkata', 'Asia/Calcutta']);
    expect(namesOfTimeZone('Europe/Paris')).toEqual(['Europe/Paris']);
  });
});
