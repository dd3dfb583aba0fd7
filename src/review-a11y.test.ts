/** Review a11y: failing tests. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { advanceTo, choose, deepActiveElement, GROUPS, inStep, settle, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

async function offlineFor(ms: number) {
  await executeServerCommand('offline-for', { ms });
  await waitUntil(() => !navigator.onLine, 'the page went offline', { timeout: 5000 });
}
const online = () => waitUntil(() => navigator.onLine, 'the page is online again', { timeout: 15_000 });

describe('review a11y', () => {
  afterEach(online);

  it('back online with the focus on Try again, a catalogue that fails again gives the focus to the new Try again, never body', async function () {
    this.timeout(30_000);
    await offlineFor(2500);
    const src = `/demo/no-such-catalogue-${crypto.randomUUID()}.json`;
    const el = await fixture<ConnectorWizard>(html`<connector-wizard .draftDatabase=${uniqueDatabase()} no-drafts catalogue-src=${src}></connector-wizard>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]'), 'failed offline', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.focus();
    const first = el.shadowRoot!.querySelector('[part~="retry"]');
    await online();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry"]') && el.shadowRoot!.querySelector('[part~="retry"]') !== first, 'failed again online', {
      timeout: 5000,
    });
    await settle(el);
    expect(document.activeElement, 'not dropped on <body>').to.not.equal(document.body);
    expect(deepActiveElement()?.matches('[part~="retry"]'), 'on the new Try again').to.equal(true);
  });

  it('GMT typed in the time zone box highlights UTC, the zone Enter takes, so a screen reader hears which one it is', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'timezone');
    const box = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    box.focus();
    box.select();
    await sendKeys({ type: 'GMT' });
    await settle(el);
    const active = box.getAttribute('aria-activedescendant');
    expect(active, 'an option highlighted').to.be.a('string');
    expect(inStep(el, `#${active}`)!.textContent, 'UTC highlighted').to.contain('UTC');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(box.value, 'Enter took the zone highlighted').to.equal('UTC');
  });

  it('a date pattern typed key by key (dd/mm/yyyy HH:mm) says its warning once, not each time it comes back', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'timezone');
    await choose(el, '#date-format-custom');
    const region = inStep(el, '[data-date-warning]')!;
    let said = 0;
    let before = '';
    new MutationObserver(() => {
      const now = region.textContent!.trim();
      if (now && !before && region.getAttribute('aria-live') === 'polite') said++;
      before = now;
    }).observe(region, { childList: true, subtree: true, characterData: true, attributes: true });
    inStep<HTMLInputElement>(el, '#custom-date-format')!.focus();
    for (const key of 'dd/mm/yyyy HH:mm') {
      await sendKeys({ type: key });
      await settle(el);
    }
    expect(region.textContent, 'shown at the end').to.contain('“mm” is minutes');
    expect(said, 'said once').to.equal(1);
  });
});
