/**
 * The demo page when a wizard is left (Back to connectors): what it says of a create or an edit left while sending,
 * and what it does with answers the browser did not keep (no drafts at all, one draft continued in two tabs).
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './test/wait.js';
import { card, openAdd, openPage, text, type Page } from './test/demo-frame.js';
import { advanceTo, currentStepId, freshApi, inStep, settle, shopifyPayload, type } from './test/fixtures.js';
import { listDrafts } from './index.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

type Api = ReturnType<typeof freshApi>;

/** What the status says and whether it points to a draft, and whether that draft is offered. */
function pointsToDraft(page: Page, name: string) {
  const said = text(page.$('#status'));
  const offered = page.$$('#draft-list li').some((li) => text(li).startsWith(name));
  return { said, pointsToADraft: /Continue where you left off|continue its draft/u.test(said), offered };
}

/** A new connector named `name` on Review, sent with `fault` on its POST, left with Back while it is sending. */
async function leaveCreateWhileSending(page: Page, api: Api, name: string, fault: Record<string, unknown>) {
  const wizard = await openAdd(page);
  await advanceTo(wizard, 'review');
  await wizard.goTo('general');
  await type(wizard, '#field-name', name);
  await sendAndLeave(page, wizard, api, fault);
  return wizard;
}

/** From Review, sends with `fault` on the request, held, and presses Back to connectors (then runs `meanwhile`) while it is on its way: the answer comes only then. */
async function sendAndLeave(page: Page, wizard: ConnectorWizard, api: Api, fault: Record<string, unknown>, meanwhile?: () => Promise<unknown>) {
  await wizard.goTo('review');
  await settle(wizard);
  await api.faults({ ...fault, held: true });
  void wizard.submit();
  try {
    await waitUntil(() => wizard.sending, 'sending', { timeout: 5000 });
    page.$<HTMLButtonElement>('#close-wizard')!.click();
    await meanwhile?.();
  } finally {
    await api.release();
  }
}

/** Edit "Shopify UK", rename it, Save, and press Back to connectors while the PATCH is on its way; then `meanwhile`. */
async function leaveEditWhileSaving(api: Api, fault: Record<string, unknown>, meanwhile?: (id: string) => Promise<unknown>) {
  const { id } = (await api.create(shopifyPayload({ name: 'Shopify UK' }))) as { id: string };
  const page = await openPage(api);
  card(page, 'Shopify UK')!.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
  const wizard = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
  await waitUntil(() => currentStepId(wizard) === 'general', 'the edit opens', { timeout: 5000 });
  await settle(wizard);
  await type(wizard, '#field-name', 'Shopify United Kingdom');
  await sendAndLeave(page, wizard, api, fault, () => meanwhile?.(id) ?? Promise.resolve());
  await waitUntil(() => text(page.$('#status')) !== '', 'its answer is said', { timeout: 8000 });
  return text(page.$('#status'));
}

