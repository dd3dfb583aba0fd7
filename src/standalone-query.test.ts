/** The standalone bundle loaded with a cache-busting query (`?v=…`, as WordPress adds `?ver=`): it works, and says what it costs. */
import { expect } from '@open-wc/testing';
import { waitUntil } from './test/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { moduleFault } from './test/module-fault.js';

function blankFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px';
  frame.srcdoc = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body></body></html>';
  document.body.append(frame);
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
}

describe('the standalone bundle loaded with a query', () => {
  for (const query of ['', '?v=2024-11'])
    it(`shows the later steps when loaded as /dist/connector-wizard.js${query}${query ? ', and warns once that it is downloaded twice' : ''}`, async () => {
      const frame = await blankFrame();
      try {
        const win = frame.contentWindow as Window & typeof globalThis;
        const warned: string[] = [];
        const warn = win.console.warn.bind(win.console);
        win.console.warn = (...args: unknown[]) => {
          warned.push(args.map(String).join(' '));
          warn(...args);
        };
        const doc = frame.contentDocument!;
        doc.body.innerHTML = '<connector-wizard no-drafts system="xero" catalogue-src="/demo/sample-catalogue.json"></connector-wizard>';
        const el = doc.querySelector('connector-wizard')!;
        const script = doc.createElement('script');
        script.type = 'module';
        script.src = `/dist/connector-wizard.js${query}`;
        doc.head.append(script);
        await waitUntil(() => el.shadowRoot?.querySelector('[data-step="general"]')?.shadowRoot?.querySelector('#field-name'), 'General shows its name field', {
          timeout: 8000,
        });
        const said = warned.filter((w) => w.includes('<connector-wizard>: loaded as'));
        expect(said, warned.join('\n')).to.have.length(query ? 1 : 0);
        if (query) expect(said[0]).to.contain('connector-wizard.js?v=2024-11').and.contain('download it again. Load it by its plain URL');
      } finally {
        frame.remove();
      }
    });
});

describe('the standalone bundle when a file the later steps import fails once', () => {
  // The runner marks every response cacheable for a year, the injected 503s too: leave none behind.
  after(async () => {
    await moduleFault('/dist/')('');
    await executeServerCommand('clear-browser-cache');
  });

  it('Try again brings the later steps once the network is back: no file beside the entry stays failed until a reload', async () => {
    await executeServerCommand('clear-browser-cache');
    // What the later file imports besides the entry (a chunk it shares with the languages): refused once.
    const later = await (await fetch('/dist/connector-wizard-later.js', { cache: 'no-store' })).text();
    const shared = [...later.matchAll(/(?:from|import)\s*["']\.\/(connector-wizard-[^"']+\.js)["']/gu)].map((m) => m[1]!);
    if (shared[0]) await moduleFault(`/dist/${shared[0]}`)('fail=1');
    const frame = await blankFrame();
    try {
      const doc = frame.contentDocument!;
      doc.body.innerHTML = '<connector-wizard no-drafts system="xero" catalogue-src="/demo/sample-catalogue.json"></connector-wizard>';
      const el = doc.querySelector('connector-wizard')!;
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/connector-wizard.js';
      doc.head.append(script);
      const general = () => el.shadowRoot?.querySelector('[data-step="general"]')?.shadowRoot?.querySelector('#field-name');
      const retry = () => el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="load-error"] [part~="retry"]');
      await waitUntil(() => general() || retry(), 'General, or the alert that it could not be loaded', { timeout: 8000 });
      if (!general()) {
        await moduleFault('/dist/')('');
        retry()!.click();
      }
      await waitUntil(general, `General shows its name field (the later file imports ${shared.join(', ') || 'nothing but the entry'})`, { timeout: 8000 });
      expect(el.shadowRoot!.querySelector('[part~="load-error"]') === null, 'no alert left').to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
