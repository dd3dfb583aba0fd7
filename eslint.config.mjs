import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Two lints (issue 13): typescript-eslint `recommended` over the TypeScript sources (src, demo), and
// the security lint over dist/ below. `npm run lint` runs both, then the cycle and file-size checks.
//
// Security lint: the shipped code must contain no HTML/JS injection sinks (issue 7).
// It lints the compiled package in dist/ (tsc output, one file per source module, no
// dependencies), so it needs no TypeScript parser and sees exactly what ships.
const sinks = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML is an injection sink; render with lit bindings.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML is an injection sink.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is an injection sink.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'document.write is an injection sink.' },
  { selector: 'CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]', message: 'String timers are eval.' },
  { selector: "CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type='BinaryExpression']", message: 'String timers are eval.' },
  { selector: 'ImportDeclaration[source.value=/unsafe-(html|svg|mathml)/]', message: 'unsafeHTML/unsafeSVG render markup from strings.' },
  { selector: 'CallExpression[callee.name=/^unsafe(HTML|SVG|MathML)$/]', message: 'unsafeHTML/unsafeSVG render markup from strings.' },
];

export default defineConfig([
  {
    files: ['dist/**/*.js'],
    // The standalone bundle and the files it loads (later steps, drafts, locales) and the built
    // framework examples contain lit, zod, idb, React and Vue, which are not ours to lint; our
    // code in them is linted in tsc's one-file-per-module output.
    ignores: ['dist/connector-wizard.js', 'dist/connector-wizard-*.js', 'dist/examples/**'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error', noInlineConfig: true },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', ...sinks],
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write' },
        { object: 'document', property: 'writeln' },
        { object: 'window', property: 'eval' },
        { object: 'globalThis', property: 'eval' },
      ],
    },
  },
  {
    // Non-type-aware `recommended`: no TypeScript program, so no type information from a compiler other
    // than the one that checks the code. typescript-eslint 8 parses with the classic compiler API (TS <= 6.0),
    // which TS 7 no longer has: package.json installs `typescript` as @typescript/typescript6 for it, and TS 7
    // as @typescript/native, which the typecheck/build scripts run by path (a bare `tsc` may be TS 6's).
    files: ['src/**/*.ts', 'demo/**/*.ts', 'demo/**/*.tsx'],
    extends: [tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The code marks deliberately unused names with a leading `_` (rest-destructuring to drop a key, callback arguments).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `declare module 'react' { namespace JSX { ... } }` is how React types a custom element's JSX attributes.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
    },
  },
  {
    // The demo page plays an integrator: it uses what the package exports (src/index.ts, src/define.ts), never internals.
    files: ['demo/demo.ts', 'demo/page/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '/src/(?!(index|define)\\.js$)', message: 'The demo page uses only what the package exports.' }] }],
    },
  },
  {
    files: ['src/**/*.test.ts', 'src/test/**/*.ts', 'demo/catalogues/*.d.ts'],
    rules: {
      // Chai assertions end in properties (`expect(x).to.exist`, `.to.be.true`): expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests read raw IndexedDB records and build broken catalogues on purpose: shapes no type describes.
      '@typescript-eslint/no-explicit-any': 'off',
      // @open-wc's waitUntil gives up after 1 s, which a loaded CI machine outruns: src/test/wait.ts waits 5 s unless told.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@open-wc/testing', importNames: ['waitUntil'], message: 'Import waitUntil from src/test/wait.ts (5 s unless told).' }] },
      ],
    },
  },
]);
