// End-to-end test of the dashboard in headless chromium (run by run.sh, which
// starts `casus serve` on the fixture database and passes its address in
// CASUS_URL). Checks what a user sees: the overview chart draws, the rising
// dyad is listed and clicking it shows the dyad's chart and events (with the
// verb highlighted), clicking a day lists that day's events, the map shows
// points, and filters change the counts. Screenshots in CASUS_ARTEFACTS.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '../../package.json'));
const { chromium } = require('playwright-core');

const url = process.env.CASUS_URL;
const out = process.env.CASUS_ARTEFACTS || '.';
let failures = 0;
function check(ok, what) {
  console.log((ok ? 'ok   ' : 'FAIL ') + what);
  if (!ok) failures++;
}

const browser = await chromium.launch({
  executablePath: process.env.CASUS_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // Root in a container has no user namespaces for the sandbox.
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
  timeout: 30000,
});
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
page.setDefaultTimeout(15000);
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });

// Waits until the view has finished loading (app.js counts loads).
async function loaded(after) {
  await page.waitForFunction((n) => window.casus && window.casus.loads > n && window.casus.ready,
    after);
}
const loads = () => page.evaluate(() => window.casus.loads);
const count = async () => Number(await page.getAttribute('#match-count', 'data-count'));

try {
  await page.goto(url);
  await loaded(0);
  // The overview chart: uPlot draws on a canvas with one series per QuadClass.
  await page.waitForSelector('#daily-chart canvas');
  const series = await page.evaluate(() => window.casus.plots['daily-chart'].series.length);
  check(series === 5, 'overview chart draws 4 QuadClass series');
  const total = await count();
  check(total > 20, `overview counts ${total} events`);
  await page.screenshot({ path: path.join(out, 'overview.png'), fullPage: true });

  // The rising dyad is at the top and leads to its own view.
  const first = await page.getAttribute('#rising tbody tr.dyad', 'data-dyad');
  check(/SYR|TUR/.test(first || ''), `rising dyad listed first: ${first}`);
  let n = await loads();
  await page.click('#rising tbody tr.dyad');
  await loaded(n);
  await page.waitForSelector('#dyad-chart canvas');
  const dyadEvents = await page.$$eval('#events li.event', (l) => l.length);
  check(dyadEvents > 0, `the dyad view lists ${dyadEvents} events`);
  const marked = await page.$$eval('#events li.event mark.verb', (l) => l.length);
  check(marked === dyadEvents, 'every event has its verb phrase highlighted');
  const links = await page.$$eval('#events li.event a.article', (l) => l.map((a) => a.href));
  check(links.length === dyadEvents && links.every((h) => h.startsWith('https://news.example.org/')),
    'every event links to its article');
  const badges = await page.$$eval('#events li.event .badge', (l) => l.map((b) => b.textContent));
  check(badges.includes('reported') && badges.includes('asserted'),
    'modality shown (reported and asserted events)');
  const according = await page.$$eval('#events li.event', (l) =>
    l.filter((e) => e.textContent.includes('according to')).length);
  check(according > 0, 'attribution shown for reported events');

  // Clicking a day on the dyad's chart lists that day's events.
  const pos = await page.evaluate(() => {
    const u = window.casus.plots['dyad-chart'];
    const i = u.data[0].length - 1;  // the last day: the burst
    const r = u.over.getBoundingClientRect();
    return { x: r.left + u.valToPos(u.data[0][i], 'x'), y: r.top + r.height / 2,
      day: new Date(u.data[0][i] * 1000).toISOString().slice(0, 10), n: u.data[1][i] };
  });
  await page.mouse.move(pos.x, pos.y);
  await page.mouse.click(pos.x, pos.y);
  await page.waitForFunction((d) => document.querySelector('#events-scope').textContent
    .includes(d), pos.day);
  await page.waitForFunction(() => document.querySelectorAll('#events li.event').length > 0);
  const dates = await page.$$eval('#events li.event .head', (l) => l.map((h) => h.textContent));
  const onDay = dates.filter((t) => t.includes(pos.day)).length;
  const listed = await page.$$eval('#events li.event', (l) => l.length);
  check(listed === pos.n && onDay === listed,
    `clicking ${pos.day} lists its ${pos.n} events (listed ${listed})`);
  await page.screenshot({ path: path.join(out, 'dyad.png'), fullPage: true });

  // The map shows points, sized by mentions.
  n = await loads();
  await page.click('#nav-map');
  await loaded(n);
  await page.waitForSelector('#map circle.point');
  const points = await page.$$eval('#map circle.point', (l) => l.map((c) => c.dataset.name));
  const countries = await page.$$eval('#map path.country', (l) => l.length);
  check(points.includes('Idlib') && countries > 100,
    `the map draws ${countries} countries and points at ${points.join(', ')}`);
  await page.screenshot({ path: path.join(out, 'map.png'), fullPage: true });

  // Filters change the counts: text, then place, then clear.
  const before = await count();
  n = await loads();
  await page.fill('#filters input[name=q]', 'drones');
  await page.click('#filters button[type=submit]');
  await loaded(n);
  const drones = await count();
  check(drones > 0 && drones < before, `text filter: ${before} -> ${drones} events`);
  check(page.url().includes('q=drones'), 'the filter is in the address');
  n = await loads();
  await page.fill('#filters input[name=q]', '');
  await page.fill('#filters input[name=place]', 'Idlib');
  await page.click('#filters button[type=submit]');
  await loaded(n);
  const idlib = await count();
  const idlibPoints = await page.$$eval('#map circle.point', (l) => l.length);
  check(idlib > 0 && idlib < before && idlibPoints === 1,
    `place filter: ${idlib} events, ${idlibPoints} point`);
  n = await loads();
  await page.click('#nav-overview');
  await loaded(n);
  check((await count()) === idlib, 'the filter stays when the view changes');
  n = await loads();
  await page.click('#clear');
  await loaded(n);
  check((await count()) === total, 'clearing the filters restores the count');
  check(pageErrors.length === 0, 'no errors in the page' +
    (pageErrors.length ? ': ' + pageErrors.join(' | ') : ''));
} catch (e) {
  console.log('FAIL ' + e.message);
  failures++;
  await page.screenshot({ path: path.join(out, 'failure.png'), fullPage: true }).catch(() => {});
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
