import { expect } from '@open-wc/testing';
import { freshApi, GROUPS, inStep, settle, shopifyPayload, type, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import type { EditableConnector } from './wizard/connector-wizard.js';

describe('review a11y: keep button', () => {
  it('Keep the current value, a lost replacement secret s way out, is at least 24 x 24 px like every control', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop live' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    el.connector = stored!;
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    await type(el, '#field-credentials-accessToken', 'shpat_ffffffffffffffffffffffffffffffff');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    const keep = inStep<HTMLButtonElement>(el, 'button[data-keep]')!;
    const { width, height } = keep.getBoundingClientRect();
    expect(width, 'wide enough (WCAG 2.5.8)').to.be.at.least(24);
    expect(height, 'high enough (WCAG 2.5.8)').to.be.at.least(24);
    const other = el.shadowRoot!.querySelector<HTMLButtonElement>('button.secondary')!;
    expect(getComputedStyle(keep).minHeight, 'as high as the other secondary buttons').to.equal(getComputedStyle(other).minHeight);
  });
});
