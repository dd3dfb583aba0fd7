// What `npm pack` would ship, checked after a build (and the examples' build): the package's own
// files, and nothing of the repository's: no example bundles, test drivers, tests, source maps or
// a second copy of the logos. Run with `npm run check:pack` (.ci/run does, last before the tests).
import { execFileSync } from 'node:child_process';

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
if (problems.length) {
  console.error(`check-pack: npm pack would ship the wrong files (run npm run build first):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-pack: ${paths.length} files, the package's own only.`);
