/**
 * WCAG 2.2 AA in every state, at 1280 and 320 CSS px, light and dark, on a host page with its
 * own landmarks and `h1`; heading levels; keyboard only; focus; target sizes; the live region.
 * axe-core runs with the tags of issue 5 (see test/audit.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { ConnectorWizard, EditableConnector } from './connector-wizard.js';
import { auditHostPage } from '../test/audit.js';
import { readDraft } from '../test/stored.js';
import { pasteLiveIdIntoSandbox } from '../test/credentials-fixtures.js';
import { checkHosted, hostedWizard, hostPage, noSidewaysScroll } from '../test/host-page.js';
import {
  advanceTo,
  allInStep,
  button,
  choose,
  currentStepId,
  deepActiveElement,
  everyElement,
  fillStep,
  freshApi,
  GROUPS,
  inStep,
  pressContinue,
  sampleCatalogue,
  settle,
  SHOPIFY_TOKEN,
  shopifyPayload,
  stepElement,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';

const WIDTHS = [1280, 320];

/** The tag of the current step's heading and of its error summary's heading (when shown). */
function headingTags(el: ConnectorWizard) {
  return { heading: inStep(el, '[part~="heading"]')?.tagName, summary: inStep(el, '.error-summary-title')?.tagName };
}

for (const width of WIDTHS) {
  describe(`accessibility at ${width} px`, () => {
    before(() => setViewport({ width, height: 900 }));
    after(() => setViewport({ width: 1280, height: 900 }));

    it('every step, empty and filled, and Review', async () => {
      const el = await hostedWizard({ groups: GROUPS });
      for (const step of ['system', 'general', 'timezone', 'auth', 'credentials', 'review'] as const) {
        await advanceTo(el, step);
        await checkHosted(el, `${step} as first shown`);
        await fillStep[step](el);
        await checkHosted(el, `${step} filled`);
      }
    });

    it('long unbroken names from the catalogue and the host wrap instead of scrolling sideways', async () => {
      const catalogue = await sampleCatalogue();
      const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
      shopify.name = `Shopify${'X'.repeat(120)}`;
      shopify.category = `Commerce${'C'.repeat(40)}`;
      for (const authType of shopify.authTypes) {
        authType.label = `Token${'T'.repeat(100)}`;
        for (const field of authType.fields) field.label = `Label${'L'.repeat(100)}`;
      }
      const el = await hostedWizard({ catalogue, groups: [{ id: 'uk', name: `UK${'G'.repeat(100)}` }, GROUPS[1]!] });
      for (const step of ['system', 'general', 'timezone', 'auth', 'credentials', 'review'] as const) {
        await advanceTo(el, step);
        await settle(el);
        noSidewaysScroll(el, `${step} with long names`);
      }
    });

    it('client errors on every step that can have them', async () => {
      const el = await hostedWizard({ groups: GROUPS });
      for (const step of ['system', 'general', 'timezone', 'auth', 'credentials'] as const) {
        await advanceTo(el, step);
        if (step === 'timezone') await choose(el, '#date-format-custom');
        await pressContinue(el);
        expect(inStep(el, '.error-summary'), step).to.not.equal(null);
        await checkHosted(el, `${step} with errors`);
        if (step === 'timezone') await choose(el, '#date-format-iso');
      }
    });

    it('server errors, the duplicate-slot message, submitting and success', async () => {
      const api = freshApi();
      const el = await hostedWizard({
        system: 'shopify',
        groups: GROUPS,
        endpoint: api.endpoint,
        existingConnectors: [{ name: 'x', system: 'shopify', group: 'us', environment: 'live' }],
      });
      await choose(el, '#group-us');
      await checkHosted(el, 'duplicate slot');
      await choose(el, '#group-uk');
      await advanceTo(el, 'review');
      await api.faults({
        kind: 'invalid',
        errors: [
          { pointer: '/credentials/accessToken', detail: 'Revoked' },
          { pointer: '/x', detail: 'Other' },
        ],
      });
      await el.submit();
      await checkHosted(el, 'server errors');
      await el.goTo('review');
      await api.faults({ kind: 'slow', held: true });
      const done = el.submit();
      try {
        await waitUntil(() => el.shadowRoot!.querySelector('[data-progress]'), 'submitting', { timeout: 5000 });
        await checkHosted(el, 'submitting');
      } finally {
        await api.release();
      }
      await done;
      await checkHosted(el, 'success');
    });

    it('Credentials: an environment warning, a paste notice with Undo, checks with a failed one on its field, then the account', async () => {
      const api = freshApi();
      // The reference API's company group, which its test endpoint checks as a create would.
      const el = await hostedWizard({ system: 'netsuite', groups: [{ id: 'uk', name: 'UK' }], testEndpoint: api.testEndpoint });
      await pasteLiveIdIntoSandbox(el);
      expect(inStep(el, '[data-paste-undo]')).to.not.equal(null);
      expect(inStep(el, '[data-env-warning="accountId"]')!.textContent).to.contain('looks like a live one');
      await checkHosted(el, 'paste notice and environment warning');
      inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
      await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'rejected', 'tested', { timeout: 5000 });
      expect(inStep(el, '.error-summary a[href="#field-credentials-accountId"]')).to.not.equal(null);
      await checkHosted(el, 'checks with a failed one on its field');
      await type(el, '#field-credentials-accountId', '1234567_SB1');
      inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
      await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'ok', 'tested again', { timeout: 5000 });
      expect(inStep(el, '[data-account]')!.textContent).to.contain('Connected as');
      await checkHosted(el, 'checks passed, connected as');
    });

    it('the discard confirmation, a failed request, a test that could not run, a warning on Review, an edit, and a catalogue with no usable system', async () => {
      const api = freshApi();
      const el = await hostedWizard({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, testEndpoint: api.testEndpoint });
      await type(el, '#field-name', 'Shopify UK');
      button(el, 'discard').click();
      await settle(el);
      expect(el.shadowRoot!.querySelector('[data-confirm="yes"]'), 'the confirmation').to.exist;
      await checkHosted(el, 'discard confirmation');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-confirm="no"]')!.click();
      await advanceTo(el, 'credentials');
      await fillStep.credentials(el);
      await api.faults({ kind: 'status', status: 500 });
      inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
      await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'unreachable', 'test could not run', { timeout: 5000 });
      await checkHosted(el, 'connection test unreachable');
      await advanceTo(el, 'review');
      await api.faults({ kind: 'status', status: 400 });
      await el.submit();
      expect(el.shadowRoot!.querySelector('[part="submit-error"]'), 'the failure is shown').to.exist;
      await checkHosted(el, 'failed request');

      const sandbox = await hostedWizard({ system: 'netsuite', groups: [{ id: 'uk', name: 'UK' }] });
      await pasteLiveIdIntoSandbox(sandbox);
      await pressContinue(sandbox);
      expect(currentStepId(sandbox)).to.equal('review');
      expect(inStep(sandbox, '[data-env-warning]'), 'the warning on Review').to.exist;
      await checkHosted(sandbox, 'review with an environment warning');

      const editing = await hostedWizard({ groups: GROUPS });
      editing.connector = {
        id: 'c-1',
        name: 'Shop live',
        system: 'shopify',
        group: 'uk',
        environment: 'live',
        timeZone: 'UTC',
        dateFormat: 'yyyy-MM-dd',
        authType: 'access-token',
      };
      await settle(editing);
      expect(currentStepId(editing)).to.equal('general');
      await checkHosted(editing, 'editing, general');

      const broken = await hostedWizard({ catalogue: { version: 1, systems: [{ id: 'x' }] } as never });
      expect(broken.shadowRoot!.querySelector('[role="alert"]'), 'the catalogue error').to.exist;
      await auditHostPage(hostPage(broken), 'catalogue with no usable system');
    });

    it('a late failed check on another step: its notice where the person is, and the step buttons saying "(needs attention)"', async function () {
      this.timeout(15000);
      const api = freshApi();
      const el = await hostedWizard({ system: 'shopify', groups: [{ id: 'uk', name: 'UK' }], endpoint: api.endpoint, testEndpoint: api.testEndpoint });
      await advanceTo(el, 'credentials');
      await fillStep.credentials(el);
      const checks = [{ id: 'environment', label: 'Matches a live account', status: 'failed', detail: 'These are sandbox credentials', pointer: '/environment' }];
      const json = { type: '/problems/credentials-rejected', title: 'Credentials rejected', status: 422, account: 'my-store.myshopify.com', checks };
      await api.faults({ kind: 'status', method: 'POST', status: 422, type: 'application/problem+json', json, held: true });
      inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
      try {
        await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'testing', 'testing', { timeout: 5000 });
        expect(await el.goTo('review')).to.equal(true);
      } finally {
        await api.release();
      }
      await waitUntil(() => el.shadowRoot!.querySelector('[data-test-elsewhere]'), 'the notice', { timeout: 6000 });
      expect(el.shadowRoot!.querySelector('nav')!.textContent, 'a step marked').to.contain('needs attention');
      await checkHosted(el, 'late failed check on another step');
    });

    /** A Shopify connector the server has, opened for editing and renamed on Review; `refusal` injected before Save changes, which the server answers 412. */
    async function editRefused(refusal: (api: ReturnType<typeof freshApi>, id: string) => Promise<unknown>) {
      const api = freshApi();
      await api.create(shopifyPayload({ name: 'Shop before' }));
      const [stored] = (await api.connectors()) as unknown as EditableConnector[];
      const el = await hostedWizard({ groups: GROUPS, endpoint: api.endpoint });
      el.connector = stored!;
      await settle(el);
      await type(el, '#field-name', 'Mine');
      expect(await el.goTo('review')).to.equal(true);
      await refusal(api, String(stored!.id));
      expect(await el.submit(), 'refused').to.equal(false);
      await settle(el);
      return el;
    }
    const submitLabel = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[part~="create"]')!.textContent!.trim();

    it('an edit changed elsewhere (412): the alert and "Save my changes anyway"', async () => {
      const el = await editRefused((api, id) =>
        fetch(`${api.endpoint}/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Theirs' }) }),
      );
      expect(submitLabel(el)).to.equal('Save my changes anyway');
      await checkHosted(el, 'edit conflict');
    });

    it('an edit changed elsewhere (412) whose current version cannot be read: the alert and Try again', async () => {
      const el = await editRefused((api) => api.faults({ kind: 'status', status: 412, method: 'PATCH' }, { kind: 'status', status: 500, method: 'GET' }));
      expect(submitLabel(el)).to.equal('Try again');
      await checkHosted(el, 'edit conflict, current version unread');
    });

    it('the set-aside notice after the host presets another system', async () => {
      const el = await hostedWizard({ groups: GROUPS });
      await choose(el, '#system-shopify');
      await pressContinue(el);
      await type(el, '#field-name', 'Typed before');
      el.system = 'xero';
      await waitUntil(() => el.shadowRoot!.querySelector('[data-notice="set-aside"]'), 'the set-aside notice', { timeout: 5000 });
      await checkHosted(el, 'set-aside notice');
    });

    it('"This connector cannot be opened", with its Cancel', async () => {
      const el = await hostedWizard({ groups: GROUPS });
      el.connector = { id: '', name: 'Shop live', system: 'shopify', group: 'uk', environment: 'live', timeZone: 'UTC', dateFormat: 'yyyy-MM-dd', authType: 'access-token' };
      await settle(el);
      expect(el.shadowRoot!.querySelector('[data-unopened]')?.textContent).to.contain('This connector cannot be opened');
      await checkHosted(el, 'connector that cannot be opened');
    });

    it('a restored draft and the storage notice', async () => {
      const draftDatabase = uniqueDatabase();
      const first = await hostedWizard({ system: 'shopify', groups: GROUPS, draftDatabase });
      await advanceTo(first, 'review');
      hostPage(first).remove();
      const second = await hostedWizard({ system: 'shopify', groups: GROUPS, draftDatabase });
      await checkHosted(second, 'restored draft');
      const original = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      try {
        const el = await hostedWizard({ system: 'shopify' });
        expect(el.shadowRoot!.querySelector('[data-notice="storage"]')).to.not.equal(null);
        await checkHosted(el, 'storage notice');
      } finally {
        Object.defineProperty(window, 'indexedDB', original);
      }
    });

    it('the credentials of every authentication kind in the sample catalogue', async () => {
      const catalogue = await sampleCatalogue();
      const seen = new Set<string>();
      for (const system of catalogue.systems)
        for (const authType of system.authTypes) {
          if (seen.has(authType.kind)) continue;
          seen.add(authType.kind);
          const el = await hostedWizard({ system: system.id });
          await advanceTo(el, 'auth');
          if (inStep(el, `#auth-${authType.id}`)) await choose(el, `#auth-${authType.id}`);
          await pressContinue(el);
          expect(currentStepId(el)).to.equal('credentials');
          await checkHosted(el, `${authType.kind} credentials`);
          await pressContinue(el);
          await checkHosted(el, `${authType.kind} credentials with errors`);
        }
      expect(seen.size).to.be.at.least(6);
    });

    it('dark theme, with errors (contrast)', async () => {
      const el = await hostedWizard({ groups: GROUPS });
      el.setAttribute('theme', 'dark');
      await checkHosted(el, 'dark system step');
      // Logos drawn for light backgrounds (BigCommerce's is black) sit on a light tile.
      await waitUntil(() => inStep(el, '#system-bigcommerce')?.parentElement?.querySelector('img.logo'), 'a logo');
      const tile = getComputedStyle(inStep(el, '#system-bigcommerce')!.parentElement!.querySelector('img.logo')!).backgroundColor;
      expect(tile, 'a light tile behind the logo').to.equal('rgb(243, 242, 241)');
      await advanceTo(el, 'general');
      await pressContinue(el);
      await checkHosted(el, 'dark general with errors');
      await advanceTo(el, 'review');
      await checkHosted(el, 'dark review');
    });

    it('takes its heading level from heading-level, for the step heading and the error summary alike', async () => {
      const el = await hostedWizard({ groups: GROUPS, headingLevel: '3', sectionHeading: 'Add a connector' });
      expect(headingTags(el)).to.deep.equal({ heading: 'H3', summary: undefined });
      await checkHosted(el, 'level 3: system step');
      for (const step of ['general', 'credentials'] as const) {
        await advanceTo(el, step);
        expect(headingTags(el), `${step} as first shown`).to.deep.equal({ heading: 'H3', summary: undefined });
        await pressContinue(el);
        expect(headingTags(el), `${step} with errors`).to.deep.equal({ heading: 'H3', summary: 'H3' });
        expect(deepActiveElement()?.classList.contains('error-summary'), `focus on the summary on ${step}`).to.equal(true);
        await checkHosted(el, `level 3: ${step} with errors`);
        await fillStep[step](el);
        await pressContinue(el);
        expect(deepActiveElement()?.tagName, `focus on the next heading after ${step}`).to.equal('H3');
      }
      el.setAttribute('heading-level', '4');
      await settle(el);
      expect(headingTags(el), 'after heading-level changes').to.deep.equal({ heading: 'H4', summary: undefined });
      // Outside 2 to 6, or not a number: 2, the level a wizard under the page's h1 takes.
      for (const given of ['1', '7', 'three', '']) {
        el.setAttribute('heading-level', given);
        await settle(el);
        expect(headingTags(el).heading, `heading-level="${given}"`).to.equal('H2');
      }
      el.setAttribute('heading-level', '5.9');
      await settle(el);
      expect(headingTags(el).heading, 'a fraction is cut to a whole level').to.equal('H5');
      el.setAttribute('heading-level', '3');
      button(el, 'create').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.success'), 'created', { timeout: 5000 });
      await settle(el);
      expect(deepActiveElement()?.tagName, 'focus on the success heading').to.equal('H3');
      await checkHosted(el, 'level 3: success');
    });
  });
}

