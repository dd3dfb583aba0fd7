/**
 * Two wizards on one page with the same default draft share it and follow each other, as two tabs
 * do: on one page that is an integrator's mistake, said once per key as a `config` error.
 */
import { expect } from '@open-wc/testing';
import type { WizardErrorEvent } from '../events/error-event.js';
import { uniqueDatabase, wizardFixture, type WizardOptions } from '../test/fixtures.js';

/** The `connector-wizard-error` details of every wizard connected while `work` runs. */
async function errorsDuring(work: () => Promise<unknown>): Promise<{ kind: string; message: string }[]> {
  const errors: { kind: string; message: string }[] = [];
  const listen = (e: Event) => errors.push((e as WizardErrorEvent).detail);
  document.addEventListener('connector-wizard-error', listen);
  try {
    await work();
  } finally {
    document.removeEventListener('connector-wizard-error', listen);
  }
  return errors;
}

const notices = (...els: HTMLElement[]) => els.map((el) => el.shadowRoot!.querySelector('[data-notice]')?.textContent?.trim() ?? '');

describe('two wizards on one page', () => {
  it('with the same default draft, the host is told once which draft and to give each a draft-id, and the person nothing', async () => {
    const draftDatabase = uniqueDatabase();
    const els: HTMLElement[] = [];
    const errors = await errorsDuring(async () => {
      for (let i = 0; i < 3; i++) els.push(await wizardFixture({ system: 'shopify', draftDatabase }));
    });
    expect(errors.length, JSON.stringify(errors)).to.equal(1);
    expect(errors[0]!.kind).to.equal('config');
    expect(errors[0]!.message).to.contain('"default:shopify"').and.to.contain('draft-id');
    expect(notices(...els), 'nothing said on screen').to.deep.equal(['', '', '']);
  });

  it('with the same default draft and no system preset, the host is told too', async () => {
    const draftDatabase = uniqueDatabase();
    const errors = await errorsDuring(async () => {
      await wizardFixture({ draftDatabase });
      await wizardFixture({ draftDatabase });
    });
    expect(errors.map(({ kind }) => kind)).to.deep.equal(['config']);
  });

  it('with drafts of their own (a draft-id each, another system, another database), nothing is said', async () => {
    const draftDatabase = uniqueDatabase();
    const pairs: [WizardOptions, WizardOptions][] = [
      [
        { draftDatabase, draftId: 'first' },
        { draftDatabase, draftId: 'second' },
      ],
      [
        { draftDatabase, system: 'shopify' },
        { draftDatabase, system: 'xero' },
      ],
      [{ system: 'shopify' }, { system: 'shopify' }],
    ];
    for (const [a, b] of pairs) {
      const errors = await errorsDuring(async () => {
        const first = await wizardFixture(a);
        await wizardFixture(b);
        first.remove();
      });
      expect(errors, JSON.stringify([a, b])).to.deep.equal([]);
    }
  });
});
