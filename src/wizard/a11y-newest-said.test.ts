/**
 * What a screen reader hears, and where the keyboard's focus goes, in the states the endpoint,
 * OAuth, catalogue and paste work added last: each message said once (a live region, or the error
 * summary taking the focus), never twice nor not at all; the focus where the person can act; the
 * summary's links taking the focus to their field. Pressed with the real keyboard (sendKeys).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConnectorWizard } from './connector-wizard.js';
import {
  advanceTo,
  button,
  currentStepId,
  deepActiveElement,
  freshApi,
  GROUPS,
  inStep,
  pasteInto,
  sampleCatalogue,
  stepElement,
  type,
  wizardFixture,
} from '../test/fixtures.js';
import { oauthResultRedirected, REDIRECTED_OAUTH } from '../test/waits-oauth-redirect.js';
import { waitUntil } from '../test/wait.js';

/** Every live region (polite, status, alert) in the wizard and its step that holds `words` now: one is said once. */
function regionsSaying(el: ConnectorWizard, words: string): string[] {
  const sel = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
  const roots = [el.shadowRoot!, stepElement(el)?.shadowRoot].filter(Boolean) as ShadowRoot[];
  // A region inside another is said as part of it, so only the outermost holding the words counts.
  return roots.flatMap((r) =>
    [...r.querySelectorAll<HTMLElement>(sel)]
      .filter((n) => n.textContent!.includes(words) && !n.parentElement?.closest(sel))
      .map((n) => `${n.tagName.toLowerCase()}[${n.getAttribute('role') ?? `aria-live=${n.getAttribute('aria-live')}`}]`),
  );
}

const submitError = (el: ConnectorWizard) => el.shadowRoot!.querySelector<HTMLElement>('[part~="submit-error"]');
const summary = (el: ConnectorWizard) => inStep<HTMLElement>(el, '.error-summary');

async function createWithKeyboard(el: ConnectorWizard) {
  button(el, 'create').focus();
  await sendKeys({ press: 'Enter' });
}

describe('the newest states said once, with the focus where the person can act', function () {
  this.timeout(60_000);

  it('a 409 that is no slot taken: said once, the focus kept on Create', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await api.faults({
      kind: 'status',
      method: 'POST',
      status: 409,
      type: 'application/problem+json',
      json: { title: 'Conflict', status: 409, detail: 'The shop is being migrated by another user.' },
    });
    await createWithKeyboard(el);
    await waitUntil(() => submitError(el)?.textContent?.includes('migrated'), 'the 409 said');
    expect(regionsSaying(el, 'migrated'), 'said once').to.have.length(1);
    expect(deepActiveElement(), 'the focus stays on Create, to try again once the server allows').to.equal(button(el, 'create'));
  });

  it('field errors keyed by name: the summary takes the focus on the field s step, said once, and its link takes the focus to the field', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'status', method: 'POST', status: 422, json: { errors: { name: ['has already been taken'], base: ['Shop is suspended'] } } });
    await createWithKeyboard(el);
    await waitUntil(() => currentStepId(el) === 'general' && deepActiveElement() === summary(el), 'the summary focused on General');
    expect(regionsSaying(el, 'has already been taken'), 'said once').to.have.length(1);
    expect(regionsSaying(el, 'Shop is suspended'), 'said once').to.have.length(1);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.contain('has already been taken');
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement(), 'the link takes the focus to the field').to.equal(inStep(el, '#field-name'));
  });

  it('an OAuth result URL that redirects: said once', async () => {
    const el = await wizardFixture({ system: 'xero' });
    Object.assign(el, REDIRECTED_OAUTH);
    await oauthResultRedirected(el, (finished) => (finished.focus(), sendKeys({ press: 'Enter' })));
    await waitUntil(() => regionsSaying(el, 'redirect').length > 0, 'said');
    expect(regionsSaying(el, 'redirect'), 'said once').to.have.length(1);
    expect(el.shadowRoot!.contains(deepActiveElement()) || stepElement(el)!.shadowRoot!.contains(deepActiveElement()), 'the focus stays in the wizard').to.equal(true);
  });

  it('a field whose catalogue default was ignored: Continue says its error once, the summary takes the focus and its link the field', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    shopify.authTypes[0]!.fields.find((f) => f.key === 'shop')!.default = 'Not A Shop!';
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, catalogue });
    await advanceTo(el, 'credentials');
    expect(inStep<HTMLInputElement>(el, '#field-credentials-shop')!.value).to.equal('');
    button(el, 'continue').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => summary(el) && deepActiveElement() === summary(el), 'the summary focused');
    const said = 'Enter the Store subdomain';
    expect(inStep(el, '#field-credentials-shop-error')?.textContent, 'the field marked').to.contain(said);
    expect(summary(el)!.textContent, 'in the summary').to.contain(said);
    expect(regionsSaying(el, said), 'said once').to.have.length(1);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.contain(said);
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement(), 'the link takes the focus to the field').to.equal(inStep(el, '#field-credentials-shop'));
  });

  it('a secret s label pasted into the name: the note said once, the focus kept in the name', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'general');
    await pasteInto(el, '#field-name', 'Passwort (Admin): hunter2-9f8e7d6c5b4a');
    await waitUntil(() => regionsSaying(el, 'Nothing was pasted').length > 0, 'said');
    expect(regionsSaying(el, 'Nothing was pasted'), 'said once').to.have.length(1);
    expect(deepActiveElement()).to.equal(inStep(el, '#field-name'));
  });

  it('Showing N of M systems: said once as the search changes', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems[0]!;
    catalogue.systems = Array.from({ length: 150 }, (_, i) => ({ ...base, id: `sys-${i}`, name: `System ${i}` }));
    const el = await wizardFixture({ catalogue });
    await type(el, '#search-systems', 'Sys');
    await waitUntil(() => regionsSaying(el, 'Showing 100 of 150').length > 0, 'said');
    expect(regionsSaying(el, 'Showing 100 of 150'), 'said once').to.have.length(1);
  });
});

describe('field errors keyed by name on every answer: the summary link takes the focus to a control', function () {
  this.timeout(60_000);
  const keys: [string, string][] = [
    ['environment', 'general'],
    ['group', 'general'],
    ['time_zone', 'timezone'],
    ['date_format', 'timezone'],
    ['auth_type', 'auth'],
    ['credentials.accessToken', 'credentials'],
  ];
  for (const [key, step] of keys)
    it(`${key}, in Arabic`, async () => {
      const api = freshApi();
      const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
      el.lang = 'ar';
      await advanceTo(el, 'review');
      await api.faults({ kind: 'status', method: 'POST', status: 422, json: { errors: { [key]: ['is not valid'] } } });
      await createWithKeyboard(el);
      await waitUntil(() => currentStepId(el) === step && deepActiveElement() === summary(el), `the summary focused on ${step}`);
      expect(regionsSaying(el, 'is not valid'), 'said once').to.have.length(1);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.textContent).to.contain('is not valid');
      await sendKeys({ press: 'Enter' });
      const now = deepActiveElement();
      expect(
        now?.matches('input, select, textarea, button, [role="combobox"], [role="listbox"], [role="option"]'),
        `a control has the focus, not ${now?.outerHTML.slice(0, 80)}`,
      ).to.equal(true);
    });
});
