import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/wait.js';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import { emptyWizardData } from '../../schemas/wizard-data.js';
import { DraftStore } from '../../storage/draft-store.js';
import {
  advanceTo,
  allInStep,
  button,
  choose,
  currentStepId,
  deepActiveElement,
  errorSummary,
  GROUPS,
  inStep,
  pressContinue,
  sampleCatalogue,
  settle,
  stepElement,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../../test/fixtures.js';
import { stepSuite } from '../../test/step-suite.js';
import { EDITED, editing } from '../../test/edit-fixtures.js';
import { browserTimeZone } from './time-zones.js';
import type { ConnectorWizard } from '../../wizard/connector-wizard.js';
import { fakeClock } from '../../test/fake-clock.js';

/** A wizard preset to Shopify whose restored draft holds `timeZone`, on the Time zone step. */
async function restoredWithZone(timeZone: string) {
  const draftDatabase = uniqueDatabase();
  const store = new DraftStore(draftDatabase);
  const data = { ...emptyWizardData(), system: 'shopify', name: 'Shop', environment: 'live' as const, timeZone, dateFormat: 'iso' };
  await store.put({ id: 'default:shopify', step: 'timezone', updatedAt: Date.now(), data }, 0);
  await store.close();
  return wizardFixture({ system: 'shopify', draftDatabase });
}

async function atTimezone(system = 'shopify', catalogue?: unknown) {
  const el = await wizardFixture({ system, ...(catalogue ? { catalogue } : {}) });
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

stepSuite('timezone', {
  open: () => atTimezone(),
  makeInvalid: (el) => choose(el, '#date-format-custom'),
  errors: 1,
  keeps: { selector: '#custom-date-format', value: 'yyyy-QQ' },
  next: 'auth',
});

function keydown(target: Element, key: string) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
}

/** The options listed for `query` include `zone`, and every one is at `offset`. */
function listsOnlyAt(el: ConnectorWizard, query: string, zone: string, offset: string) {
  const found = allInStep(el, '[role="option"]');
  expect(
    found.map((o) => o.firstElementChild!.textContent),
    query,
  ).to.include(zone);
  expect(
    found.every((o) => o.querySelector('.offset')!.textContent!.endsWith(offset)),
    `${query}: only zones at ${offset}, not ${found.map((o) => o.querySelector('.offset')!.textContent).join(', ')}`,
  ).to.equal(true);
}

describe('time zone and date format step', () => {
  it("defaults to the system's zone and date format", async () => {
    const el = await atTimezone('netsuite');
    expect(inStep<HTMLInputElement>(el, '#field-timeZone')!.value).to.equal('America/Los_Angeles');
    expect(inStep<HTMLInputElement>(el, '#date-format-iso')!.checked).to.equal(true);
    expect(inStep(el, 'label[for="date-format-iso"]')!.textContent).to.contain('default for this system');
  });

  it('takes a catalogue default spelt another way under its current IANA name, as the list shows and sends it', async () => {
    for (const [spelt, current] of [
      ['europe/london', 'Europe/London'],
      ['US/Pacific', 'America/Los_Angeles'],
      ['Asia/Calcutta', 'Asia/Kolkata'],
    ]) {
      const catalogue = await sampleCatalogue();
      catalogue.systems.find((s) => s.id === 'xero')!.defaultTimeZone = spelt;
      const el = await atTimezone('xero', catalogue);
      const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
      expect(input.value, spelt).to.equal(current);
      input.click();
      await settle(el);
      expect(inStep(el, '[role="option"][aria-selected="true"]')?.textContent, `${spelt}: selected in the list`).to.contain(current.replaceAll('_', ' '));
      el.remove();
    }
  });

  it("uses the browser's zone when the system has none", async () => {
    const catalogue = await sampleCatalogue();
    delete catalogue.systems.find((s) => s.id === 'xero')!.defaultTimeZone;
    const el = await atTimezone('xero', catalogue);
    expect(inStep<HTMLInputElement>(el, '#field-timeZone')!.value).to.equal(browserTimeZone());
  });

  it('a catalogue default the list does not offer (a bare offset, Etc/GMT-10; an abbreviation, BST) is reported and not preselected, so Continue never refuses it', async () => {
    for (const zone of ['Etc/GMT-10', 'BST']) {
      const catalogue = await sampleCatalogue();
      catalogue.systems.find((s) => s.id === 'xero')!.defaultTimeZone = zone;
      const problems: string[] = [];
      const listen = (e: Event) => problems.push(JSON.stringify((e as CustomEvent).detail));
      document.addEventListener('connector-wizard-error', listen);
      try {
        const el = await atTimezone('xero', catalogue);
        expect(problems.join(' '), zone).to.contain('defaultTimeZone');
        // BST is not Asia/Dhaka, which Chromium resolves it to.
        expect(inStep<HTMLInputElement>(el, '#field-timeZone')!.value, zone).to.equal(browserTimeZone());
        await pressContinue(el);
        expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('auth');
        el.remove();
      } finally {
        document.removeEventListener('connector-wizard-error', listen);
      }
    }
  });

  it('a browser set to a bare offset (Etc/GMT-10, as Windows UTC+10 maps) preselects no zone: the person chooses one, never a refused one', async () => {
    await executeServerCommand('time-zone', { zone: 'Etc/GMT-10' });
    try {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Etc/GMT-10');
      const catalogue = await sampleCatalogue();
      delete catalogue.systems.find((s) => s.id === 'xero')!.defaultTimeZone;
      const el = await atTimezone('xero', catalogue);
      expect(inStep<HTMLInputElement>(el, '#field-timeZone')!.value).to.equal('');
      await pressContinue(el);
      expect(errorSummary(el)).to.deep.equal(['Choose the time zone the system uses']);
    } finally {
      await executeServerCommand('time-zone', {});
    }
  });

  it('explains that dates are converted to UTC', async () => {
    const el = await atTimezone();
    expect(inStep(el, 'p')!.textContent).to.contain('converted to UTC');
  });

  it('lists every IANA zone with its current offset, as an ARIA combobox', async () => {
    const el = await atTimezone();
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    input.click();
    await settle(el);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const options = allInStep(el, '[role="option"]');
    expect(options.length).to.be.at.least(Intl.supportedValuesOf('timeZone').length);
    const london = options.find((o) => o.textContent!.includes('Europe/London'))!;
    // Offsets go through Intl in the element's locale.
    expect(london.querySelector('.offset')!.textContent).to.match(/^GMT([+-]0[01]:00)?$/);
    const kolkata = options.find((o) => o.textContent!.includes('Asia/Kolkata'))!;
    expect(kolkata.querySelector('.offset')!.textContent).to.equal('GMT+05:30');
  });

  it('filters as you type and chooses with the arrow keys and Enter', async () => {
    const el = await atTimezone();
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    input.focus();
    input.value = 'kolk';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    const options = allInStep(el, '[role="option"]');
    expect(options.map((o) => o.firstElementChild!.textContent)).to.deep.equal(['Asia/Kolkata']);
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
    keydown(input, 'Enter');
    await settle(el);
    expect(input.value).to.equal('Asia/Kolkata');
    expect(currentStepId(el)).to.equal('timezone');
    input.value = 'new york';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    keydown(input, 'ArrowDown');
    keydown(input, 'ArrowUp');
    await settle(el);
    keydown(input, 'Enter');
    await settle(el);
    expect(input.value).to.equal('America/New_York');
    keydown(input, 'Escape');
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('auth');
  });

  it('Home and End move the caret in the text, not the highlight in the open list', async () => {
    const el = await atTimezone();
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'new york' });
    await settle(el);
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    const active = input.getAttribute('aria-activedescendant');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(input.selectionStart, 'caret at the start').to.equal(0);
    expect(input.getAttribute('aria-activedescendant')).to.equal(active);
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(input.selectionStart, 'caret at the end').to.equal('new york'.length);
    expect(input.getAttribute('aria-activedescendant')).to.equal(active);
    await sendKeys({ type: '!' });
    await settle(el);
    expect(input.value).to.equal('new york!');
    // The Enter that ends an input method's composition picks a word, not a zone.
    keydown(input, 'Backspace');
    input.value = 'new york';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true }));
    await settle(el);
    expect(input.value, 'composing').to.equal('new york');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, composed: true }));
    await settle(el);
    expect(input.value, 'composing in Safari (keyCode 229)').to.equal('new york');
    expect(currentStepId(el)).to.equal('timezone');
  });

  it('says politely when no zone matches, in a region that was there before the words came', async () => {
    const el = await atTimezone();
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    const region = inStep(el, '.combobox [role="status"]');
    expect(Boolean(region), 'a status region before typing').to.equal(true);
    expect(region!.textContent!.trim()).to.equal('');
    input.focus();
    input.select();
    await sendKeys({ type: 'atlantis' });
    await settle(el);
    expect(inStep(el, '.combobox [role="status"]') === region, 'the same region').to.equal(true);
    expect(region!.textContent).to.contain('No time zone matches').and.to.contain('atlantis');
    // A space typed after it finds the same nothing: the same words, not said again.
    await sendKeys({ type: ' ' });
    await settle(el);
    expect(region!.textContent!.trim()).to.equal('No time zone matches “atlantis”.');
    input.value = 'berlin';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    expect(region!.textContent!.trim(), 'a match again: how many').to.equal('1 time zone.');
  });

  it('what was typed counts when the box is left: the zone typed, the only match or the one picked is chosen, and other text is said, not dropped', async () => {
    const el = await atTimezone();
    const input = () => inStep<HTMLInputElement>(el, '#field-timeZone')!;
    const typeZone = async (text: string) => {
      input().focus();
      input().value = text;
      input().dispatchEvent(new Event('input'));
      await settle(el);
    };
    await typeZone('London');
    expect(input().getAttribute('aria-activedescendant'), 'highlighted').to.equal('tz-0');
    input().blur(); // Tab
    await settle(el);
    expect(input().value).to.equal('Europe/London');
    await typeZone('Kolkata');
    input().blur(); // a mouse press on Continue takes the focus first
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('auth');
    await el.goTo('timezone');
    await settle(el);
    expect(input().value, 'Continue took the zone highlighted').to.equal('Asia/Kolkata');
    // Several matches and none picked: the first is a guess ("India" lists America/Indiana/… first), so nothing is chosen for the person.
    await typeZone('India');
    expect(allInStep(el, '[role="option"]').length).to.be.greaterThan(1);
    input().blur();
    await settle(el);
    expect(input().value).to.equal('India');
    await pressContinue(el);
    expect(errorSummary(el)).to.deep.equal(['Choose a time zone from the list']);
    // Moved to with the arrows: that one is the pick.
    await typeZone('India');
    keydown(input(), 'ArrowDown');
    await settle(el);
    const picked = inStep(el, '[role="option"].active')!.firstElementChild!.textContent!.replace(/ /gu, '_');
    input().blur();
    await settle(el);
    expect(input().value).to.equal(picked);
    await typeZone('Londn');
    keydown(input(), 'Enter');
    await settle(el);
    expect(currentStepId(el), 'Enter with no match does not move on').to.equal('timezone');
    expect(errorSummary(el)).to.deep.equal(['Choose a time zone from the list']);
    expect(input().value, 'what was typed stays, to be mended').to.equal('Londn');
  });

  it('lists the zone named as typed first, then zones with a name part that starts with it, then the rest', async () => {
    const el = await atTimezone();
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    const first = async (query: string) => {
      input.focus();
      input.select();
      await sendKeys({ type: query });
      await settle(el);
      return inStep(el, '[role="option"] span')!.textContent;
    };
    expect(await first('UTC')).to.equal('UTC');
    expect(await first('york')).to.equal('America/New York');
    expect(await first('paris')).to.equal('Europe/Paris');
  });

  it('finds zones by offset', async () => {
    const el = await atTimezone();
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    input.focus();
    input.value = '+05:45';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    expect(allInStep(el, '[role="option"]').map((o) => o.firstElementChild!.textContent)).to.include('Asia/Kathmandu');
    // As people write offsets, and only the zones at that offset (zones without daylight saving, so any date will do).
    for (const [query, zone, offset] of [
      ['+5:30', 'Asia/Kolkata', '+05:30'],
      ['+0530', 'Asia/Kolkata', '+05:30'],
      ['UTC+5:30', 'Asia/Kolkata', '+05:30'],
      ['+1', 'Africa/Lagos', '+01:00'],
      ['GMT+1', 'Africa/Lagos', '+01:00'],
      ['-5', 'America/Bogota', '-05:00'],
      ['utc-05', 'America/Bogota', '-05:00'],
      ['-0', 'UTC', '+00:00'],
    ] as const) {
      input.value = query;
      input.dispatchEvent(new Event('input'));
      await settle(el);
      listsOnlyAt(el, query, zone, offset);
    }
  });

  it('finds zones by an offset typed in any digits: Arabic-Indic, Extended Arabic-Indic, Devanagari, full-width', async () => {
    const el = await atTimezone();
    for (const [query, zone, offset] of [
      ['+\u0665:\u0663\u0660', 'Asia/Kolkata', '+05:30'],
      ['GMT+\u0663', 'Europe/Istanbul', '+03:00'],
      ['+\u06f5:\u06f4\u06f5', 'Asia/Kathmandu', '+05:45'],
      ['UTC+\u096b:\u0969\u0966', 'Asia/Kolkata', '+05:30'],
      ['\uff0b\uff15\uff1a\uff13\uff10', 'Asia/Kolkata', '+05:30'],
    ] as const) {
      await type(el, '#field-timeZone', query);
      listsOnlyAt(el, query, zone, offset);
    }
  });

  it('finds zones by the name the browser gives them in the language in use, and shows that name beside the id', async () => {
    const rootLang = (el: ConnectorWizard) => el.shadowRoot!.querySelector('.root')?.getAttribute('lang');
    const el = await wizardFixture({ system: 'shopify' });
    el.setAttribute('lang', 'de');
    await waitUntil(() => rootLang(el) === 'de', 'German arrives', { timeout: 5000 });
    await advanceTo(el, 'timezone');
    await type(el, '#field-timeZone', 'Mitteleuropäische');
    const ids = () => allInStep(el, '[role="option"]').map((o) => o.firstElementChild!.textContent!.replace(/ /gu, '_'));
    expect(ids(), 'a zone of Central European Time').to.include('Europe/Vienna');
    const vienna = allInStep(el, '[role="option"]').find((o) => o.firstElementChild!.textContent === 'Europe/Vienna')!;
    expect(vienna.textContent, 'the name that matched is shown').to.contain('Mitteleuropäische Zeit');
    // Folded as any search: without its umlaut, in lower case.
    await type(el, '#field-timeZone', 'nordamerikanische ostkustenzeit');
    expect(ids()).to.include('America/New_York');
    el.setAttribute('lang', 'fr');
    await waitUntil(() => rootLang(el) === 'fr', 'French arrives', { timeout: 5000 });
    await type(el, '#field-timeZone', 'heure d’Europe centrale');
    expect(ids(), 'the names of the new language').to.include('Europe/Vienna');
    await type(el, '#field-timeZone', 'Mitteleuropäische');
    expect(ids(), 'not those of the last one').to.deep.equal([]);
  });

  it('shows a live preview for every preset format', async () => {
    const el = await atTimezone();
    const previews = allInStep(el, '.preview').map((p) => p.textContent!.trim());
    expect(previews.length).to.equal(7);
    expect(previews[0]).to.match(/^Now: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
    expect(previews[5]).to.match(/^Now: \d{10}$/);
    expect(previews[6]).to.match(/^Now: \d{13}$/);
  });

  it('validates a custom pattern and previews it', async () => {
    const el = await atTimezone();
    await choose(el, '#date-format-custom');
    await type(el, '#custom-date-format', 'dd.MM.yyyy QQ');
    expect(inStep(el, '#custom-date-format-preview')!.textContent).to.contain('“Q” is not a date pattern letter');
    await pressContinue(el);
    expect(errorSummary(el)[0]).to.contain('“Q” is not a date pattern letter');
    await type(el, '#custom-date-format', "dd.MM.yyyy 'um' HH:mm");
    expect(inStep(el, '#custom-date-format-preview')!.textContent).to.match(/Now: \d{2}\.\d{2}\.\d{4} um \d{2}:\d{2}/);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('auth');
  });

  it('warns, never blocks, of a 12-hour clock without AM/PM and of minutes where the month is meant, beside the field and on Review', async () => {
    const el = await atTimezone();
    await choose(el, '#date-format-custom');
    for (const [pattern, said] of [
      ['dd/MM/yyyy hh:mm', '14:30 is written as 02:30'],
      ['yyyy-mm-dd', '“mm” is minutes, not the month'],
    ] as const) {
      await type(el, '#custom-date-format', pattern);
      const warning = inStep(el, '#custom-date-format-warning');
      expect(warning?.textContent, pattern).to.contain(said);
      expect(inStep(el, '#custom-date-format')!.getAttribute('aria-describedby')).to.contain('custom-date-format-warning');
    }
    for (const fine of ['dd/MM/yyyy hh:mm a', 'dd/MM/yyyy HH:mm', 'HH:mm', 'mm:ss']) {
      await type(el, '#custom-date-format', fine);
      expect(inStep(el, '#custom-date-format-warning') === null, fine).to.equal(true);
    }
    await type(el, '#custom-date-format', 'dd/MM/yyyy hh:mm');
    await pressContinue(el);
    expect(currentStepId(el), 'never blocks').to.equal('auth');
    await advanceTo(el, 'review');
    expect(inStep(el, '[data-key="dateFormat"]')!.textContent).to.contain('14:30 is written as 02:30');
  });

  it('refuses a zone the browser does not know (e.g. from an old draft)', async () => {
    const el = await restoredWithZone('Mars/Olympus_Mons');
    expect(currentStepId(el)).to.equal('timezone');
    await pressContinue(el);
    expect(errorSummary(el)).to.deep.equal(['Choose a time zone from the list']);
  });

  it('an abbreviation typed in the zone box (EST) is not shown as chosen, nor previewed in, while Continue refuses it', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    await advanceTo(el, 'timezone');
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'EST' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const confirmation = inStep(el, '[data-testid="tz-selected"]')?.textContent?.trim();
    const iso = allInStep(el, '.preview').map((p) => p.textContent!.trim())[0];
    await pressContinue(el);
    expect(errorSummary(el), 'Continue refuses it').to.include('Choose a time zone from the list');
    expect(confirmation, `the line under the box reads "${confirmation}", the ISO preview "${iso}"`).to.equal(undefined);
    expect(iso, 'previewed in UTC, as for any zone Continue refuses').to.match(/Z$/u);
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

describe('timezone step: what is sent, and what a screen reader is told', () => {
  it('text that is no zone in the list is never sent as the time zone (an offset as the hint suggests, an abbreviation, an old alias)', async () => {
    const sentAs: Record<string, string> = {};
    // Chromium resolves old short ids (EST, BST, CST, IST) to unrelated zones; none is taken for one.
    for (const typed of ['+10', 'est', 'BST', 'CST', 'IST', 'EST', 'US/Eastern']) {
      const el = await atTimezone();
      let sent: Record<string, unknown> | undefined;
      el.addEventListener('connector-created', (e) => (sent = (e as CustomEvent).detail.connector));
      const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
      input.focus();
      input.value = typed;
      input.dispatchEvent(new Event('input'));
      await settle(el);
      input.blur(); // Tab
      await settle(el);
      await pressContinue(el);
      if (currentStepId(el) === 'timezone') sentAs[typed] = errorSummary(el).join('; ');
      else {
        await advanceTo(el, 'review');
        button(el, 'create').click();
        await settle(el);
        sentAs[typed] = String(sent?.timeZone);
      }
      el.remove();
    }
    const refused = 'Choose a time zone from the list';
    expect(sentAs).to.deep.equal({ '+10': refused, est: refused, BST: refused, CST: refused, IST: refused, EST: refused, 'US/Eastern': 'America/New_York' });
  });

  it('another spelling of a listed zone typed in full (US/Eastern, Etc/UTC, Europe/Uzhgorod) lists the zone Enter takes, never "No time zone matches"', async () => {
    const el = await atTimezone();
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    const found: Record<string, unknown> = {};
    for (const typed of ['US/Eastern', 'Etc/UTC', 'Europe/Uzhgorod']) {
      input.focus();
      input.value = typed;
      input.dispatchEvent(new Event('input'));
      await settle(el);
      found[typed] = {
        listed: allInStep(el, '[role="option"]').map((o) => o.firstElementChild!.textContent),
        said: inStep(el, '.no-match')!.textContent!.trim(),
        highlighted: inStep(el, '[role="option"].active')?.firstElementChild!.textContent,
      };
    }
    expect(found).to.deep.equal({
      'US/Eastern': { listed: ['America/New York'], said: '1 time zone.', highlighted: 'America/New York' },
      'Etc/UTC': { listed: ['UTC'], said: '1 time zone.', highlighted: 'UTC' },
      'Europe/Uzhgorod': { listed: ['Europe/Kyiv'], said: '1 time zone.', highlighted: 'Europe/Kyiv' },
    });
  });

  it('Enter takes a zone typed in full, and not the first of several matches nobody moved to', async () => {
    const el = await atTimezone();
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    const enter = async (text: string) => {
      input.focus();
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await settle(el);
      keydown(input, 'Enter');
      await settle(el);
    };
    await enter('UTC');
    expect(input.value, 'UTC typed in full').to.equal('UTC');
    await enter('India');
    expect(input.value, 'India: several matches, none picked').to.not.equal('America/Indiana/Indianapolis');
  });

  it('finds cities spelt as their people spell them: São Paulo, Zürich, Bogotá, İstanbul', async () => {
    const el = await atTimezone();
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    for (const [typed, zone] of [
      ['São Paulo', 'America/Sao_Paulo'],
      ['Zürich', 'Europe/Zurich'],
      ['Bogotá', 'America/Bogota'],
      ['İstanbul', 'Europe/Istanbul'],
      ['Bogota\u0301'.normalize('NFD'), 'America/Bogota'],
      // Pasted from a wiki or a chat, an invisible character and a space before the name.
      ['\u200B Lagos', 'Africa/Lagos'],
      ['Zu\u00ADrich\u200E ', 'Europe/Zurich'],
    ] as const) {
      input.focus();
      input.value = typed;
      input.dispatchEvent(new Event('input'));
      await settle(el);
      const names = allInStep(el, '[role="option"]').map((o) => o.firstElementChild!.textContent!.replace(/ /gu, '_'));
      expect(names, typed).to.include(zone);
    }
  });

  it('typing highlights nothing among several matches, so the first ArrowDown lands on the first and Enter takes it', async () => {
    const el = await atTimezone();
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    input.focus();
    input.value = 'Indiana';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    const options = allInStep(el, '[role="option"]');
    expect(options.length, 'several matches').to.be.greaterThan(1);
    expect(input.hasAttribute('aria-activedescendant'), 'nothing shown as chosen that Enter would not take').to.equal(false);
    // With nothing highlighted, how many match is said politely.
    expect(inStep(el, '.no-match[role="status"]')!.textContent!.trim()).to.equal(`${options.length} time zones.`);
    expect(options.some((o) => o.getAttribute('aria-selected') === 'true')).to.equal(false);
    keydown(input, 'ArrowDown');
    await settle(el);
    expect(input.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
    const first = options[0]!.firstElementChild!.textContent!.replace(/ /gu, '_');
    keydown(input, 'Enter');
    await settle(el);
    expect(input.value).to.equal(first);
  });

  it('lists and sends renamed zones under their current IANA names, and finds them by city', async () => {
    const catalogue = await sampleCatalogue();
    catalogue.systems.find((s) => s.id === 'xero')!.defaultTimeZone = 'America/Argentina/Cordoba';
    const el = await atTimezone('xero', catalogue);
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    expect(input.value, 'catalogue default').to.equal('America/Argentina/Cordoba');
    input.click();
    await settle(el);
    const names = allInStep(el, '[role="option"]').map((o) => o.firstElementChild!.textContent!.replace(/ /gu, '_'));
    for (const current of ['Africa/Asmara', 'America/Argentina/Catamarca', 'America/Argentina/Cordoba', 'America/Argentina/Jujuy', 'America/Argentina/Mendoza'])
      expect(names.includes(current), `${current} listed`).to.equal(true);
    input.value = 'Asmara';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    expect(allInStep(el, '[role="option"]').length, 'Asmara found').to.be.greaterThan(0);
  });

  it('marks the option aria-activedescendant names as the selected one (APG list autocomplete)', async () => {
    const el = await atTimezone();
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    input.focus();
    input.value = 'new york';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    const active = inStep(el, `#${input.getAttribute('aria-activedescendant')}`)!;
    expect(active.getAttribute('aria-selected')).to.equal('true');
  });

  it('says collapsed when no zone matches and no list is on screen', async () => {
    const el = await atTimezone();
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    input.focus();
    input.value = 'atlantis';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    expect(inStep<HTMLElement>(el, '[role="listbox"]')!.hidden, 'no list on screen').to.equal(true);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('a custom date pattern carrying a zero-width space or soft hyphen (paste debris) sends no character nobody can see', async () => {
    const created: { dateFormat: string }[] = [];
    const el = await wizardFixture({ system: 'shopify' });
    el.addEventListener('connector-created', (e) => created.push((e as unknown as { detail: { connector: { dateFormat: string } } }).detail.connector));
    await advanceTo(el, 'timezone');
    await choose(el, '#date-format-custom');
    await type(el, '#custom-date-format', '\u200byyyy-MM-dd\u00ad HH:mm\u200b');
    const preview = inStep(el, '#custom-date-format-preview')!.textContent!;
    expect(preview, 'the preview writes no invisible character either').to.not.match(/[\u200b\u00ad]/u);
    await pressContinue(el);
    await advanceTo(el, 'review');
    expect(await el.submit()).to.equal(true);
    await settle(el);
    const sent = created[0]!.dateFormat;
    expect([...sent].map((c) => (/[\u200b\u00ad]/u.test(c) ? `U+${c.codePointAt(0)!.toString(16)}` : c)).join(''), `sent; the preview read "${preview.trim()}"`).to.equal(
      'yyyy-MM-dd HH:mm',
    );
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

  it('finds the zones a Windows label names, as its settings and exports write one: (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', async () => {
    const el = await atTimezone();
    expect(await search(el, '(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi'), 'the place it names').to.deep.equal(['Asia/Kolkata']);
    // Each place found, in the label's order (Quito has no zone of its own: Ecuador is America/Guayaquil); the list shows spaces for underscores.
    expect(await search(el, '(UTC-05:00) Bogota, Lima, Quito, Rio Branco')).to.deep.equal(['America/Bogota', 'America/Lima', 'America/Rio Branco']);
    // No place found: the zones at its offset, as "UTC+05:45" typed lists them.
    await type(el, '#field-timeZone', '(UTC+05:45) Nowhere Town');
    listsOnlyAt(el, '(UTC+05:45) Nowhere Town', 'Asia/Kathmandu', '+05:45');
    await type(el, '#field-timeZone', '(UTC+05:30)');
    listsOnlyAt(el, '(UTC+05:30)', 'Asia/Kolkata', '+05:30');
    expect((await search(el, '(UTC) Coordinated Universal Time'))[0]).to.equal('UTC');
  });
});

/** Counts the time zone step's renders from now on (lit's `updated` runs after each). */
function countRenders(el: HTMLElement): { count: number } {
  const step = el.shadowRoot!.querySelector('connector-wizard-timezone-step') as unknown as { updated(changed: unknown): void };
  const renders = { count: 0 };
  const updated = step.updated.bind(step);
  step.updated = (changed) => {
    updated(changed);
    renders.count++;
  };
  return renders;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the date format previews', () => {
  it('never change by themselves (no text on a timer, WCAG 2.2.2)', async () => {
    const el = await atTimezone();
    const previews = () => allInStep(el, '.preview').map((p) => p.textContent!.trim());
    const before = previews();
    expect(
      before.some((text) => /\d{2}:\d{2}:\d{2}/u.test(text)),
      'a preview with seconds',
    ).to.equal(true);
    const renders = countRenders(el);
    await wait(2200);
    expect(renders.count, 'no render on a timer').to.equal(0);
    expect(previews()).to.deep.equal(before);
  });
});

describe('the time zone list, by keyboard and in forced colors', () => {
  it('Tab out of the open list moves the focus on, never to the page (the list is no Tab stop)', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'timezone');
    const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'Europe' });
    await settle(el);
    expect(inStep(el, '[role="listbox"]')!.hasAttribute('hidden'), 'the list is open').to.equal(false);
    await sendKeys({ press: 'Tab' });
    await settle(el);
    const active = deepActiveElement();
    expect(active === document.body, 'focus fell to the page').to.equal(false);
    expect(active?.getAttribute('role'), 'focus on the hidden list').to.not.equal('listbox');
  });

  it('forced colors: the highlighted option looks different from the others', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS });
    await advanceTo(el, 'timezone');
    await executeServerCommand('forced-colors', { value: 'active' });
    try {
      await waitUntil(() => matchMedia('(forced-colors: active)').matches, 'forced colors on');
      const input = inStep<HTMLInputElement>(el, '#field-timeZone')!;
      input.focus();
      input.select();
      await sendKeys({ type: 'Europe/L' });
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      // What shows: a transparent background shows the list behind it.
      const look = (e: HTMLElement) => {
        const s = getComputedStyle(e);
        const transparent = s.backgroundColor.startsWith('rgba') && s.backgroundColor.endsWith(', 0)');
        return { bg: transparent ? getComputedStyle(e.parentElement!).backgroundColor : s.backgroundColor, color: s.color, outline: `${s.outlineStyle} ${s.outlineWidth}` };
      };
      const active = look(inStep<HTMLElement>(el, '[role="option"].active')!);
      const other = look(inStep<HTMLElement>(el, '[role="option"]:not(.active)')!);
      expect(active, 'the highlighted option looks like every other one').to.not.deep.equal(other);
    } finally {
      await executeServerCommand('forced-colors', { value: 'none' });
    }
  });

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
});

