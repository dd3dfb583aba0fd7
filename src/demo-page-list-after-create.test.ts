/** The demo page after a create whose list then cannot be fetched again: the connector created is listed, never an empty tab. */
import { expect, waitUntil } from '@open-wc/testing';
import { advanceTo, currentStepId, freshApi } from './test/fixtures.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
  localStorage.removeItem('connector-wizard-demo:lang');
  localStorage.removeItem('connector-wizard-demo:theme');
});

describe('demo page: a create whose list cannot be fetched again', () => {
  it('no tab claims to be empty, nor counts 0, right after saying a connector was created in it', async () => {
    const api = freshApi();
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1024px; height: 900px; border: 0';
    frame.src = `/demo/index.html?api=${encodeURIComponent(api.endpoint.replace(/\/connectors$/u, ''))}`;
    document.body.append(frame);
    frames.push(frame);
    const $ = <T extends Element = HTMLElement>(s: string) => frame.contentDocument?.querySelector<T>(s) ?? null;
    await waitUntil(() => /\(\d+\)/u.test(text($('#tab-live'))), 'the list has loaded', { timeout: 15_000 });
    $<HTMLButtonElement>('#panel-live .add-tile')!.click();
    const wizard = $<ConnectorWizard>('#wizard-host connector-wizard')!;
    await waitUntil(() => currentStepId(wizard) === 'system', 'the wizard opens', { timeout: 5000 });
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
