/**
 * Editing: values the host passes as its API holds them (a number, a number as text, a group the
 * company's only group leaves no choice about) are shown and sent only as the person changed them.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { EDITED, editing as editingShop, savedAsRenameOnly } from '../test/edit-fixtures.js';
import {
  adobeConnector,
  choose,
  currentStepId,
  errorSummary,
  GROUPS,
  inStep,
  pressContinue,
  sampleCatalogue,
  settle,
  shopifyPayload,
  type,
  wizardFixture,
} from '../test/fixtures.js';
import { everythingStored } from '../test/stored.js';
import type { ConnectorWizard, EditableConnector } from './connector-wizard.js';

const reviewRow = (el: ConnectorWizard, key: string) => inStep(el, `[data-key="${key}"] .value`)?.textContent?.replace(/\s+/g, ' ').trim();

/** Opens `connector` for editing (emit mode), collecting what `connector-updated` carries. */
async function editing(
  connector: EditableConnector,
  groups = [
    { id: 'uk', name: 'UK' },
    { id: 'us', name: 'US' },
  ],
) {
  const el = await wizardFixture({ groups });
  const updated: unknown[] = [];
  el.addEventListener('connector-updated', (e) => updated.push((e as CustomEvent).detail.connector));
  el.connector = connector;
  await settle(el);
  return { el, updated };
}

describe('editing: values as the host passes them', () => {
  for (const [hours, how] of [
    ['4', 'as text'],
    [4, 'as a number (as the create sent it)'],
  ] as const)
    it(`a number the host passes ${how} is shown, and left as it was it is no change`, async () => {
      const { el, updated } = await editing(adobeConnector(hours));
      await el.goTo('credentials');
      await settle(el);
      expect(inStep<HTMLInputElement>(el, '#field-credentials-tokenLifetimeHours')!.value).to.equal('4');
      await el.goTo('general');
      await settle(el);
      await type(el, '#field-name', 'Adobe renamed');
      await el.goTo('review');
      await settle(el);
      expect(await el.submit()).to.equal(true);
      expect(updated).to.deep.equal([{ id: 'ad-1', name: 'Adobe renamed' }]);
    });

  it('a number changed is sent as a number', async () => {
    const { el, updated } = await editing(adobeConnector('4'));
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-tokenLifetimeHours', '6');
    await el.goTo('review');
    await settle(el);
    expect(await el.submit()).to.equal(true);
    expect(updated).to.deep.equal([{ id: 'ad-1', credentials: { tokenLifetimeHours: 6 } }]);
  });

  for (const [group, shown] of [
    ['us', 'us (current group, not offered here)'],
    [null, 'No group (as now)'],
  ] as const)
    it(`in a company with one group, an edit of a connector in ${group ?? 'no group'} keeps its group: Review says so, and a rename moves nothing`, async () => {
      const { el, updated } = await editing({ ...(shopifyPayload({ name: 'Shop US', group }) as unknown as EditableConnector), id: 'us-1' }, [{ id: 'uk', name: 'UK' }]);
      await type(el, '#field-name', 'Shop US renamed');
      await el.goTo('review');
      await settle(el);
      expect(reviewRow(el, 'group')).to.equal(shown);
      expect(await el.submit()).to.equal(true);
      expect(updated).to.deep.equal([{ id: 'us-1', name: 'Shop US renamed' }]);
    });

  it('in a company with one group, an edit of a connector in another group is checked in its own: the only group slot taken blocks no rename, nor a new connector after', async () => {
    const groups = [{ id: 'uk', name: 'UK' }];
    const el = await wizardFixture({ groups, existingConnectors: [{ id: 'uk-1', name: 'Shop UK', system: 'shopify', group: 'uk', environment: 'test' }] });
    const updated: unknown[] = [];
    el.addEventListener('connector-updated', (e) => updated.push((e as CustomEvent).detail.connector));
    el.connector = { ...(shopifyPayload({ name: 'Shop US', group: 'us', environment: 'test' }) as unknown as EditableConnector), id: 'us-1' };
    await settle(el);
    expect(inStep(el, 'p.label')!.textContent!.replace(/\s+/gu, ' ').trim(), 'General shows its own group').to.equal('Company group: us (current group, not offered here)');
    await type(el, '#field-name', 'Shop US renamed');
    await pressContinue(el);
    expect(errorSummary(el), 'the UK testing slot is not this connector').to.deep.equal([]);
    expect(currentStepId(el)).to.not.equal('general');
    await el.goTo('review');
    await settle(el);
    expect(await el.submit()).to.equal(true);
    expect(updated).to.deep.equal([{ id: 'us-1', name: 'Shop US renamed' }]);
    // The next connector, in UK: its live slot is free (the one saved stays in us).
    (el.shadowRoot!.querySelector('[part~="success"] button') as HTMLButtonElement).click();
    el.connector = null;
    await settle(el);
    await choose(el, '#system-shopify');
    await el.next();
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#environment-live')?.disabled, 'UK live free').to.equal(false);
    expect(inStep<HTMLInputElement>(el, '#environment-test')?.disabled, 'UK testing taken').to.equal(true);
  });

  it('a saved value the catalogue pattern no longer takes blocks no rename: it is a warning on Credentials, and not among the changes', async () => {
    // `my_store` was stored before the catalogue took only lowercase letters, digits and hyphens.
    const { el, updated } = await editingShop({ ...EDITED, credentials: { shop: 'my_store' } });
    await type(el, '#field-name', 'Shop renamed');
    await el.goTo('credentials');
    await settle(el);
    expect(inStep(el, '[data-env-warning="shop"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Warning: This saved value no longer matches the expected format.');
    expect(inStep(el, '#field-credentials-shop')!.getAttribute('aria-invalid'), 'not an error').to.not.equal('true');
    await savedAsRenameOnly(el, updated);
  });

  it('a saved value the pattern no longer takes, once changed, must pass it', async () => {
    const { el, updated } = await editingShop({ ...EDITED, credentials: { shop: 'my_store' } });
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-shop', 'other_store');
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect({ step: currentStepId(el), errors: errorSummary(el).join(' '), updated }).to.deep.equal({
      step: 'credentials',
      errors: 'Use only the part before .myshopify.com: lowercase letters, digits and hyphens, not starting with a hyphen.',
      updated: [],
    });
  });
  it('a numeric secret (a PIN) the host passes with the connector never becomes an answer, so no draft holds it', async () => {
    const pin = 48151623;
    const catalogue = await sampleCatalogue();
    catalogue.systems.find((sys) => sys.id === 'shopify')!.authTypes[0]!.fields.push({ key: 'pin', label: 'Store PIN', type: 'number', secret: true, required: false });
    const el = await wizardFixture({ catalogue, groups: GROUPS });
    el.connector = { ...EDITED, credentials: { shop: 'my-store', pin } } as unknown as EditableConnector;
    await settle(el);
    await type(el, '#field-name', 'Shop renamed');
    await el.goTo('credentials');
    await settle(el);
    expect(inStep<HTMLInputElement>(el, '#field-credentials-pin')!.value, 'not shown as typed').to.equal('');
    await waitUntil(async () => (await everythingStored()).includes('Shop renamed'), 'the draft saved', { timeout: 5000 });
    expect(await everythingStored()).to.not.contain(String(pin));
  });
});
