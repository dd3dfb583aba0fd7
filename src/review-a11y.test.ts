/**
 * Review of accessibility as a keyboard-only and screen-reader user meets it, on a host page with
 * its own h1 and landmarks. Each test states what docs/accessibility.md promises and fails where
 * the element does otherwise.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';
import {
  advanceTo,
  button,
  deepActiveElement,
  freshApi,
  GROUPS,
  inStep,
  sampleCatalogue,
  settle,
  SHOPIFY_TOKEN,
  stepElement,
  tabFromBefore,
  type,
  uniqueDatabase,
} from './test/fixtures.js';

/** Every live region in the wizard and its step: polite, status, alert. */
const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
function liveRegions(el: ConnectorWizard): Element[] {
  const roots = [el.shadowRoot!, stepElement(el)?.shadowRoot].filter(Boolean) as ShadowRoot[];
  return roots.flatMap((r) => [...r.querySelectorAll(LIVE)]);
}

/** What has the focus, said in words a failure message can show ("body" when it fell to the page). */
function focused(): string {
  const e = deepActiveElement();
  if (!e || e === document.body) return 'body';
  const host = (e.getRootNode() as ShadowRoot).host?.tagName.toLowerCase() ?? 'document';
  return `${e.tagName.toLowerCase()}[part=${e.getAttribute('part') ?? ''}] "${(e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}" in ${host}`;
}

interface Hosted {
  catalogueSrc?: string;
  system?: string;
  endpoint?: string;
  testEndpoint?: string;
}

/** The wizard in the main of a host page with its own banner and h1, as integrators embed it. */
async function hosted(opts: Hosted = {}): Promise<ConnectorWizard> {
  for (const earlier of document.querySelectorAll('.host-page')) earlier.remove();
  const catalogue = opts.catalogueSrc ? undefined : await sampleCatalogue();
  const page = await fixture<HTMLElement>(html`<div class="host-page">
    <header><h1>Connectors</h1></header>
    <main>
      <connector-wizard
        .draftDatabase=${uniqueDatabase()}
        .catalogue=${catalogue}
        catalogue-src=${ifDefined(opts.catalogueSrc)}
        .groups=${GROUPS}
        system=${ifDefined(opts.system)}
        endpoint=${ifDefined(opts.endpoint)}
        test-endpoint=${ifDefined(opts.testEndpoint)}
        .retryPolicy=${{ baseDelayMs: 20, maxDelayMs: 100 }}
        .requestTimeout=${3000}
      ></connector-wizard>
    </main>
  </div>`);
  return page.querySelector<ConnectorWizard>('connector-wizard')!;
}

describe('review: accessibility for keyboard and screen-reader users', () => {
  it('a catalogue that fails to load while the keyboard user waits on Cancel keeps the focus in the wizard, not on body', async () => {
    // The catalogue arrives in pieces, then the connection drops: a network failure, with Try again.
    const el = await hosted({ catalogueSrc: '/__faults/trickle?every=150&cutAfter=4' });
    await waitUntil(() => el.shadowRoot!.querySelector('[data-loading]'), 'Loading systems… shown');
    const before = await tabFromBefore(el, '[part~="cancel"]');
    try {
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="catalogue-error"]'), 'the catalogue failed', { timeout: 6000 });
      await settle(el);
      expect(focused(), 'the focus after the catalogue failed (Try again or the problem heading expected)').to.not.equal('body');
    } finally {
      before.remove();
    }
  });
});
