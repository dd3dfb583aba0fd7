// One cold start in a fresh page (run.mjs opens several): nothing of the wizard is loaded yet,
// and the bench server sends every file with no-store. Drafts are on, as by default, unless
// the page is opened with ?drafts=0.
const params = new URLSearchParams(location.search);
// ?src=1: the element fetches the catalogue itself (catalogue-src), as the demo does.
const catalogue = params.get('src') === '1' ? undefined : await (await fetch('/demo/sample-catalogue.json')).json();
const host = document.getElementById('host');
const step = (el, name) => el.shadowRoot?.querySelector(`[data-step="${name}"]`)?.shadowRoot?.querySelector('h2');
// A task without the 4 ms clamp of nested timers, so the timings keep sub-millisecond steps.
const tick = () =>
  new Promise((r) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = r;
    channel.port2.postMessage(0);
  });
const until = async (check) => {
  const end = performance.now() + 10_000;
  while (!check() && performance.now() < end) await tick();
  if (!check()) throw new Error('timed out');
};

const t0 = performance.now();
// ?preload=1: the page names the chunks up front, as README "Loading" suggests.
if (params.get('preload') === '1')
  for (const name of ['draft-controller']) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = `/dist/connector-wizard-${name}.js`;
    document.head.append(link);
  }
// ?entry= points at another build of the bundle, to compare two versions on one machine.
await import(params.get('entry') ?? '/dist/connector-wizard.js');
const loaded = performance.now();
const el = document.createElement('connector-wizard');
el.draftDatabase = `cold-${Date.now()}-${Math.random()}`;
el.noDrafts = params.get('drafts') === '0';
// ?endpoint=1: endpoint mode, so the element also asks for the existing connectors.
if (params.get('endpoint') === '1') el.setAttribute('endpoint', '/bench/connectors');
if (catalogue) el.catalogue = catalogue;
else el.setAttribute('catalogue-src', '/demo/sample-catalogue.json');
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
