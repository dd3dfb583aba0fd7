/**
 * Texts from elsewhere in a sentence: a right-to-left name, or one carrying a bidi control, is
 * isolated (FSI … PDI) so it cannot reorder the sentence around it; other texts are left as
 * they are. Checked on what the element renders, in English, with a host's override and in
 * Arabic.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import '../define.js';
import type { ConnectorWizard } from './connector-wizard.js';
import { en } from '../messages/english.js';
import {
  advanceTo,
  allInStep,
  GROUPS,
  inStep,
  pasteInto,
  pressContinue,
  sampleCatalogue,
  settle,
  SHOPIFY_TOKEN,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';
const RLI = '\u2067';

/** Whether every isolate in `text` (LRI, RLI, FSI) is closed by its own PDI, and no PDI closes one opened outside the text. */
function isolatesBalanced(text: string): boolean {
  let open = 0;
  for (const c of text) {
    if (c >= '\u2066' && c <= '\u2068') open++;
    else if (c === PDI && --open < 0) return false;
  }
  return open === 0;
}

/** Where `text` starts on screen, within `root`'s text. */
function leftOf(root: Element, text: string): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${text}" is not shown`);
}

const countText = (el: ConnectorWizard) => inStep(el, '#systems-count')?.textContent?.trim();

describe('names in sentences (bidi isolation)', () => {
  it('a right-to-left search is isolated in "No system matches", a left-to-right one is not', async () => {
    const el = await wizardFixture({ noDrafts: true });
    await type(el, '#search-systems', 'שלום');
    expect(countText(el)).to.equal(`No system matches “${FSI}שלום${PDI}”.`);
    await type(el, '#search-systems', 'zzz');
    expect(countText(el)).to.equal('No system matches “zzz”.');
  });

  it('a preset system id carrying a right-to-left override cannot turn the rest of the sentence around', async () => {
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard .draftDatabase=${uniqueDatabase()} .catalogue=${await sampleCatalogue()} system=${`evil${RLO}shop`}></connector-wizard>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'unknown system said');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent!.trim()).to.equal(en.unknownSystem(`${FSI}evil${RLO}shop${PDI}`));
    // As laid out: the words after the name still read left to right.
    expect(leftOf(alert, 'is not'), '"is not" before "catalogue"').to.be.below(leftOf(alert, 'catalogue'));
  });

  it('a catalogue system named in Hebrew is isolated in the later steps sentences, and in a host override', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    shopify.name = 'חנות';
    const el = await wizardFixture({ catalogue, noDrafts: true });
    el.messages = { credentialsIntro: (system: string) => `Type what ${system} shows.` };
    await advanceTo(el, 'credentials');
    await settle(el);
    const intro = allInStep(el, 'p').find((p) => p.textContent?.startsWith('Type what'));
    expect(intro?.textContent).to.equal(`Type what ${FSI}חנות${PDI} shows.`);
  });

  it('in Arabic, a Latin system name ending in punctuation is drawn as written in the picker (Yahoo!, not !Yahoo)', async () => {
    const catalogue = {
      version: 1,
      systems: [
        {
          id: 'yahoo',
          name: 'Yahoo!',
          category: 'Mail (beta)',
          authTypes: [{ id: 'key', label: 'Key', kind: 'api-key', fields: [{ key: 'token', label: 'Token', type: 'secret' }] }],
        },
      ],
    };
    const el = await fixture<ConnectorWizard>(html`<connector-wizard lang="ar" .draftDatabase=${uniqueDatabase()} .catalogue=${catalogue}></connector-wizard>`);
    await waitUntil(() => inStep(el, '.name'), 'the picker');
    for (const [selector, first, last] of [
      ['.name', 'Y', '!'],
      ['.category', 'M', ')'],
    ] as const) {
      const walker = document.createTreeWalker(inStep(el, selector)!, NodeFilter.SHOW_TEXT);
      let text = walker.nextNode() as Text;
      while (!text.data.includes(last)) text = walker.nextNode() as Text;
      const left = (i: number) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect().left;
      };
      expect(left(text.data.indexOf(last)), `${selector}: "${last}" after "${first}", as written`).to.be.above(left(text.data.indexOf(first)));
    }
  });

  it('in Arabic, the offset the time zone hint gives as an example reads +10 on screen, as it is typed, not 10+', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    el.lang = 'ar';
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('dir') === 'rtl', 'rtl');
    await advanceTo(el, 'timezone');
    const hint = inStep(el, '#field-timeZone-hint')!;
    expect(leftOf(hint, '+'), 'the sign shows before its digits').to.be.below(leftOf(hint, '10'));
  });

  it('in Arabic, the web address a URL field must start with reads https:// on screen, as it is typed, not //:https', async () => {
    const el = await wizardFixture({ system: 'woocommerce' });
    el.lang = 'ar';
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('dir') === 'rtl', 'rtl');
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-storeUrl', 'shop.example.com');
    await pressContinue(el);
    const error = inStep(el, '#field-credentials-storeUrl-error')!;
    expect(leftOf(error, '://'), 'the colon and slashes show after https').to.be.above(leftOf(error, 'https'));
    expect(leftOf(error, 'Store URL'), 'the field, said first, stays right of the address in the right-to-left sentence').to.be.above(leftOf(error, '://'));
  });

  it('in Arabic, a Latin name is isolated once, as before', async () => {
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard lang="ar" .draftDatabase=${uniqueDatabase()} .catalogue=${await sampleCatalogue()} system="nope"></connector-wizard>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.includes('«'), 'unknown system said, in Arabic');
    const text = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(text).to.contain(`«${FSI}nope${PDI}»`);
    expect(text.split(FSI).length - 1, 'one isolate').to.equal(1);
  });

  it('a preset system id carrying a PDI then a right-to-left override cannot close the isolate early and turn the sentence around', async () => {
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard .draftDatabase=${uniqueDatabase()} .catalogue=${await sampleCatalogue()} system=${`evil${PDI}${RLO}shop`}></connector-wizard>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'unknown system said');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    // The PDI that would close the wrapper is dropped; the override ends with the isolate.
    expect(alert.textContent!.trim()).to.equal(en.unknownSystem(`${FSI}evil${RLO}shop${PDI}`));
    expect(leftOf(alert, 'is not'), '"is not" before "catalogue"').to.be.below(leftOf(alert, 'catalogue'));
    expect(leftOf(alert, 'The system'), '"The system" before "is not"').to.be.below(leftOf(alert, 'is not'));
  });

  it('a catalogue system name ending in a PDI then a right-to-left override leaves the Credentials intro reading left to right', async () => {
    const catalogue = await sampleCatalogue();
    catalogue.systems.find((s) => s.id === 'shopify')!.name = `Shopify${PDI}${RLO}`;
    const el = await wizardFixture({ catalogue, system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'credentials');
    const intro = allInStep(el, 'p').find((p) => p.textContent?.startsWith('Enter the details'))!;
    expect(isolatesBalanced(intro.textContent!), intro.textContent!).to.equal(true);
    expect(leftOf(intro, 'shows them'), '"shows them" before "case-sensitive"').to.be.below(leftOf(intro, 'case-sensitive'));
  });

  it('in Arabic, a name that opens an isolate and never closes it cannot pull the rest of the sentence into it', async () => {
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard lang="ar" .draftDatabase=${uniqueDatabase()} .catalogue=${await sampleCatalogue()} system=${`nope${RLI}`}></connector-wizard>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.includes('«'), 'unknown system said, in Arabic');
    const text = el.shadowRoot!.querySelector('[role="alert"]')!.textContent!;
    expect(isolatesBalanced(text), JSON.stringify(text)).to.equal(true);
    expect(text).to.contain(`«${FSI}${FSI}nope${RLI}${PDI}${PDI}${PDI}»`);
  });

  it('a pasted value is said under its field label, isolated, even when the label carries a PDI then an override', async () => {
    const catalogue = await sampleCatalogue();
    const token = catalogue.systems
      .find((s) => s.id === 'shopify')!
      .authTypes.flatMap((a) => a.fields)
      .find((f) => f.key === 'accessToken')!;
    token.label = `Admin API access token${PDI}${RLO}`;
    const el = await wizardFixture({ catalogue, system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'credentials');
    await pasteInto(el, '#field-credentials-shop', `SHOPIFY_STORE_DOMAIN=my-store\nSHOPIFY_ACCESS_TOKEN=" ${SHOPIFY_TOKEN} "`);
    await settle(el);
    const said = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!;
    expect(said).to.contain(`${FSI}Admin API access token${RLO}${PDI}: `);
    expect(isolatesBalanced(said), JSON.stringify(said)).to.equal(true);
  });
});
