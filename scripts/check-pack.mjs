// What `npm pack` would ship, checked after a build (and the examples' build): the package's own
// files, and nothing of the repository's: no example bundles, test drivers, tests, source maps or
// a second copy of the logos; and the Custom Elements Manifest names what ships. Run with `npm run check:pack` (.ci/run does, last before the tests).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [{ files }] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const paths = files.map((f) => f.path);
const must = [
  'package.json',
  'README.md',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/define.js',
  'dist/define.d.ts',
  'dist/connector-wizard.js',
  'dist/custom-elements.json',
  'demo/sample-catalogue.json',
  'demo/examples/vite-app/main.ts',
  'demo/examples/react/main.tsx',
  'demo/examples/vue/main.ts',
];
const never = [
  [/^dist\/examples\//u, 'the examples built for the tests'],
  [/csp-driver/u, 'the CSP test driver'],
  [/^dist\/logos\//u, 'a second copy of the logos (they ship from demo/public/logos)'],
  [/\.test\.(js|d\.ts)$/u, 'a test'],
  [/\.map$/u, 'a source map'],
  [/^src\//u, 'the sources'],
];
const problems = [
  ...must.filter((path) => !paths.includes(path)).map((path) => `missing: ${path}`),
  ...paths.flatMap((path) => never.filter(([pattern]) => pattern.test(path)).map(([, what]) => `ships ${what}: ${path}`)),
];
// The Custom Elements Manifest describes the package as shipped: modules it names are in the
// pack, every tag is defined, and every event names its class.
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const named = new Set();
const collect = (node) => {
  if (Array.isArray(node)) node.forEach(collect);
  else if (node && typeof node === 'object') for (const [key, value] of Object.entries(node)) key === 'module' ? named.add(value) : collect(value);
};
for (const mod of manifest.modules) {
  named.add(mod.path);
  collect(mod.declarations);
  collect(mod.exports);
}
const packages = new Set(['lit', 'lit-element', 'lit-html', '@lit/reactive-element', '@lit/context', 'zod', 'zod/mini', 'idb']);
problems.push(
  ...[...named].filter((module) => !paths.includes(module) && !packages.has(module)).map((module) => `custom-elements.json names a module that does not ship: ${module}`),
);
const tags = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName));
const defined = manifest.modules.flatMap((mod) => (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
problems.push(...tags.filter((tag) => !defined.includes(tag)).map((tag) => `custom-elements.json never defines <${tag}>`));
problems.push(...defined.filter((tag) => !tags.includes(tag)).map((tag) => `custom-elements.json defines <${tag}>, which no class declares`));
for (const mod of manifest.modules)
  for (const d of mod.declarations ?? []) {
    for (const event of d.events ?? []) if (!event.type?.text) problems.push(`custom-elements.json: <${d.tagName}>'s ${event.name} has no type`);
    // Internal state (`_name`, `{ state: true }` without `attribute: false`) is no attribute an editor should offer.
    for (const attribute of d.attributes ?? [])
      if (/^_/u.test(attribute.name)) problems.push(`custom-elements.json: <${d.tagName}> offers internal state as the attribute ${attribute.name}`);
  }
// Every tag the package registers, the step a page that defines the class itself must register too included (docs/contract.md).
for (const tag of ['connector-wizard', ...['system', 'general', 'timezone', 'auth', 'credentials', 'review'].map((step) => `connector-wizard-${step}-step`)])
  if (!tags.includes(tag)) problems.push(`custom-elements.json has no <${tag}>`);

if (problems.length) {
  console.error(`check-pack: npm pack would ship the wrong files (run npm run build first):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-pack: ${paths.length} files, the package's own only; the manifest describes them (${tags.length} tags).`);
