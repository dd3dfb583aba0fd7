/** The demo page after a create whose list then cannot be fetched again: the connector created is listed, never an empty tab. */
import { expect } from '@open-wc/testing';
import { waitUntil } from './test/wait.js';
import { openAdd, openPage, text } from './test/demo-frame.js';
import { advanceTo, freshApi } from './test/fixtures.js';

describe('demo page: a create whose list cannot be fetched again', () => {
  it('no tab claims to be empty, nor counts 0, right after saying a connector was created in it', async () => {
    const api = freshApi();
    const page = await openPage(api);
    const { $ } = page;
    const wizard = await openAdd(page);
    await advanceTo(wizard, 'review');
    // The list asked for after the create fails once (a blip of the server).
    await api.faults({ kind: 'status', status: 503, method: 'GET' });
    await wizard.submit();
    await waitUntil(() => !$('#list-view')!.hidden && !$('#list-error')!.hidden, 'back on the list, saying the list could not be loaded', { timeout: 5000 });
    expect(text($('#status'))).to.equal('“Shopify UK” was created in Live.');
    expect($('#panel-live [data-empty]') === null, `the Live tab does not say "No live connectors yet" (it shows: ${text($('#panel-live'))})`).to.equal(true);
    expect(text($('#panel-live')), 'the connector created is listed').to.contain('Shopify UK');
    expect(text($('#tab-live')), 'never a count of 0 right after a create').to.not.contain('(0)');
  });
});