describe('the time zone step with real keyboards, languages and drafts', () => {
  const rootLang = (el: ConnectorWizard) => el.shadowRoot!.querySelector('.root')?.getAttribute('lang');
  const zoneInput = (el: ConnectorWizard) => inStep<HTMLInputElement>(el, '#field-timeZone')!;
  const highlighted = (el: ConnectorWizard) => inStep(el, '[role="option"][aria-selected="true"] span')!.textContent!.replace(/ /gu, '_');

  /** Opens the list from the keyboard without typing, and moves the highlight up one zone from the chosen one. */
  async function arrowToPrevious(el: ConnectorWizard): Promise<string> {
    zoneInput(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    const zone = highlighted(el);
    expect(zone, 'the highlight moved off the chosen zone').to.not.equal('UTC');
    return zone;
  }

  it('a zone moved to with the arrows is taken on Tab, as on Enter, when nothing was typed', async () => {
    const byEnter = await wizardFixture({ system: 'shopify' });
    await advanceTo(byEnter, 'timezone');
    const enterZone = await arrowToPrevious(byEnter);
    await sendKeys({ press: 'Enter' });
    await settle(byEnter);
    expect(zoneInput(byEnter).value, 'Enter takes the highlighted zone').to.equal(enterZone);
    byEnter.remove();
    const byTab = await wizardFixture({ system: 'shopify' });
    await advanceTo(byTab, 'timezone');
    const tabZone = await arrowToPrevious(byTab);
    await sendKeys({ press: 'Tab' });
    await settle(byTab);
    expect(zoneInput(byTab).value, 'leaving the box with Tab takes the highlighted zone too').to.equal(tabZone);
    // Opened again by a click and left: nothing moved to, so the choice stays.
    zoneInput(byTab).click();
    await settle(byTab);
    await sendKeys({ press: 'Escape' });
    zoneInput(byTab).click();
    await settle(byTab);
    await sendKeys({ press: 'Tab' });
    await settle(byTab);
    expect(zoneInput(byTab).value, 'a list opened again and left keeps the choice').to.equal(tabZone);
  });

  it('Enter on the zone highlighted when the list opened takes it and closes the list, staying on the step; Enter again goes on (ARIA APG combobox)', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'timezone');
    const before = zoneInput(el).value;
    zoneInput(el).focus();
    await sendKeys({ press: 'ArrowDown' }); // opens the list on the zone chosen, highlighted
    await settle(el);
    expect(zoneInput(el).getAttribute('aria-expanded')).to.equal('true');
    const active = zoneInput(el).getAttribute('aria-activedescendant');
    expect(active, 'an option is highlighted').to.match(/^tz-\d+$/u);
    expect(highlighted(el), 'the zone chosen').to.equal(before);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentStepId(el), 'Enter on the highlighted zone stays on the step (the date format below is still to come)').to.equal('timezone');
    expect(zoneInput(el).getAttribute('aria-expanded'), 'the list closed').to.equal('false');
    expect(zoneInput(el).value).to.equal(before);
    expect(deepActiveElement(), 'the focus stays in the box').to.equal(zoneInput(el));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentStepId(el), 'Enter with the list closed is Continue').to.equal('auth');
  });

  it('ArrowUp from nothing highlighted goes to the last match, and Alt+ArrowUp closes the list keeping the choice', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    await advanceTo(el, 'timezone');
    zoneInput(el).focus();
    zoneInput(el).select();
    await sendKeys({ type: 'Europe/L' });
    await settle(el);
    const options = allInStep(el, '[role="option"]');
    expect(options.length, 'several matches').to.be.greaterThan(2);
    expect(inStep(el, '[role="option"][aria-selected="true"]') === null, 'nothing highlighted while typing').to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    await settle(el);
    expect(inStep(el, '[role="option"][aria-selected="true"]'), 'the last match').to.equal(allInStep(el, '[role="option"]').at(-1));
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await settle(el);
    expect(zoneInput(el).getAttribute('aria-expanded'), 'closed').to.equal('false');
    expect(zoneInput(el).value, 'what was typed stays').to.equal('Europe/L');
  });

  it('after Alt+ArrowUp closed the list, Escape goes back to the last choice, and leaving the box takes the only match', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    await advanceTo(el, 'timezone');
    const before = zoneInput(el).value;
    const typeAndClose = async () => {
      zoneInput(el).focus();
      zoneInput(el).select();
      await sendKeys({ type: 'London' });
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ up: 'Alt' });
      await settle(el);
      expect(zoneInput(el).getAttribute('aria-expanded'), 'closed').to.equal('false');
    };
    await typeAndClose();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(zoneInput(el).value, 'back to the last choice').to.equal(before);
    await typeAndClose();
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(zoneInput(el).value).to.equal('Europe/London');
    await pressContinue(el);
    expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('auth');
  });

  it('the no-match sentence is worded by the language: its quotes, and the typed text isolated in Arabic', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    el.setAttribute('lang', 'de');
    await waitUntil(() => rootLang(el) === 'de', 'German arrives', { timeout: 5000 });
    await advanceTo(el, 'timezone');
    await type(el, '#field-timeZone', 'xyzzy');
    const noMatch = () => inStep(el, '.no-match')!.textContent!.trim();
    expect(noMatch(), 'German quotes').to.contain('„xyzzy“');
    el.setAttribute('lang', 'ar');
    await waitUntil(() => rootLang(el) === 'ar', 'Arabic arrives', { timeout: 5000 });
    await type(el, '#field-timeZone', 'xyzzy');
    expect(noMatch(), 'no English quotes in Arabic').to.not.contain('“');
    expect(noMatch(), 'what was typed is isolated').to.contain('\u2068xyzzy\u2069');
  });

  it('a draft holding an old zone name (Asia/Calcutta) is sent under the name Review shows (Asia/Kolkata)', async () => {
    const el = await restoredWithZone('Asia/Calcutta');
    expect(zoneInput(el).value, 'shown under its current name').to.equal('Asia/Kolkata');
    let sent: { timeZone?: string } | undefined;
    el.addEventListener('connector-created', (e) => (sent = (e as CustomEvent).detail.connector));
    await advanceTo(el, 'review');
    await el.submit();
    await settle(el);
    expect(sent?.timeZone).to.equal('Asia/Kolkata');
  });

  /** Types `europe` in the zone box and moves down the list until `stop` says the highlighted zone is the one wanted; then the page turns German. */
  async function movedThenGerman(el: ConnectorWizard, stop: (zone: string) => boolean) {
    await advanceTo(el, 'timezone');
    zoneInput(el).focus();
    zoneInput(el).select();
    await sendKeys({ type: 'europe' });
    await settle(el);
    let picked = '';
    for (let i = 0; i < 60 && !stop(picked); i++) {
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      picked = highlighted(el);
    }
    expect(stop(picked), `moved to ${picked}`).to.equal(true);
    const shown = () => allInStep(el, '[role="option"] span:first-child').map((s) => s.textContent!.replace(/ /gu, '_'));
    const before = shown().indexOf(picked);
    el.setAttribute('lang', 'de');
    await waitUntil(() => (stepElement(el)?.shadowRoot?.textContent ?? '').includes('Zeitzone'), 'German', { timeout: 5000 });
    await settle(el);
    const listed = shown();
    const active = inStep(el, '[role="option"][aria-selected="true"] span')?.textContent?.replace(/ /gu, '_');
    return { picked, before, listed, active };
  }

  it('a language switch while the zone list is open keeps the zone highlighted where the list now puts it, and Enter takes that zone', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    // In English "europe" lists the zones named "... European Time" (Africa/...) first: a Europe/ zone further down moves up in German.
    const { picked, before, listed, active } = await movedThenGerman(el, (zone) => zone.startsWith('Europe/'));
    expect(listed, 'still listed').to.include(picked);
    expect(listed.indexOf(picked), 'at another place').to.not.equal(before);
    expect(active, 'highlighted after the switch').to.equal(picked);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(zoneInput(el).value, 'Enter takes the zone moved to').to.equal(picked);
  });

  it('a zone highlighted that a language switch takes off the list leaves nothing highlighted, and Enter takes no other zone', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    // The first "europe" match in English is a zone found by its English name only (Africa/Algiers: "Central European Time").
    const { picked, listed, active } = await movedThenGerman(el, (zone) => zone !== '' && !zone.startsWith('Europe/'));
    expect(listed, 'no longer listed in German').to.not.include(picked);
    expect(listed.length, 'the list still shows zones').to.be.greaterThan(0);
    expect(active, 'highlighted after the switch').to.equal(undefined);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(zoneInput(el).value, 'Enter took no zone nobody moved to').to.equal('europe');
  });
});

