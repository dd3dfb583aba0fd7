import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { isolated } from '../messages/messages.js';
import { unmarked } from '../messages/isolate.js';
import { theirs } from '../messages/quoting.js';
import { markedNames } from './marked-names.js';

/** The sentence drawn, the texts it marks with their `lang`, and the text drawn before the first mark. */
function drawn(sentence: string, names: Parameters<typeof markedNames>[1]) {
  const div = document.createElement('div');
  render(markedNames(sentence, names), div);
  const marks = [...div.querySelectorAll('[lang]')];
  const range = document.createRange();
  range.setStart(div, 0);
  if (marks[0]) range.setEndBefore(marks[0]);
  return { text: div.textContent, marked: marks.map((e) => `${e.getAttribute('lang')}:${e.textContent}`), before: marks[0] ? range.toString() : undefined };
}

/** A name as a message gives it (see namedIn), isolated once more as the messages isolate what they are given. */
const given = (name: string) => isolated(isolated(name));
const SHOPIFY = [{ text: 'Shopify', lang: 'en' }];

describe('markedNames', () => {
  it('marks a name where its message put it, the text drawn as without the isolate', () => {
    expect(drawn(`Geben Sie „${given('Name')}“ ein`, [{ text: 'Name', lang: 'en' }])).to.deep.equal({
      text: 'Geben Sie „Name“ ein',
      marked: ['en:Name'],
      before: 'Geben Sie „',
    });
    expect(drawn(`Geben Sie „${isolated(given('Name'))}“ ein`, [{ text: 'Name', lang: 'en' }]).marked, 'isolated again, as Arabic does').to.deep.equal(['en:Name']);
  });

  it('never searches: the name in the words of the sentence, or in a value it quotes, stays unmarked', () => {
    // A value typed ("Shopify Outlet") quoted before the system's name.
    const quoted = drawn(`Der Shop „Shopify Outlet“ wurde bei ${given('Shopify')} nicht gefunden.`, SHOPIFY);
    expect(quoted.marked).to.deep.equal(['en:Shopify']);
    expect(quoted.before, 'the system name marked, not the value').to.equal('Der Shop „Shopify Outlet“ wurde bei ');
    expect(drawn('Geben Sie „Name“ ein', [{ text: 'Name', lang: 'en' }]).marked, 'not given as a name').to.deep.equal([]);
  });

  it('is not fooled by a value holding isolates around the name: inside the value, left open, or closing early', () => {
    for (const value of ['Shop \u2068Shopify\u2069 Outlet', '\u2068Shopify\u2069 Outlet', 'x\u2069 \u2068Shopify', 'x\u2069 \u2068Shopify\u2069\u2069']) {
      const shown = drawn(`Der Shop „${isolated(value)}“ wurde bei ${given('Shopify')} nicht gefunden.`, SHOPIFY);
      expect(shown.marked, JSON.stringify(value)).to.deep.equal(['en:Shopify']);
      expect(shown.before, JSON.stringify(value)).to.equal(`Der Shop „${isolated(value)}“ wurde bei `);
    }
    expect(drawn(`„${isolated('Shop \u2068Shopify\u2069')}“`, SHOPIFY).marked, 'the value alone').to.deep.equal([]);
  });

  it('marks a name isolated with the words said after it (a system told apart by its id), never a value that opens with the name', () => {
    const told = [{ ...SHOPIFY[0]!, after: ' (shopify)' }];
    const shown = drawn(`Live-Connector für ${isolated(isolated('Shopify') + ' (shopify)')} in UK`, told);
    expect(shown.marked).to.deep.equal(['en:Shopify']);
    expect(shown.text).to.equal('Live-Connector für \u2068Shopify (shopify)\u2069 in UK');
    expect(drawn(`Für ${isolated(isolated(isolated('Shopify') + ' (shopify)'))}`, told).marked, 'isolated again, as Arabic does').to.deep.equal(['en:Shopify']);
    expect(drawn(`Der Shop „${isolated('\u2068Shopify\u2069 Outlet')}“`, told).marked, 'a value with other words after it').to.deep.equal([]);
    expect(drawn(`Für ${isolated(isolated('Shopify') + ' (shopify)')}`, SHOPIFY).marked, 'no words said after the name').to.deep.equal([]);
  });

  it('marks a right-to-left name as its message isolated it, and a name with regex characters as written', () => {
    const shown = drawn(`Enter the ${given('رمز')} ${given('(v2.0)')}`, [
      { text: 'رمز', lang: 'ar' },
      { text: '(v2.0)', lang: 'en' },
    ]);
    expect(shown.text).to.equal('Enter the رمز (v2.0)');
    expect(shown.marked).to.deep.equal(['ar:رمز', 'en:(v2.0)']);
  });

  it('leaves a name with no lang of its own, or another isolated text, unmarked', () => {
    expect(drawn(`Enter the ${given('Store subdomain')}`, [{ text: 'Store subdomain', lang: undefined }])).to.deep.equal({
      text: `Enter the ${given('Store subdomain')}`,
      marked: [],
      before: undefined,
    });
    expect(drawn(`${given('Shopify Plus')} refused`, SHOPIFY).marked).to.deep.equal([]);
  });

  it('never marks a server s words between the THEIRS marks, isolated or not, nor an isolate inside them; the wizard s own naming beside them is marked', () => {
    for (const server of ['Shopify', isolated('Shopify'), `${isolated('Shopify')} said no`]) {
      // German leaves the server's words as they are; Arabic isolates them.
      for (const quoted of [theirs(server), isolated(theirs(server))]) {
        const { text, marked, before } = drawn(`${given('Shopify')} hat abgelehnt: ${quoted}.`, SHOPIFY);
        expect(marked, JSON.stringify(quoted)).to.deep.equal(['en:Shopify']);
        expect(before, 'the first, the wizard s').to.equal('');
        expect(unmarked(text!), 'no mark left').to.equal(text);
      }
    }
    // Only the server's words: nothing marked, the marks taken out.
    expect(drawn(`Abgelehnt: ${theirs('Shopify')}.`, SHOPIFY)).to.deep.equal({ text: 'Abgelehnt: Shopify.', marked: [], before: undefined });
  });
});
