/**
 * A value with a long run inside it (a key file padded with spaces, an address of dots, a number
 * of zeros): read in one pass, so a 100,000-character run is taken at once and judged as a short
 * one is. Patterns such as `/\s+$/` tried again from every character of such a run, which took
 * seconds for 30,000 and minutes for 100,000 (these tests then ran out of time). How fast is
 * measured in `npm run bench`, not here.
 */
import { expect } from '@open-wc/testing';
import {
  advanceTo,
  choose,
  currentStepId,
  errorSummary,
  GROUPS,
  inStep,
  pasteInto,
  pressContinue,
  sampleCatalogue,
  SHOPIFY_TOKEN,
  type,
  wizardFixture,
} from '../test/fixtures.js';

const RUN = 100_000;

describe('security: a long run inside a value', () => {
  it('a credential with 100,000 spaces inside keeps them; only its edges are trimmed, and said', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'credentials');
    const inner = `shpat_${' '.repeat(RUN)}x`;
    await type(el, '#field-credentials-accessToken', `\u200b ${inner}\t`);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-accessToken')!.value === inner, 'the inner spaces kept, the edges gone').to.equal(true);
    const note = inStep(el, '#field-credentials-accessToken-note')!.textContent!;
    expect(note).to.contain('We removed a leading space and a trailing tab from what you entered.');
    expect(note).to.contain('We removed an invisible character');
  });

  it('a connector name with 100,000 spaces inside is counted whole, and one with a few is taken', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await type(el, '#field-name', `\u200b Shop${' '.repeat(RUN)}x \u00ad`);
    await choose(el, '#group-uk');
    await choose(el, '#environment-live');
    await pressContinue(el);
    expect(errorSummary(el)).to.deep.equal(['Connector name must be 100 characters or fewer']);
    await type(el, '#field-name', `\u200b Shop${' '.repeat(50)}x \u00ad`);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('timezone');
  });

  it('an e-mail address of 100,000 dots and a number with 100,000 zeros inside are refused, ordinary ones taken', async () => {
    const catalogue = await sampleCatalogue();
    const accessToken = catalogue.systems.find((s) => s.id === 'shopify')!.authTypes.find((a) => a.id === 'access-token')!;
    accessToken.fields.push({ key: 'contact', label: 'Contact', type: 'email', required: false }, { key: 'limit', label: 'Limit', type: 'number', required: false });
    const el = await wizardFixture({ catalogue, system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    await type(el, '#field-credentials-accessToken', SHOPIFY_TOKEN);
    await type(el, '#field-credentials-contact', `ops@${'.'.repeat(RUN)}@`);
    await type(el, '#field-credentials-limit', `1${'0'.repeat(RUN)}1`);
    await pressContinue(el);
    expect(errorSummary(el), errorSummary(el).join(' | ')).to.deep.equal(['Contact must be an e-mail address, like name@example.com', 'Limit must be a number']);
    await type(el, '#field-credentials-contact', `ops@example${'.'.repeat(3)}com`);
    await type(el, '#field-credentials-limit', `1${'0'.repeat(10)}1.5000`);
    await pressContinue(el);
    expect(currentStepId(el)).to.equal('review');
  });

  it('pastes of 33,000 eyJ (the start of a JWT) into the name are each read in one pass, and taken as pasted', async () => {
    // A JWT was looked for from each `eyJ` of such a run to its end: seconds of a frozen page for each paste of 99,000
    // characters, so these four ran out of this test's time.
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'general');
    const run = 'eyJ'.repeat(33_000);
    for (const pasted of [run, `${run.slice(0, 48_000)}.eyJ${'a'.repeat(50_000)}`, `${run.slice(0, 60_000)}.${run.slice(0, 39_000)}`, `x ${run.slice(0, 99_000)}`]) {
      await pasteInto(el, '#field-name', pasted);
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value.length, 'taken as pasted').to.equal(pasted.length);
      await type(el, '#field-name', '');
    }
  });

  it('pastes of a label then 99,000 spaces, of bearer runs, and of words glued to eyJ into the name are each read in one pass, and taken as pasted', async () => {
    // A label's end (its `:`, or none) was looked for again from each space of such a run: seconds of a frozen page for each paste.
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    await advanceTo(el, 'general');
    const spaces = ' '.repeat(99_000);
    for (const pasted of [
      `Passwort${spaces}!`,
      `Clé API${spaces}!`,
      `x${spaces}!`,
      'Bearer '.repeat(14_000),
      `Bearer ${'/'.repeat(99_000)}`,
      `${'Bearer a\n'.repeat(11_000)}!`,
      `Bearer ${'a'.repeat(99_000)}\n1`,
      'xeyJ'.repeat(24_000),
      'mot de passe '.repeat(7_500),
      // A label with a qualifier in brackets, a full-width or Arabic colon after it, and `Bearer:` runs.
      `Password (${spaces}!`,
      `Password (admin)${spaces}!`,
      `Passwort [${'('.repeat(99_000)}`,
      `كلمة المرور${spaces}،`,
      `Password：${spaces}`,
      'Bearer： '.repeat(12_000),
      `Bearer:${spaces}!`,
      `Bearer：${'/'.repeat(99_000)}`,
    ]) {
      await pasteInto(el, '#field-name', pasted);
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value.length, 'taken as pasted').to.equal(pasted.length);
      await type(el, '#field-name', '');
    }
  });
});
