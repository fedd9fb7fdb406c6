#!/usr/bin/env node
// Writes the zone -> country table the booking page's time zone search uses ("India" finds Asia/Kolkata), from
// the maintained countries-and-timezones data, as a few kilobytes of JSON instead of the whole package: data the
// picker fetches when it first opens, not code every visitor parses. Country names come from Intl in the
// visitor's language. A test fails when the table is stale: rerun this script after updating the package.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getAllTimezones } from 'countries-and-timezones';

// Run as a script it writes the file; imported (by the test that checks the file is current) it only renders.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const target = fileURLToPath(
    new URL('../src/features/public-booking/model/zone-countries.generated.json', import.meta.url),
  );
  writeFileSync(target, renderZoneCountries(getAllTimezones({ deprecated: true })));
  console.log(`wrote ${target}`);
}

/**
 * `{"IN": "Calcutta Kolkata", …}`: each zone's city (the last part of its name, unique enough) under its main
 * country. Only zones a picker lists: current
 * ones and the old names ICU still answers with (browsers list those); no `US/Eastern`-style backward names.
 */
export function renderZoneCountries(zones) {
  const listedByIcu = new Set(Intl.supportedValuesOf('timeZone'));
  const byCountry = new Map();
  for (const zone of Object.values(zones)) {
    const country = zone.countries[0];
    const isListed = !zone.deprecated || listedByIcu.has(zone.name);
    if (!country || !isListed || !zone.name.includes('/') || zone.name.startsWith('Etc/')) continue;
    const city = zone.name.slice(zone.name.lastIndexOf('/') + 1);
    byCountry.set(country, [...new Set([...(byCountry.get(country) ?? []), city])].sort());
  }
  const table = Object.fromEntries(
    [...byCountry.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([country, cities]) => [country, cities.join(' ')]),
  );
  return `${JSON.stringify(table, null, 2)}\n`;
}