describe('an edited connector whose zone the browser cannot tell the time in', () => {
  it('a zone this browser does not know shows no preview written in UTC as if in that zone, as Review shows none', async () => {
    const { el } = await editing({ ...EDITED, timeZone: 'America/Nowhere_Town', dateFormat: 'dd/MM/yyyy HH:mm' });
    await el.goTo('timezone');
    await settle(el);
    const previews = allInStep(el, '.preview').map((p) => p.textContent!.replace(/\s+/gu, ' ').trim());
    expect(
      previews.filter((p) => /\d/u.test(p)),
      'previews with a time',
    ).to.deep.equal([]);
  });

  it('an abbreviation (BST, which Chromium reads as Asia/Dhaka) is shown with no offset nor preview the browser guessed, on its step and on Review', async () => {
    const { el } = await editing({ ...EDITED, timeZone: 'BST', dateFormat: 'dd/MM/yyyy HH:mm xxx' });
    await el.goTo('timezone');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-timeZone')!.value).to.equal('BST');
    const step = stepElement(el)!.shadowRoot!.textContent!.replace(/\s+/gu, ' ');
    expect(step, 'the step').not.to.contain('+06:00');
    await el.goTo('review');
    await settle(el);
    const review = inStep(el, '.row[data-key="timeZone"]')!.textContent!.replace(/\s+/gu, ' ').trim();
    const format = inStep(el, '.row[data-key="dateFormat"]')!.textContent!.replace(/\s+/gu, ' ').trim();
    expect(`${review} | ${format}`, 'Review').not.to.contain('+06:00');
  });

  it('another name of UTC (GMT), kept as it is, is still shown with its offset and previewed', async () => {
    const { el } = await editing({ ...EDITED, timeZone: 'GMT', dateFormat: 'dd/MM/yyyy HH:mm xxx' });
    await el.goTo('review');
    await settle(el);
    expect(inStep(el, '.row[data-key="timeZone"] dd')!.textContent!.replace(/\s+/gu, ' ').trim()).to.equal('GMT (GMT+00:00)');
    expect(inStep(el, '.row[data-key="dateFormat"] dd')!.textContent).to.match(/\+00:00/u);
  });
});

