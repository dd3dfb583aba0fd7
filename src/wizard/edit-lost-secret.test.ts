/**
 * Editing: a new secret typed to replace the current one, then lost (a reload with secrets in
 * memory, or Cancel), is never saved as "unchanged" without a word: the person enters it again,
 * or keeps the current value by choice. A real endpoint; the PATCH bodies are read as sent.
 */
import { expect } from '@open-wc/testing';
import { audit } from '../test/audit.js';
import {
  currentStepId,
  errorSummary,
  freshApi,
  GROUPS,
  inStep,
  pasteInto,
  settle,
  shopifyPayload,
  SHOPIFY_TOKEN,
  type,
  uniqueDatabase,
  wizardFixture,
} from '../test/fixtures.js';
import type { ConnectorWizard, EditableConnector } from './connector-wizard.js';

const NEW_TOKEN = 'shpat_ffffffffffffffffffffffffffffffff';

/** The bodies of the PATCH requests sent while `run` runs (the requests go to the test server as they are). */
async function patchesDuring(run: () => Promise<unknown>): Promise<unknown[]> {
  const bodies: unknown[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (init?.method === 'PATCH' && typeof init.body === 'string') bodies.push(JSON.parse(init.body));
    return original(input, init);
  };
  try {
    await run();
  } finally {
    window.fetch = original;
  }
  return bodies;
}

const reviewRow = (el: ConnectorWizard, key: string) => inStep(el, `[data-key="${key}"] .value`)?.textContent?.replace(/\s+/g, ' ').trim();
const inField = (el: ConnectorWizard, selector: string) => inStep(el, `[data-field="accessToken"] ${selector}`);

