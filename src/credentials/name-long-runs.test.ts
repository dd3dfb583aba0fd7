/**
 * A connector name pasted with a long run of the words that link a secret's word to its holder (`password for the for the …`): read in one
 * pass, as the labels' patterns try such a run once (see src/security/long-runs.test.ts), so the paste is judged, not left to freeze the page.
 */
import { expect } from '@open-wc/testing';
import { advanceTo, inStep, pasteInto, wizardFixture } from '../test/fixtures.js';

const RUN = 100_000;
const run = (words: string) => words.repeat(Math.ceil(RUN / words.length)).slice(0, RUN);

describe('a connector name with 100,000 characters of linking words pasted', function () {
  this.timeout(60_000);
  for (const [shape, text] of [
    ['after Password, on one line', `Password ${run('for the ')}Acme`],
    ['after Passwort, then a colon and a word', `Passwort ${run('für den ')}Kunden: Acme`],
    ['after Clé, then a colon and a word', `Clé ${run('de la ')}voûte: Lyon`],
    ['with an admin after it, then a colon and a word', `${run('password for the ')}admin: EU`],
  ] as const)
    it(`${shape} is read and kept`, async () => {
      const el = await wizardFixture({ system: 'shopify', noDrafts: true });
      await advanceTo(el, 'general');
      await pasteInto(el, '#field-name', text);
      expect(inStep(el, '#field-name ~ [role="status"]')!.textContent).to.not.contain('looks like credentials');
      expect(inStep<HTMLInputElement>(el, '#field-name')!.value === text, 'the name kept whole').to.equal(true);
    });

  it('a secret label with its holder after linking words, a long password below it, is refused', async () => {
    const el = await wizardFixture({ system: 'shopify', noDrafts: true });
    await advanceTo(el, 'general');
    await pasteInto(el, '#field-name', `Password for the for the admin\nZq8f${run('for the ').replace(/ /gu, 'x').slice(0, 90_000)}`);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('');
    expect(inStep(el, '#field-name ~ [role="status"]')!.textContent).to.contain('looks like credentials, not a name');
  });
});
