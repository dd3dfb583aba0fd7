/** An edit of a connector whose group the choice offered lacks (another group, or none): kept as it is unless the person moves it. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { audit } from '../test/audit.js';
import { advanceTo, choose, inStep, settle, type, wizardFixture } from '../test/fixtures.js';
import { EDITED, editing, listenUpdated, savedAsRenameOnly } from '../test/edit-fixtures.js';
import type { EditableConnector } from './connector-wizard.js';

describe('editing a connector in a group not offered', () => {
  for (const group of ['fr', null])
    it(`a connector in ${group ?? 'no group'} (not among the two groups offered) can be renamed without being moved to another group`, async () => {
      const { el, updated } = await editing({ ...EDITED, group });
      const kept = inStep<HTMLInputElement>(el, '#kept-group');
      expect(kept?.checked ?? false, 'its own group shown, chosen').to.equal(true);
      expect(kept!.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(group ? 'fr (current group, not offered here)' : 'No group (as now)');
      await audit(el, 'editing, a group not offered');
      await type(el, '#field-name', 'Shop renamed');
      await savedAsRenameOnly(el, updated);
    });

  it('a connector in no group moved to a group offered and back again is no move: only the rename is sent', async () => {
    const { el, updated } = await editing({ ...EDITED, group: null });
    await choose(el, '#group-us');
    await choose(el, '#kept-group');
    await type(el, '#field-name', 'Shop renamed');
    expect(await el.submit()).to.equal(true);
    expect(updated).to.deep.equal([{ connector: { id: 'c-1', name: 'Shop renamed' } }]);
  });

  for (const group of ['grp_7f3a', null])
    it(`Review names a kept ${group ?? 'no group'} in the words General uses`, async () => {
      const { el } = await editing({ ...EDITED, group });
      await el.goTo('review');
      await settle(el);
      const row = inStep(el, '[data-key="group"] .value')?.textContent?.replace(/\s+/g, ' ').trim();
      expect(row).to.equal(group ? 'grp_7f3a (current group, not offered here)' : 'No group (as now)');
    });

  it('a kept group whose id is 5,000 characters is named by its first 57 and an ellipsis, on General (a radio, or a list beyond six groups) and on Review', async () => {
    const long = `grp-${'x'.repeat(5000)}`;
    const named = `${long.slice(0, 57)}… (current group, not offered here)`;
    const { el } = await editing({ ...EDITED, group: long });
    expect(inStep<HTMLInputElement>(el, '#kept-group')!.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(named);
    await el.goTo('review');
    await settle(el);
    expect(inStep(el, '[data-key="group"] .value')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(named);
    const many = await wizardFixture({ groups: Array.from({ length: 8 }, (_, i) => ({ id: `g${i}`, name: `Group ${i}` })) });
    many.connector = { ...EDITED, group: long } as unknown as EditableConnector;
    await settle(many);
    expect(inStep<HTMLSelectElement>(many, '#field-group')!.selectedOptions[0]!.text).to.equal(`\u2068${long.slice(0, 57)}…\u2069 (current group, not offered here)`);
  });

  it('a host group whose id is kept and the kept group are two radios, each with its own id, each choosing its own group', async () => {
    const el = await wizardFixture({
      groups: [
        { id: 'kept', name: 'Kept Ltd' },
        { id: 'us', name: 'US' },
      ],
    });
    const updated = listenUpdated(el);
    el.connector = { ...EDITED, group: 'fr' } as unknown as EditableConnector;
    await settle(el);
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="group"]')];
    expect(new Set(radios.map((r) => r.id)).size, 'ids unique').to.equal(radios.length);
    await choose(el, '#group-kept');
    await choose(el, '#kept-group');
    expect(inStep<HTMLInputElement>(el, '#kept-group')!.checked, 'the kept group chosen again').to.equal(true);
    expect(inStep<HTMLInputElement>(el, '#group-kept')!.checked).to.equal(false);
    await type(el, '#field-name', 'Shop renamed');
    await savedAsRenameOnly(el, updated);
  });

  it('a connector in a group offered has no choice to keep another', async () => {
    const { el } = await editing(EDITED);
    expect(inStep(el, '#kept-group') === null).to.equal(true);
  });

  it('an edit of a connector in group 1 (a whole number) shows group 1 chosen, and a rename moves it nowhere', async () => {
    const el = await wizardFixture({
      groups: [
        { id: 1, name: 'One' },
        { id: 2, name: 'Two' },
      ] as never,
    });
    const updated = listenUpdated(el);
    el.connector = { ...EDITED, group: 1 } as unknown as EditableConnector;
    await settle(el);
    const kept = inStep<HTMLInputElement>(el, '#kept-group');
    expect({ one: inStep<HTMLInputElement>(el, '#group-1')?.checked, kept: kept ? kept.labels![0]!.textContent!.trim() : null }).to.deep.equal({ one: true, kept: null });
    await type(el, '#field-name', 'Shop renamed');
    await savedAsRenameOnly(el, updated);
  });
});

describe('one company group offered (no choice of group)', () => {
  const ONE = [{ id: 'uk', name: 'UK' }];
  const said = async (el: Awaited<ReturnType<typeof wizardFixture>>, toReview: () => Promise<unknown> = () => el.goTo('review')) => {
    const general = inStep(el, '.field p.label')?.textContent?.replace(/\s+/g, ' ').trim();
    await toReview();
    await settle(el);
    const review = inStep(el, '[data-key="group"] .value')?.textContent?.replace(/\s+/g, ' ').trim();
    return { general, review };
  };

  for (const [group, words] of [
    ['eu', 'eu (current group, not offered here)'],
    [null, 'No group (as now)'],
    ['uk', 'UK'],
  ] as const)
    it(`an edit of a connector in ${group ?? 'no group'} says its group on General and Review as ${words}`, async () => {
      const el = await wizardFixture({ groups: ONE });
      el.connector = { ...EDITED, group } as unknown as EditableConnector;
      await settle(el);
      expect(await said(el)).to.deep.equal({ general: `Company group: ${words}`, review: words });
    });

  it('a create names the only group on General and Review', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: ONE });
    expect(await said(el, () => advanceTo(el, 'review'))).to.deep.equal({ general: 'Company group: UK', review: 'UK' });
  });
});

describe('a long list of groups (a select)', () => {
  const MANY = [{ id: 'acme', name: 'Acme Ltd.' }, ...Array.from({ length: 7 }, (_, i) => ({ id: `g${i}`, name: `مجموعة ${i}` }))];

  it('in Arabic, each group name and a kept group are isolated from the text around them, and keeping the group is no move', async () => {
    const el = await wizardFixture({ groups: MANY });
    const updated = listenUpdated(el);
    el.setAttribute('lang', 'ar');
    el.connector = { ...EDITED, group: 'grp_7f3a' } as unknown as EditableConnector;
    await settle(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === 'ar', 'Arabic arrives', { timeout: 5000 });
    await settle(el);
    const select = inStep<HTMLSelectElement>(el, '#field-group')!;
    const texts = [...select.options].map((o) => o.text);
    expect(texts[1], 'the kept group').to.match(/^\u2068grp_7f3a\u2069 \S/u);
    expect(texts, 'a Latin name ending in a full stop').to.include('\u2068Acme Ltd.\u2069');
    expect(select.selectedOptions[0]!.hasAttribute('data-kept'), 'its own group chosen').to.equal(true);
    select.value = 'acme';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    select.selectedIndex = 1;
    select.dispatchEvent(new Event('change'));
    await settle(el);
    await type(el, '#field-name', 'Shop renamed');
    await savedAsRenameOnly(el, updated);
  });
});
