import { expect } from '@open-wc/testing';
import { cleanGroups } from './clean.js';

describe('cleanGroups', () => {
  it('groups named alike say their ids cut to 60 characters ending with an ellipsis, a bidi id isolated', () => {
    const long = `eu-${'x'.repeat(5000)}`;
    const bidi = `\u202e${'y'.repeat(100)}`;
    const [first, second, third] = cleanGroups([
      { id: long, name: 'Europe' },
      { id: bidi, name: 'Europe' },
      { id: 'eu-3', name: 'Europe' },
    ]);
    expect(first!.id).to.equal(long);
    expect(first!.name).to.equal(`Europe (${long.slice(0, 57)}…)`);
    expect(second!.name).to.equal(`Europe (\u2068${bidi.slice(0, 57)}…\u2069)`);
    expect(third!.name, 'a short id stays whole').to.equal('Europe (eu-3)');
  });

  it('a group with a blank name is shown by its id, cut to 60 characters when longer', () => {
    const long = 'g'.repeat(5000);
    const [cutOne, whole] = cleanGroups([
      { id: long, name: ' \u200b ' },
      { id: 'uk', name: '' },
    ]);
    expect(cutOne).to.deep.equal({ id: long, name: `${long.slice(0, 57)}…` });
    expect(whole).to.deep.equal({ id: 'uk', name: 'uk' });
  });

  it('a group named once keeps its name, however long its id', () => {
    const long = 'g'.repeat(5000);
    expect(
      cleanGroups([
        { id: long, name: 'Europe' },
        { id: 'uk', name: 'UK' },
      ]),
    ).to.deep.equal([
      { id: long, name: 'Europe' },
      { id: 'uk', name: 'UK' },
    ]);
  });
});
