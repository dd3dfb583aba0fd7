import { expect } from '@open-wc/testing';
import { cleanGroups } from './clean.js';
import { branchingApart, cutInMiddle, middleApart, V1, V2 } from '../test/alike.js';

describe('cleanGroups', () => {
  it('groups named alike say their ids, a long one as its first and last 28 characters around an ellipsis, a bidi id isolated', () => {
    const long = `eu-${'x'.repeat(5000)}`;
    const bidi = `\u202e${'y'.repeat(100)}`;
    const [first, second, third] = cleanGroups([
      { id: long, name: 'Europe' },
      { id: bidi, name: 'Europe' },
      { id: 'eu-3', name: 'Europe' },
    ]);
    expect(first!.id).to.equal(long);
    expect(first!.name).to.equal(`Europe (${cutInMiddle(long)})`);
    expect(second!.name).to.equal(`Europe (\u2068${cutInMiddle(bidi)}\u2069)`);
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

  it('groups named alike whose long ids differ only at their end read differently', () => {
    const [a, b] = cleanGroups([
      { id: V1, name: 'Europe' },
      { id: V2, name: 'Europe\u00a0' },
    ]);
    expect(a!.name).to.equal(`Europe (${cutInMiddle(V1)})`);
    expect(b!.name).to.equal(`Europe\u00a0 (${cutInMiddle(V2)})`);
  });

  it('groups named alike whose long ids differ only in their middle read differently, however long the ids, and stay bounded', () => {
    for (const length of [80, 5000]) {
      const [a, b] = cleanGroups(middleApart(length).map((id) => ({ id, name: 'Europe' })));
      expect(a!.name, `ids of ${length}`).to.not.equal(b!.name);
      expect(a!.name).to.contain('-eu-');
      expect(b!.name).to.contain('-us-');
      expect([...a!.name].length, 'bounded').to.be.below(120);
    }
  });

  it('four or more groups named alike whose long ids are alike at both ends and branch at places of their own each read differently, and stay bounded', () => {
    for (const count of [3, 4, 9]) {
      const names = cleanGroups(branchingApart(count).map((id) => ({ id, name: 'Europe' }))).map((g) => g.name);
      expect(new Set(names).size, `${count} ids: ${names.join(' | ')}`).to.equal(count);
      // The whole a person reads, name and id: under 200 characters, the id in it at most 150.
      for (const name of names) expect([...name].length, `bounded: ${name}`).to.be.below(200);
      for (const name of names) expect([...name].length - 'Europe ()'.length, 'the id').to.be.at.most(150);
    }
  });

  it('ten groups named alike whose long ids still read alike beside them are said to the host, naming how many and the name', () => {
    const said: string[] = [];
    cleanGroups(
      branchingApart(10).map((id) => ({ id, name: 'Europe' })),
      (m) => said.push(m),
    );
    expect(said).to.deep.equal([
      'groups: 2 entries named "Europe" still read alike with their ids beside them (ids written alike, or long ids alike at both ends: at most nine named alike are told apart): give each a name of its own.',
    ]);
  });

  it('two groups named alike whose ids differ only in Unicode form are said to the host as ids written alike', () => {
    const said: string[] = [];
    cleanGroups(
      [
        { id: 'caf\u00E9', name: 'Europe' },
        { id: 'cafe\u0301', name: 'Europe' },
      ],
      (m) => said.push(m),
    );
    expect(said).to.deep.equal([
      'groups: 2 entries named "Europe" still read alike with their ids beside them (ids written alike, or long ids alike at both ends: at most nine named alike are told apart): give each a name of its own.',
    ]);
  });

  it('nine groups named alike read apart and nothing is said; an entry left out beside ten alike is said in the same message', () => {
    const said: string[] = [];
    cleanGroups(
      branchingApart(9).map((id) => ({ id, name: 'Europe' })),
      (m) => said.push(m),
    );
    expect(said).to.deep.equal([]);
    cleanGroups([{ id: 'x' }, ...branchingApart(10).map((id) => ({ id, name: 'Europe' }))], (m) => said.push(m));
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^groups: 1 of 11 entries left out: .* groups: 2 entries named "Europe" still read alike/u);
  });

  it('two or three groups named alike whose long ids branch in their middle read as before: each place with 6 characters before it, 16 in all', () => {
    const [a, b, c] = cleanGroups(branchingApart(3).map((id) => ({ id, name: 'Europe' }))).map((g) => g.name);
    expect(a).to.equal(`Europe (${'a'.repeat(28)}…------------…------------…${'z'.repeat(28)})`.replace(/-{12}/gu, '-'.repeat(16)));
    expect(b).to.equal(`Europe (${'a'.repeat(28)}…------------…------b---------…${'z'.repeat(28)})`.replace(/-{12}/u, '-'.repeat(16)));
    expect(c).to.contain('b');
  });

  it('an id of few characters, one stacked with hundreds of marks, is shown cut with an ellipsis, never as if whole', () => {
    const stacked = (end: string) => `eu-x${'\u0301'.repeat(300)}-${end}`;
    const [a, b] = cleanGroups([
      { id: stacked('1'), name: 'Europe' },
      { id: stacked('2'), name: 'Europe' },
    ]);
    expect(a!.name).to.contain('…');
    expect(a!.name).to.not.equal(b!.name);
    expect([...a!.name].length, 'bounded').to.be.below(120);
  });
});
