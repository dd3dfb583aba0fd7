/**
 * The shipped files, as an integrator uses them: the standalone bundle on a plain page, and the
 * package entry, which must not register anything by itself. Needs `npm run build` (pretest).
 */
import { expect, waitUntil } from '@open-wc/testing';

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
    for (const tag of ['system', 'general', 'timezone', 'auth', 'credentials', 'review'])
      expect(win.customElements.get(`connector-wizard-${tag}-step`), tag).to.not.equal(undefined);
    const el = frame.contentDocument!.querySelector('connector-wizard')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[data-step="general"]'), 'renders the first step', { timeout: 5000 });
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
