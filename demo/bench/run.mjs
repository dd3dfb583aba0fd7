// npm run bench: builds, measures bytes, then runs demo/bench/bench-page.js in headless Chromium
// against the built standalone bundle and prints one table (median of repeated runs, min, max).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { otherBuild, serveBuilds } from './other-build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(chromePath)) {
  console.error(`No Chrome or Chromium at ${chromePath}; set CHROME_PATH (Debian: apt-get install -y chromium).`);
  process.exit(1);
}
/** A count from the environment, or `fallback` (said) when it is not a whole number of at least 1. */
const countFrom = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 1) return n;
  console.warn(`${name}=${raw} is not a whole number of at least 1: using ${fallback}.`);
  return fallback;
};
const runs = countFrom('BENCH_RUNS', 15);
// Fresh pages per cold row (BENCH_COLD_RUNS): at least 3; against another tree an even count, so each tree goes first as often.
const coldAsked = Math.max(3, countFrom('BENCH_COLD_RUNS', runs));
// BENCH_AGAINST=<another checkout, built> (or COMPARE_DIR=<another dist>): that build's cold starts are
// measured page for page between this tree's, so load on the machine falls on both alike (other-build.mjs).
const other = otherBuild();
const COLD_RUNS = other && coldAsked % 2 ? coldAsked + 1 : coldAsked;
if (COLD_RUNS !== coldAsked) console.warn(`BENCH_COLD_RUNS: ${COLD_RUNS} fresh pages, not ${coldAsked}, so each tree goes first as often.`);
/** What a page pays, in bytes of gzip (src/size-budget.test.ts checks the same figures). */
const FIRST_STEP_BUDGET = 69_080;
const WHOLE_FLOW_BUDGET = 132_860;

