import { describe, expect, it } from 'vitest';
import { buildZoneOptions, formatOffset, searchZones } from './time-zone-search';
import countries from './zone-countries.generated.json';

// Winter in the north: Kolkata +5:30 all year, Berlin +1, New York -5.
const options = buildZoneOptions(new Date('2026-01-15T12:00:00Z'), 'en-GB', countries);
const ids = (query: string, detected = 'Europe/Berlin') =>
  searchZones(options, query, detected).map((o) => o.id);

describe('time zone search', () => {
  it('lists each zone once under its current name', () => {
    const all = options.map((option) => option.id);
    expect(all).toContain('Asia/Kolkata');
    expect(all).not.toContain('Asia/Calcutta');
    expect(all).toContain('Europe/Kyiv');
    expect(new Set(all).size).toBe(all.length);
  });

  it('finds a zone by city, country, abbreviation and offset', () => {
    expect(ids('Kolkata')[0]).toBe('Asia/Kolkata');
    expect(ids('India')).toContain('Asia/Kolkata');
    expect(ids('IST')).toContain('Asia/Kolkata');
    expect(ids('+5:30')).toEqual(['Asia/Colombo', 'Asia/Kolkata']);
    expect(ids('GMT+05:30')).toContain('Asia/Kolkata');
    expect(ids('kiev')).toContain('Europe/Kyiv');
    expect(ids('Sao Paulo')).toContain('America/Sao_Paulo');
    expect(ids('Germany')).toContain('Europe/Berlin');
    expect(ids('Eastern')).toContain('America/New_York');
    expect(ids('utc-5')).toContain('America/New_York');
  });

  it('puts the detected zone first in an empty search', () => {
    expect(ids('', 'Asia/Kolkata')[0]).toBe('Asia/Kolkata');
    expect(ids('', 'Europe/Berlin')[0]).toBe('Europe/Berlin');
  });

  it('describes each zone with its offset and country', () => {
    const kolkata = options.find((option) => option.id === 'Asia/Kolkata');
    expect(kolkata).toMatchObject({ city: 'Kolkata', region: 'India', offsetLabel: 'GMT+5:30' });
    expect(formatOffset(-210)).toBe('GMT-3:30');
    expect(formatOffset(0)).toBe('GMT');
  });
});
