/**
 * A full disk as Chromium reports it when a write commits: the put is accepted, then its request fails with an AbortError and
 * the transaction aborts with a QuotaExceededError (not a put that throws at once, as draft-controller.test.ts covers). And a
 * big draft: a name of 1 MB pasted, typed over quickly.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import { GROUPS, inStep, settle, type, uniqueDatabase, wizardFixture } from '../test/fixtures.js';
import { withPatched } from '../test/patched.js';
import { readDraft, withTransactionsSeen } from '../test/stored.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { en } from '../messages/english.js';

/** While `run` runs, every draft put on `database` fails as a full disk does on commit: the transaction aborts, its error a QuotaExceededError. */
function withDiskFullOnCommit(database: string, run: () => Promise<void>) {
  const put = IDBObjectStore.prototype.put;
  return withPatched(
    IDBObjectStore.prototype,
    'put',
    function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const request = put.apply(this, args);
      const tx = this.transaction;
      if (tx.db.name === database && this.name === 'drafts') {
        Object.defineProperty(tx, 'error', { configurable: true, get: () => new DOMException('The quota has been exceeded.', 'QuotaExceededError') });
        tx.abort();
      }
      return request;
    } as never,
    run,
  );
}

const storageNotices = (el: ConnectorWizard) => [...el.shadowRoot!.querySelectorAll('[data-notice="storage"]')].map((n) => n.textContent!.trim());

async function wizard() {
  const draftDatabase = uniqueDatabase();
  const errors: WizardErrorEvent['detail'][] = [];
  const el = await wizardFixture({ system: 'shopify', groups: GROUPS, draftDatabase });
  el.addEventListener('connector-wizard-error', (e) => errors.push((e as WizardErrorEvent).detail));
  await el.goTo('general');
  await settle(el);
  return { el, draftDatabase, errors };
}

describe('drafts: a full disk found as the write commits', function () {
  this.timeout(60_000);

  it('says once that drafts are not saved, tells the host kind storage, keeps the typed name on screen and the draft stored before as it was', async () => {
    const { el, draftDatabase, errors } = await wizard();
    await type(el, '#field-name', 'Stored first');
    expect(await el.saveDraft()).to.equal(true);
    const before = await readDraft(draftDatabase);
    await withDiskFullOnCommit(draftDatabase, async () => {
      await type(el, '#field-name', 'Typed on a full disk');
      await waitUntil(() => storageNotices(el).length > 0, 'said', { timeout: 5000 });
      expect(await el.saveDraft(), 'not stored').to.equal(false);
    });
    expect(storageNotices(el)).to.deep.equal([en.draftsUnavailable]);
    expect(errors.map((e) => e.kind)).to.deep.equal(['storage']);
    expect(errors[0]!.message).to.contain('full');
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.equal('Typed on a full disk');
    expect(await readDraft(draftDatabase), 'the aborted write changed nothing').to.deep.equal(before);
  });
});

describe('drafts: a big draft', function () {
  this.timeout(60_000);

  it('a name of 1 MB is kept whole in the draft and on screen, never cut', async () => {
    const { el, draftDatabase } = await wizard();
    const big = 'N'.repeat(1024 * 1024);
    await type(el, '#field-name', big);
    expect(await el.saveDraft()).to.equal(true);
    expect(inStep<HTMLInputElement>(el, '#field-name')!.value).to.have.length(big.length);
    expect(((await readDraft(draftDatabase))!.data.name as string).length).to.equal(big.length);
  });

  it('fifty quick changes to a 1 MB name are written once or twice, not once each', async () => {
    const { el, draftDatabase } = await wizard();
    const input = inStep<HTMLInputElement>(el, '#field-name')!;
    const big = 'N'.repeat(1024 * 1024);
    await withTransactionsSeen(draftDatabase, async (seen) => {
      for (let i = 0; i < 50; i++) {
        input.value = big + i;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      await waitUntil(async () => (await readDraft(draftDatabase))?.data.name === big + 49, 'the last change written', { timeout: 10_000 });
      expect(seen.filter((t) => t === 'drafts readwrite').length).to.be.within(1, 2);
    });
  });
});
