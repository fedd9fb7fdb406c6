import { getAllTimezones } from 'countries-and-timezones';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without type declarations
import { renderZoneCountries } from '../../../../scripts/generate-zone-countries.mjs';
import generated from './zone-countries.generated.json';

describe('zone-countries.generated.json', () => {
  it('matches the countries-and-timezones data (rerun scripts/generate-zone-countries.mjs)', () => {
    expect(generated).toEqual(JSON.parse(renderZoneCountries(getAllTimezones({ deprecated: true }))));
    expect(generated.IN).toContain('Kolkata');
  });
});
