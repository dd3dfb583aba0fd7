import { build } from 'vite';
await build({ configFile: 'vite.config.ts', logLevel: 'silent', build: { write: false }, plugins: [{ name: 'x', generateBundle(_, bundle) {
  for (const [name, c] of Object.entries(bundle)) { if (c.type !== 'chunk' || /^(ar|de|fr|es|nl)-/.test(name)) continue;
    const rows = Object.entries(c.modules).map(([id, m]) => [id.replace(/.*node_modules\//, 'nm/').replace(/.*\/main\//, ''), m.renderedLength]).sort((a, b) => b[1] - a[1]);
    console.log('==', name, c.code.length); for (const [id, n] of rows.slice(0, +process.env.N || 25)) console.log(String(n).padStart(7), id); } } }] });
