import { expect } from '@open-wc/testing';
import { masked } from '../submission/mask-secrets.js';
import { basicSent, basicSystem } from '../test/basic-sent.js';
import { en } from './english.js';
import ar from './locales/ar.js';
import de from './locales/de.js';
import es from './locales/es.js';
import fr from './locales/fr.js';
import nl from './locales/nl.js';
import { noncharactersOut, THEIRS_CLOSE, THEIRS_OPEN, unmarked } from './isolate.js';
import { quoting, sentences, theirs } from './quoting.js';

const LOCALES = { en, de, fr, es, nl, ar };

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
          expect(unmarked(said.marking!(m)), `${tag}: ${words}`).to.equal(said(m));
          expect(said.marking!(m), `${tag}: marked`).to.contain(theirs(words));
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
    expect(said.marking!(en)).to.equal(`The connection test did not pass: ${theirs('Nope')}. Connected as ${theirs('acme')}.`);
  });
});

describe('quoting: a server s own noncharacters', () => {
  it('a mark inside the words quoted is taken out, so the pair around them is the only one', () => {
    const said = quoting(['no\ufdd1 Shopify \ufdd0here'], (m, w) => m.testNotPassed(w));
    expect(said.marking!(en)).to.equal(`The connection test did not pass: ${THEIRS_OPEN}no Shopify here${THEIRS_CLOSE}.`);
    expect(said(en), 'said plainly, as read').to.equal('The connection test did not pass: no\ufdd1 Shopify \ufdd0here.');
  });

  // The nearest case: a password echoed plainly is still masked, and words without a mark read as they did.
  it('a password echoed plainly is masked, and words without a mark are quoted as they are', () => {
    expect(masked({ detail: 'Invalid password hunter2' }, basicSent('hunter2'), basicSystem).detail).to.equal('Invalid password •••');
    const said = quoting(['Not allowed'], (m, w) => m.testNotPassed(w));
    expect(said.marking!(en)).to.equal(`The connection test did not pass: ${theirs('Not allowed')}.`);
  });

  it('takes out every noncharacter, the plane-end ones too, and leaves the characters beside them', () => {
    expect(noncharactersOut('a\ufdd0b\ufdefc\ufffed\uffffe\u{1fffe}f\u{10ffff}g')).to.equal('abcdefg');
    // The nearest case: a replacement character, Arabic ligatures and the last character before the noncharacters, emoji and a private-use one stay.
    const kept = '\ufffd \ufdcf \ufdf0 \ufdfd \u{1f600} \u{10fffd} \u{1fffd}';
    expect(noncharactersOut(kept)).to.equal(kept);
  });
});
