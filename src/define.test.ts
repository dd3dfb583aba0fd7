/**
 * The shipped files, as an integrator uses them: the standalone bundle on a plain page, and the
 * package entry, which must not register anything by itself. Needs `npm run build` (pretest).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './test/wait.js';

function framePage(body: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body>${body}</body></html>`;
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}

describe('shipped files', () => {
  it('the standalone bundle has no bare imports left', async () => {
    const text = await (await fetch('/dist/connector-wizard.js', { cache: 'no-store' })).text();
    expect(text.length).to.be.greaterThan(1000);
    expect(text).to.not.match(/\bfrom\s*["'](?![./])/);
    expect(text).to.not.match(/\bimport\s*\(?\s*["'](?![./])/);
  });

  it('one <script type="module"> of the standalone bundle is enough to run the wizard', async () => {
    const frame = await framePage(
      `<connector-wizard catalogue-src="/demo/sample-catalogue.json" no-drafts system="xero"></connector-wizard>
       <script type="module" src="/dist/connector-wizard.js"></script>`,
    );
    const win = frame.contentWindow!;
    await waitUntil(() => win.customElements.get('connector-wizard'), 'defined', { timeout: 5000 });
    const el = frame.contentDocument!.querySelector('connector-wizard')!;
    // With system="xero" the first step is General, from the chunk the bundle loads beside itself.
    await waitUntil(() => el.shadowRoot?.querySelector('[data-step="general"]')?.shadowRoot?.querySelector('h2'), 'renders the first step', { timeout: 5000 });
    for (const tag of ['system', 'general', 'timezone', 'auth', 'credentials', 'review'])
      expect(win.customElements.get(`connector-wizard-${tag}-step`), tag).to.not.equal(undefined);
    frame.remove();
  });

  it('the package entry has no side effects: importing it defines no element', async () => {
    const frame = await framePage(
      `<script type="module">
         const m = await import('/dist/index.js');
         window.result = { exported: typeof m.ConnectorWizard, defined: customElements.get('connector-wizard') !== undefined };
       </script>`,
    );
    const win = frame.contentWindow as Window & { result?: { exported: string; defined: boolean } };
    await waitUntil(() => win.result, 'module ran', { timeout: 5000 });
    expect(win.result).to.deep.equal({ exported: 'function', defined: false });
    frame.remove();
  });
});

describe('integrator examples (demo/examples, built by pretest)', () => {
  /** Completes the flow inside a frame, as a person would, through the element's public API. */
  async function completeIn(frame: HTMLIFrameElement) {
    const doc = frame.contentDocument!;
    const el = await waitUntil(
      () => doc.querySelector('connector-wizard')?.shadowRoot?.querySelector('[data-step]') && doc.querySelector('connector-wizard'),
      'wizard rendered',
      { timeout: 5000 },
    ).then(() => doc.querySelector('connector-wizard') as HTMLElement & { next(): Promise<boolean>; submit(): Promise<boolean> });
    const step = async (name: string) => {
      await waitUntil(() => el.shadowRoot!.querySelector(`[data-step="${name}"]`)?.shadowRoot?.querySelector('h2'), name);
      return el.shadowRoot!.querySelector(`[data-step="${name}"]`)!.shadowRoot!;
    };
    const set = (root: ShadowRoot, selector: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(selector)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
    };
    const general = await step('general');
    set(general, '#field-name', 'From a framework');
    general.querySelector<HTMLInputElement>('#environment-live')!.click();
    await el.next();
    await step('timezone');
    await el.next();
    (await step('auth')).querySelector<HTMLInputElement>('#auth-access-token')!.click();
    await el.next();
    const credentials = await step('credentials');
    set(credentials, '#field-credentials-shop', 'framework-store');
    set(credentials, '#field-credentials-accessToken', 'shpat_0123456789abcdef0123456789abcdef');
    await el.next();
    await step('review');
    await el.submit();
    await waitUntil(() => doc.querySelector('#created')?.textContent === 'From a framework (shopify)', 'the framework saw connector-created', { timeout: 5000 });
  }

  for (const example of ['vite-app', 'react', 'vue'])
    it(`${example}: properties and the connector-created event work through the framework`, async () => {
      const frame = document.createElement('iframe');
      frame.style.width = '900px';
      frame.style.height = '700px';
      frame.src = `/dist/examples/${example}/index.html`;
      document.body.append(frame);
      await new Promise((r) => frame.addEventListener('load', r, { once: true }));
      await completeIn(frame);
      frame.remove();
    });
});

describe('registering the tags', () => {
  it('a tag other code defined first is left to it, and the console says so; one a copy of this bundle defined is not named', async () => {
    const frame = await framePage(
      `<script type="module">
         const said = (window.said = []);
         const warn = console.warn;
         console.warn = (...args) => (said.push(args.join(' ')), warn(...args));
         customElements.define('connector-wizard', class extends HTMLElement {});
         await import('/dist/connector-wizard.js');
         await import('/dist/connector-wizard.js?again');
         window.loaded = true;
       </script>`,
    );
    const win = frame.contentWindow as Window & { said?: string[]; loaded?: boolean };
    await waitUntil(() => win.loaded, 'loaded', { timeout: 5000 });
    const about = (win.said ?? []).filter((text) => text.includes('already defined'));
    // Once per copy loaded: each finds the tag taken by the page's own class.
    expect(about, JSON.stringify(win.said)).to.have.length(2);
    for (const text of about) expect(text).to.contain('<connector-wizard>: connector-wizard already defined by other code').and.not.contain('system-step');
    expect(win.customElements.get('connector-wizard-system-step'), 'the tags still free are defined').to.not.equal(undefined);
    frame.remove();
  });
});
