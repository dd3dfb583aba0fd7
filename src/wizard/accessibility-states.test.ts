/**
 * WCAG 2.2 AA on a host page (axe, no sideways scroll, 24 px targets) in states the base audit in
 * accessibility.test.ts does not reach, at 1280 and 320 px: Arabic on every step; OAuth waiting,
 * out of touch and unchecked; a catalogue that could not be fetched (Try again); a conflict with
 * another tab; a create refused offline; forced colors; the time zone list open. And the focus
 * ring on what the wizard itself gives the focus to (the success heading, the loading text).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { EditableConnector } from './connector-wizard.js';
import { emptyWizardData } from '../schemas/wizard-data.js';
import { DraftStore } from '../storage/draft-store.js';
import {
  advanceTo,
  button,
  choose,
  deepActiveElement,
  fillStep,
  freshApi,
  GROUPS,
  inStep,
  pressContinue,
  settle,
  shopifyPayload,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import { pasteLiveIdIntoSandbox } from '../test/credentials-fixtures.js';
import { checkHosted, hostedWizard } from '../test/host-page.js';
import { moduleFault } from '../test/module-fault.js';
import { closePopup, connect, connectButton, oauthStatus, toOAuthCredentials } from '../test/oauth-fixtures.js';
import { readDraft } from '../test/stored.js';

const catalogueFault = moduleFault('/demo/sample-catalogue.json');

for (const width of [1280, 320]) {
  describe(`accessibility in further states at ${width} px`, () => {
    before(() => setViewport({ width, height: 900 }));
    after(() => setViewport({ width: 1280, height: 900 }));

    it('Arabic, right to left: every step empty, with errors, and Review', async () => {
      const el = await hostedWizard({ groups: GROUPS, lang: 'ar' });
      await waitUntil(() => el.shadowRoot!.querySelector('[dir="rtl"]') || getComputedStyle(el).direction === 'rtl', 'right to left', { timeout: 5000 });
      for (const step of ['system', 'general', 'timezone', 'auth', 'credentials', 'review'] as const) {
        await advanceTo(el, step);
        await checkHosted(el, `ar ${step}`);
        if (step !== 'review' && step !== 'timezone' && step !== 'auth') {
          await pressContinue(el);
          await checkHosted(el, `ar ${step} with errors`);
        }
        await fillStep[step](el);
      }
    });

    it('OAuth: waiting for the sign-in, then the popup closed', async function () {
      this.timeout(20000);
      const el = await hostedWizard({ system: 'xero', oauthStartUrl: '/api/oauth/start' });
      await toOAuthCredentials(el);
      await checkHosted(el, 'oauth before connect');
      const { win } = await connect(el);
      await settle(el);
      await checkHosted(el, 'oauth waiting');
      await closePopup(win);
      await settle(el);
      await checkHosted(el, 'oauth popup closed');
      expect(oauthStatus(el).textContent).to.not.equal('');
      expect(connectButton(el) !== null).to.equal(true);
    });

    it('a catalogue that could not be fetched, with Try again', async () => {
      await catalogueFault('fail=1');
      try {
        const el = await hostedWizard({ catalogueSrc: `/demo/sample-catalogue.json?a11y-${Date.now()}` });
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'Try again', { timeout: 5000 });
        await checkHosted(el, 'catalogue fetch failed');
      } finally {
        await catalogueFault();
      }
    });

    it('a conflict with another tab', async () => {
      const draftDatabase = uniqueDatabase();
      const el = await hostedWizard({ system: 'shopify', groups: GROUPS, draftDatabase });
      await type(el, '#field-name', 'Saved here first');
      await waitUntil(async () => (await readDraft(draftDatabase))?.revision === 1, 'saved', { timeout: 5000 });
      const other = new DraftStore(draftDatabase);
      await other.put({ id: 'default:shopify', step: 'general', updatedAt: Date.now(), data: { ...emptyWizardData(), system: 'shopify', name: 'Other tab' } }, 1);
      await other.close();
      const input = inStep<HTMLInputElement>(el, '#field-name')!;
      input.value = 'Edited here';
      input.dispatchEvent(new Event('input'));
      await waitUntil(() => el.shadowRoot!.querySelector('[data-notice="conflict"]'), 'conflict', { timeout: 5000 });
      await checkHosted(el, 'conflict notice');
    });

    it('a create refused while offline, and Credentials in forced colors', async function () {
      this.timeout(20000);
      const api = freshApi();
      const el = await hostedWizard({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
      await advanceTo(el, 'review');
      await executeServerCommand('offline-for', { ms: 1500 });
      await waitUntil(() => !navigator.onLine, 'offline', { timeout: 5000 });
      expect(await el.submit()).to.equal(false);
      await checkHosted(el, 'offline refusal');
      await waitUntil(() => navigator.onLine, 'online', { timeout: 15000 });
      await el.goTo('credentials');
      await settle(el);
      await executeServerCommand('forced-colors', { value: 'active' });
      try {
        await waitUntil(() => matchMedia('(forced-colors: active)').matches, 'forced colors on');
        await checkHosted(el, 'forced colors credentials');
      } finally {
        await executeServerCommand('forced-colors', { value: 'none' });
      }
    });
  });
}

/** What the wizard says while the language file is still on its way is English: wait for the Arabic. */
async function inArabic(el: Parameters<typeof settle>[0]) {
  await waitUntil(() => el.shadowRoot!.textContent!.match(/[\u0600-\u06FF]/u), 'Arabic', { timeout: 5000 });
  await settle(el);
}

