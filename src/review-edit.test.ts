/** Review of editing a connector end to end (endpoint mode, reference API): failing tests for what a person or integrator meets. */
import { expect } from '@open-wc/testing';
import { choose, currentStepId, errorSummary, freshApi, GROUPS, settle, shopifyPayload, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import type { EditableConnector } from './wizard/connector-wizard.js';

const said = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="submit-error"]')?.textContent?.trim() ?? '';

describe('review edit', () => {
  it('an edit whose first save got no answer and whose retry met a slot taken by another connector never says an earlier try may have made it', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Mine testing', environment: 'test' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase: uniqueDatabase() });
    el.connector = stored!;
    await settle(el);
    // Someone else takes the live slot after the list was read.
    await api.create(shopifyPayload({ name: 'Theirs live', environment: 'live' }));
    await choose(el, '#environment-live');
    await el.goTo('review');
    await settle(el);
    await api.faults({ kind: 'drop', method: 'PATCH' });
    expect(await el.submit()).to.equal(false);
    await settle(el);
    const text = [said(el), ...errorSummary(el)].join(' ');
    expect({ step: currentStepId(el), text }).to.include({ step: 'general' });
    expect(text).to.contain('already exists');
    expect(text).to.not.contain('earlier try');
    expect(text).to.not.contain('before you add another');
  });
});
