/** What a field's normalize rule did to a value is said in the language in use, also after a change of language. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { advanceTo, inStep, settle, type, wizardFixture } from '../test/fixtures.js';

describe('notes after a change of language', () => {
  it('a note about what was removed from a value is said again in the new language', async () => {
    const el = await wizardFixture({ system: 'shopify' });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', '  my-store');
    inStep<HTMLInputElement>(el, '#field-credentials-shop')!.blur();
    await settle(el);
    const note = () => inStep(el, '#field-credentials-shop-note')?.textContent?.trim() ?? '';
    expect(note()).to.equal('We removed 2 leading spaces from what you entered.');
    el.setAttribute('lang', 'de');
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'de', 'German arrives', { timeout: 5000 });
    await settle(el);
    expect(inStep(el, 'h2')!.textContent!.trim(), 'the step is German now').to.equal('Zugangsdaten');
    expect(note(), 'the note is German too').to.not.contain('We removed');
    expect(note()).to.contain('Wir haben');
  });
});

describe('counts in words', () => {
  it('Arabic: the fields a paste filled take the count form (one, two, a few, many)', async () => {
    const { loadMessages } = await import('./locale.js');
    const ar = (await loadMessages('ar'))!;
    const filled = (n: number) => ar.pasteFilled(Array.from({ length: n }, (_, i) => `Field ${i}`));
    expect(filled(1)).to.contain('مُلئ حقل واحد').and.not.contain('الحقول');
    expect(filled(2)).to.contain('مُلئ حقلان');
    expect(filled(3)).to.contain('مُلئت 3 حقول');
    expect(filled(11)).to.contain('مُلئ 11 حقلًا');
  });

  it('Arabic: a wait of two minutes, hours or days takes the form its sentence needs (الانتظار دقيقتين, بعد ساعتين), as two seconds do', async () => {
    const { loadMessages } = await import('./locale.js');
    const ar = (await loadMessages('ar'))!;
    expect(ar.serverBusy(2), 'two seconds, as before').to.contain('الانتظار ثانيتين');
    expect(ar.serverBusy(120)).to.contain('الانتظار دقيقتين');
    expect(ar.testBusy(7200)).to.contain('الانتظار ساعتين');
    expect(ar.serverBusy(2 * 86_400)).to.contain('الانتظار يومين');
    expect(ar.retrying(2, 3, 120)).to.contain('بعد دقيقتين');
    expect(ar.serverBusy(600), 'ten minutes, as before').to.contain('دقائق');
  });

  it('German: a retry in days is said in the dative (in 3 Tagen); a wait asked for stays accusative (3 Tage zu warten)', async () => {
    const { loadMessages } = await import('./locale.js');
    const de = (await loadMessages('de'))!;
    expect(de.retrying(2, 3, 3 * 86_400)).to.contain('Neuer Versuch in 3 Tagen …');
    expect(de.retrying(2, 3, 7200), 'hours, as before').to.contain('Neuer Versuch in 2 Stunden …');
    expect(de.serverBusy(3 * 86_400), 'the wait asked for, as before').to.contain('3 Tage zu warten');
  });

  it('English writes counts as English does (3,600), as the other languages format theirs', async () => {
    const { en } = await import('./english.js');
    expect(en.serverBusy(45)).to.contain('wait 45 seconds');
    expect(en.invisibleRemoved(1200)).to.contain('removed 1,200 invisible');
    expect(en.invisibleKept(1200)).to.contain('contains 1,200 invisible');
  });

  it('English writes every count in the digits of its lang: the step counter, the attempts and the fields filled too', async () => {
    const { en } = await import('./english.js');
    const { resolveMessages } = await import('./messages.js');
    const tag = 'en-u-nu-arab';
    const d = (n: number) => new Intl.NumberFormat(tag).format(n);
    const say = resolveMessages(undefined, en, tag);
    expect(say.systemCount(5), 'as before').to.equal(`${d(5)} systems`);
    expect(say.stepOf(2, 6)).to.equal(`Step ${d(2)} of ${d(6)}`);
    expect(say.retrying(2, 3)).to.contain(`(attempt ${d(2)} of ${d(3)})`);
    expect(say.pasteFilled(['A', 'B'])).to.contain(`Filled ${d(2)} fields`);
    expect(say.dropFilled(['A', 'B'])).to.contain(`Filled ${d(2)} fields`);
    // Nearest case: a lang with no other digits, or English spoken for another language, keeps 2.
    expect(resolveMessages(undefined, en, 'en-gb').stepOf(2, 6)).to.equal('Step 2 of 6');
    expect(resolveMessages(undefined, en, 'ar-eg').stepOf(2, 6)).to.equal('Step 2 of 6');
    expect(en.pasteFilled(['A'])).to.contain('Filled 1 field from');
    expect(say.whitespace({ leading: { count: 12, kind: 'space' } })).to.equal(`${d(12)} leading spaces`);
    expect(resolveMessages(undefined, en, 'en-in').whitespace({ leading: { count: 2, kind: 'space' }, trailing: { count: 1, kind: 'tab' } }), 'as before').to.equal(
      '2 leading spaces and a trailing tab',
    );
  });

  it('the step counter of a wizard whose lang asks for other digits is written in them', async () => {
    const { fixture, html } = await import('@open-wc/testing');
    const { sampleCatalogue, settle, uniqueDatabase } = await import('../test/fixtures.js');
    const el = await fixture<HTMLElement>(
      html`<connector-wizard lang="en-u-nu-arab" .draftDatabase=${uniqueDatabase()} .catalogue=${await sampleCatalogue()}></connector-wizard>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.progress'), 'the step counter');
    await settle(el as never);
    const progress = el.shadowRoot!.querySelector('.progress')!.textContent!.trim();
    expect(progress).to.equal(`Step ${new Intl.NumberFormat('en-u-nu-arab').format(1)} of ${new Intl.NumberFormat('en-u-nu-arab').format(6)}`);
  });

  it('one more problem the server found is said as one, in every language', async () => {
    const { loadMessages } = await import('./locale.js');
    const { en } = await import('./english.js');
    const [de, fr, es, nl, ar] = (await Promise.all(['de', 'fr', 'es', 'nl', 'ar'].map((l) => loadMessages(l)))).map((m) => m!);
    expect(en.serverMoreErrors(1), 'as before').to.contain('1 more problem,');
    expect(de!.serverMoreErrors(1)).to.contain('ein weiteres Problem');
    expect(fr!.serverMoreErrors(1)).to.contain('un autre problème');
    expect(es!.serverMoreErrors(1)).to.contain('un problema más');
    expect(nl!.serverMoreErrors(1)).to.contain('nog een probleem');
    expect(ar!.serverMoreErrors(1)).to.contain('مشكلة أخرى');
    expect(ar!.serverMoreErrors(2)).to.contain('مشكلتين أخريين');
    // Nearest case: more than one keeps its count.
    for (const [m, n] of [
      [de, 5],
      [fr, 11],
      [es, 100],
      [nl, 5],
      [ar, 11],
    ] as const)
      expect(m!.serverMoreErrors(n), String(n)).to.contain(`(${n})`);
    expect(ar!.serverMoreErrors(3)).to.contain('(3)');
  });

  it('French and Arabic: one name more than a paste lists is said as one', async () => {
    const { loadMessages } = await import('./locale.js');
    const fr = (await loadMessages('fr'))!;
    const ar = (await loadMessages('ar'))!;
    const five = ['a', 'b', 'c', 'd', 'e'];
    expect(fr.pasteNotUsed(five, 1)).to.contain('et 1 autre.');
    expect(fr.pasteNotUsed(five, 5), 'as before').to.contain('et 5 autres.');
    expect(ar.pasteNotUsed(five, 1)).to.contain('واسم آخر');
    expect(ar.pasteNotUsed(five, 2)).to.contain('واسمان آخران');
    expect(ar.pasteNotUsed(five, 5)).to.contain('و5 أسماء أخرى');
    expect(ar.pasteNotUsed(five, 11)).to.contain('و11 اسمًا آخر');
    expect(ar.pasteNotUsed(five, 100)).to.contain('و100 اسم آخر');
  });
});

describe('agreement with the fields named', () => {
  it('French and Spanish: two fields or more treated elsewhere as secret take the plural, one the singular', async () => {
    const { loadMessages } = await import('./locale.js');
    const fr = (await loadMessages('fr'))!;
    const es = (await loadMessages('es'))!;
    expect(fr.draftElsewhereNamed(['Password', 'API key'])).to.contain('comme secrets.');
    expect(fr.draftElsewhereNamed(['Password'])).to.contain('comme secret.');
    expect(es.draftElsewhereNamed(['Password', 'API key'])).to.contain('como secretos,');
    expect(es.draftElsewhereNamed(['Password'])).to.contain('como secreto,');
  });
});

describe('German sentences that offer another way', () => {
  // "… oder fügen Sie ihn einzeln ein, oder JSON, dessen …" left a noun with no verb: the other way is its own sentence, as for KEY=value lines.
  it('German: a drop of more than one value offers JSON in a sentence of its own, as it offers KEY=value lines', async () => {
    const { loadMessages } = await import('./locale.js');
    const de = (await loadMessages('de'))!;
    expect(de.dropOneValue, 'KEY=value lines, as before').to.match(/ Ein Block aus KEY=value-Zeilen, der diese Felder benennt, geht auch\.$/u);
    expect(de.dropOneValueJson).to.match(/ JSON, dessen Einträge so heißen wie diese Felder, geht auch\.$/u);
    expect(de.dropOneValueJson).to.not.contain(', oder JSON');
  });
});
