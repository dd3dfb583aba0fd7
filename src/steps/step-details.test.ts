/** Details of the steps that real pages and catalogues reach: error summary links, long affixes at 320 px, theming hooks, slots without a group, direction controls in labels. */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import {
  advanceTo,
  allInStep,
  currentStepId,
  deepActiveElement,
  everyElement,
  freshApi,
  inStep,
  pressContinue,
  sampleCatalogue,
  settle,
  type,
  wizardFixture,
} from '../test/fixtures.js';

/** The current step's error summary lists something, and each of its links goes somewhere: its target is on the step, and a click focuses it (an error with no field to go to is listed as text). */
async function summaryLinksLand(el: ConnectorWizard, state: string) {
  expect(allInStep(el, '.error-summary li').length, `a summary in ${state}`).to.be.greaterThan(0);
  const links = allInStep<HTMLAnchorElement>(el, '.error-summary a');
  for (const link of links) {
    const id = link.getAttribute('href')!.slice(1);
    const target = inStep(el, `#${id}`);
    expect(target === null, `${state}: the summary links to #${id} ("${link.textContent!.trim()}"), which is not on the step`).to.equal(false);
    link.click();
    await settle(el);
    expect(deepActiveElement() === link, `${state}: activating "${link.textContent!.trim()}" leaves the focus on the link`).to.equal(false);
  }
}

async function fillWoo(el: ConnectorWizard) {
  await type(el, '#field-credentials-storeUrl', 'https://shop.example.com');
  await type(el, '#field-credentials-consumerKey', `ck_${'0123456789abcdef0123456789abcdef01234567'}`.slice(0, 43));
  await type(el, '#field-credentials-consumerSecret', `cs_${'0123456789abcdef0123456789abcdef01234567'}`.slice(0, 43));
}

/** A WooCommerce connector (one way to sign in) filled in up to Review, in endpoint mode, with the page's `groups`. */
async function wooAtReview(groups?: { id: string; name: string }[]) {
  const api = freshApi();
  const el = await wizardFixture({ system: 'woocommerce', endpoint: api.endpoint, ...(groups ? { groups } : {}) });
  await type(el, '#field-name', 'Woo');
  inStep<HTMLInputElement>(el, '#environment-live')!.click();
  await settle(el);
  await advanceTo(el, 'credentials');
  await fillWoo(el);
  await pressContinue(el);
  expect(currentStepId(el)).to.equal('review');
  return { api, el };
}

describe('the error summary after a server refusal', () => {
  it('a 422 on /group when the page gives no groups is not a link to nowhere', async () => {
    // The reference API has two company groups and requires one; this page passes none (a stale or
    // forgotten `groups`), so the server answers 422 with the pointer /group.
    const { el } = await wooAtReview();
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    await summaryLinksLand(el, 'General, 422 on /group without groups');
  });

  it('a 422 on /authType for a system with one authentication type is not a link to nowhere', async () => {
    const { api, el } = await wooAtReview([{ id: 'uk', name: 'UK' }]);
    await api.faults({ kind: 'invalid', errors: [{ pointer: '/authType', detail: 'REST API keys are no longer accepted for new connectors' }] });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(currentStepId(el)).to.equal('auth');
    await summaryLinksLand(el, 'Auth, 422 on /authType with one auth type');
  });
});

describe('320 px with long catalogue text', () => {
  before(() => setViewport({ width: 320, height: 900 }));
  after(() => setViewport({ width: 1280, height: 900 }));

  it('a field prefix such as https://login.microsoftonline.com/ wraps instead of scrolling sideways', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    // 34 characters, well under the catalogue's 100-character limit for a prefix.
    (shopify.authTypes[0]!.fields[0]! as { prefix?: string }).prefix = 'https://login.microsoftonline.com/';
    const el = await wizardFixture({ system: 'shopify', catalogue });
    await advanceTo(el, 'credentials');
    const overflowing = everyElement(el).filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.right > window.innerWidth + 1;
    });
    expect(overflowing.map((e) => e.outerHTML.slice(0, 80))).to.deep.equal([]);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(window.innerWidth);
  });
});

describe('theming through parts and custom properties', () => {
  it('::part(button) styles every button, the Change buttons of Review and the discard question included', async () => {
    const style = document.createElement('style');
    style.textContent = 'connector-wizard::part(button) { text-transform: uppercase; }';
    document.head.append(style);
    try {
      const el = await wizardFixture({ system: 'shopify', groups: [{ id: 'uk', name: 'UK' }] });
      await advanceTo(el, 'review');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="discard"]')!.click();
      await settle(el);
      const buttons = everyElement(el).filter((e): e is HTMLButtonElement => e instanceof HTMLButtonElement);
      expect(buttons.length).to.be.greaterThan(8);
      const unstyled = buttons.filter((b) => getComputedStyle(b).textTransform !== 'uppercase').map((b) => b.textContent!.trim().replace(/\s+/gu, ' '));
      expect(unstyled, 'buttons ::part(button) does not reach').to.deep.equal([]);
    } finally {
      style.remove();
    }
  });

  it('--cw-radius rounds every button, Test connection and Show included, as it rounds Continue and the inputs', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: [{ id: 'uk', name: 'UK' }], testEndpoint: api.testEndpoint });
    el.style.setProperty('--cw-radius', '12px');
    await advanceTo(el, 'credentials');
    await settle(el);
    const radius = (e: Element) => getComputedStyle(e).borderTopLeftRadius;
    expect(radius(el.shadowRoot!.querySelector('[part~="continue"]')!), 'Continue').to.equal('12px');
    expect(radius(inStep(el, '#field-credentials-shop')!), 'an input').to.equal('12px');
    expect(radius(inStep(el, '[part~="test"]')!), 'Test connection').to.equal('12px');
    expect(radius(inStep(el, 'button.toggle')!), 'Show / Hide').to.equal('12px');
  });
});

describe('the one-live-one-testing rule', () => {
  it('an existing connector listed with group "" (no group, as many APIs write it) takes its slot when the page has no groups', async () => {
    const el = await wizardFixture({ system: 'shopify', existingConnectors: [{ name: 'Shop live', system: 'shopify', group: '', environment: 'live' }] });
    expect(inStep<HTMLInputElement>(el, '#environment-live')!.disabled, 'Live is offered though a live Shopify connector exists').to.equal(true);
  });
});

/** Whether a text node is laid out left to right: its first character left of its last. */
function laidOutLtr(node: Text): boolean {
  const text = node.data.trim();
  const start = node.data.indexOf(text);
  const rect = (i: number) => {
    const r = document.createRange();
    r.setStart(node, i);
    r.setEnd(node, i + 1);
    return r.getBoundingClientRect();
  };
  return rect(start).left < rect(start + text.length - 1).left;
}

describe('catalogue labels with direction controls', () => {
  it('a field label ending in U+202E does not turn its (optional) marker around', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    const field = shopify.authTypes[0]!.fields[0]! as { label: string; required?: boolean };
    field.label = 'Store subdomain\u202E';
    field.required = false;
    const el = await wizardFixture({ system: 'shopify', catalogue });
    await advanceTo(el, 'credentials');
    const optional = inStep(el, 'label[for="field-credentials-shop"] .optional')!;
    expect(optional.textContent!.trim()).to.equal('(optional)');
    const node = [...optional.childNodes].find((n): n is Text => n instanceof Text && n.data.trim() !== '')!;
    // Without the U+202E the same check passes: "(optional)" reads left to right.
    expect(laidOutLtr(node), '"(optional)" is drawn as ")lanoitpo("').to.equal(true);
  });
});
