/**
 * Review of 2c68f3c..4f51945: failing tests for regressions the commits' own tests do not catch.
 */
import { expect, waitUntil } from '@open-wc/testing';
import * as z from 'zod/mini';
import { advanceTo, freshApi, GROUPS, inStep, settle, sampleCatalogue, uniqueDatabase, wizardFixture } from './test/fixtures.js';
import { readDraft } from './test/stored.js';
import type { ConnectorWizard } from './wizard/connector-wizard.js';

function deepActive(): Element | null {
  let at: Element | null = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}

function configErrors(el: ConnectorWizard): string[] {
  const said: string[] = [];
  el.addEventListener('connector-wizard-error', (e) => {
    const { kind, message } = (e as CustomEvent<{ kind: string; message: string }>).detail;
    if (kind === 'config') said.push(message);
  });
  return said;
}

describe('review of 2c68f3c..4f51945', () => {
  it('37a4958: a draft holding an unsure slot is still readable by the previous release, or marked with a higher format it keeps', async () => {
    const api = freshApi();
    const draftDatabase = uniqueDatabase();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, endpoint: api.endpoint, draftDatabase });
    await advanceTo(el, 'review');
    await api.faults({ kind: 'lose-response' }, { kind: 'lose-response' }, { kind: 'lose-response' });
    await el.submit();
    await settle(el);
    await waitUntil(async () => (await readDraft(draftDatabase))?.data?.submission?.unsure !== undefined, 'the unsure slot is in the draft', { timeout: 3000 });
    const record = (await readDraft(draftDatabase))!;
    // The submission as the previous release (2c68f3c, src/storage/draft-record-schema.ts) reads it: a record that fails it is
    // "malformed" there and deleted ("A saved draft could not be read"), unless its `format` is above that release's 2 (then kept as newer).
    const previousSubmission = z.object({
      key: z.string(),
      fingerprint: z.string(),
      unsure: z.optional(z.string()),
      unsureExists: z.optional(z.boolean()),
      sending: z.optional(z.string()),
    });
    const readByPrevious = previousSubmission.safeParse(record.data.submission).success;
    expect(
      { readByPrevious, keptAsNewer: (record.format as number) > 2 },
      `stored submission ${JSON.stringify(record.data.submission)}, format ${record.format}`,
    ).to.satisfy((r: { readByPrevious: boolean; keptAsNewer: boolean }) => r.readByPrevious || r.keptAsNewer);
  });

  it('e8681af: an empty group attribute (as a template renders a missing value) is no preset and is not reported as a group not offered', async () => {
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true });
    const said = configErrors(el);
    el.setAttribute('group', '');
    await settle(el);
    el.group = 'uk';
    await settle(el);
    el.setAttribute('group', '');
    await settle(el);
    expect(said.filter((m) => m.includes('group')), 'config errors about the group').to.deep.equal([]);
  });

  it('2014101: heading-level changed with a catalogue that drops the focused field never puts the focus in another field', async () => {
    const catalogue = await sampleCatalogue();
    const el = await wizardFixture({ system: 'shopify', groups: GROUPS, noDrafts: true, catalogue });
    await advanceTo(el, 'credentials');
    await settle(el);
    const shop = inStep<HTMLInputElement>(el, '#field-credentials-shop');
    expect(shop, 'the store field is on Credentials').to.not.equal(null);
    shop!.focus();
    shop!.value = 'my-store';
    shop!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    inStep<HTMLInputElement>(el, '#field-credentials-shop')!.focus();
    // The host passes a new catalogue in which the store field is another one (another key), and a new heading level, in one render.
    const next = structuredClone(catalogue) as { systems: { id: string; authTypes: { id: string; fields: { key: string; label: string }[] }[] }[] };
    const field = next.systems.find((s) => s.id === 'shopify')!.authTypes.find((a) => a.id === 'access-token')!.fields.find((f) => f.key === 'shop')!;
    field.key = 'storeName';
    field.label = 'Store name';
    el.catalogue = next as never;
    el.setAttribute('heading-level', '3');
    await settle(el);
    expect(inStep(el, '.heading')?.tagName, 'the step re-rendered at the new level').to.equal('H3');
    expect(inStep(el, '#field-credentials-shop'), 'the store field is gone').to.equal(null);
    const active = deepActive() as HTMLInputElement | null;
    // The field that had the focus is gone: its id finds nothing, so the step's own fallback (its heading) takes it, as before
    // 2014101; never a field the person did not choose, with the old field's caret put in it.
    expect({ tag: active?.tagName, id: active?.id }).to.not.deep.equal({ tag: 'INPUT', id: 'field-credentials-storeName' });
    expect(active?.tagName, `the focus is on ${active?.tagName}#${active?.id}`).to.not.equal('INPUT');
  });
});