for (const width of [1280, 320]) {
  describe(`Arabic in further states at ${width} px`, () => {
    before(() => setViewport({ width, height: 900 }));
    after(() => setViewport({ width: 1280, height: 900 }));

    it('ar: a paste notice with Undo, an environment warning, a failed check on its field, Review with the warning; success', async function () {
      this.timeout(20000);
      const api = freshApi();
      const el = await hostedWizard({ system: 'netsuite', groups: [{ id: 'uk', name: 'UK' }], testEndpoint: api.testEndpoint, lang: 'ar' });
      await inArabic(el);
      await pasteLiveIdIntoSandbox(el);
      expect(inStep(el, '[data-paste-undo]') !== null, 'Undo').to.equal(true);
      await checkHosted(el, 'ar paste notice and environment warning');
      inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
      await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'rejected', 'tested', { timeout: 5000 });
      await checkHosted(el, 'ar checks with a failed one on its field');
      await pressContinue(el);
      await checkHosted(el, 'ar review with an environment warning');
      const created = await hostedWizard({ system: 'shopify', groups: GROUPS, lang: 'ar' });
      await inArabic(created);
      await advanceTo(created, 'review');
      expect(await created.submit(), 'created').to.equal(true);
      await checkHosted(created, 'ar success');
    });

    it('ar: OAuth waiting, out of touch, and a result that could not be checked', async function () {
      this.timeout(20000);
      const el = await hostedWizard({ system: 'xero', oauthStartUrl: '/api/oauth/start', oauthResultUrl: '/package.json', lang: 'ar' });
      await inArabic(el);
      await toOAuthCredentials(el);
      const { win } = await connect(el);
      await settle(el);
      await checkHosted(el, 'ar oauth waiting');
      await closePopup(win);
      await waitUntil(() => oauthStatus(el).getAttribute('data-oauth') === 'detached', 'out of touch', { timeout: 5000 });
      await checkHosted(el, 'ar oauth out of touch');
      inStep<HTMLButtonElement>(el, '[data-oauth-finished]')!.click();
      await waitUntil(() => oauthStatus(el).getAttribute('data-oauth') === 'unreachable', 'could not check', { timeout: 5000 });
      await checkHosted(el, 'ar oauth unreachable');
    });

    it('ar: a catalogue that could not be fetched, with Try again, and an edit changed elsewhere (412)', async function () {
      await catalogueFault('fail=1');
      try {
        const el = await hostedWizard({ catalogueSrc: `/demo/sample-catalogue.json?a11y-ar-${Date.now()}`, lang: 'ar' });
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'Try again', { timeout: 5000 });
        await inArabic(el);
        await checkHosted(el, 'ar catalogue fetch failed');
      } finally {
        await catalogueFault();
      }
      const api = freshApi();
      await api.create(shopifyPayload({ name: 'Shop before' }));
      const [stored] = (await api.connectors()) as unknown as EditableConnector[];
      const el = await hostedWizard({ groups: GROUPS, endpoint: api.endpoint, lang: 'ar' });
      await inArabic(el);
      el.connector = stored!;
      await settle(el);
      await type(el, '#field-name', 'Mine');
      expect(await el.goTo('review')).to.equal(true);
      await fetch(`${api.endpoint}/${String(stored!.id)}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Theirs' }) });
      expect(await el.submit(), 'refused').to.equal(false);
      await checkHosted(el, 'ar edit conflict');
    });
  });
}

for (const lang of ['en', 'ar']) {
  describe(`lists and searches at 320 px (${lang})`, () => {
    before(() => setViewport({ width: 320, height: 900 }));
    after(() => setViewport({ width: 1280, height: 900 }));

    it(`${lang}: the system search with no match, the time zone list open, a custom date format refused`, async () => {
      const el = await hostedWizard({ groups: GROUPS, lang });
      if (lang === 'ar') await inArabic(el);
      await type(el, '#search-systems', 'zzzz');
      await checkHosted(el, `${lang} system search without a match`);
      await type(el, '#search-systems', '');
      await advanceTo(el, 'timezone');
      const zone = inStep<HTMLInputElement>(el, '#field-timeZone')!;
      zone.focus();
      zone.select();
      await sendKeys({ type: 'america' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(inStep(el, '[role="listbox"]')!.hidden, 'the list is open').to.equal(false);
      await checkHosted(el, `${lang} time zone list open`);
      await sendKeys({ press: 'Escape' });
      await choose(el, '#date-format-custom');
      await type(el, '#custom-date-format', 'qqqq-zzzz-QQQQ-VVVV-xxxxx-YYYY');
      await pressContinue(el);
      await checkHosted(el, `${lang} custom date format refused`);
    });
  });
}

/** A focus indicator that shows: an outline of 2 px or more, or a box shadow (as the focus ring test on controls reads it). */
function ringShown(target: Element): boolean {
  const style = getComputedStyle(target);
  return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
}

/** A real click at the middle of `target`, as a mouse gives it (no focus-visible after it). */
async function clickWithMouse(target: HTMLElement) {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('the focus ring on what the wizard gives the focus to', () => {
  it('the success heading shows the focus ring after Create pressed from the keyboard, as a step heading does after Continue', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'credentials');
    await fillStep.credentials(el);
    button(el, 'continue').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const stepHeading = deepActiveElement()!;
    expect(stepHeading.classList.contains('heading'), 'the Review heading has the focus').to.equal(true);
    expect(ringShown(stepHeading), 'the ring on the Review heading').to.equal(true);
    button(el, 'create').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('.success'), 'created', { timeout: 5000 });
    await settle(el);
    const heading = deepActiveElement()!;
    expect(heading.textContent!.trim(), 'the success heading has the focus').to.equal('Connector created');
    expect(ringShown(heading), 'the ring on the success heading').to.equal(true);
  });

  it('a mouse click on the success heading leaves it without a ring, as on a step heading (the ring is the keyboard s)', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await clickWithMouse(inStep(el, '.heading')!);
    expect(deepActiveElement()?.classList.contains('heading'), 'the General heading has the focus').to.equal(true);
    expect(ringShown(deepActiveElement()!), 'no ring on the General heading').to.equal(false);
    await advanceTo(el, 'review');
    expect(await el.submit(), 'created').to.equal(true);
    await settle(el);
    const heading = el.shadowRoot!.querySelector<HTMLElement>('.success [tabindex="-1"]')!;
    await clickWithMouse(heading);
    expect(deepActiveElement() === heading, 'the success heading has the focus').to.equal(true);
    expect(ringShown(heading), 'no ring on the success heading').to.equal(false);
  });

  /** A catalogue that failed (Try again shown), then a Try again pressed from the keyboard answered with a page that is not JSON: no Try again, the problems heading has the focus. */
  async function problemsAfterTryAgain(prefix: string) {
    await catalogueFault('fail=1');
    const el = await hostedWizard({ catalogueSrc: `/demo/sample-catalogue.json?${prefix}-${Date.now()}` });
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]');
    await waitUntil(() => retry(), 'Try again', { timeout: 5000 });
    await catalogueFault('fail=html');
    retry()!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.closest('[part~="catalogue-error"]') && !retry(), 'the problems heading has the focus', { timeout: 5000 });
    return deepActiveElement() as HTMLElement;
  }

  it('the catalogue problems heading that takes the focus after a Try again that cannot mend, pressed from the keyboard, shows the focus ring', async () => {
    try {
      const heading = await problemsAfterTryAgain('problems-ring');
      expect(heading.textContent, 'the problems heading').to.contain('cannot start');
      expect(ringShown(heading), 'the ring on the problems heading').to.equal(true);
    } finally {
      await catalogueFault();
    }
  });

  it('a mouse click on the catalogue problems heading leaves it without a ring', async () => {
    try {
      const heading = await problemsAfterTryAgain('problems-click');
      await clickWithMouse(heading.closest<HTMLElement>('[part~="catalogue-error"]')!.querySelector('li')!);
      await clickWithMouse(heading);
      expect(deepActiveElement() === heading, 'the problems heading has the focus').to.equal(true);
      expect(ringShown(heading), 'no ring on the problems heading').to.equal(false);
    } finally {
      await catalogueFault();
    }
  });

  it('the loading text that holds the focus after Try again pressed from the keyboard shows the focus ring', async () => {
    await catalogueFault('fail=1');
    try {
      const el = await hostedWizard({ catalogueSrc: `/demo/sample-catalogue.json?ring-${Date.now()}` });
      const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]');
      await waitUntil(() => retry(), 'Try again', { timeout: 5000 });
      await catalogueFault('delay=1500');
      retry()!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActiveElement()?.hasAttribute('data-loading'), 'the loading text has the focus', { timeout: 5000 });
      expect(ringShown(deepActiveElement()!), 'the ring on the loading text').to.equal(true);
    } finally {
      await catalogueFault();
    }
  });
});
