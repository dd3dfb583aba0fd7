// Security lint: the shipped code must contain no HTML/JS injection sinks (issue 7).
// It lints the compiled package in dist/ (tsc output, one file per source module, no
// dependencies), so it needs no TypeScript parser and sees exactly what ships.
const sinks = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML is an injection sink; render with lit bindings.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML is an injection sink.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is an injection sink.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'document.write is an injection sink.' },
  { selector: "CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]", message: 'String timers are eval.' },
  { selector: "CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type='BinaryExpression']", message: 'String timers are eval.' },
  { selector: "ImportDeclaration[source.value=/unsafe-(html|svg|mathml)/]", message: 'unsafeHTML/unsafeSVG render markup from strings.' },
  { selector: "CallExpression[callee.name=/^unsafe(HTML|SVG|MathML)$/]", message: 'unsafeHTML/unsafeSVG render markup from strings.' },
];

export default [
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
];
