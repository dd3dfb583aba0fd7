/** A write of the draft held up by another tab (see holdDrafts): the set-ups the tests of what is said of it share. */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { GROUPS, settle, type, uniqueDatabase, wizardFixture } from './fixtures.js';
import { holdDrafts } from './stored.js';

export const noticesIn = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.getAttribute('data-notice'));
export const politeIn = (el: HTMLElement) => el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent!;

/** A wizard on General with its draft written once, so the next write is the person's change. */
export async function onGeneral() {
  const draftDatabase = uniqueDatabase();
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
  await el.goTo('general');
  await settle(el);
  await type(el, '#field-name', 'First');
  expect(await el.saveDraft()).to.equal(true);
  return { el, draftDatabase };
}

/** While another tab holds the drafts, the person types `value` in `field` (if given), and the write is said to be held: `release` lets it land, `saved` is its outcome. */
export async function heldWrite(el: ConnectorWizard, draftDatabase: string, field?: string, value = '') {
  const release = await holdDrafts(draftDatabase);
  if (field) await type(el, field, value);
  const saved = el.saveDraft();
  await waitUntil(() => noticesIn(el).includes('held'), 'said not saved yet', { timeout: 8000 });
  return { release, saved };
}

/** Another wizard's write, held from now until it is said: once it is, a timer of 3 s started before this was called has run too. */
export async function heldTimePassed() {
  const { el, draftDatabase } = await onGeneral();
  const { release, saved } = await heldWrite(el, draftDatabase, '#field-name', 'Other');
  await release();
  await saved;
  el.remove();
}

/** Every text the polite live region holds from now on, in turn (a screen reader says each): a line cleared soon after is still heard. Listened to until the element is removed from its parent. */
export function heardIn(el: HTMLElement): string[] {
  const region = el.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
  const heard: string[] = [];
  const listening = new MutationObserver(() => heard.push(region.textContent!.trim()));
  listening.observe(region, { childList: true, characterData: true, subtree: true });
  const removed = new MutationObserver(() => {
    if (!el.isConnected) (listening.disconnect(), removed.disconnect());
  });
  if (el.parentNode) removed.observe(el.parentNode, { childList: true });
  return heard;
}
