/**
 * A draft record edited by hand in IndexedDB (another script of the page, a damaged profile): its
 * answers are the person's no longer, and may hold anything. Whatever they hold is shown as text,
 * set apart from the words around it, cut where a sentence quotes it, and never breaks the layout.
 */
import { expect } from '@open-wc/testing';
import { emptyWizardData, type StepId, type WizardData } from '../schemas/wizard-data.js';
import { idRecord } from '../schemas/id-record.js';
import { DraftStore } from '../storage/draft-store.js';
import { currentStepId, everyElement, GROUPS, inStep, stepElement, uniqueDatabase, wizardFixture } from '../test/fixtures.js';

const HUGE = `\u202E<img src=x onerror="window.__xss=1"></style>${'\u0301'.repeat(10_000)}\uD800\u0000${'W'.repeat(1024 * 1024)}`;

async function storedDraft(draftDatabase: string, step: StepId, answers: Partial<WizardData>) {
  const store = new DraftStore(draftDatabase);
  const data = {
    ...emptyWizardData(),
    system: 'shopify',
    name: 'Old',
    group: 'uk',
    environment: 'live' as const,
    timeZone: 'UTC',
    dateFormat: 'iso',
    authType: 'access-token',
    credentials: idRecord<Record<string, string>>([]),
    ...answers,
  };
  await store.put({ id: 'default', step, updatedAt: Date.now(), data, keys: 2, format: 2 }, 0);
  await store.close();
}

const noMarkup = (el: Element) =>
  everyElement(el).filter((e) => (e.tagName === 'IMG' && e.getAttribute('src') === 'x') || (e.tagName === 'STYLE' && e.textContent!.includes('onerror')));

describe('hostile strings: a draft edited by hand', function () {
  this.timeout(60_000);

  it('a system id of a megabyte, with an override, markup and a lone surrogate, is named cut and set apart where System says it is gone', async () => {
    const draftDatabase = uniqueDatabase();
    await storedDraft(draftDatabase, 'credentials', { system: HUGE });
    const el = await wizardFixture({ groups: GROUPS, draftDatabase });
    expect(currentStepId(el)).to.equal('system');
    const gone = inStep(el, '[data-system-gone]')!;
    expect(noMarkup(el)).to.deep.equal([]);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
    expect(gone.textContent!.length, 'the id quoted cut').to.be.below(1000);
    expect(gone.scrollWidth).to.be.at.most(gone.clientWidth + 1);
  });

  for (const [what, answers] of [
    ['a group', { group: HUGE }],
    ['a name', { name: HUGE }],
    ['a time zone', { timeZone: HUGE }],
    ['a date format', { dateFormat: 'custom', customDateFormat: HUGE }],
    ['an auth type', { authType: HUGE }],
  ] as const)
    it(`${what} of a megabyte, with an override, markup and a lone surrogate, shows cut and as text where the draft reopens, without widening it`, async () => {
      const draftDatabase = uniqueDatabase();
      await storedDraft(draftDatabase, 'review', answers);
      const el = await wizardFixture({ groups: GROUPS, draftDatabase });
      const step = stepElement(el)!;
      const shown = [...step.shadowRoot!.querySelectorAll('*')].filter((e) => !['INPUT', 'TEXTAREA', 'STYLE', 'OPTION'].includes(e.tagName) && !e.closest('option'));
      const text = shown
        .map((e) =>
          [...e.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE)
            .map((n) => n.textContent)
            .join(''),
        )
        .join('');
      expect(noMarkup(el)).to.deep.equal([]);
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
      expect(text.length, `${currentStepId(el)}: the texts cut`).to.be.below(20_000);
      expect(el.scrollWidth, currentStepId(el)!).to.be.at.most(el.clientWidth + 1);
    });
});