/** Sets the wizard's name field at once (no waiting for its update), as a person typing. */
function typeNow(wizard: ConnectorWizard, value: string) {
  const input = inStep<HTMLInputElement>(wizard, '#field-name')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Continue on the draft named `name`, once the page lists it; resolves with its wizard restored. */
async function continueDraft(page: Page, name: string) {
  const item = () => page.$$('#draft-list li').find((li) => text(li).startsWith(name));
  await waitUntil(item, 'the draft is listed', { timeout: 5000 });
  item()!.querySelector('button')!.click();
  const wizard = page.$<ConnectorWizard>('#wizard-host connector-wizard')!;
  await waitUntil(() => inStep<HTMLInputElement>(wizard, '#field-name')?.value === name, 'the draft is restored', { timeout: 5000 });
  await settle(wizard);
  return wizard;
}

/** A create left (Back) while it is sent and then refused, in a browser that refuses IndexedDB (a private window, a policy). */
async function refusedWithoutDrafts() {
  const api = freshApi();
  const page = await openPage(api);
  page.win().IDBFactory.prototype.open = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  const name = `Unkept ${crypto.randomUUID().slice(0, 8)}`;
  const fault = { kind: 'invalid', method: 'POST', errors: [{ pointer: '/name', detail: 'That name is reserved' }] };
  return { page, name, wizard: await leaveCreateWhileSending(page, api, name, fault) };
}

describe('demo page: leaving a wizard', () => {
  it('a create refused after Back, in a browser that keeps no drafts, brings the wizard back and never points to a draft', async function () {
    this.timeout(20000);
    const { page, name, wizard } = await refusedWithoutDrafts();
    // Said once the page has decided where its answers are (a draft, or none: the wizard back).
    await waitUntil(() => !wizard.sending && /connector you left/u.test(text(page.$('#status'))), 'the refusal is said', { timeout: 8000 });
    const { said, pointsToADraft, offered } = pointsToDraft(page, name);
    expect({ pointsToADraft, offered }, said).to.deep.equal({ pointsToADraft: offered, offered });
    // Its answers are in no draft: the wizard comes back with them rather than going.
    expect({ back: page.$('#wizard-host')!.contains(wizard), shown: !page.$('#wizard-view')!.hidden }, said).to.deep.equal({ back: true, shown: true });
    await wizard.goTo('general');
    await settle(wizard);
    expect(inStep<HTMLInputElement>(wizard, '#field-name')?.value, 'its answers').to.equal(name);
  });

  it('a create refused after Back while another wizard is open, in a browser that keeps no drafts, comes back once that one is left', async function () {
    this.timeout(20000);
    const { page, wizard: first } = await refusedWithoutDrafts();
    const second = await openAdd(page);
    await waitUntil(() => text(page.$('#status')).includes('opens again when you leave'), 'the refusal is said', { timeout: 8000 });
    expect(page.$('#wizard-host')!.contains(second), 'the wizard open stays').to.equal(true);
    page.$<HTMLButtonElement>('#close-wizard')!.click();
    await waitUntil(() => page.$('#wizard-host')!.contains(first), 'the first comes back', { timeout: 5000 });
    expect({ second: second.isConnected, shown: !page.$('#wizard-view')!.hidden }).to.deep.equal({ second: false, shown: true });
  });

  it('a create left while sending whose 201 could not be read is said as created, never as a draft to continue', async function () {
    this.timeout(20000);
    const api = freshApi();
    const page = await openPage(api);
    const name = `Unread ${crypto.randomUUID().slice(0, 8)}`;
    // The server made it (201) but its answer is no connector (a proxy, a framework's envelope).
    const wizard = await leaveCreateWhileSending(page, api, name, { kind: 'status', status: 201, method: 'POST', json: { data: 'created' } });
    await waitUntil(() => !wizard.isConnected, 'its answer came', { timeout: 8000 });
    await waitUntil(() => text(page.$('#status')).includes('was created'), 'the create is said', { timeout: 5000 });
    const { said, pointsToADraft, offered } = pointsToDraft(page, name);
    expect({ pointsToADraft, offered }, said).to.deep.equal({ pointsToADraft: offered, offered });
    expect(said).to.contain('was created');
  });

  it('an edit left while saving, refused with 403, is said as not saved, never as could not tell', async () => {
    const said = await leaveEditWhileSaving(freshApi(), { kind: 'status', status: 403, method: 'PATCH' });
    expect(said).to.not.contain('could not tell');
    expect(said).to.contain('were not saved');
  });

  it('an edit left while saving, refused with 400 (never retried), is said as not saved, never as could not tell', async () => {
    const said = await leaveEditWhileSaving(freshApi(), { kind: 'status', status: 400, method: 'PATCH' });
    expect(said).to.not.contain('could not tell');
    expect(said).to.contain('were not saved');
  });

  it('an edit left while saving, answered 404 (someone else deleted it meanwhile), says the connector no longer exists', async () => {
    const api = freshApi();
    const said = await leaveEditWhileSaving(api, { kind: 'slow', method: 'PATCH' }, (id) => fetch(`${api.endpoint}/${id}`, { method: 'DELETE' }));
    expect(said).to.not.contain('could not tell');
    expect(said).to.contain('no longer exists');
    expect(said).to.contain('were not saved');
  });

  it('one draft continued in two tabs: Back to connectors in the tab whose answers were not kept asks first', async function () {
    this.timeout(30000);
    const api = freshApi();
    const a = await openPage(api);
    const name = `Two tabs ${crypto.randomUUID().slice(0, 8)}`;
    const first = await openAdd(a);
    await advanceTo(first, 'general');
    typeNow(first, name);
    await settle(first);
    a.$<HTMLButtonElement>('#close-wizard')!.click();
    await waitUntil(async () => (await listDrafts()).some((d) => d.name === name), 'kept', { timeout: 5000 });
    const b = await openPage(api);
    const wb = await continueDraft(b, name);
    const wa = await continueDraft(a, name);
    // Both type at once: one tab loses the draft to the other.
    typeNow(wa, `${name} typed in A`);
    typeNow(wb, `${name} typed in B`);
    // One tab's save has landed: the other's, made or asked for below, finds the draft changed.
    const typed = [`${name} typed in A`, `${name} typed in B`];
    await waitUntil(async () => (await listDrafts()).some((d) => typed.includes(d.name)), 'one tab saved', { timeout: 5000 });
    const kept = { a: await wa.saveDraft(), b: await wb.saveDraft() };
    const loser = kept.b ? (kept.a ? undefined : { page: a, wizard: wa }) : { page: b, wizard: wb };
    expect(loser, `both kept? ${JSON.stringify(kept)}`).to.not.equal(undefined);
    loser!.page.$<HTMLButtonElement>('#close-wizard')!.click();
    const dialog = loser!.page.$<HTMLDialogElement>('#leave-dialog')!;
    await waitUntil(() => dialog.open || !loser!.wizard.isConnected, 'asked or left', { timeout: 5000 });
    expect({ asked: dialog.open, kept: loser!.wizard.isConnected }).to.deep.equal({ asked: true, kept: true });
    expect(text(loser!.page.$('#leave-text')), 'why they would be lost').to.contain('changed in another tab');
  });
});
