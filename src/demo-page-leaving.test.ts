/**
 * The demo page when a wizard is left (Back to connectors): what it does with answers the browser did not keep (one draft
 * continued in two tabs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openAdd, openPage, text, type Page } from './test/demo-frame.js';
import { advanceTo, freshApi, inStep, settle } from './test/fixtures.js';
import { listDrafts } from './index.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

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

describe('demo page: leaving a wizard', () => {
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
    await new Promise((r) => setTimeout(r, 1500));
    const kept = { a: await wa.saveDraft(), b: await wb.saveDraft() };
    const loser = kept.b ? (kept.a ? undefined : { page: a, wizard: wa }) : { page: b, wizard: wb };
    expect(loser, `both kept? ${JSON.stringify(kept)}`).to.not.equal(undefined);
    loser!.page.$<HTMLButtonElement>('#close-wizard')!.click();
    const dialog = loser!.page.$<HTMLDialogElement>('#leave-dialog')!;
    await waitUntil(() => dialog.open || !loser!.wizard.isConnected, 'asked or left', { timeout: 3000 });
    expect({ asked: dialog.open, kept: loser!.wizard.isConnected }).to.deep.equal({ asked: true, kept: true });
    expect(text(loser!.page.$('#leave-text')), 'why they would be lost').to.contain('changed in another tab');
  });
});
