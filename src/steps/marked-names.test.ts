import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { isolated } from '../messages/messages.js';
import { markedNames } from './marked-names.js';

/** The sentence drawn, and the texts it marks with their `lang`. */
function drawn(sentence: string, names: Parameters<typeof markedNames>[1]) {
  const div = document.createElement('div');
  render(markedNames(sentence, names), div);
  return { text: div.textContent, marked: [...div.querySelectorAll('[lang]')].map((e) => `${e.getAttribute('lang')}:${e.textContent}`) };
}

describe('markedNames', () => {
  it('marks a name where it stands as a whole word, never inside a longer one, and changes no text', () => {
    expect(drawn('Geben Sie „Name“ ein', [{ text: 'Name', lang: 'en' }])).to.deep.equal({ text: 'Geben Sie „Name“ ein', marked: ['en:Name'] });
    expect(drawn('Der Connectorname fehlt', [{ text: 'Name', lang: 'en' }]).marked).to.deep.equal([]);
    expect(drawn('Der Connectorname fehlt', [{ text: 'name', lang: 'en' }]).marked).to.deep.equal([]);
  });

  it('marks a right-to-left name inside the isolate its message put around it, and a name with regex characters as written', () => {
    const sentence = `Enter the ${isolated('رمز')} (v2.0)`;
    const shown = drawn(sentence, [
      { text: 'رمز', lang: 'ar' },
      { text: '(v2.0)', lang: 'en' },
    ]);
    expect(shown.text).to.equal(sentence);
    expect(shown.marked).to.deep.equal(['ar:رمز', 'en:(v2.0)']);
  });

  it('leaves a name with no lang of its own, or one inside a name already marked, unmarked', () => {
    expect(drawn('Enter the Store subdomain', [{ text: 'Store subdomain', lang: undefined }]).marked).to.deep.equal([]);
    expect(
      drawn('Shopify Plus refused', [
        { text: 'Shopify Plus', lang: 'en' },
        { text: 'Shopify', lang: 'en' },
      ]).marked,
    ).to.deep.equal(['en:Shopify Plus']);
  });
});
