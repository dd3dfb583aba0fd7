/** The last changes reach the draft when the page is left: a real navigation, in a frame (a test page cannot leave). */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { moduleFault } from '../test/module-fault.js';
import { holdDrafts, readDraft } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';

/** A page of its own with a wizard preset to Shopify (src/test/leaving-frame.html), once its General step shows. */
async function framedWizard(database: string, query = '') {
  const frame = document.createElement('iframe');
  frame.src = `/src/test/leaving-frame.html?db=${encodeURIComponent(database)}${query}`;
  document.body.append(frame);
  const wizard = () => frame.contentDocument?.querySelector('connector-wizard') as ConnectorWizard | null;
  const nameField = () => wizard()?.shadowRoot?.querySelector('[data-step]')?.shadowRoot?.querySelector<HTMLInputElement>('#field-name') ?? null;
  await waitUntil(() => nameField() !== null, 'the framed wizard shows General', { timeout: 10000 });
  return { frame, wizard: () => wizard()!, nameField: () => nameField()! };
}

/**
 * Where the person goes: another page of the site, which the test server answers in 250 ms (a real navigation fetches too).
 * The write begun at `beforeunload` must finish before that page replaces this one (docs/drafts-and-secrets.md): 50 ms was
 * not always enough on a busy two-core machine (a compare-and-set write waits for its read's answer).
 */
const LEFT = '/src/test/left-the-page';
const nextPage = moduleFault(LEFT);

