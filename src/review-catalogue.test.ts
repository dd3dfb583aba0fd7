/**
 * Review of the catalogue area: a catalogue (a new `catalogue` object, or a new `catalogue-src`
 * loaded behind the one on screen) that changes while the person is typing or choosing. The docs
 * promise that the step, what was typed and the focus stay (docs/catalogue.md, first paragraph),
 * and that a new catalogue never moves the focus to another choice (docs/behaviour.md, System).
 */
import { expect } from '@open-wc/testing';
import type { CatalogueInput } from './catalogue/catalogue-schema.js';
import { advanceTo, deepActiveElement, inStep, sampleCatalogue, settle, type, wizardFixture } from './test/fixtures.js';

/** The sample catalogue with Shopify changed by `change`. */
async function shopifyChanged(change: (shopify: CatalogueInput['systems'][number]) => void): Promise<CatalogueInput> {
  const catalogue = await sampleCatalogue();
  change(catalogue.systems.find((s) => s.id === 'shopify')!);
  return catalogue;
}

describe('review catalogue: a catalogue that changes while the person types', () => {
  it('the focus does not fall to the page when a new catalogue turns the focused text field into a list', async () => {
    const el = await wizardFixture({ noDrafts: true });
    await advanceTo(el, 'credentials');
    await type(el, '#field-credentials-shop', 'my-store');
    inStep<HTMLInputElement>(el, '#field-credentials-shop')!.focus();
    el.catalogue = await shopifyChanged((shopify) => {
      const shop = shopify.authTypes.find((a) => a.id === 'access-token')!.fields.find((f) => f.key === 'shop')! as Record<string, unknown>;
      for (const key of ['pattern', 'patternMessage', 'prefix', 'suffix', 'normalize', 'placeholder', 'example']) delete shop[key];
      Object.assign(shop, { type: 'select', options: [{ value: 'my-store', label: 'My store' }] });
    });
    await settle(el);
    expect(deepActiveElement() === document.body, 'the focus fell to the page').to.equal(false);
    expect((deepActiveElement() as HTMLElement).id, 'the focus stays on the Store subdomain question').to.equal('field-credentials-shop');
  });
});