describe('the zone list across a daylight saving change', () => {
  const optionOffset = (el: ConnectorWizard, zone: string) =>
    allInStep(el, '[role="option"]')
      .find((o) => o.firstElementChild!.textContent === zone)
      ?.querySelector('.offset')?.textContent;

  it('a list opened after the change gives the offsets of the moment its step opened, as the line under the box does, and searches by them', async () => {
    const clock = fakeClock('2026-03-29T00:50:00Z'); // London: GMT until 01:00 UTC, then BST
    try {
      const first = await wizardFixture({ system: 'shopify' });
      await advanceTo(first, 'timezone');
      inStep<HTMLInputElement>(first, '#field-timeZone')!.click();
      await settle(first);
      expect(optionOffset(first, 'Europe/London'), 'before the change').to.equal('GMT+00:00');
      first.remove();
      clock.set('2026-03-29T01:20:00Z');
      const el = await wizardFixture({ system: 'shopify' });
      await advanceTo(el, 'timezone');
      inStep<HTMLInputElement>(el, '#field-timeZone')!.click();
      await settle(el);
      expect(optionOffset(el, 'Europe/London'), 'Europe/London in the list, after the change').to.equal('GMT+01:00');
      await type(el, '#field-timeZone', '+1');
      await settle(el);
      const listed = allInStep(el, '[role="option"]').map((o) => o.firstElementChild!.textContent);
      expect(listed, '+1 finds London, at +01:00 now').to.include('Europe/London');
    } finally {
      clock.restore();
    }
  });
});
