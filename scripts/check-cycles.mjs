// No import cycles in src/ (issue 13). Every import counts: value imports, type-only imports
// (`import type`, `typeof import('./x.js')`), re-exports and dynamic `import()`. A cycle through types
// or a lazy import still ties the modules together (and ESLint's import-x/no-cycle skips type-only
// imports, so it misses exactly the cycle issue 13 removed). Tests and test helpers are included.
//
// dependency-cruiser reads TypeScript with the compiler API of the `typescript` package (TS 6 here,
// @typescript/typescript6; the compiler is TS 7, see package.json). Without a supported one it silently
// cruises 0 modules, so this script also checks that every .ts file in src/ was read.
import { readdirSync } from 'node:fs';
import { cruise } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const ROOT = 'src';
const ruleSet = { forbidden: [{ name: 'no-circular', severity: 'error', from: {}, to: { circular: true } }] };
const tsConfigFile = 'tsconfig.json';

const { output } = await cruise(
  [ROOT],
  { validate: true, ruleSet, tsPreCompilationDeps: true, tsConfig: { fileName: tsConfigFile }, doNotFollow: { path: 'node_modules' }, outputType: 'json' },
  {},
  { tsConfig: extractTSConfig(tsConfigFile) },
);
const result = typeof output === 'string' ? JSON.parse(output) : output;

const expected = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `${ROOT}/${file.split('\\').join('/')}`);
const seen = new Set(result.modules.map((module) => module.source));
const unread = expected.filter((file) => !seen.has(file));
if (unread.length > 0) {
  console.error(`check-cycles: dependency-cruiser read ${expected.length - unread.length} of the ${expected.length} files in ${ROOT}/.`);
  console.error('Is a TypeScript with the classic compiler API (<= 6) installed as `typescript`? Files not read:');
  for (const file of unread.slice(0, 10)) console.error(`  ${file}`);
  process.exit(2);
}

// One report per cycle (each cycle is found once from every module on it).
const cycles = new Map();
for (const violation of result.summary.violations) {
  if (violation.rule.name !== 'no-circular') continue;
  const hops = [violation.from, ...violation.cycle.map((hop) => hop.name)];
  const kinds = violation.cycle.map((hop) => hop.dependencyTypes.filter((type) => /^(type-only|type-import|dynamic-import|export)$/u.test(type)).join(' '));
  const start = hops.slice(0, -1).reduce((min, name, index) => (name < hops[min] ? index : min), 0);
  const key = [...hops.slice(start, -1), ...hops.slice(0, start)].join(' -> ');
  const lines = hops.map((name, index) => (index === 0 ? name : `  -> ${name}${kinds[index - 1] ? `  (${kinds[index - 1]})` : ''}`));
  if (!cycles.has(key)) cycles.set(key, lines);
}

if (cycles.size > 0) {
  console.error(`check-cycles: ${cycles.size} import cycle(s) in ${ROOT}/:`);
  for (const lines of cycles.values()) console.error(`\n${lines.join('\n')}`);
  process.exit(1);
}
console.log(`check-cycles: no import cycles (${result.summary.totalCruised} modules, ${result.summary.totalDependenciesCruised} imports, type-only and dynamic included).`);
