/**
 * The wizard as integrators embed it: in the `main` of a page with its own banner and `h1`, so
 * axe weighs landmarks and heading order as on a real page; and the checks every state of it
 * must pass there (axe, no sideways scroll, targets of 24 px).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { auditHostPage } from './audit.js';
import { everyElement, sampleCatalogue, settle, uniqueDatabase, type WizardOptions } from './fixtures.js';

export interface HostPageOptions extends WizardOptions {
  /** The wizard's `heading-level` attribute (unset when absent). */
  headingLevel?: string;
  /** A heading the host puts above the wizard, in its `main`. */
  sectionHeading?: string;
  /** The wizard's `lang` (unset when absent). */
  lang?: string;
  /** The wizard's `oauth-start-url` (unset when absent). */
  oauthStartUrl?: string;
  /** The wizard's `oauth-result-url` (unset when absent). */
  oauthResultUrl?: string;
  /** The wizard's `catalogue-src`: the catalogue is then fetched, not given. */
  catalogueSrc?: string;
}

/** (wizardFixture's bindings, inside a page; it renders the element alone.) */
export async function hostedWizard(options: HostPageOptions = {}): Promise<ConnectorWizard> {
  const catalogue = options.catalogueSrc ? undefined : (options.catalogue ?? (await sampleCatalogue()));
  // One page at a time, as in a browser tab: a second banner and main would fail the audit.
  for (const earlier of document.querySelectorAll('.host-page')) earlier.remove();
  const page = await fixture<HTMLElement>(html`<div class="host-page">
    <header><h1>Connectors</h1></header>
    <main>
      ${options.sectionHeading ? html`<h2>${options.sectionHeading}</h2>` : ''}
      <connector-wizard
        .draftDatabase=${options.draftDatabase ?? uniqueDatabase()}
        .catalogue=${catalogue}
        .groups=${options.groups ?? []}
        .existingConnectors=${options.existingConnectors ?? []}
        system=${ifDefined(options.system)}
        draft-id=${options.draftId ?? 'default'}
        endpoint=${ifDefined(options.endpoint)}
        test-endpoint=${ifDefined(options.testEndpoint)}
        heading-level=${ifDefined(options.headingLevel)}
        lang=${ifDefined(options.lang)}
        oauth-start-url=${ifDefined(options.oauthStartUrl)}
        oauth-result-url=${ifDefined(options.oauthResultUrl)}
        catalogue-src=${ifDefined(options.catalogueSrc)}
        .retryPolicy=${{ baseDelayMs: 20, maxDelayMs: 100 }}
        .requestTimeout=${5000}
      ></connector-wizard>
    </main>
  </div>`);
  const el = page.querySelector<ConnectorWizard>('connector-wizard')!;
  await settle(el);
  return el;
}

export function hostPage(el: ConnectorWizard): HTMLElement {
  const page = el.closest<HTMLElement>('.host-page');
  if (!page) throw new Error('This check audits a host page: make the wizard with hostedWizard()');
  return page;
}

export function noSidewaysScroll(el: ConnectorWizard, state: string) {
  expect(document.documentElement.scrollWidth, `page scrolls sideways in ${state}`).to.be.at.most(window.innerWidth);
  const overflowing = everyElement(el).filter((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.right > window.innerWidth + 1;
  });
  expect(
    overflowing.map((e) => e.outerHTML.slice(0, 80)),
    `overflow in ${state}`,
  ).to.deep.equal([]);
}

/** WCAG 2.5.8: targets at least 24 x 24 CSS px (links inside sentences are exempt). */
export function targetsBigEnough(el: ConnectorWizard, state: string) {
  const small = everyElement(el).filter((e) => {
    if (!e.matches('button, input, select, textarea, [role="option"]')) return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && (r.width < 24 || r.height < 24);
  });
  expect(
    small.map((e) => `${e.tagName} ${e.id || e.className} ${Math.round(e.getBoundingClientRect().width)}x${Math.round(e.getBoundingClientRect().height)}`),
    `small targets in ${state}`,
  ).to.deep.equal([]);
}

/** axe on the host page, no sideways scroll, targets big enough, in `state`. */
export async function checkHosted(el: ConnectorWizard, state: string) {
  await settle(el);
  await auditHostPage(hostPage(el), state);
  noSidewaysScroll(el, state);
  targetsBigEnough(el, state);
}
