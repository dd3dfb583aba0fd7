// What a server-side render meets (Next.js, Nuxt, SvelteKit, Astro import packages in Node at
// build time): the package entry and define.js import in Node, with lit's own Node build and its
// DOM shim, and the element can be constructed there (`@astrojs/lit` and `@lit-labs/ssr` do).
// Run after a build with `npm run check:ssr` (.ci/run does).
const problems = [];
for (const file of ['index.js', 'define.js']) {
  try {
    await import(new URL(`../dist/${file}`, import.meta.url).href);
  } catch (error) {
    problems.push(`dist/${file} throws on import in Node: ${error}`);
  }
}
try {
  const Wizard = globalThis.customElements?.get('connector-wizard');
  if (!Wizard) problems.push('connector-wizard is not defined after importing dist/define.js in Node');
  else new Wizard();
} catch (error) {
  problems.push(`new ConnectorWizard() throws in Node: ${error}`);
}
if (problems.length) {
  console.error(`check-ssr:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('check-ssr: dist/index.js and dist/define.js import in Node, and the element is constructed there.');
