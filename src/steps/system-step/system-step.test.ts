import { expect } from '@open-wc/testing';
import { waitUntil } from '../../test/wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { allInStep, choose, currentStepId, errorSummary, inStep, sampleCatalogue, settle, stepElement, type, uniqueDatabase, wizardFixture } from '../../test/fixtures.js';
import { stepSuite } from '../../test/step-suite.js';
import { cutInMiddle, focusedName, radioText, V1, V2 } from '../../test/alike.js';
import { monogram } from './system-step.js';

stepSuite('system', { open: () => wizardFixture(), errors: 1, next: 'general' });

/** The count under the search, as read. */
const countText = (el: Awaited<ReturnType<typeof wizardFixture>>) => inStep(el, '#systems-count')!.textContent!.replace(/\s+/g, ' ').trim();

/** The names the picker shows once `query` is typed in its search. */
async function namesFound(el: Awaited<ReturnType<typeof wizardFixture>>, query: string): Promise<string[]> {
  const search = inStep<HTMLInputElement>(el, '#search-systems')!;
  search.value = query;
  search.dispatchEvent(new Event('input'));
  await settle(el);
  return allInStep(el, '.system label .name').map((n) => n.textContent!.trim());
}

describe('system step', () => {
  it('lists every system with its name and category', async () => {
    const el = await wizardFixture();
    const catalogue = await sampleCatalogue();
    const labels = allInStep(el, '.system label').map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels.length).to.equal(catalogue.systems.length);
    expect(labels).to.include('Shopify E-commerce');
    expect(labels.some((l) => l.startsWith('Oracle NetSuite') && l.endsWith('ERP'))).to.equal(true);
  });

  it('filters by name and by category and says how many match', async () => {
    const el = await wizardFixture();
    const search = inStep<HTMLInputElement>(el, '#search-systems')!;
    search.value = 'shop';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    const names = allInStep(el, '.system label').map((l) => l.querySelector('.name')!.textContent!.trim());
    expect(names).to.include('Shopify');
    expect(names).to.not.include('Xero');
    expect(inStep(el, '#systems-count')!.textContent).to.match(/\d+ system/);
    search.value = 'erp';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    const erp = allInStep(el, '.system label').map((l) => l.querySelector('.name')!.textContent!.trim());
    expect(erp).to.include('Oracle NetSuite');
    expect(erp).to.not.include('Shopify');
    search.value = 'zzz-nothing';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    expect(allInStep(el, '.system').length).to.equal(0);
    expect(inStep(el, '#systems-count')!.textContent).to.contain('No system matches “zzz-nothing”');
    // A space typed after it finds the same nothing: the same words, so a screen reader is not told again.
    search.value = 'zzz-nothing ';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    expect(inStep(el, '#systems-count')!.textContent!.trim()).to.equal('No system matches “zzz-nothing”.');
  });

  it('finds names as people type them: Turkish dotted and dotless i, accents or none, text pasted decomposed', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push({ ...base, id: 'logo-isbasi', name: 'İşbaşı', category: 'Muhasebe' }, { ...base, id: 'sg-bank', name: 'Société Générale', category: 'Banque' });
    const el = await wizardFixture({ catalogue });
    const search = inStep<HTMLInputElement>(el, '#search-systems')!;
    const found = (query: string) => namesFound(el, query);
    for (const [query, name] of [
      ['işbaşı', 'İşbaşı'],
      ['isbasi', 'İşbaşı'],
      ['Société'.normalize('NFD'), 'Société Générale'],
      ['societe generale', 'Société Générale'],
    ] as const)
      expect(await found(query), query).to.include(name);
    // Enter picks a name typed in full, however it is written.
    search.value = 'SOCIETE GENERALE';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
  });

  it('finds names through a no-break space, a doubled space and letters without a mark to take off (ł, ø, ß)', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    // CMS exports write no-break spaces; ł, ø, đ, ß, æ and œ are letters of their own, not letters with a mark.
    const names = ['Google\u00A0Sheets', 'Microsoft Dynamics 365', 'Łódź Logistics', 'Øresund ERP', 'Straßen Shop', 'Đakovo Œuvre Æble'];
    names.forEach((name, i) => catalogue.systems.push({ ...base, id: `extra-${i}`, name, category: 'Other' }));
    const el = await wizardFixture({ catalogue });
    for (const [query, name] of [
      ['google sheets', 'Google\u00A0Sheets'],
      ['dynamics  365', 'Microsoft Dynamics 365'],
      ['lodz', 'Łódź Logistics'],
      ['ŁÓDŹ', 'Łódź Logistics'],
      ['oresund', 'Øresund ERP'],
      ['strassen', 'Straßen Shop'],
      ['dakovo oeuvre aeble', 'Đakovo Œuvre Æble'],
    ] as const)
      expect(await namesFound(el, query), query).to.include(name);
    // Enter picks a name typed in full, spaces and all.
    const search = inStep<HTMLInputElement>(el, '#search-systems')!;
    search.value = ' Google \t Sheets ';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
  });

  it('finds names through the invisible characters copy and paste carries: a soft hyphen, a zero-width space, a bidi mark', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    // A catalogue may hyphenate a long name softly; a search typed or pasted may carry a zero-width space or a mark.
    catalogue.systems.push({ ...base, id: 'lager', name: 'Lager\u00ADverwaltung', category: 'Lager' });
    const el = await wizardFixture({ catalogue });
    expect(await namesFound(el, 'lagerverwaltung')).to.deep.equal(['Lager\u00ADverwaltung']);
    expect(await namesFound(el, 'Shop\u200Bify')).to.include('Shopify');
    expect(await namesFound(el, '\u200EXero\uFEFF')).to.include('Xero');
    // Enter picks a name typed in full through the same characters.
    const search = inStep<HTMLInputElement>(el, '#search-systems')!;
    search.value = 'Lager\u200Bverwaltung';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
  });

  it('a tatweel (kashida, the stretch justified Arabic adds) counts for nothing, in the search or in the name', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push({ ...base, id: 'shopify-ar', name: 'شوبيفاي', category: 'تجارة' }, { ...base, id: 'matjar', name: 'متجـر', category: 'تجارة' });
    const el = await wizardFixture({ catalogue });
    await type(el, '#search-systems', 'شـوبيـفاي');
    expect(allInStep(el, '.system .name').map((n) => n.textContent)).to.deep.equal(['شوبيفاي']);
    await type(el, '#search-systems', 'متجر');
    expect(allInStep(el, '.system .name').map((n) => n.textContent)).to.deep.equal(['متجـر']);
  });

  it('a name typed on a Persian keyboard (ی, ک) or with an alef maksura (ى) finds the Arabic name, and the other way round', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push({ ...base, id: 'shopify-ar', name: 'شوبيفاي', category: 'تجارة' }, { ...base, id: 'digikala', name: 'دیجی‌کالا', category: 'تجارة' });
    const el = await wizardFixture({ catalogue });
    const names = () => allInStep(el, '.system .name').map((n) => n.textContent);
    await type(el, '#search-systems', 'شوبیفای');
    expect(names(), 'Persian yeh').to.deep.equal(['شوبيفاي']);
    await type(el, '#search-systems', 'شوبيفاى');
    expect(names(), 'alef maksura').to.deep.equal(['شوبيفاي']);
    await type(el, '#search-systems', 'ديجيكالا');
    expect(names(), 'Arabic yeh and kaf find a Persian name').to.deep.equal(['دیجی‌کالا']);
  });

  it('a system search with an invisible character then a space before the name finds it', async () => {
    const el = await wizardFixture();
    const search = inStep<HTMLInputElement>(el, '#search-systems')!;
    search.value = '\u200B Oracle';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    const names = allInStep(el, '.system label').map((l) => l.querySelector('.name')!.textContent!.trim());
    expect(names).to.include('Oracle NetSuite');
  });

  it('in a translated catalogue, finds a system by its name as the catalogue wrote it too, and Enter picks it', async () => {
    const catalogue = await sampleCatalogue();
    const netsuite = catalogue.systems.find((s) => s.id === 'netsuite')! as (typeof catalogue.systems)[number] & { l10n?: unknown };
    expect(netsuite.name).to.equal('Oracle NetSuite');
    netsuite.l10n = { de: { name: 'NetSuite Buchhaltung' } };
    const el = await wizardFixture({ catalogue });
    el.lang = 'de';
    await waitUntil(() => allInStep(el, '.system label .name').some((n) => n.textContent!.trim() === 'NetSuite Buchhaltung'), 'German names', { timeout: 5000 });
    const search = inStep<HTMLInputElement>(el, '#search-systems')!;
    const found = (query: string) => namesFound(el, query);
    expect(await found('buchhaltung'), 'the translated name').to.deep.equal(['NetSuite Buchhaltung']);
    expect(await found('Shopify'), 'an untranslated name').to.include('Shopify');
    expect(await found('oracle'), 'the name as written, not in the German one').to.deep.equal(['NetSuite Buchhaltung']);
    // Typed in full as the vendor writes it, with another match beside it: Enter picks it.
    catalogue.systems.push({ ...netsuite, id: 'oracle-netsuite-eu', name: 'Oracle NetSuite EU', l10n: undefined });
    el.catalogue = structuredClone(catalogue);
    await settle(el);
    expect(await found('Oracle NetSuite')).to.have.members(['NetSuite Buchhaltung', 'Oracle NetSuite EU']);
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    await el.goTo('system');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, 'input[type="radio"]:checked')?.value, 'the one named in full').to.equal('netsuite');
  });

  it('a draft naming a system the catalogue no longer offers says so on the System step', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await wizardFixture({ draftDatabase });
    await choose(first, '#system-shopify');
    expect(await first.saveDraft()).to.equal(true);
    first.remove();
    const catalogue = await sampleCatalogue();
    catalogue.systems = catalogue.systems.filter((s) => s.id !== 'shopify');
    const el = await wizardFixture({ draftDatabase, catalogue });
    expect(currentStepId(el)).to.equal('system');
    expect(inStep(el, '[data-system-gone]')?.textContent ?? '', 'shown').to.contain('The system chosen before (“shopify”) is not offered any more');
    expect(inStep(el, '[data-system-gone]')!.part.contains('notice'), 'a notice a theme reaches').to.equal(true);
    // Said with the count the search is described by, and in that status region when it appears.
    expect(inStep(el, '#systems-count')!.textContent, 'said').to.contain('is not offered any more');
    expect(inStep(el, '#search-systems')!.getAttribute('aria-describedby')).to.contain('systems-count');
    // Said once: the search's count that follows each keystroke no longer says it again; the notice stays in sight.
    await type(el, '#search-systems', 'x');
    expect(inStep(el, '#systems-count')!.textContent, 'not said again').to.not.contain('is not offered any more');
    expect(inStep(el, '[data-system-gone]') === null, 'still shown').to.equal(false);
    await type(el, '#search-systems', '');
    await choose(el, '#system-xero');
    expect(inStep(el, '[data-system-gone]') === null, 'gone once another is chosen').to.equal(true);
    expect(inStep(el, '#systems-count')!.textContent).to.not.contain('is not offered any more');
  });

  it('a system gone whose long id begins as another offered one is quoted cut with an ellipsis, never as if whole', async () => {
    // Ids have no length limit, and two may begin alike: the first 60 characters of this one are the whole id of the other.
    const other = 'x'.repeat(60);
    const id = `${other}-uk`;
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems = [
      { ...shopify, id, name: 'Shop UK' },
      { ...shopify, id: other, name: 'Shop' },
    ];
    const el = await wizardFixture({ catalogue, noDrafts: true });
    await choose(el, `[id="system-${id}"]`);
    el.catalogue = { ...catalogue, systems: catalogue.systems.slice(1) };
    await waitUntil(() => inStep(el, '[data-system-gone]'), 'shown');
    const said = inStep(el, '[data-system-gone]')!.textContent!;
    expect(said).to.contain(`(“${cutInMiddle(id)}”)`);
    expect(said, 'not the id of the system offered').to.not.contain(`“${other}”`);
  });

  it('a system gone whose long id differs from an offered one only at its end is quoted with its end', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems = [
      { ...shopify, id: V1 },
      { ...shopify, id: V2 },
    ];
    const el = await wizardFixture({ catalogue, noDrafts: true });
    await choose(el, `[id="system-${V1}"]`);
    el.catalogue = { ...catalogue, systems: catalogue.systems.slice(1) };
    await waitUntil(() => inStep(el, '[data-system-gone]'), 'shown');
    expect(inStep(el, '[data-system-gone]')!.textContent).to.contain(`(“${cutInMiddle(V1)}”)`);
  });

  it('a catalogue replaced mid-search that drops the chosen system says so once, with the count', async () => {
    const el = await wizardFixture();
    await choose(el, '#system-shopify');
    await type(el, '#search-systems', 'o');
    const catalogue = await sampleCatalogue();
    catalogue.systems = catalogue.systems.filter((s) => s.id !== 'shopify');
    el.catalogue = catalogue;
    await waitUntil(() => inStep(el, '[data-system-gone]'), 'shown');
    expect(inStep(el, '#systems-count')!.textContent, 'said when it appears').to.contain('is not offered any more');
    await type(el, '#search-systems', 'of');
    expect(inStep(el, '#systems-count')!.textContent, 'not said again').to.not.contain('is not offered any more');
  });

  it('shows a monogram when a logo is missing or fails to load', async () => {
    const catalogue = await sampleCatalogue();
    // A same-origin logo the server answers with 404.
    catalogue.systems.find((s) => s.id === 'shopify')!.logo = '/logos/not-there.svg';
    const el = await wizardFixture({ catalogue });
    // NetSuite has no logo in the sample catalogue.
    const netsuite = inStep(el, '#system-netsuite')!.parentElement!;
    expect(netsuite.querySelector('.monogram')!.textContent).to.equal('ON');
    await waitUntil(() => inStep(el, '#system-shopify')!.parentElement!.querySelector('.monogram'), 'logo falls back', { timeout: 5000 });
    expect(inStep(el, '#system-shopify')!.parentElement!.querySelector('img')).to.equal(null);
    // A new catalogue with a logo that loads: shown, not the monogram remembered for the old address.
    const fixed = await sampleCatalogue();
    el.catalogue = fixed;
    await settle(el);
    const img = () => inStep<HTMLImageElement>(el, '#system-shopify')!.parentElement!.querySelector('img');
    await waitUntil(() => img()?.complete && img()!.naturalWidth > 0, 'the new logo loads', { timeout: 5000 });
  });

  it('never uses a logo that is not https or same-origin', async () => {
    const catalogue = await sampleCatalogue();
    catalogue.systems[0]!.logo = 'javascript:alert(1)';
    catalogue.systems[1]!.logo = 'http://example.com/logo.svg';
    const el = await wizardFixture({ catalogue });
    expect(allInStep<HTMLImageElement>(el, 'img').every((img) => img.src.startsWith('https:') || img.src.startsWith(location.origin))).to.equal(true);
    expect(inStep(el, `#system-${catalogue.systems[0]!.id}`)!.parentElement!.querySelector('img')).to.equal(null);
  });

  it('systems named like the step own ids (search, count) keep ids of their own: each label names its radio', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push({ ...shopify, id: 'search', name: 'Search Co' }, { ...shopify, id: 'count', name: 'Count Co' }, { ...shopify, id: 'search-hint', name: 'Hint Co' });
    const el = await wizardFixture({ catalogue });
    const ids = allInStep(el, '[id]').map((e) => e.id);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      'no id twice',
    ).to.deep.equal([]);
    for (const label of allInStep<HTMLLabelElement>(el, '.system label')) expect(label.control?.getAttribute('type'), label.textContent!).to.equal('radio');
    await choose(el, '#system-search');
    expect(inStep<HTMLInputElement>(el, 'input[type="radio"]:checked')?.value).to.equal('search');
  });

  it('the chosen system stays in sight, and checked, when the search no longer matches it', async () => {
    const el = await wizardFixture();
    await choose(el, '#system-xero');
    const search = inStep<HTMLInputElement>(el, '#search-systems')!;
    for (const query of ['shop', 'no such system']) {
      search.value = query;
      search.dispatchEvent(new Event('input'));
      await settle(el);
      expect(inStep<HTMLInputElement>(el, '#system-xero')?.checked, query).to.equal(true);
    }
    expect(inStep(el, '#systems-count')!.textContent).to.contain('No system matches');
    // The count never contradicts the cards: the choice kept in sight is said as well.
    expect(inStep(el, '#systems-count')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('No system matches “no such system”. Your choice, Xero, is shown as well.');
    search.value = 'shopify';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    expect(inStep(el, '#systems-count')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1 system. Your choice, Xero, is shown as well.');
    search.value = 'xero';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    expect(inStep(el, '#systems-count')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('1 system');
  });

  it('Enter in the search picks the only match and continues', async () => {
    const el = await wizardFixture();
    const search = inStep<HTMLInputElement>(el, '#search-systems')!;
    search.value = 'xero';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true }));
    await settle(el);
    expect(currentStepId(el), 'the Enter that ends a composition picks nothing').to.equal('system');
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, composed: true }));
    await settle(el);
    expect(currentStepId(el), 'nor in Safari, where it has keyCode 229').to.equal('system');
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
  });

  it('Enter in the search with several matches is Continue: on with the system chosen, else the problem said', async () => {
    const el = await wizardFixture();
    inStep<HTMLInputElement>(el, '#search-systems')!.focus();
    await sendKeys({ type: 'sh' });
    await settle(el);
    expect(allInStep(el, '.system').length, 'several matches').to.be.greaterThan(1);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentStepId(el)).to.equal('system');
    expect(errorSummary(el).length, 'the problem is said').to.equal(1);
    await choose(el, '#system-shopify');
    inStep<HTMLInputElement>(el, '#search-systems')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
  });

  it('is skipped when the system attribute is set', async () => {
    const el = await wizardFixture({ system: 'xero' });
    expect(currentStepId(el)).to.equal('general');
    expect(el.steps).to.not.include('system');
    expect(el.shadowRoot!.querySelector('nav')!.textContent).to.not.contain('System');
  });

  it('keeps the choice when going back', async () => {
    const el = await wizardFixture();
    await choose(el, '#system-mintsoft');
    await el.next();
    await settle(el);
    await el.back();
    await settle(el);
    expect(stepElement(el)!.dataset.step).to.equal('system');
    expect(inStep<HTMLInputElement>(el, '#system-mintsoft')!.checked).to.equal(true);
  });

  it('the chosen system shows by more than colour, in forced colors (high contrast) too', async () => {
    const el = await wizardFixture();
    const box = () => inStep(el, '#system-shopify')!.closest('.system')!.getBoundingClientRect();
    const before = box();
    await choose(el, '#system-shopify');
    const card = (id: string) => getComputedStyle(inStep(el, `#system-${id}`)!.closest('.system')!);
    const look = (id: string) => ({ width: card(id).borderTopWidth, color: card(id).borderTopColor });
    expect(look('shopify').width, 'a thicker border, not only another colour').to.not.equal(look('xero').width);
    expect([box().width, box().height], 'the card keeps its size').to.deep.equal([before.width, before.height]);
    await executeServerCommand('forced-colors', { value: 'active' });
    try {
      await waitUntil(() => matchMedia('(forced-colors: active)').matches, 'forced colors on');
      expect(look('shopify').width).to.not.equal(look('xero').width);
      expect(look('shopify').color, 'and the system highlight colour').to.not.equal(look('xero').color);
    } finally {
      await executeServerCommand('forced-colors', { value: 'none' });
    }
  });

  it('the system search is a field, label and input a theme reaches through ::part, as on every other step', async () => {
    const style = document.createElement('style');
    style.textContent =
      'connector-wizard::part(input) { outline-color: rgb(1, 2, 3); } connector-wizard::part(label) { color: rgb(4, 5, 6); } connector-wizard::part(field) { outline-color: rgb(7, 8, 9); }';
    document.head.append(style);
    try {
      const el = await wizardFixture();
      await settle(el);
      const search = inStep(el, '#search-systems')!;
      expect(getComputedStyle(search).outlineColor, 'input').to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inStep(el, 'label[for="search-systems"]')!).color, 'label').to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(search.closest('.field')!).outlineColor, 'field').to.equal('rgb(7, 8, 9)');
    } finally {
      style.remove();
    }
  });

  it('makes monograms from one or two words', () => {
    expect(monogram('Xero')).to.equal('XE');
    expect(monogram('Oracle NetSuite')).to.equal('ON');
    expect(monogram('Adobe Commerce / Magento 2')).to.equal('AC');
    expect(monogram('')).to.equal('?');
  });

  it('monogram of a name written decomposed is the same as of the name composed, marks kept with their letters', () => {
    expect(monogram('Société Générale'.normalize('NFD'))).to.equal('SG');
    expect(monogram('Société Générale')).to.equal('SG');
    expect(monogram('Émile'.normalize('NFD'))).to.equal('ÉM');
    expect(monogram('q\u0303x'), 'a letter with no composed form keeps its mark').to.equal('Q\u0303X');
  });

  it('Greek typed in capitals finds a name through its final sigma', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push({ ...base, id: 'asfaleia', name: 'Ασφάλεια Online', category: 'Insurance' });
    const el = await wizardFixture({ catalogue });
    expect(await namesFound(el, 'ΑΣ')).to.deep.equal(['Ασφάλεια Online']);
    expect(await namesFound(el, 'ΑΣΦΆΛΕΙΑ')).to.deep.equal(['Ασφάλεια Online']);
  });

  it('in a translated catalogue, finds a system by its category as the catalogue wrote it too', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')! as (typeof catalogue.systems)[number] & { l10n?: unknown };
    shopify.l10n = { de: { category: 'Onlinehandel' } };
    const el = await wizardFixture({ catalogue });
    el.lang = 'de';
    await waitUntil(() => allInStep(el, '.category').some((c) => c.textContent === 'Onlinehandel'), 'German category', { timeout: 5000 });
    expect(await namesFound(el, 'E-commerce')).to.include('Shopify');
    expect(await namesFound(el, 'Onlinehandel')).to.deep.equal(['Shopify']);
  });

  it('two systems with the same name get cards that say their ids, to eyes and screen readers alike, a search that finds one too', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push({ ...base, id: 'shopify-eu' }, { ...base, id: 'shopify-plain', name: 'SHOPIFY', category: undefined });
    const el = await wizardFixture({ catalogue });
    const label = (id: string) => inStep<HTMLInputElement>(el, id)!.labels![0]!.textContent!.replace(/\s+/g, ' ').trim();
    expect(label('#system-shopify')).to.equal('Shopify E-commerce (shopify)');
    expect(label('#system-shopify-eu')).to.equal('Shopify E-commerce (shopify-eu)');
    expect(label('#system-shopify-plain'), 'the same name in other capitals, without a category').to.equal('SHOPIFY (shopify-plain)');
    expect(label('#system-xero'), 'a name of its own').to.not.contain('(');
    // A search that leaves one card of that name still says its id there, as Review names it; a name of its own still says none.
    await type(el, '#search-systems', 'shopify-eu');
    expect(label('#system-shopify-eu')).to.equal('Shopify E-commerce (shopify-eu)');
    await type(el, '#search-systems', 'xero');
    expect(label('#system-xero')).to.not.contain('(');
  });

  it('a system named with look-alike letters (a Cyrillic S, a Greek omicron) beside the real one gets cards that say their ids', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    const xero = catalogue.systems.find((s) => s.id === 'xero')!;
    catalogue.systems.push({ ...shopify, id: 'shop-ru', name: '\u0405hopify' }, { ...xero, id: 'xero-gr', name: 'Xer\u03bf' });
    const el = await wizardFixture({ catalogue });
    expect(radioText(el, 'system-shopify')).to.equal('Shopify E-commerce (shopify)');
    expect(radioText(el, 'system-shop-ru')).to.equal('\u0405hopify E-commerce (shop-ru)');
    expect(radioText(el, 'system-xero')).to.contain('(xero)');
    expect(radioText(el, 'system-xero-gr')).to.contain('(xero-gr)');
  });

  it('a name in Cyrillic or Greek letters of its own, read as no other, shows no id', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push(
      { ...shopify, id: 'moysklad', name: '\u041c\u043e\u0439 \u0421\u043a\u043b\u0430\u0434' },
      { ...shopify, id: 'shop-gr', name: '\u03a3\u03bf\u03c0' },
    );
    const el = await wizardFixture({ catalogue });
    expect(radioText(el, 'system-moysklad')).to.not.contain('(');
    expect(radioText(el, 'system-shop-gr')).to.not.contain('(');
    expect(radioText(el, 'system-shopify')).to.not.contain('(');
  });

  it('names with other letters drawn as Latin ones (Greek lunate sigma, Cyrillic q w y, Armenian o u, Latin alpha), in either case, beside the real ones get cards that say their ids', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    const lookalike: [string, string][] = [
      ['Cloud', '\u03f2loud'],
      ['Copper', '\u03f9opper'],
      ['Quill', '\u051buill'],
      ['Wave', '\u051dave'],
      ['Yard', '\u04afard'],
      ['Orbit', '\u0585rbit'],
      ['Uno', '\u057dno'],
      ['Atlas', '\u0251tlas'],
      ['Quay', '\u051aua\u04ae'],
      ['Wool', '\u051c\u0555ol'],
      ['Umbra', '\u054dmbr\u2c6d'],
    ];
    lookalike.forEach(([real, drawn], k) => catalogue.systems.push({ ...base, id: `real-${k}`, name: real }, { ...base, id: `drawn-${k}`, name: drawn }));
    const el = await wizardFixture({ catalogue });
    lookalike.forEach(([real, drawn], k) => {
      expect(radioText(el, `system-real-${k}`), real).to.equal(`${real} E-commerce (real-${k})`);
      expect(radioText(el, `system-drawn-${k}`), drawn).to.equal(`${drawn} E-commerce (drawn-${k})`);
    });
  });

  it('full-width letters and a dotless i read as the letters they are drawn as; a Greek sigma or an Armenian word of its own shows no id', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push(
      { ...base, id: 'shop-wide', name: '\uff33hopify' },
      { ...base, id: 'bill', name: 'Bill' },
      { ...base, id: 'bill-dotless', name: 'B\u0131ll' },
      { ...base, id: 'cok', name: 'Cok' },
      { ...base, id: 'sok-gr', name: '\u03a3\u03bf\u03ba' },
      { ...base, id: 'oske', name: '\u0555\u057d\u056f\u0565' },
    );
    const el = await wizardFixture({ catalogue });
    expect(radioText(el, 'system-shop-wide')).to.contain('(shop-wide)');
    expect(radioText(el, 'system-shopify')).to.contain('(shopify)');
    expect(radioText(el, 'system-bill-dotless')).to.contain('(bill-dotless)');
    expect(radioText(el, 'system-bill')).to.contain('(bill)');
    expect(radioText(el, 'system-cok'), 'a Greek capital sigma is no C').to.not.contain('(');
    expect(radioText(el, 'system-sok-gr')).to.not.contain('(');
    expect(radioText(el, 'system-oske')).to.not.contain('(');
  });

  it('two systems whose names differ only by an accent (Café, Cafe) get cards that say their ids, and a search for cafe finds both', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push({ ...base, id: 'cafe-fr', name: 'Caf\u00e9' }, { ...base, id: 'cafe', name: 'Cafe' }, { ...base, id: 'cafes', name: 'Caf\u00e9s' });
    const el = await wizardFixture({ catalogue });
    expect(await namesFound(el, 'cafe')).to.deep.equal(['Caf\u00e9', 'Cafe', 'Caf\u00e9s']);
    expect(radioText(el, 'system-cafe-fr')).to.equal('Caf\u00e9 E-commerce (cafe-fr)');
    expect(radioText(el, 'system-cafe')).to.equal('Cafe E-commerce (cafe)');
    expect(radioText(el, 'system-cafes'), 'a name of its own').to.equal('Caf\u00e9s E-commerce');
  });

  it('two systems with the same name, one with an id of 5,000 characters, get cards that say it as its first and last 28 characters around an ellipsis', async () => {
    // A registry's ids have no length limit (reverse-DNS ids, generated keys): a card says only what tells it apart.
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    const long = `shopify-${'x'.repeat(5000)}`;
    catalogue.systems.push({ ...base, id: long });
    const el = await wizardFixture({ catalogue });
    const label = (id: string) => inStep<HTMLInputElement>(el, `[id="${id}"]`)!.labels![0]!.textContent!.replace(/\s+/g, ' ').trim();
    expect(label(`system-${long}`)).to.equal(`Shopify E-commerce (${cutInMiddle(long)})`);
    expect(label('system-shopify'), 'a short id stays whole').to.equal('Shopify E-commerce (shopify)');
  });

  it('two systems named alike whose long reverse-DNS ids differ only at their end get cards that read differently', async () => {
    const catalogue = await sampleCatalogue();
    const shopify = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push({ ...shopify, id: V1 }, { ...shopify, id: V2 });
    const el = await wizardFixture({ catalogue });
    expect(radioText(el, `system-${V1}`)).to.equal(`Shopify E-commerce (${cutInMiddle(V1)})`);
    expect(radioText(el, `system-${V2}`)).to.equal(`Shopify E-commerce (${cutInMiddle(V2)})`);
    expect(radioText(el, 'system-netsuite'), 'a system named once shows no id').to.not.contain('(');
  });

  it('a chosen system gone from the catalogue is said as no longer offered though a left-out id begins with the same 57 characters', async () => {
    // Ids are compared whole: the host hears of left-out ones cut, and reverse-DNS ids share long prefixes.
    const prefix = 'com.example.integrations.enterprise-resource-planning.erp.';
    const draftDatabase = uniqueDatabase();
    const before = await sampleCatalogue();
    before.systems.find((s) => s.id === 'shopify')!.id = `${prefix}sap-business-one`;
    const first = await wizardFixture({ draftDatabase, catalogue: before });
    await choose(first, `[id="system-${prefix}sap-business-one"]`);
    expect(await first.saveDraft()).to.equal(true);
    first.remove();
    const catalogue = await sampleCatalogue();
    catalogue.systems.push({ id: `${prefix}sap-s4hana`, name: 'SAP S/4HANA', authTypes: [] } as never);
    const el = await wizardFixture({ draftDatabase, catalogue });
    const notice = inStep(el, '[data-system-gone]')?.textContent ?? '';
    expect(notice).to.contain('not offered any more').and.not.contain('could not be read');
  });

  it('a chosen system whose entry is in the catalogue but could not be read is said as such, not as no longer offered', async () => {
    const draftDatabase = uniqueDatabase();
    const first = await wizardFixture({ draftDatabase });
    await choose(first, '#system-shopify');
    expect(await first.saveDraft()).to.equal(true);
    first.remove();
    const catalogue = await sampleCatalogue();
    for (const a of catalogue.systems.find((s) => s.id === 'shopify')!.authTypes) (a as { kind: string }).kind = 'magic-link';
    const el = await wizardFixture({ draftDatabase, catalogue });
    expect(currentStepId(el)).to.equal('system');
    const notice = inStep(el, '[data-system-gone]')?.textContent ?? '';
    expect(notice).to.contain('The system chosen before (“shopify”) is in the catalogue, but its entry could not be read');
    expect(notice).to.not.contain('not offered any more');
    expect(inStep(el, '#systems-count')!.textContent, 'said with the count').to.contain('its entry could not be read');
  });
});