function typeName(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/**
 * Until the frame shows the page it went to, loaded: the wizard's document is gone by then, so a write it began has
 * landed or never will (savedName waits for it to be read back).
 */
async function left(frame: HTMLIFrameElement) {
  await waitUntil(() => frame.contentWindow!.location.pathname === LEFT && frame.contentDocument?.readyState === 'complete', 'the page left', { timeout: 5000 });
  frame.remove();
}

/** The name in the answers the framed wizard holds (what a save would write), not only in its field. */
const nameHeld = (wizard: ConnectorWizard) => (wizard as unknown as { draft: { options: { snapshot(): { data: { name: string } } } } }).draft.options.snapshot().data.name;

/** The draft read back holds `name`: waited for (a loaded machine writes it later than the page leaves), then checked. */
async function savedName(database: string, name: string) {
  await waitUntil(async () => (await readDraft(database))?.data?.name === name, `the draft holds ${name}`, { timeout: 5000 }).catch(() => undefined);
  expect((await readDraft(database))?.data?.name).to.equal(name);
}

describe('leaving the page', () => {
  before(() => nextPage('delay=250'));
  after(() => moduleFault('')());

  for (const persistence of ['memory', 'encrypted']) {
    it(`keeps what was typed just before a navigation (${persistence})`, async () => {
      const database = uniqueDatabase();
      const { frame, nameField } = await framedWizard(database, `&secret-persistence=${persistence}`);
      typeName(nameField(), 'Saved');
      await waitUntil(async () => (await readDraft(database))?.data?.name === 'Saved', 'the first name saved', { timeout: 5000 });
      // Typed, then at once the person follows a link (within the 400 ms a save waits for).
      typeName(nameField(), 'Typed just before leaving');
      frame.contentWindow!.location.href = LEFT;
      await left(frame);
      await savedName(database, 'Typed just before leaving');
    });
  }

  it('keeps what was typed while no-drafts was set, saved once drafts are back on, when the page is left at once', async () => {
    const database = uniqueDatabase();
    const { frame, wizard, nameField } = await framedWizard(database);
    typeName(nameField(), 'Saved');
    await waitUntil(async () => (await readDraft(database))?.data?.name === 'Saved', 'the first name saved', { timeout: 5000 });
    const draftStatus = () => (wizard() as unknown as { draft: { status: string } }).draft.status;
    wizard().noDrafts = true;
    await waitUntil(() => draftStatus() === 'off', 'drafts off', { timeout: 5000 });
    typeName(nameField(), 'Typed with drafts off');
    await waitUntil(() => nameHeld(wizard()) === 'Typed with drafts off', 'the wizard holds what was typed with drafts off', { timeout: 5000 });
    wizard().noDrafts = false;
    // Drafts are on again (the draft read back) and the answers on screen wait to be saved (400 ms): the person follows a link.
    // Waited for by what the wizard holds, not by a time: a loaded machine reads the draft slower than a fixed pause.
    await waitUntil(() => draftStatus() === 'ready', 'drafts on again', { timeout: 5000, interval: 5 });
    frame.contentWindow!.location.href = LEFT;
    await left(frame);
    await savedName(database, 'Typed with drafts off');
  });

  it('keeps what was typed before Cancel on a host that then navigates away (an accidental cancel loses nothing)', async () => {
    const database = uniqueDatabase();
    const { frame, wizard, nameField } = await framedWizard(database, '&cancel=navigate');
    typeName(nameField(), 'Saved');
    await waitUntil(async () => (await readDraft(database))?.data?.name === 'Saved', 'the first name saved', { timeout: 5000 });
    typeName(nameField(), 'Corrected, then Cancel');
    wizard().shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    await left(frame);
    await savedName(database, 'Corrected, then Cancel');
  });
});

describe('leaving the page while another tab holds the drafts', () => {
  before(() => nextPage('delay=250'));
  after(() => moduleFault('')());

  it('loses the write held when the page goes: the draft holds what landed before, however long ago it was typed', async () => {
    const database = uniqueDatabase();
    const { frame, wizard, nameField } = await framedWizard(database);
    typeName(nameField(), 'Saved');
    await waitUntil(async () => (await readDraft(database))?.data?.name === 'Saved', 'the first name saved', { timeout: 5000 });
    const release = await holdDrafts(database);
    try {
      typeName(nameField(), 'Typed while held');
      void wizard().saveDraft();
      const notices = () => [...wizard().shadowRoot!.querySelectorAll('[data-notice]')].map((n) => n.getAttribute('data-notice'));
      await waitUntil(() => notices().includes('held'), 'said not saved yet', { timeout: 8000 });
      frame.contentWindow!.location.href = LEFT;
      await waitUntil(() => frame.contentWindow!.location.pathname === LEFT, 'the page left', { timeout: 5000 });
      frame.remove();
    } finally {
      await release();
    }
    // Read after the hold ends: a write still queued from the page left would land first.
    expect((await readDraft(database))?.data?.name).to.equal('Saved');
  });
});

describe('the beforeunload listener', () => {
  /** The `beforeunload` listeners the page holds now, seen through the window's own methods. */
  const listening = new Set<unknown>();
  const { addEventListener: add, removeEventListener: remove } = window;
  before(() => {
    window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
      if (args[0] === 'beforeunload') listening.add(args[1]);
      return add.apply(this, args);
    } as Window['addEventListener'];
    window.removeEventListener = function (this: Window, ...args: Parameters<Window['removeEventListener']>) {
      if (args[0] === 'beforeunload') listening.delete(args[1]);
      return remove.apply(this, args);
    } as Window['removeEventListener'];
  });
  after(() => Object.assign(window, { addEventListener: add, removeEventListener: remove }));

  it('is there while a change waits to be saved, and gone once it is (the page stays fit for the back/forward cache)', async () => {
    const database = uniqueDatabase();
    const el = await wizardFixture({ draftDatabase: database, system: 'shopify' });
    expect(listening.size, 'nothing typed yet').to.equal(0);
    await type(el, '#field-name', 'Shop one');
    expect(listening.size, 'while the save waits').to.equal(1);
    await waitUntil(async () => (await readDraft(database))?.data?.name === 'Shop one', 'saved', { timeout: 5000 });
    await waitUntil(() => listening.size === 0, 'the listener gone once the save landed');
    await type(el, '#field-name', 'Shop two');
    expect(listening.size, 'a new change waits').to.equal(1);
    el.remove();
  });
});
