/**
 * The layout follows the wizard's own width, not the screen's: on a 1280 px page, the wizard in a
 * 300 px or 240 px column (a sidebar, a drawer) gets what a 320 px screen gets (Review in one
 * column), nothing is cut off, spills out of the wizard or overlaps, and the page does not scroll
 * sideways; on every step, in English and Arabic. And the wizard still sizes itself where the
 * host lets it (inline-block, a flex row, a grid cell).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ConnectorWizard } from './connector-wizard.js';
import { advanceTo, everyElement, fillStep, freshApi, GROUPS, inStep, pressContinue, sampleCatalogue, settle, uniqueDatabase } from '../test/fixtures.js';
import { hostedWizard, noSidewaysScroll } from '../test/host-page.js';
import { pasteLiveIdIntoSandbox } from '../test/credentials-fixtures.js';

/** The host page's `main` made a column `width` px wide. */
function inColumn(el: ConnectorWizard, width: number) {
  el.closest('main')!.style.width = `${width}px`;
}

const shown = (e: Element) => {
  if (e.matches('style, .visually-hidden, .visually-hidden *')) return false;
  const cs = getComputedStyle(e);
  return cs.display !== 'none' && cs.display !== 'contents' && e.getBoundingClientRect().width > 0;
};

/** Nothing cut off, nothing past the wizard's own edges, no sideways scroll. */
async function checkNarrow(el: ConnectorWizard, state: string) {
  await settle(el);
  const box = el.getBoundingClientRect();
  const all = everyElement(el).filter(shown);
  const outside = all.filter((e) => {
    const r = e.getBoundingClientRect();
    return r.right > box.right + 1 || r.left < box.left - 1;
  });
  expect(
    outside.map((e) => `${e.outerHTML.slice(0, 90)} ${Math.round(e.getBoundingClientRect().left)}..${Math.round(e.getBoundingClientRect().right)}`),
    `spilling out of the ${Math.round(box.width)} px wizard in ${state}`,
  ).to.deep.equal([]);
  const clipped = all.filter((e) => {
    if (e.matches('input, textarea, select, [role="listbox"]')) return false;
    if (getComputedStyle(e).display === 'inline') return false;
    return e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1;
  });
  expect(
    clipped.map((e) => `${e.outerHTML.slice(0, 90)} ${e.clientWidth}x${e.clientHeight} holds ${e.scrollWidth}x${e.scrollHeight}`),
    `text cut off in ${state}`,
  ).to.deep.equal([]);
  noSidewaysScroll(el, state);
}

const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;

/** Review as on a narrow screen: each answer on its own line under its label, the Change link beside the label, nothing on top of anything. */
function checkReviewOneColumn(el: ConnectorWizard, state: string) {
  const rows = [...el.shadowRoot!.querySelector('[part~="step"]')!.shadowRoot!.querySelectorAll<HTMLElement>('.row')];
  expect(rows.length, 'rows on Review').to.be.greaterThan(3);
  for (const row of rows) {
    const label = row.querySelector('dt')!.getBoundingClientRect();
    const value = row.querySelector('dd.value')!.getBoundingClientRect();
    const change = row.querySelector('dd:not(.value)')!.getBoundingClientRect();
    const key = `${row.dataset.key} in ${state}`;
    expect(value.top, `the answer below its label: ${key}`).to.be.at.least(label.bottom - 1);
    expect(value.width, `the answer takes the row's width: ${key}`).to.be.at.least(row.clientWidth - 1);
    expect(overlap(label, value) || overlap(label, change) || overlap(value, change), `overlapping boxes: ${key}`).to.equal(false);
  }
}

