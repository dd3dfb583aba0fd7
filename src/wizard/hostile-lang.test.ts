/**
 * The host's `lang` (on the element or up the page) may hold anything a page's script or template
 * put there: the wizard speaks the language it names when it ships it, else English, renders
 * every step and never throws, nor shows the tag as markup.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { advanceTo, choose, currentStepId, everyElement, GROUPS, pressContinue, settle, type, wizardFixture } from '../test/fixtures.js';

const TAGS = [
  ['de', `de-<img src=x onerror="window.__xss=1">`],
  ['de', `de-${'x'.repeat(1024 * 1024)}`],
  ['ar', `ar-\u202E</style>\u0000\uD800${'\u0301'.repeat(10_000)}`],
  ['en', `javascript:alert(1)`],
  ['en', `\u202Ede`],
] as const;

describe('hostile strings: the host language tag', function () {
  this.timeout(60_000);

  for (const [speaks, tag] of TAGS)
    it(`lang ${JSON.stringify(tag.slice(0, 40))} speaks ${speaks} through the flow with nothing thrown`, async () => {
      const thrown: string[] = [];
      const onError = (e: ErrorEvent) => thrown.push(String(e.message));
      const onRejection = (e: PromiseRejectionEvent) => thrown.push(String(e.reason));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
        el.setAttribute('lang', tag);
        await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === speaks, `speaks ${speaks}`, { timeout: 5000 });
        await settle(el);
        await type(el, '#field-name', 'Shop <img src=x onerror="window.__xss=2">');
        await choose(el, '#group-uk');
        await choose(el, '#environment-live');
        await pressContinue(el);
        expect(currentStepId(el)).to.equal('timezone');
        await advanceTo(el, 'review');
        expect(currentStepId(el)).to.equal('review');
        expect(everyElement(el).filter((e) => e.tagName === 'IMG' && e.getAttribute('src') === 'x')).to.deep.equal([]);
        expect((window as { __xss?: number }).__xss).to.equal(undefined);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        expect(thrown).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
});
