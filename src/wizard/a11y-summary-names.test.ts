/**
 * The error summary names the field a server's message is about (WCAG 2.4.4, link purpose; 3.3.1,
 * the item in error named in text). Rails and its kin send a field's messages without its name
 * ("has already been taken"), meant to follow it; a summary link of those words alone told neither a
 * screen reader nor a sighted reader which answer it was about. The link now says the field's label,
 * as the person sees it, in their language, with its colon, then the server's words; the inline error
 * under the labelled field is left as it is, and so are the wizard's own messages, which name the field.
 * Real requests to the test server, which answers the shapes real frameworks send.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConnectorWizard } from './connector-wizard.js';
import { advanceTo, currentStepId, deepActiveElement, errorSummary, freshApi, GROUPS, inStep, pressContinue, stepElement } from '../test/fixtures.js';
import { en } from '../messages/english.js';
import { checkHosted, hostedWizard } from '../test/host-page.js';
import { waitUntil } from '../test/wait.js';

const links = (el: ConnectorWizard) => [...(stepElement(el)?.shadowRoot?.querySelectorAll<HTMLAnchorElement>('.error-summary a') ?? [])];
const linkTexts = (el: ConnectorWizard) => links(el).map((a) => a.textContent!.replace(/[ \t\n\r]+/gu, ' ').trim());

/** A wizard in `lang` on Review whose create the server refuses with `json` (HTTP 422): once the summary shows on the field's step. */
async function refused(lang: string, json: unknown, step: string) {
  const api = freshApi();
  const el = await hostedWizard({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, lang });
  // The language's file loads on first use: until then the wizard speaks English.
  if (lang !== 'en')
    await waitUntil(() => {
      const heading = inStep(el, '.heading')?.textContent?.trim();
      return heading && heading !== en.generalTitle;
    }, 'the wizard in its language');
  await advanceTo(el, 'review');
  await api.faults({ kind: 'status', method: 'POST', status: 422, json });
  await el.submit();
  await waitUntil(() => currentStepId(el) === step && links(el).length > 0, 'the summary on the field s step');
  return el;
}

/** Every live region or alert in the step holding `words`, the outermost only: one is said once. */
function regionsSaying(el: ConnectorWizard, words: string): number {
  const sel = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
  const roots = [el.shadowRoot!, stepElement(el)!.shadowRoot!];
  return roots.flatMap((r) => [...r.querySelectorAll<HTMLElement>(sel)].filter((n) => n.textContent!.includes(words) && !n.parentElement?.closest(sel))).length;
}

describe('the error summary names the field of a server s message', function () {
  this.timeout(60_000);

  it('Rails errors keyed by name: the link says the field s label, its colon, then the server s words', async () => {
    const el = await refused('en', { errors: { name: ['has already been taken'], base: ['Shop is suspended'] } }, 'general');
    expect(linkTexts(el)).to.deep.equal(['Connector name: has already been taken']);
    // What has no field stays as it came; the inline error under the label stays the server s words.
    expect(errorSummary(el)[1]).to.equal('Shop is suspended');
    expect(
      inStep(el, '#field-name-error')!
        .textContent!.replace(/[ \t\n\r]+/gu, ' ')
        .trim(),
    ).to.equal('Error: has already been taken');
    expect(regionsSaying(el, 'has already been taken'), 'said once').to.equal(1);
    // Label in Name (2.5.3): the link s name is its text, which holds the label.
    links(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(inStep(el, '#field-name'));
  });

  it('a credential (nested key): the link says the catalogue s label of the field', async () => {
    const el = await refused('en', { errors: { credentials: { accessToken: ['is revoked'] } } }, 'credentials');
    expect(linkTexts(el)).to.deep.equal(['Admin API access token: is revoked']);
  });

  it('in French, with its own colon; a catalogue label shown as written keeps lang="en"', async () => {
    const el = await refused('fr', { errors: { name: ['est déjà pris'] } }, 'general');
    expect(linkTexts(el)).to.deep.equal(['Nom du connecteur\u00a0: est déjà pris']);
    const fr = await refused('fr', { errors: { 'credentials.accessToken': ['is revoked'] } }, 'credentials');
    expect(linkTexts(fr)).to.deep.equal(['Admin API access token\u00a0: is revoked']);
    expect(links(fr)[0]!.querySelector('bdi[lang="en"]')?.textContent).to.equal('Admin API access token');
  });

  it('in Arabic: the label, the colon, then the server s words isolated', async () => {
    const el = await refused('ar', { errors: { name: ['has already been taken'] } }, 'general');
    const [link] = links(el);
    expect(link!.textContent!.replace(/[ \t\n\r]+/gu, ' ').trim()).to.equal('اسم الموصل: has already been taken');
    expect(link!.querySelector('bdi')!.textContent, 'the server s words in an isolate of their own').to.equal('has already been taken');
  });

  it('the wizard s own messages already name what to do: they are not labelled again', async () => {
    const el = await hostedWizard({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'general');
    await pressContinue(el);
    const texts = linkTexts(el);
    expect(texts.length).to.be.greaterThan(0);
    for (const text of texts) expect(text.startsWith('Connector name:'), text).to.equal(false);
  });

  for (const lang of ['en', 'ar'])
    it(`axe on a host page in ${lang}, the field named`, async () => {
      const el = await refused(lang, { errors: { name: ['has already been taken'], credentials: { accessToken: ['is revoked'] } } }, 'general');
      await checkHosted(el, `${lang} summary names its field`);
    });
});
