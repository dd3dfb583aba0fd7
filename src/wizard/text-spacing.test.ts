/**
 * WCAG 1.4.12 Text spacing: with a reader's overrides (line height 1.5, paragraphs 2 em apart,
 * letters 0.12 em, words 0.16 em), put into every shadow root as a user style sheet would reach
 * them, no text is cut off or spills out of its box, and the page does not scroll sideways; at
 * 1280 and 320 px, in English and Arabic, on every step with its errors, Review and the success panel.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { setViewport } from '@web/test-runner-commands';
import type { ConnectorWizard } from './connector-wizard.js';
import { advanceTo, everyElement, fillStep, freshApi, GROUPS, inStep, pressContinue, settle } from '../test/fixtures.js';
import { hostedWizard, noSidewaysScroll } from '../test/host-page.js';
import { pasteLiveIdIntoSandbox } from '../test/credentials-fixtures.js';

const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** The overrides in the document and in every shadow root the wizard has now (steps come and go, so again before each check). */
function spaced(el: ConnectorWizard) {
  const roots = [el.shadowRoot!, ...everyElement(el).flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
  for (const root of roots) {
    if (root.querySelector(':scope > style[data-spacing]')) continue;
    const style = document.createElement('style');
    style.dataset.spacing = '';
    style.textContent = SPACING;
    root.append(style);
  }
}

/** Boxes whose content is cut off (overflow not visible) or spills past them (a fixed size), with the overrides on. */
async function checkSpaced(el: ConnectorWizard, state: string) {
  await settle(el);
  spaced(el);
  const heading =
    el.shadowRoot!.querySelector('[part~="step"]')?.shadowRoot?.querySelector('[part~="heading"]') ?? el.shadowRoot!.querySelector('[part="success"] [tabindex="-1"]');
  expect(heading, `a heading in ${state}`).to.not.equal(null);
  const { wordSpacing, fontSize } = getComputedStyle(heading!);
  expect(parseFloat(wordSpacing), `the overrides reach the heading in ${state}`).to.be.closeTo(0.16 * parseFloat(fontSize), 0.05);
  const clipped = everyElement(el).filter((e) => {
    if (e.matches('input, textarea, select, style, .visually-hidden, .visually-hidden *, [role="listbox"]')) return false;
    const cs = getComputedStyle(e);
    if (cs.display === 'inline' || cs.display === 'none' || cs.display === 'contents') return false;
    return e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1;
  });
  expect(
    clipped.map((e) => `${e.outerHTML.slice(0, 100)} ${e.clientWidth}x${e.clientHeight} holds ${e.scrollWidth}x${e.scrollHeight}`),
    `text cut off or spilling with text spacing in ${state}`,
  ).to.deep.equal([]);
  noSidewaysScroll(el, `${state} with text spacing`);
}

for (const width of [1280, 320])
  for (const lang of ['en', 'ar'])
    describe(`text spacing overrides at ${width} px (${lang})`, function () {
      this.timeout(60_000);
      before(() => setViewport({ width, height: 900 }));
      after(() => setViewport({ width: 1280, height: 900 }));

      it(`${lang}: every step as shown and with its errors, then Review and success`, async () => {
        const el = await hostedWizard({ groups: GROUPS, lang });
        for (const step of ['system', 'general', 'timezone', 'auth', 'credentials', 'review'] as const) {
          await advanceTo(el, step);
          await checkSpaced(el, `${step}`);
          if (step === 'system' || step === 'general' || step === 'credentials') {
            await pressContinue(el);
            await waitUntil(() => inStep(el, '.error-summary'), `${step} errors`, { timeout: 5_000 });
            await checkSpaced(el, `${step} with errors`);
          }
          if (step !== 'review') await fillStep[step](el);
        }
        expect(await el.submit(), 'created').to.equal(true);
        await checkSpaced(el, 'success');
      });

      it(`${lang}: a paste notice with Undo, an environment warning, and the checks list`, async () => {
        const api = freshApi();
        const el = await hostedWizard({ system: 'netsuite', groups: [{ id: 'uk', name: 'UK' }], testEndpoint: api.testEndpoint, lang });
        await pasteLiveIdIntoSandbox(el);
        await checkSpaced(el, 'paste notice and environment warning');
        inStep<HTMLButtonElement>(el, '[part~="test"]')!.click();
        await waitUntil(() => inStep(el, '#test-result')?.getAttribute('data-test-state') === 'rejected', 'tested', { timeout: 5_000 });
        await checkSpaced(el, 'checks with a failed one');
      });
    });