describe('keyboard only', () => {
  it('heading-level changed while a heading has the focus keeps the focus on the new heading, on a step and on the success panel', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'timezone');
    inStep<HTMLElement>(el, '.heading')!.focus();
    el.setAttribute('heading-level', '3');
    await settle(el);
    expect({ tag: deepActiveElement()?.tagName, text: deepActiveElement()?.textContent?.trim() }, 'the step heading').to.deep.equal({
      tag: 'H3',
      text: inStep(el, '.heading')!.textContent!.trim(),
    });
    await advanceTo(el, 'review');
    button(el, 'create').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.success'), 'created', { timeout: 5000 });
    await settle(el);
    el.setAttribute('heading-level', '4');
    await settle(el);
    expect(deepActiveElement()?.tagName, 'the success heading').to.equal('H4');
  });

  it('heading-level changed while a field has the focus gives it back to the same field, its selection where it was', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await type(el, '#field-name', 'Shopify UK');
    const before = inStep<HTMLInputElement>(el, '#field-name')!;
    before.focus();
    before.setSelectionRange(2, 5, 'backward');
    el.setAttribute('heading-level', '3');
    await settle(el);
    const active = deepActiveElement() as HTMLInputElement | null;
    expect(inStep(el, '.heading')!.tagName, 'the step re-rendered at the new level').to.equal('H3');
    expect({
      id: active?.id,
      replaced: active !== before,
      value: active?.value,
      start: active?.selectionStart,
      end: active?.selectionEnd,
      direction: active?.selectionDirection,
    }).to.deep.equal({
      id: 'field-name',
      replaced: true,
      value: 'Shopify UK',
      start: 2,
      end: 5,
      direction: 'backward',
    });
  });

  it('heading-level changed while the keyboard user is on Add another connector keeps the focus on that button', async () => {
    const el = await hostedWizard({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'review');
    expect(await el.submit(), 'created').to.equal(true);
    await settle(el);
    await sendKeys({ press: 'Tab' }); // from the focused success heading
    expect(deepActiveElement()?.textContent).to.contain('Add another connector');
    el.setAttribute('heading-level', '3');
    await settle(el);
    expect(el.shadowRoot!.querySelector('.success h3'), 'the panel made again at level 3').to.not.equal(null);
    expect(deepActiveElement()?.textContent, 'the focus after heading-level changed').to.contain('Add another connector');
  });

  it('heading-level changed while the keyboard user is on a button without id (Change on Review, Test connection) keeps the focus on it', async () => {
    const el = await hostedWizard({ system: 'shopify', groups: GROUPS, testEndpoint: freshApi().testEndpoint });
    await advanceTo(el, 'review');
    const change = inStep<HTMLButtonElement>(el, '.row[data-key="timeZone"] button')!;
    change.focus();
    el.setAttribute('heading-level', '3');
    await settle(el);
    expect(inStep(el, '.heading')!.tagName, 'Review made again at level 3').to.equal('H3');
    const now = deepActiveElement();
    expect(now !== change && now?.closest('.row')?.getAttribute('data-key'), 'the Change button of the same row').to.equal('timeZone');
    await el.goTo('credentials');
    await settle(el);
    inStep<HTMLButtonElement>(el, '[part~="test"]')!.focus();
    el.setAttribute('heading-level', '4');
    await settle(el);
    expect(inStep(el, '.heading')!.tagName, 'Credentials made again at level 4').to.equal('H4');
    expect(deepActiveElement()?.getAttribute('part'), 'Test connection, not the heading').to.contain('test');
  });

  /** Presses Tab until `done` holds for the focused element; returns the elements passed. */
  async function tabUntil(done: (e: Element) => boolean, limit = 30): Promise<Element[]> {
    const passed: Element[] = [];
    for (let i = 0; i < limit; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement()!;
      passed.push(active);
      if (done(active)) return passed;
    }
    throw new Error(`Tab never reached the target; passed ${passed.map((e) => e.id || e.tagName).join(', ')}`);
  }
  const isPart = (part: string) => (e: Element) => e.getAttribute('part')?.split(' ').includes(part) ?? false;

  it('completes the whole flow with the keyboard alone, in visual order, without touching the title', async () => {
    const title = document.title;
    const el = await wizardFixture({ groups: GROUPS });
    const created: unknown[] = [];
    el.addEventListener('connector-created', (e) => created.push(e.detail));
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();

    await tabUntil((e) => e.id === 'search-systems');
    await sendKeys({ type: 'xero' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(deepActiveElement()!.tagName).to.equal('H2');

    const path = await tabUntil((e) => e.id === 'field-name');
    await sendKeys({ type: 'Xero by keyboard' });
    await tabUntil((e) => e.id === 'group-uk');
    await sendKeys({ press: 'ArrowDown' }); // radios answer arrow keys
    expect((deepActiveElement() as HTMLInputElement).id).to.equal('group-us');
    expect(inStep<HTMLInputElement>(el, '#group-us')!.checked).to.equal(true);
    await tabUntil((e) => e.id === 'environment-test');
    await sendKeys({ press: 'ArrowDown' });
    expect(inStep<HTMLInputElement>(el, '#environment-live')!.checked).to.equal(true);
    const toContinue = await tabUntil(isPart('continue'));
    // Visual order: every element reached is at or below the one before it.
    const tops = [...path, ...toContinue].map((e) => Math.round(e.getBoundingClientRect().top));
    for (let i = 1; i < tops.length; i++) expect(tops[i]!, `tab order goes up at step ${i}`).to.be.at.least(tops[i - 1]! - 1);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentStepId(el)).to.equal('timezone');

    await tabUntil((e) => e.id === 'field-timeZone');
    await sendKeys({ type: 'london' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-timeZone')!.value).to.equal('Europe/London');
    await tabUntil(isPart('continue'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentStepId(el)).to.equal('auth');

    await tabUntil((e) => (e as HTMLInputElement).name === 'auth-type');
    await sendKeys({ press: 'ArrowDown' });
    expect(inStep<HTMLInputElement>(el, '#auth-custom-connection')!.checked).to.equal(true);
    await tabUntil(isPart('continue'));
    await sendKeys({ press: 'Enter' });
    await settle(el);

    await tabUntil((e) => e.id === 'field-credentials-clientId');
    await sendKeys({ type: 'CLIENT-ID' });
    await tabUntil((e) => e.id === 'field-credentials-clientSecret');
    await sendKeys({ type: 'client-secret' });
    await sendKeys({ press: 'Enter' }); // Enter in a field continues
    await settle(el);
    expect(currentStepId(el)).to.equal('review');

    await tabUntil(isPart('create'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => created.length === 1, 'created by keyboard', { timeout: 5000 });
    await settle(el);
    expect(deepActiveElement()!.tagName).to.equal('H2');
    expect(document.title).to.equal(title);
    before.remove();
  });

  it('no positive tabindex anywhere', async () => {
    const el = await wizardFixture({ groups: GROUPS });
    for (const step of ['system', 'general', 'timezone', 'auth', 'credentials', 'review'] as const) {
      await advanceTo(el, step);
      expect(
        everyElement(el).filter((e) => Number(e.getAttribute('tabindex')) > 0),
        step,
      ).to.deep.equal([]);
    }
  });

  it('focus goes to the heading after Back, a step button and a Change link, never to body', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'review');
    button(el, 'back').click();
    await settle(el);
    expect(deepActiveElement()!.tagName).to.equal('H2');
    expect(currentStepId(el)).to.equal('credentials');
    (el.shadowRoot!.querySelector('nav button') as HTMLButtonElement).click();
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(deepActiveElement()!.tagName).to.equal('H2');
    await el.goTo('review');
    await settle(el);
    inStep<HTMLButtonElement>(el, '.row[data-key="timeZone"] button')!.click();
    await settle(el);
    expect(currentStepId(el)).to.equal('timezone');
    expect(deepActiveElement()!.tagName).to.equal('H2');
  });

  it('back from Review, the Review step link does not tell screen readers the step is completed', async () => {
    const el = await hostedWizard({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'review');
    button(el, 'back').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const links = [...el.shadowRoot!.querySelectorAll('nav button')].map((b) => b.textContent!.trim().replace(/\s+/g, ' '));
    expect(links, 'the steps before Credentials are complete; Review has no answers of its own').to.deep.equal([
      'General (completed)',
      'Time zone and date format (completed)',
      'Authentication type (completed)',
      'Review',
    ]);
  });

  it('the focus ring is always visible', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'credentials');
    const focusables = [...allInStep<HTMLElement>(el, 'input, button, a[href]'), ...[...el.shadowRoot!.querySelectorAll<HTMLElement>('button')]];
    expect(focusables.length).to.be.greaterThan(5);
    for (const target of focusables) {
      target.focus({ focusVisible: true } as FocusOptions);
      const style = getComputedStyle(target);
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      expect(visible, `focus ring on ${target.outerHTML.slice(0, 60)}`).to.equal(true);
    }
  });
});

describe('live region', () => {
  it('exists from the first render and stays quiet on autosave', async () => {
    const el = await fixture<ConnectorWizard>(html`<connector-wizard catalogue-src="/demo/sample-catalogue.json" .draftDatabase=${uniqueDatabase()}></connector-wizard>`);
    const region = () => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]');
    expect(region()).to.not.equal(null);
    await waitUntil(() => stepElement(el), 'loaded', { timeout: 5000 });
    await settle(el);
    const before = region()!.textContent;
    await choose(el, '#system-shopify');
    await pressContinue(el);
    await type(el, '#field-name', 'Autosaved');
    // The autosave done (the draft stored), and rendered: anything it said would be in the region by now.
    await waitUntil(() => (el as unknown as { draft: { settled: boolean } }).draft.settled, 'the draft saved', { timeout: 5000 });
    await waitUntil(async () => (await readDraft(el.draftDatabase, 'default'))?.data.name === 'Autosaved', 'the draft stored', { timeout: 5000 });
    await settle(el);
    expect(region()!.textContent).to.equal(before);
  });

  it('announces submitting, retrying and success', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    el.retryPolicy = { baseDelayMs: 400, maxDelayMs: 400 };
    await advanceTo(el, 'review');
    const region = () => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
    await api.faults({ kind: 'status', status: 503 });
    const done = el.submit();
    await el.updateComplete;
    expect(region()).to.equal('Creating connector…');
    await waitUntil(() => region().startsWith('Retrying'), 'retrying announced');
    await done;
    await settle(el);
    expect(region()).to.contain('has been created');
  });

  it('a request that ends on a field stops saying "Creating", and a second Create is said again', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    el.retryPolicy = { baseDelayMs: 20, maxDelayMs: 20 };
    await advanceTo(el, 'review');
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });
    await api.faults({ kind: 'status', status: 503 }, { kind: 'invalid', errors: [{ pointer: '/name', detail: 'A connector with this name exists' }] });
    await el.submit();
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(region.textContent!.trim(), 'after the request ended on a field').to.not.contain('Creating');
    await type(el, '#field-name', 'Shopify UK 2');
    await el.goTo('review');
    await settle(el);
    said.length = 0;
    await el.submit();
    await settle(el);
    expect(said, 'said again').to.include('Creating connector…');
  });

  it('a second connection test with the same result is said again', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: [{ id: 'uk', name: 'UK' }], testEndpoint: api.testEndpoint });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, { childList: true, characterData: true, subtree: true });
    const outcome = 'Shopify accepted these credentials. Connected as my-store.myshopify.com.';
    const testOnce = async () => {
      said.length = 0;
      inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
      // The region says the outcome (a change), whatever it said before.
      await waitUntil(() => said.includes(outcome), `said: ${JSON.stringify(said)}`, { timeout: 5000 });
      return [...said];
    };
    // The start is said too (a slow server's retries can take seconds), so the same outcome is a new text each time.
    expect(await testOnce()).to.deep.equal(['Testing the connection…', outcome]);
    expect(await testOnce(), 'the start said, then the outcome said again').to.deep.equal(['Testing the connection…', outcome]);
  });
});