for (const column of [300, 240])
  for (const lang of ['en', 'ar'])
    describe(`a ${column} px column of a 1280 px page (${lang})`, function () {
      this.timeout(60_000);
      before(() => setViewport({ width: 1280, height: 900 }));

      it(`${lang}: every step as shown and with its errors, then Review in one column and success`, async () => {
        const el = await hostedWizard({ groups: GROUPS, lang });
        inColumn(el, column);
        for (const step of ['system', 'general', 'timezone', 'auth', 'credentials', 'review'] as const) {
          await advanceTo(el, step);
          await checkNarrow(el, step);
          if (step === 'system' || step === 'general' || step === 'credentials') {
            await pressContinue(el);
            await waitUntil(() => inStep(el, '.error-summary'), `${step} errors`, { timeout: 5_000 });
            await checkNarrow(el, `${step} with errors`);
          }
          if (step === 'timezone') {
            inStep<HTMLInputElement>(el, '#field-timeZone')!.click();
            await waitUntil(() => inStep(el, '[role="listbox"]:not([hidden]) [role="option"]'), 'the time zone list open', { timeout: 5_000 });
            await checkNarrow(el, 'the time zone list open');
            await sendKeys({ press: 'Escape' });
          }
          if (step !== 'review') await fillStep[step](el);
        }
        checkReviewOneColumn(el, 'Review');
        expect(await el.submit(), 'created').to.equal(true);
        await checkNarrow(el, 'success');
      });

      it(`${lang}: a paste notice with Undo, an environment warning, and the checks list`, async () => {
        const api = freshApi();
        const el = await hostedWizard({ system: 'netsuite', groups: [{ id: 'uk', name: 'UK' }], testEndpoint: api.testEndpoint, lang });
        inColumn(el, column);
        await pasteLiveIdIntoSandbox(el);
        await checkNarrow(el, 'paste notice and environment warning');
        inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
        await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'rejected', 'tested', { timeout: 5_000 });
        await checkNarrow(el, 'checks with a failed one');
      });
    });

describe('Review by the width of the wizard', function () {
  this.timeout(60_000);
  after(() => setViewport({ width: 1280, height: 900 }));

  it('on a 320 px screen, the wizard as wide as the page, Review is one column as before', async () => {
    await setViewport({ width: 320, height: 900 });
    const el = await hostedWizard({ groups: GROUPS });
    await advanceTo(el, 'review');
    await checkNarrow(el, 'Review on a 320 px screen');
    checkReviewOneColumn(el, 'Review on a 320 px screen');
  });

  it('Review keeps label, answer and Change on one line in a 900 px column', async () => {
    const el = await hostedWizard({ groups: GROUPS });
    await setViewport({ width: 1280, height: 900 });
    inColumn(el, 900);
    await advanceTo(el, 'review');
    await settle(el);
    const row = el.shadowRoot!.querySelector('[part~="step"]')!.shadowRoot!.querySelector<HTMLElement>('.row')!;
    const label = row.querySelector('dt')!.getBoundingClientRect();
    const value = row.querySelector('dd.value')!.getBoundingClientRect();
    expect(value.left > label.right || value.right < label.left, 'answer beside its label').to.equal(true);
  });
});

describe('the wizard sizes itself where the host lets it', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 1280, height: 900 }));

  const layouts = {
    'display: inline-block': (wizard: unknown) => html`<div style="width: 1000px"><span>Before</span> ${wizard}</div>`,
    'a flex row': (wizard: unknown) => html`<div style="display: flex; gap: 1rem; width: 1000px"><div>A side panel</div>${wizard}</div>`,
    'a grid cell': (wizard: unknown) => html`<div style="display: grid; grid-template-columns: auto 1fr; width: 1000px">${wizard}<div>Rest</div></div>`,
  };
  for (const [name, layout] of Object.entries(layouts))
    it(`in ${name}, wide enough to use and no wider than its place`, async () => {
      const wizard = html`<connector-wizard
        style=${name.startsWith('display') ? 'display: inline-block' : ''}
        .draftDatabase=${uniqueDatabase()}
        .catalogue=${await sampleCatalogue()}
        .groups=${GROUPS}
      ></connector-wizard>`;
      const page = await fixture<HTMLElement>(layout(wizard));
      const el = page.querySelector<ConnectorWizard>('connector-wizard')!;
      for (const step of ['system', 'general', 'review'] as const) {
        await advanceTo(el, step);
        await settle(el);
        const width = el.getBoundingClientRect().width;
        expect(width, `${name} on ${step}: its width`).to.be.within(320, 1000);
        await checkNarrow(el, `${name} on ${step}`);
      }
    });
});
