import { expect } from '@open-wc/testing';
import { en } from './english.js';
import ar from './locales/ar.js';
import de from './locales/de.js';
import es from './locales/es.js';
import fr from './locales/fr.js';
import nl from './locales/nl.js';
import { quoting, sentences } from './quoting.js';

const LOCALES = { en, de, fr, es, nl, ar };
/** A sentence marked for markedNames, the marks taken out as it shows them. */
const shown = (text: string) => text.replace(/[\ufdd0\ufdd1]/gu, '');

describe('quoting: a server s words told apart by where they stand', () => {
  it('says the same words marked as plain in every language: the full stop after a quote, French elision before one', () => {
    for (const [tag, m] of Object.entries(LOCALES))
      for (const words of ['alice@example.com', 'Odoo', 'Not allowed.', 'Done!', 'بيانات', 'HTTP 500'])
        for (const said of [
          quoting([words], (m, w) => m.connectedAs(w)),
          quoting([words], (m, w) => m.testRejected('Shopify', w, false)),
          quoting([words], (m, w) => m.testCheckFailed('Shopify', w)),
          quoting([words], (m, w) => m.testNotPassed(w, true)),
          quoting([words], (m, w) => m.serverFailed(w)),
          quoting([words], (m, w) => m.saveClientFailed(w)),
        ]) {
          expect(shown(said.marking!(m)), `${tag}: ${words}`).to.equal(said(m));
          expect(said.marking!(m), `${tag}: marked`).to.contain(`\ufdd0${words}\ufdd1`);
        }
    expect(quoting(['alice@example.com'], (m, w) => m.connectedAs(w))(fr), 'French elides before a marked vowel').to.equal('Connecté en tant qu’alice@example.com.');
  });

  it('says sentences one after another, the absent left out, each quote marked as its own says it', () => {
    const said = sentences(
      quoting(['Nope'], (m, w) => m.testNotPassed(w)),
      undefined,
      quoting(['acme'], (m, w) => m.connectedAs(w)),
    );
    expect(said(en)).to.equal('The connection test did not pass: Nope. Connected as acme.');
    expect(said.marking!(en)).to.equal('The connection test did not pass: \ufdd0Nope\ufdd1. Connected as \ufdd0acme\ufdd1.');
  });
});