/** An edit of a stored Shopify connector, renamed, with a new access token typed. */
async function rotating(draftDatabase = uniqueDatabase()) {
  const api = freshApi();
  await api.create(shopifyPayload({ name: 'Shop live' }));
  const [stored] = (await api.connectors()) as unknown as EditableConnector[];
  const open = async () => {
    const el = await wizardFixture({ groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    el.connector = stored!;
    await settle(el);
    return el;
  };
  const el = await open();
  await type(el, '#field-name', 'Shop live (token rotated)');
  await el.goTo('credentials');
  await settle(el);
  await type(el, '#field-credentials-accessToken', NEW_TOKEN);
  return { api, el, open };
}

describe('editing: a replacement secret lost before the save', () => {
  it('after a reload, the field and Review say to enter it again, and Save goes to it instead of saving without it', async () => {
    const { el: first, open } = await rotating();
    expect(await first.goTo('review')).to.equal(true);
    expect(await first.saveDraft()).to.equal(true);
    first.remove();
    // The page reloads on Review, the host opening the same edit again.
    const el = await open();
    expect(currentStepId(el)).to.equal('review');
    expect(reviewRow(el, 'credentials.accessToken')).to.contain('enter it again');
    const none = await patchesDuring(() => el.submit());
    await settle(el);
    expect(none, 'nothing saved without it').to.deep.equal([]);
    expect(currentStepId(el)).to.equal('credentials');
    expect(errorSummary(el).join(' ')).to.contain('The new Admin API access token you typed was not kept');
    expect(inField(el, '[data-testid="reenter"]') !== null, 'said to enter it again').to.equal(true);
    expect(inField(el, '[data-testid="keep"]') === null, 'not also "leave empty to keep"').to.equal(true);
    await type(el, '#field-credentials-accessToken', NEW_TOKEN);
    await el.goTo('review');
    await settle(el);
    expect(reviewRow(el, 'credentials.accessToken')).to.not.contain('Unchanged');
    const sent = await patchesDuring(() => el.submit());
    expect(sent).to.deep.equal([{ name: 'Shop live (token rotated)', credentials: { accessToken: NEW_TOKEN } }]);
  });

  it('Keep the current value, a lost replacement secret s way out, is at least 24 x 24 px like every control', async () => {
    const { el } = await rotating();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    const keep = inField(el, 'button[data-keep]') as HTMLButtonElement;
    const { width, height } = keep.getBoundingClientRect();
    expect(width, 'wide enough (WCAG 2.5.8)').to.be.at.least(24);
    expect(height, 'high enough (WCAG 2.5.8)').to.be.at.least(24);
    const other = el.shadowRoot!.querySelector<HTMLButtonElement>('button.secondary')!;
    expect(getComputedStyle(keep).minHeight, 'as high as the other secondary buttons').to.equal(getComputedStyle(other).minHeight);
  });

  it('after Cancel, Keep the current value says so on Review, and the save keeps the current secret on purpose', async () => {
    const { el } = await rotating();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    await audit(el, 'editing, a lost replacement secret');
    const keep = inField(el, 'button[data-keep]') as HTMLButtonElement;
    expect(keep.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Keep the current value: Admin API access token');
    keep.click();
    await settle(el);
    expect(inField(el, 'button[data-keep]') === null, 'the choice made').to.equal(true);
    expect(inField(el, '[data-testid="keep"]')!.textContent).to.contain('Leave empty to keep the current value');
    await el.goTo('review');
    await settle(el);
    expect(reviewRow(el, 'credentials.accessToken')).to.equal('Unchanged (the current value is kept)');
    const sent = await patchesDuring(() => el.submit());
    expect(sent).to.deep.equal([{ name: 'Shop live (token rotated)' }]);
    expect(el.shadowRoot!.querySelector('.success')!.textContent).to.contain('has been updated');
  });

  it('after Cancel, a paste then Undo puts back enter it again, not keep the current value, and Save goes to the field', async () => {
    const { el } = await rotating();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    expect(inField(el, '[data-testid="reenter"]') !== null, 'before the paste: enter it again').to.equal(true);
    await pasteInto(el, '#field-credentials-shop', `SHOPIFY_STORE_DOMAIN=other-store\nSHOPIFY_ACCESS_TOKEN=${SHOPIFY_TOKEN}`);
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    const shown = {
      reenter: inField(el, '[data-testid="reenter"]') !== null,
      keepButton: inField(el, 'button[data-keep]') !== null,
      keepNote: inField(el, '[data-testid="keep"]') !== null,
    };
    expect(shown, 'after Undo, as before the paste').to.deep.equal({ reenter: true, keepButton: true, keepNote: false });
    // As before the paste: Review waits until the token is entered again or the current one kept.
    expect(await el.goTo('review'), 'Review reached without a choice').to.equal(false);
    const none = await patchesDuring(() => el.submit());
    await settle(el);
    expect(none, 'nothing saved without the new token').to.deep.equal([]);
    expect(errorSummary(el).join(' ')).to.contain('The new Admin API access token you typed was not kept');
    expect(currentStepId(el)).to.equal('credentials');
  });

  it('after Cancel, a paste then Undo, Keep the current value still keeps it: the choice is made and the save keeps the current secret', async () => {
    const { el } = await rotating();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await settle(el);
    await el.goTo('credentials');
    await settle(el);
    await pasteInto(el, '#field-credentials-shop', `SHOPIFY_STORE_DOMAIN=other-store\nSHOPIFY_ACCESS_TOKEN=${SHOPIFY_TOKEN}`);
    inStep<HTMLButtonElement>(el, '[data-paste-undo]')!.click();
    await settle(el);
    (inField(el, 'button[data-keep]') as HTMLButtonElement).click();
    await settle(el);
    expect(
      {
        keepButton: inField(el, 'button[data-keep]') !== null,
        reenter: inField(el, '[data-testid="reenter"]') !== null,
        keepNote: inField(el, '[data-testid="keep"]') !== null,
      },
      'the choice made',
    ).to.deep.equal({ keepButton: false, reenter: false, keepNote: true });
    expect(await el.goTo('review')).to.equal(true);
    await settle(el);
    expect(reviewRow(el, 'credentials.accessToken')).to.equal('Unchanged (the current value is kept)');
    const sent = await patchesDuring(() => el.submit());
    expect(sent).to.deep.equal([{ name: 'Shop live (token rotated)' }]);
  });
});