describe('system step: a large catalogue', () => {
  it('the count (hidden from the reading order) is in the search’s accessible description, and follows the search and the language', async () => {
    const el = await wizardFixture();
    inStep<HTMLInputElement>(el, '#search-systems')!.focus();
    const described = async () => ((await executeServerCommand('focused-ax')) as { role: string; description: string } | null)?.description;
    expect(await described()).to.match(/\. 10 systems$/u);
    await type(el, '#search-systems', 'shop');
    expect(await described()).to.match(/\. 1 system$/u);
    el.setAttribute('lang', 'ar');
    await waitUntil(() => inStep(el, '#systems-count')!.textContent!.includes('نظام واحد'), 'the count in Arabic', { timeout: 5000 });
    inStep<HTMLInputElement>(el, '#search-systems')!.focus();
    expect(await described()).to.match(/نظام واحد$/u);
  });

  it('switching language puts no new words in any live region of the System step; a search still says its count', async () => {
    const el = await wizardFixture();
    const said = () => allInStep(el, '[role="status"], [aria-live="polite"]').map((s) => s.textContent!.replace(/\s+/g, ' ').trim());
    const before = said();
    el.setAttribute('lang', 'de');
    await waitUntil(() => inStep(el, '.heading')!.textContent === 'Wählen Sie ein System aus', 'the step in German', { timeout: 5000 });
    await settle(el);
    const after = said();
    after.forEach((words, i) => expect(words === '' || words === before[i], `a live region now says “${words}”`).to.equal(true));
    await type(el, '#search-systems', 'shop');
    expect(
      said().some((words) => /\d+ System/u.test(words)),
      said().join(' | '),
    ).to.equal(true);
  });

  it('shows at most 100 systems, says how many match, and the search reaches the rest', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems[0]!;
    catalogue.systems = Array.from({ length: 2500 }, (_, i) => ({ ...base, id: `sys-${i}`, name: `System ${i}` }));
    const el = await wizardFixture({ catalogue });
    expect(allInStep(el, '.system').length).to.equal(100);
    expect(inStep(el, '#systems-count')!.textContent).to.contain('Showing 100 of 2,500 systems');
    const search = inStep<HTMLInputElement>(el, '#search-systems')!;
    search.value = 'System 2499';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    expect(allInStep(el, '.system label .name').map((n) => n.textContent)).to.deep.equal(['System 2499']);
    expect(inStep(el, '#systems-count')!.textContent).to.contain('1 system');
  });

  it('of 10,000 systems, twins at 5 and 5,000 say their ids on the first 100 cards and after a search narrows to them, or to one', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems = Array.from({ length: 10000 }, (_, i) => ({ ...base, id: `sys-${i}`, name: `System ${i}` }));
    Object.assign(catalogue.systems[5]!, { id: 'twin-a', name: 'Twin Peaks' });
    Object.assign(catalogue.systems[5000]!, { id: 'twin-b', name: 'Twin Peaks' });
    Object.assign(catalogue.systems[7]!, { id: 'alone', name: 'Lone Peak' });
    const el = await wizardFixture({ catalogue });
    expect(inStep(el, '#system-twin-b')).to.equal(null);
    expect(radioText(el, 'system-twin-a'), 'its twin beyond the cut').to.equal('Twin Peaks E-commerce (twin-a)');
    expect(radioText(el, 'system-alone'), 'a name of its own').to.equal('Lone Peak E-commerce');
    expect(await namesFound(el, 'peak')).to.deep.equal(['Twin Peaks', 'Lone Peak', 'Twin Peaks']);
    expect(radioText(el, 'system-twin-a')).to.equal('Twin Peaks E-commerce (twin-a)');
    expect(radioText(el, 'system-twin-b')).to.equal('Twin Peaks E-commerce (twin-b)');
    // A search that leaves one still says its id, as Review names it; a name of its own still says none.
    expect(await namesFound(el, 'twin-b')).to.deep.equal(['Twin Peaks']);
    expect(radioText(el, 'system-twin-b')).to.equal('Twin Peaks E-commerce (twin-b)');
    expect(await namesFound(el, 'lone')).to.deep.equal(['Lone Peak']);
    expect(radioText(el, 'system-alone')).to.equal('Lone Peak E-commerce');
  });

  it('the arrow keys reach twins whose focused cards are named with their categories and ids apart, as they read', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    const { category: _, ...bare } = base;
    catalogue.systems = [
      { ...base, id: 'lone', name: 'Lone Peak' },
      { ...base, id: 'twin-a', name: 'Twin Peaks' },
      { ...base, id: 'twin-b', name: 'Twin Peaks' },
      { ...bare, id: 'bare-a', name: 'Bare' },
      { ...bare, id: 'bare-b', name: 'Bare' },
    ];
    const el = await wizardFixture({ catalogue });
    inStep<HTMLInputElement>(el, '#system-lone')!.focus();
    expect(await focusedName(), 'a name of its own, then its category').to.equal('Lone Peak E-commerce');
    const heard: (string | undefined)[] = [];
    for (const id of ['twin-a', 'twin-b', 'bare-a', 'bare-b']) {
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => inStep(el, `#system-${id}`)!.matches(':focus'), `the card of ${id} focused`, { timeout: 5000 });
      heard.push(await focusedName());
    }
    expect(heard, 'each name as its card reads').to.deep.equal(['Twin Peaks E-commerce (twin-a)', 'Twin Peaks E-commerce (twin-b)', 'Bare (bare-a)', 'Bare (bare-b)']);
    expect(radioText(el, 'system-twin-b'), 'on screen').to.equal('Twin Peaks E-commerce (twin-b)');
  });

  it('of 10,000 systems all with one name, the first 100 cards say their ids, and the choice kept beyond the cut is named with its category and id', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems = Array.from({ length: 10000 }, (_, i) => ({ ...base, id: `sys-${i}`, name: 'Same Name' }));
    const el = await wizardFixture({ catalogue });
    expect(radioText(el, 'system-sys-0')).to.equal('Same Name E-commerce (sys-0)');
    expect(radioText(el, 'system-sys-99')).to.equal('Same Name E-commerce (sys-99)');
    expect(await namesFound(el, 'sys-9999')).to.deep.equal(['Same Name']);
    await choose(el, '#system-sys-9999');
    expect(await namesFound(el, '')).to.have.length(101);
    expect(radioText(el, 'system-sys-9999')).to.equal('Same Name E-commerce (sys-9999)');
    expect(countText(el)).to.equal('Showing 100 of 10,000 systems. Type to narrow the list. Your choice, Same Name (E-commerce) (sys-9999), is shown as well.');
  });

  it('the count names the choice kept in sight as Review does: with its category and id where another has both, alone where none has its name', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push({ ...base, id: 'twin-a', name: 'Twin Peaks' }, { ...base, id: 'twin-b', name: 'twin peaks' });
    catalogue.systems.push({ ...base, id: 'rtl-a', name: 'متجر' }, { ...base, id: 'rtl-b', name: 'متجر' });
    const el = await wizardFixture({ catalogue });
    await choose(el, '#system-twin-a');
    expect(await namesFound(el, 'twin-b')).to.deep.equal(['twin peaks', 'Twin Peaks']);
    expect(countText(el)).to.equal('1 system. Your choice, Twin Peaks (E-commerce) (twin-a), is shown as well.');
    // A right-to-left name is set apart within the words the sentence sets apart, so its id stays after it.
    await namesFound(el, 'rtl-a');
    await choose(el, '#system-rtl-a');
    expect(await namesFound(el, 'rtl-b')).to.deep.equal(['متجر', 'متجر']);
    expect(countText(el)).to.equal('1 system. Your choice, \u2068\u2068متجر\u2069 (E-commerce) (rtl-a)\u2069, is shown as well.');
    // One of its own keeps its name alone.
    await namesFound(el, '');
    await choose(el, '#system-xero');
    expect(await namesFound(el, 'twin-b')).to.deep.equal(['twin peaks', 'Xero']);
    expect(countText(el)).to.equal('1 system. Your choice, Xero, is shown as well.');
  });

  it('the count names a kept choice whose twin is of another category by its category, as its card and Review do, never by an id its card does not show', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    catalogue.systems.push({ ...structuredClone(base), id: 'shopify-retail', category: 'Retail' });
    const el = await wizardFixture({ catalogue });
    await choose(el, '#system-shopify-retail');
    expect(radioText(el, 'system-shopify-retail')).to.equal('Shopify Retail');
    expect(await namesFound(el, 'xero')).to.deep.equal(['Xero', 'Shopify']);
    expect(countText(el)).to.equal('1 system. Your choice, Shopify (Retail), is shown as well.');
  });

  it('a name typed in full shows first, then names starting with it, however many others contain it; Enter picks it', async () => {
    const catalogue = await sampleCatalogue();
    const base = catalogue.systems.find((s) => s.id === 'shopify')!;
    const many = Array.from({ length: 150 }, (_, i) => ({ ...base, id: `shop-${i}`, name: `Shop Tools ${i}` }));
    const inside = { ...base, id: 'myshop', name: 'My Shop' };
    catalogue.systems = [inside, ...many, { ...base, id: 'shop', name: 'Shop' }];
    const el = await wizardFixture({ catalogue });
    const names = await namesFound(el, 'shop');
    expect(names.slice(0, 3), 'the name in full, then those starting with it in catalogue order').to.deep.equal(['Shop', 'Shop Tools 0', 'Shop Tools 1']);
    expect(names).to.have.length(100);
    expect(names, 'one that only contains it comes after, beyond the cut here').to.not.include('My Shop');
    expect(inStep(el, '#systems-count')!.textContent).to.contain('Showing 100 of 152 systems');
    // An id typed in full ranks first too.
    expect((await namesFound(el, 'myshop'))[0]).to.equal('My Shop');
    expect((await namesFound(el, 'shop-149'))[0]).to.equal('Shop Tools 149');
    await type(el, '#search-systems', 'Shop');
    inStep(el, '#search-systems')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    await el.goTo('system');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, 'input[type="radio"]:checked')?.value, 'the one named in full').to.equal('shop');
  });
});
