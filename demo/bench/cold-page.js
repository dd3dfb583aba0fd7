// One cold start in a fresh page (run.mjs opens several): nothing of the wizard is loaded yet,
// and the bench server sends every file with no-store. Drafts are on, as by default, unless
// the page is opened with ?drafts=0.
const catalogue = await (await fetch('/demo/sample-catalogue.json')).json();
const host = document.getElementById('host');
const step = (el, name) => el.shadowRoot?.querySelector(`[data-step="${name}"]`)?.shadowRoot?.querySelector('h2');
const until = async (check) => {
  for (let i = 0; i < 2000 && !check(); i++) await new Promise((r) => setTimeout(r, 1));
  if (!check()) throw new Error('timed out');
};

const t0 = performance.now();
await import('/dist/connector-wizard.js');
const loaded = performance.now();
const el = document.createElement('connector-wizard');
el.draftDatabase = `cold-${Date.now()}-${Math.random()}`;
el.noDrafts = new URLSearchParams(location.search).get('drafts') === '0';
el.catalogue = catalogue;
host.append(el);
await until(() => step(el, 'system'));
await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const painted = performance.now();
// Continue at once, before the browser is idle: the later module may still be on its way.
step(el, 'system').getRootNode().querySelector('#system-shopify').click();
await el.updateComplete;
const t1 = performance.now();
void el.next();
await until(() => step(el, 'general'));
const moved = performance.now();
window.coldResults = { load: loaded - t0, firstStep: painted - loaded, continue: moved - t1 };
