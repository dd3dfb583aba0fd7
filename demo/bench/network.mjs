// npm run bench:network: cold starts under a throttled network (Chromium's "Fast 4G": 165 ms
// latency, about 8 Mbit/s down), files served gzipped as a real server would. It prints the
// median time from importing dist/connector-wizard.js to the first step painted, per setup.
// COMPARE_DIR=/path/to/another/dist (or BENCH_AGAINST=/path/to/another/checkout, built) adds the
// same rows for that build, e.g. an older release (see other-build.mjs).
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
import { otherBuild, serveBuilds } from './other-build.mjs';

if (process.argv.includes('--help')) {
  console.log(`npm run bench:network: cold starts under a throttled network, median of BENCH_RUNS (7) fresh pages per setup.
  BENCH_NETWORK   another of Chromium's presets ('Fast 3G', 'Slow 4G', ...; default 'Fast 4G')
  COMPARE_DIR     another build's dist folder: the same rows for it
  BENCH_AGAINST   another checkout, built: the same rows for its dist (one of the two, not both)
  CHROME_PATH     the browser (default /usr/bin/chromium)`);
  process.exit(0);
}
const root = fileURLToPath(new URL('../..', import.meta.url));
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const other = otherBuild();
const runs = Number(process.env.BENCH_RUNS ?? 7);
// BENCH_NETWORK names another of Chromium's presets ('Fast 3G', 'Slow 4G', ...).
const networkName = process.env.BENCH_NETWORK ?? 'Fast 4G';
const network = PredefinedNetworkConditions[networkName];
if (!network) throw new Error(`BENCH_NETWORK: no preset called ${networkName} (${Object.keys(PredefinedNetworkConditions).join(', ')})`);

console.log('Building…');
execSync('npm run build --silent', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const server = await serveBuilds({
  root,
  other,
  gzip: true,
  // The endpoint of the ?endpoint=1 setup: no connectors yet.
  respond: (req, res) => req.url === '/bench/connectors' && !!res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end('[]'),
});
const { port } = server;
const browser = await puppeteer.launch({ executablePath: chromePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });

const setups = [
  ['drafts on (default), catalogue property', 'drafts=1'],
  ['drafts on, draft chunk named by <link rel=modulepreload>', 'drafts=1&preload=1'],
  ['drafts on, catalogue-src', 'drafts=1&src=1'],
  ['drafts on, endpoint set (existing connectors asked for)', 'drafts=1&endpoint=1'],
  ['no-drafts, catalogue property', 'drafts=0'],
];
const builds = [['this build', '/dist/connector-wizard.js'], ...(other ? [[other.label, other.entry]] : [])];
const rows = [];
for (const [label, query] of setups)
  for (const [build, entry] of builds) {
    if (build !== 'this build' && query.includes('preload')) continue;
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage();
      await page.emulateNetworkConditions(network);
      await page.goto(`http://127.0.0.1:${port}/demo/bench/cold.html?${query}&entry=${entry}`);
      const r = await page.waitForFunction(() => window.coldResults || null, { timeout: 60_000 }).then((h) => h.jsonValue());
      samples.push(r.load + r.firstStep);
      await page.close();
    }
    samples.sort((a, b) => a - b);
    rows.push([label, build, `${samples[Math.floor(samples.length / 2)].toFixed(0)} ms`, `min ${samples[0].toFixed(0)}`, `max ${samples[samples.length - 1].toFixed(0)}`]);
  }
const version = await browser.version();
await browser.close();
server.close();

const widths = rows[0].map((_, i) => Math.max(...[['setup', 'build', 'median', 'min', 'max'], ...rows].map((row) => row[i].length)));
const line = (row) => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log();
console.log(line(['setup', 'build', 'median', 'min', 'max']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log();
console.log(
  `Import of the entry to first step painted, cold, ${runs} fresh pages each; ${networkName} (${network.latency} ms, ${Math.round((network.download * 8) / 1e6)} Mbit/s); ${version}.`,
);
