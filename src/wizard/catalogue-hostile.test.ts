/** Names alike that carry a right-to-left override (U+202E) at their end: the id or value said beside them still reads as written. */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { setViewport } from '@web/test-runner-commands';
import type { WizardErrorEvent } from '../events/error-event.js';
import { en } from '../messages/english.js';
import ar from '../messages/locales/ar.js';
import de from '../messages/locales/de.js';
import es from '../messages/locales/es.js';
import fr from '../messages/locales/fr.js';
import nl from '../messages/locales/nl.js';
import { advanceTo, allInStep, pressContinue, sampleCatalogue, settle, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { drawnEdges } from '../test/drawn.js';
import { chooseOption, listAlike } from '../test/alike.js';
import type { ConnectorWizard } from './connector-wizard.js';

const RLO = '\u202E';
const stepRoot = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!;

/** Whether `text` is drawn left to right (its first character left of its last), as an id is written. */
const readsAsWritten = (el: ConnectorWizard, text: string) => {
  const at = drawnEdges(stepRoot(el), text);
  return at.last > at.first;
};

/** A list of two options labelled `Europe` and an override, told apart by their values. */
const europesWithOverrides = () =>
  wizardFixture({
    catalogue: listAlike([
      { value: 'eu-1', label: `Europe${RLO}` },
      { value: 'eu-2', label: `Europe${RLO}` },
    ]),
    system: 'acme',
  });

describe('names alike ending in a right-to-left override', () => {
  it('a group id said beside a name alike is drawn as written on General, not turned round', async () => {
    const el = await wizardFixture({
      system: 'shopify',
      groups: [
        { id: 'eu-1', name: `Europe${RLO}` },
        { id: 'eu-2', name: `Europe${RLO}` },
      ],
    });
    await advanceTo(el, 'general');
    expect(readsAsWritten(el, '(eu-2)'), '(eu-2) drawn as )2-ue(').to.equal(true);
  });

  it('a list option value said beside a label alike is set apart from the label, so the override cannot turn it round', async () => {
    const el = await europesWithOverrides();
    await advanceTo(el, 'credentials');
    const texts = allInStep<HTMLOptionElement>(el, '#field-credentials-region option').map((o) => o.textContent!.trim());
    expect(texts.slice(1)).to.deep.equal([`\u2068Europe${RLO}\u2069 (eu-1)`, `\u2068Europe${RLO}\u2069 (eu-2)`]);
  });

  it('the option chosen reads its value as written on Review', async () => {
    const el = await europesWithOverrides();
    await advanceTo(el, 'credentials');
    await chooseOption(el, '#field-credentials-region', 'eu-2');
    await pressContinue(el);
    expect(readsAsWritten(el, 'eu-2'), 'eu-2 drawn as 2-ue').to.equal(true);
  });
});

describe('a catalogue of 500 broken entries of five kinds', () => {
  /** Five kinds of entry, each left out: a hostile name with a bad id, an override with no way to sign in, a 10 kB name with a broken one, no name, no object. */
  async function broken(): Promise<unknown> {
    const good = (await sampleCatalogue()).systems.find((s) => s.id === 'shopify')!.authTypes[0]!;
    return {
      version: 1,
      systems: Array.from(
        { length: 500 },
        (_, i) =>
          [
            { id: `bad id ${i}`, name: '<img src=x onerror="window.cwPwned=1">', authTypes: [good] },
            { id: `rlo-${i}`, name: `Shop${RLO}ify`, authTypes: [] },
            { id: `long-${i}`, name: 'W'.repeat(10_000), authTypes: [{ ...good, kind: 'magic' }] },
            { id: `nameless-${i}`, authTypes: [good] },
            `<b>system ${i}</b>`,
          ][i % 5],
      ),
    };
  }

  before(() => setViewport({ width: 320, height: 900 }));
  after(() => setViewport({ width: 1280, height: 900 }));

  it('the host hears every system left out; the list shows the first ten and how many more, in each language, at 320 px, its texts as text and set apart', async () => {
    const errors: WizardErrorEvent['detail'][] = [];
    const el = await fixture<ConnectorWizard>(html`<connector-wizard
      .draftDatabase=${uniqueDatabase()}
      no-drafts
      @connector-wizard-error=${(e: WizardErrorEvent) => errors.push(e.detail)}
      .catalogue=${await broken()}
    ></connector-wizard>`);
    await settle(el);
    expect(errors).to.have.length(1);
    const problems = errors[0]!.problems!;
    expect(errors[0]!.message).to.match(new RegExp(`^${problems.length} problems in the catalogue: 500 systems left out[,.]`, 'u'));
    const alert = el.shadowRoot!.querySelector<HTMLElement>('[part~="catalogue-error"]')!;
    for (const [lang, msg] of Object.entries({ en, de, fr, es, nl, ar })) {
      el.lang = lang;
      await waitUntil(() => alert.querySelector('[tabindex="-1"]')!.textContent === msg.catalogueErrorTitle, `${lang} heading`, { timeout: 5000 });
      const items = [...alert.querySelectorAll('li')].map((li) => li.textContent!);
      expect(items, lang).to.have.length(11);
      expect(items[10], lang).to.equal(`…and ${problems.length - 10} more problems.`);
      const list = alert.querySelector('ul')!;
      expect(list.scrollWidth, `${lang}: the bullets of the English lines inside the list`).to.be.at.most(list.clientWidth);
      expect(alert.scrollWidth, `${lang}: nothing wider than 320 px`).to.be.at.most(alert.clientWidth);
      expect(alert.getBoundingClientRect().height, `${lang}: a short list`).to.be.below(3000);
    }
    expect(el.shadowRoot!.querySelector('img, b'), 'a name is text, never markup').to.equal(null);
    expect((window as { cwPwned?: number }).cwPwned).to.equal(undefined);
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent!);
    expect(items[0]).to.contain('"<img src=x onerror=');
    expect(items[1], 'the override set apart').to.contain(`\u2068Shop${RLO}ify\u2069`);
    expect(Math.max(...items.map((item) => item.length)), 'a 10 kB name quoted cut').to.be.below(400);
  });
});

describe('catalogue problems in a right-to-left wizard', () => {
  it('a failed fetch said in Arabic keeps its bullet on its right, inside the list, as an English line in English keeps it on its left', async () => {
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard lang="ar" .draftDatabase=${uniqueDatabase()} no-drafts catalogue-src="/demo/nothing-here.json"></connector-wizard>`,
    );
    const item = await waitUntil(() => el.shadowRoot!.querySelector('[part~="catalogue-error"] li'), 'the problem said', { timeout: 5000 }).then(() =>
      el.shadowRoot!.querySelector('[part~="catalogue-error"] li')!,
    );
    const list = item.closest('ul')!;
    expect(getComputedStyle(item).direction).to.equal('rtl');
    expect(list.scrollWidth).to.be.at.most(list.clientWidth);
    expect(list.getBoundingClientRect().right - item.getBoundingClientRect().right, 'room for the bullet on the right').to.be.at.least(16);
    el.lang = 'en';
    await waitUntil(() => getComputedStyle(el.shadowRoot!.querySelector('[part~="catalogue-error"] li')!).direction === 'ltr', 'in English', { timeout: 5000 });
    const english = el.shadowRoot!.querySelector('[part~="catalogue-error"] li')!;
    expect(english.getBoundingClientRect().left - list.getBoundingClientRect().left, 'room for the bullet on the left').to.be.at.least(16);
  });
});
