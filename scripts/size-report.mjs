// npm run size:report: where the bytes a page pays go. Builds the standalone bundle with source
// maps into a temporary folder (dist/ is left alone) and, for the files counted by the budgets
// (src/size-budget.test.ts: the entry and the draft file before the first step, the later file
// for the whole flow), prints what each part costs: the bytes of gzip -9 the file loses when that
// part's code is taken out. Parts are a package, or a source folder's modules. A part's cost
// depends on what it compresses against, so the costs add up to about the total, not exactly.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const bySourceFile = process.argv.includes('--files');
const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The part a source belongs to: `lit-html`, `zod`, `src/catalogue`, or with --files the file itself. */
function partOf(source) {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(source);
  if (inPackage) return inPackage[1];
  const own = /\/src\/(.+)$/u.exec(source);
  if (!own) return '(bundler)';
  const folder = own[1].split('/').slice(0, -1).join('/');
  return bySourceFile ? `src/${own[1]}` : folder ? `src/${folder}` : 'src';
}

/** The file's code, split by the part each generated character maps to. */
function split(file) {
  // As dist/ has it: without the comment that names the map.
  const code = readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S*\s*$/u, '');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const mappings = [];
  map.eachMapping((m) => mappings.push(m));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const parts = new Map();
  const add = (part, text) => parts.set(part, (parts.get(part) ?? '') + text);
  let line = 1;
  let column = 0;
  for (const [i, m] of mappings.entries()) {
    // Code before the first mapping of a line (and between lines) is the bundler's own.
    if (m.generatedLine !== line || m.generatedColumn > column) {
      if (m.generatedLine === line) add('(bundler)', lines[line - 1].slice(column, m.generatedColumn));
      line = m.generatedLine;
      column = m.generatedColumn;
    }
    const next = mappings[i + 1];
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : lines[m.generatedLine - 1].length;
    add(m.source ? partOf(m.source) : '(bundler)', lines[m.generatedLine - 1].slice(m.generatedColumn, end));
    column = end;
  }
  return { code, parts };
}

function report(title, file) {
  const { code, parts } = split(file);
  const total = gzip(code);
  const rows = [...parts.keys()].map((part) => {
    const rest = [...parts].filter(([other]) => other !== part).map(([, text]) => text);
    return [part, total - gzip(rest.join(''))];
  });
  rows.sort((a, b) => b[1] - a[1]);
  console.log(`\n${title}: ${(total / 1000).toFixed(2)} kB gzip`);
  for (const [part, cost] of rows) if (cost >= 20) console.log(`  ${(cost / 1000).toFixed(2).padStart(6)} kB  ${part}`);
  const small = rows.filter(([, cost]) => cost < 20);
  if (small.length) console.log(`  ${(small.reduce((n, [, cost]) => n + cost, 0) / 1000).toFixed(2).padStart(6)} kB  ${small.length} parts of less than 0.02 kB each`);
  return total;
}

const outDir = mkdtempSync(join(tmpdir(), 'connector-wizard-size-'));
try {
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: true } });
  const entry = report('Entry (connector-wizard.js), before the first step', join(outDir, 'connector-wizard.js'));
  const drafts = report('Drafts (connector-wizard-draft-controller.js), before the first step with drafts on', join(outDir, 'connector-wizard-draft-controller.js'));
  const later = report('Later steps (connector-wizard-later.js)', join(outDir, 'connector-wizard-later.js'));
  console.log(`\nFirst step with drafts on: ${((entry + drafts) / 1000).toFixed(2)} kB; whole flow in English: ${((entry + drafts + later) / 1000).toFixed(2)} kB.`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