console.log('Building…');
execSync('npm run build --silent', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
/** kB = 1,000 bytes, as the budget counts them. */
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;

const bundle = readFileSync(join(root, 'dist/connector-wizard.js'));
// The chunks the entry loads on demand (import("./name-hash.js")), by name.
const chunkFiles = Object.fromEntries(
  [...bundle.toString('utf8').matchAll(/\bimport\(\s*["'`]\.\/(connector-wizard-([\w-]+)\.js)["'`]\s*\)/gu)].map(([, file, name]) => [
    name,
    readFileSync(join(root, 'dist', file)),
  ]),
);
const entry = await esbuild.build({
  entryPoints: [join(root, 'src/index.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  external: ['lit', 'lit/*', '@lit/*', 'zod', 'zod/*', 'idb'],
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'silent',
});
const entryBytes = Buffer.from(entry.outputFiles[0].contents);
const meta = await esbuild.build({
  entryPoints: [join(root, 'src/standalone.ts')],
  entryNames: 'define',
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  splitting: true,
  outdir: '/tmp/connector-wizard-bench',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'silent',
});
// What the entry itself holds: its output and the chunks it imports statically, not the lazy ones.
const outputs = meta.metafile.outputs;
const entryName = Object.keys(outputs).find((name) => name.endsWith('define.js'));
const initial = new Set([entryName]);
for (const name of initial) for (const imp of outputs[name].imports) if (imp.kind === 'import-statement') initial.add(imp.path);
const contributions = {};
for (const [input, { bytesInOutput }] of [...initial].flatMap((name) => Object.entries(outputs[name].inputs))) {
  const pkg = input.includes('node_modules/')
    ? input
        .split('node_modules/')[1]
        .split('/')
        .slice(0, input.includes('node_modules/@') ? 2 : 1)
        .join('/')
    : 'connector-wizard (src)';
  contributions[pkg] = (contributions[pkg] ?? 0) + bytesInOutput;
}
const minTotal = Object.values(contributions).reduce((a, b) => a + b, 0);

const server = await serveBuilds({ root, other });
const { port } = server;

const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
});
const version = await browser.version();
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
console.log(`Running in ${version} (${runs} runs per measurement)…`);
await page.goto(`http://127.0.0.1:${port}/demo/bench/index.html?runs=${runs}`);
await page.waitForFunction(() => window.benchResults || null, { timeout: 600_000, polling: 500 }).catch(() => undefined);
const results = await page.evaluate(() => window.benchResults);
// Cold starts: a fresh page each, nothing loaded yet, every file fetched again (no-store). One page
// of each kind first, not counted; then rounds of one page with drafts and one with no-drafts (of
// each build, in turns, with BENCH_AGAINST).
const builds = { this: '/dist/connector-wizard.js', ...(other && { against: other.entry }) };
const coldOf = () => ({ load: [], firstStep: [], continue: [], firstStepNoDrafts: [] });
const colds = Object.fromEntries(Object.keys(builds).map((name) => [name, coldOf()]));
const cold = colds.this;
const coldStart = async (entry, drafts) => {
  const coldPage = await browser.newPage();
  coldPage.on('pageerror', (e) => errors.push(e.message));
  await coldPage.goto(`http://127.0.0.1:${port}/demo/bench/cold.html?entry=${entry}${drafts ? '' : '&drafts=0'}`);
  const r = await coldPage.waitForFunction(() => window.coldResults || null, { timeout: 60_000, polling: 50 }).then((h) => h.jsonValue());
  await coldPage.close();
  return r;
};
for (const entry of results ? Object.values(builds) : []) for (const drafts of [true, false]) await coldStart(entry, drafts);
for (let i = 0; i < COLD_RUNS && results; i++) {
  const order = Object.entries(builds);
  if (i % 2) order.reverse();
  for (const drafts of [true, false])
    for (const [name, entry] of order) {
      const r = await coldStart(entry, drafts);
      if (drafts) for (const key of ['load', 'firstStep', 'continue']) colds[name][key].push(r[key]);
      else colds[name].firstStepNoDrafts.push(r.firstStep);
    }
}
await browser.close();
server.close();
if (!results) {
  console.error(`The bench page did not finish: ${errors.join('; ')}`);
  process.exit(1);
}

const rows = [];
const ok = (pass) => (pass ? 'ok' : 'OVER');
const sizes = (buf) => [`${kb(gzip(buf))} gzip`, `${kb(brotli(buf))} brotli`, `${kb(buf.length)} min`];
rows.push(['dist/connector-wizard.js: the entry (no budget of its own)', ...sizes(bundle), '', '']);
for (const [pkg, bytes] of Object.entries(contributions).sort((a, b) => b[1] - a[1]))
  rows.push([`  of which ${pkg} (minified)`, `${kb(bytes)} min`, `${Math.round((bytes / minTotal) * 100)} %`, '', '', '']);
const lazy = {
  later: 'later steps, sending, OAuth (fetched once the first step is on screen)',
  'draft-controller': 'drafts: IndexedDB, other tabs (on connect; never with no-drafts)',
  'catalogue-text': 'reading a fetched catalogue that is not UTF-8 (only for one)',
};
for (const [name, label] of Object.entries(lazy)) if (chunkFiles[name]) rows.push([`  + ${label}`, ...sizes(chunkFiles[name]), '', '']);
const locales = Object.entries(chunkFiles).filter(([name]) => !lazy[name]);
if (locales.length)
  rows.push([
    `  + one locale (${locales.map(([n]) => n).join(', ')}; only when asked for)`,
    `${kb(Math.min(...locales.map(([, b]) => gzip(b))))}–${kb(Math.max(...locales.map(([, b]) => gzip(b))))} gzip`,
    '',
    '',
    '',
    '',
  ]);
const firstStep = gzip(bundle) + gzip(chunkFiles['draft-controller'] ?? Buffer.alloc(0));
const wholeFlow = firstStep + gzip(chunkFiles.later ?? Buffer.alloc(0));
rows.push(['  = first step with drafts on (entry + drafts)', `${kb(firstStep)} gzip`, '', '', `≤ ${kb(FIRST_STEP_BUDGET)}`, ok(firstStep <= FIRST_STEP_BUDGET)]);
rows.push(['  = whole flow, English (entry + drafts + later)', `${kb(wholeFlow)} gzip`, '', '', `≤ ${kb(WHOLE_FLOW_BUDGET)}`, ok(wholeFlow <= WHOLE_FLOW_BUDGET)]);
rows.push(['package entry, dependencies external', `${kb(gzip(entryBytes))} gzip`, `${kb(brotli(entryBytes))} brotli`, `${kb(entryBytes.length)} min`, '', '']);
const fmt = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
const firstRender = results.find((r) => r.name.startsWith('First render:'));
const floor = results.find((r) => r.name.startsWith('First render floor'));
for (const r of results) {
  const budget = r.budget === undefined ? '' : `≤ ${r.budget} ${r.unit}`;
  rows.push([r.name, `${fmt(r.median)} ${r.unit}`, `min ${fmt(r.min)}`, `max ${fmt(r.max)}`, budget, r.budget === undefined ? '' : ok(r.median <= r.budget)]);
  if (r === floor) {
    const ratio = firstRender.median / floor.median;
    rows.push(['First render ÷ floor (medians)', ratio.toFixed(1), '', '', '≤ 3', ok(ratio <= 3)]);
  }
}
/** The `q` quantile of the samples, between neighbours where it falls between two (0.5: the median, the mean of the two middle ones for an even count). */
const quantile = (samples, q) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = q * (sorted.length - 1);
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
};
// The middle half (25th to 75th percentile) says how far one fresh page strays, min and max the worst.
const spread = (samples) => `mid half ${fmt(quantile(samples, 0.25))}–${fmt(quantile(samples, 0.75))}`;
const coldRow = (name, samples) =>
  rows.push([name, `${fmt(quantile(samples, 0.5))} ms`, `min ${fmt(Math.min(...samples))}`, `max ${fmt(Math.max(...samples))}`, spread(samples), '']);
coldRow(`Cold (${COLD_RUNS} fresh pages): load and run the entry module`, cold.load);
coldRow('Cold: first step painted, drafts on (draft module + IndexedDB)', cold.firstStep);
coldRow('Cold: first step painted, no-drafts', cold.firstStepNoDrafts);
coldRow('Cold: Continue from System at once (later module may still be loading)', cold.continue);
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
const line = (row) => `| ${row.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
console.log();
console.log(line(['measurement', 'median / size', 'min', 'max', 'budget (cold: spread)', '']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log();
if (other) {
  // Each round's two pages ran one after the other: their difference is read in pairs, so what the machine did meanwhile cancels out.
  const keys = {
    load: 'load and run the entry module',
    firstStep: 'first step painted, drafts on',
    firstStepNoDrafts: 'first step painted, no-drafts',
    continue: 'Continue from System at once',
  };
  const compared = [['Cold, ms (median, mid half)', 'this tree', `against ${other.label}`, 'this − against, paired']];
  for (const [key, label] of Object.entries(keys)) {
    const [mine, theirs] = [colds.this[key], colds.against[key]];
    const diffs = mine.map((v, i) => v - theirs[i]);
    const cell = (s) => `${fmt(quantile(s, 0.5))} (${fmt(quantile(s, 0.25))}–${fmt(quantile(s, 0.75))})`;
    compared.push([label, cell(mine), cell(theirs), cell(diffs)]);
  }
  const w = compared[0].map((_, i) => Math.max(...compared.map((row) => String(row[i]).length)));
  const l = (row) => `| ${row.map((c, i) => String(c).padEnd(w[i])).join(' | ')} |`;
  console.log(l(compared[0]));
  console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
  for (const row of compared.slice(1)) console.log(l(row));
  console.log();
}
console.log(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; ${version}; Node ${process.version}; ${runs} runs; ${new Date().toISOString().slice(0, 10)}.`,
);
