/**
 * WCAG 1.4.4 and 1.4.10 together, as a phone gives them: a screen 320 CSS px wide with the
 * reader's text at 200% (Android's font size, Chrome's text size: the root font doubled, the
 * width kept). Nothing is cut off and nothing scrolls sideways, the time zone list included
 * (a list that scrolls up and down must not scroll sideways too), in English and Arabic.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ConnectorWizard } from './connector-wizard.js';
import { advanceTo, everyElement, fillStep, GROUPS, inStep, pressContinue, settle, wizardFixture } from '../test/fixtures.js';
import { noSidewaysScroll } from '../test/host-page.js';
import { waitUntil } from '../test/wait.js';

/** Boxes whose content is wider or taller than they are (the list: wider only, as it scrolls up and down by design). */
async function checkLarge(el: ConnectorWizard, state: string) {
  await settle(el);
  const cut = everyElement(el).filter((e) => {
    if (e.matches('input, textarea, select, style, .visually-hidden, .visually-hidden *')) return false;
    const cs = getComputedStyle(e);
    if (cs.display === 'inline' || cs.display === 'none' || cs.display === 'contents') return false;
    if (e.matches('[role="listbox"]')) return e.scrollWidth > e.clientWidth + 1;
    return e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1;
  });
  expect(
    cut.map((e) => `${e.outerHTML.slice(0, 80)} ${e.clientWidth}x${e.clientHeight} holds ${e.scrollWidth}x${e.scrollHeight}`),
    `cut off or scrolling sideways with 200% text in ${state}`,
  ).to.deep.equal([]);
  noSidewaysScroll(el, `${state} with 200% text`);
}

for (const lang of ['en', 'ar'])
  describe(`200% text at 320 px (${lang})`, function () {
    this.timeout(60_000);
    before(async () => {
      await setViewport({ width: 320, height: 900 });
      document.documentElement.style.fontSize = '200%';
    });
    after(async () => {
      document.documentElement.style.fontSize = '';
      await setViewport({ width: 1280, height: 900 });
    });

    it(`${lang}: every step as shown and with its errors, the time zone list open, Review and success`, async () => {
      const el = await wizardFixture({ groups: GROUPS });
      el.lang = lang;
      if (lang === 'ar') await waitUntil(() => el.shadowRoot!.textContent!.match(/[\u0600-\u06FF]/u), 'Arabic', { timeout: 5000 });
      for (const step of ['system', 'general', 'timezone', 'auth', 'credentials', 'review'] as const) {
        await advanceTo(el, step);
        await checkLarge(el, step);
        if (step === 'system' || step === 'general' || step === 'credentials') {
          await pressContinue(el);
          await waitUntil(() => inStep(el, '.error-summary'), `${step} errors`, { timeout: 5_000 });
          await checkLarge(el, `${step} with errors`);
        }
        if (step === 'timezone') {
          inStep<HTMLInputElement>(el, '#field-timeZone')!.focus();
          await sendKeys({ press: 'ArrowDown' });
          await waitUntil(() => inStep(el, '[role="listbox"]:not([hidden])'), 'the list open', { timeout: 5_000 });
          await checkLarge(el, 'the time zone list open');
          await sendKeys({ press: 'Escape' });
        }
        if (step !== 'review') await fillStep[step](el);
      }
      expect(await el.submit(), 'created').to.equal(true);
      await checkLarge(el, 'success');
    });
  });