describe('forced colors while a create is sent or a test runs', () => {
  it('the buttons that wait for the answer look unusable, not only fainter (forced colors ignore opacity)', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    await executeServerCommand('forced-colors', { value: 'active' });
    try {
      await waitUntil(() => matchMedia('(forced-colors: active)').matches, 'forced colors on');
      const usable = getComputedStyle(button(el, 'back')).color;
      await api.faults({ kind: 'slow', method: 'POST', held: true });
      const done = el.submit();
      try {
        await waitUntil(() => button(el, 'back').getAttribute('aria-disabled') === 'true', 'sending', { timeout: 5000 });
        expect(getComputedStyle(button(el, 'back')).color, 'Back while sending').to.not.equal(usable);
      } finally {
        await api.release();
      }
      await done;
    } finally {
      await executeServerCommand('forced-colors', { value: 'none' });
    }
  });

  it('the Change buttons on Review look unusable while the create is sent, as Back does (their rule reaches the step s own shadow root)', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint });
    await advanceTo(el, 'review');
    const change = () => inStep<HTMLButtonElement>(el, '[part~="change"]')!;
    await inForcedColors(async () => {
      const usable = getComputedStyle(change()).color;
      await api.faults({ kind: 'slow', method: 'POST', held: true });
      const done = el.submit();
      try {
        await waitUntil(() => change().getAttribute('aria-disabled') === 'true', 'sending', { timeout: 5000 });
        expect(getComputedStyle(change()).color, 'Change while sending').to.not.equal(usable);
      } finally {
        await api.release();
      }
      await done;
    });
  });

  it('Test connection looks unusable while its test runs, in forced colors too', async () => {
    const api = freshApi();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, testEndpoint: api.testEndpoint });
    await advanceTo(el, 'credentials');
    await fillStep.credentials(el);
    const test = () => inStep<HTMLButtonElement>(el, '[part~="test"]')!;
    await inForcedColors(async () => {
      const usable = getComputedStyle(test()).color;
      await api.faults({ kind: 'slow', held: true });
      test().click();
      try {
        await waitUntil(() => test().getAttribute('aria-disabled') === 'true', 'testing', { timeout: 5000 });
        expect(getComputedStyle(test()).color, 'Test connection while testing').to.not.equal(usable);
      } finally {
        await api.release();
      }
      await waitUntil(() => test().getAttribute('aria-disabled') !== 'true', 'tested', { timeout: 5000 });
    });
  });
});

/** Runs `check` with Chromium emulating forced colors (Windows high contrast), and turns them off again. */
async function inForcedColors(check: () => Promise<void>) {
  await executeServerCommand('forced-colors', { value: 'active' });
  try {
    await waitUntil(() => matchMedia('(forced-colors: active)').matches, 'forced colors on');
    await check();
  } finally {
    await executeServerCommand('forced-colors', { value: 'none' });
  }
}
