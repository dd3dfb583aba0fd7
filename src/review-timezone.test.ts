import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { advanceTo, allInStep, choose, currentStepId, deepActiveElement, inStep, pressContinue, settle, type, wizardFixture } from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

async function atTimezone() {
  const el = await wizardFixture({ system: 'shopify' });
  await advanceTo(el, 'timezone');
  return el;
}

/** Types `text` in the zone box; the zones listed, as shown. */
async function search(el: ConnectorWizard, text: string): Promise<string[]> {
  const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await settle(el);
  return allInStep(el, '[role="option"]').map((o) => o.firstElementChild!.textContent!);
}

describe('review timezone', () => {
  it('a press on the open list outside an option (its border) keeps the focus in the box and the list open', async () => {
    const el = await atTimezone();
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    input.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const list = inStep<HTMLElement>(el, '[role="listbox"]')!;
    expect(list.hidden, 'the list is open').to.equal(false);
    const box = list.getBoundingClientRect();
    try {
      await sendMouse({ type: 'click', position: [Math.round(box.left + 40), Math.round(box.top + 1)] });
      await settle(el);
      expect(deepActiveElement()?.id, 'the focus').to.equal(input.id);
      expect(list.hidden, 'the list stays open').to.equal(false);
    } finally {
      await sendMouse({ type: 'move', position: [0, 0] });
    }
  });

  it('GMT (or Zulu) typed lists UTC first, and Enter takes UTC, never “Choose a time zone from the list”', async () => {
    const el = await atTimezone();
    expect((await search(el, 'Zulu'))[0], 'Zulu').to.equal('UTC');
    expect((await search(el, 'GMT'))[0], 'GMT').to.equal('UTC');
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(input.value).to.equal('UTC');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('auth');
  });

  it('finds a city whose id is written with hyphens when typed with spaces: Port au Prince, Porto Novo, Ust Nera', async () => {
    const el = await atTimezone();
    for (const [typed, zone] of [
      ['Port au Prince', 'America/Port-au-Prince'],
      ['Porto Novo', 'Africa/Porto-Novo'],
      ['ust nera', 'Asia/Ust-Nera'],
      ['Blanc Sablon', 'America/Blanc-Sablon'],
    ] as const)
      expect(await search(el, typed), typed).to.include(zone);
  });

  it('warns of minutes where the month is meant in a pattern that also has an hour and minutes (dd/mm/yyyy HH:mm)', async () => {
    const el = await atTimezone();
    await choose(el, '#date-format-custom');
    for (const pattern of ['dd/mm/yyyy HH:mm', 'yyyy-mm-dd HH:mm:ss']) {
      await type(el, '#custom-date-format', pattern);
      expect(inStep(el, '#custom-date-format-warning')?.textContent ?? 'no warning', pattern).to.contain('“mm” is minutes, not the month');
    }
    for (const fine of ['dd/MM/yyyy HH:mm', 'HH:mm', 'mm:ss', 'yyyy-MM-dd HH:mm:ss']) {
      await type(el, '#custom-date-format', fine);
      expect(inStep(el, '#custom-date-format-warning') === null, fine).to.equal(true);
    }
  });
  it('takes the AM/PM marker written aa or aaa, as LDML and Java patterns write it (MM/dd/yyyy hh:mm aa), and previews it', async () => {
    const el = await atTimezone();
    await choose(el, '#date-format-custom');
    for (const pattern of ['MM/dd/yyyy hh:mm aa', 'hh:mm aaa dd/MM/yyyy']) {
      await type(el, '#custom-date-format', pattern);
      expect(inStep(el, '#custom-date-format-preview')!.textContent, pattern).to.match(/\d\d:\d\d [AP]M/u);
    }
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('auth');
  });
});
