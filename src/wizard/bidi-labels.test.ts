/** Catalogue labels in a right-to-left wizard: each isolated, so Latin ending in punctuation reads as written (a group name is drawn by the same radio). */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import '../define.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { advanceTo, allInStep, GROUPS, inStep, sampleCatalogue, settle, uniqueDatabase } from '../test/fixtures.js';
import { drawnEdges } from '../test/drawn.js';

const catalogue = {
  version: 1,
  systems: [
    {
      id: 'yahoo',
      name: 'Yahoo',
      authTypes: [
        {
          id: 'key',
          label: 'Sign in with Yahoo!',
          kind: 'api-key',
          fields: [
            { key: 'token', label: 'Token', type: 'secret' },
            { key: 'sandbox', label: 'Use the sandbox?', type: 'boolean', required: false },
          ],
        },
        { id: 'other', label: 'Other key', kind: 'api-key', fields: [{ key: 'token', label: 'Token', type: 'secret' }] },
      ],
    },
  ],
};

async function arabic() {
  const el = await fixture<ConnectorWizard>(
    html`<connector-wizard lang="ar" .draftDatabase=${uniqueDatabase()} .groups=${GROUPS} .catalogue=${catalogue} system="yahoo"></connector-wizard>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('dir') === 'rtl', 'rtl');
  await settle(el);
  return el;
}

/** An Arabic wizard on Credentials, "Sign in with Yahoo!" chosen. */
async function arabicAtCredentials() {
  const el = await arabic();
  await advanceTo(el, 'auth');
  allInStep<HTMLInputElement>(el, 'input[name="auth-type"]')[0]!.click();
  await settle(el);
  await advanceTo(el, 'credentials');
  return el;
}

const stepRoot = (el: ConnectorWizard) => el.shadowRoot!.querySelector('[data-step]')!.shadowRoot!;

describe('Arabic: a Latin catalogue label ending in punctuation is drawn as written, not mirrored', () => {
  it('an authentication type on the Authentication step (Sign in with Yahoo!, not !Sign in with Yahoo)', async () => {
    const el = await arabic();
    await advanceTo(el, 'auth');
    const at = drawnEdges(stepRoot(el), 'Sign in with Yahoo!');
    expect(at.last, '"!" drawn after "S"').to.be.above(at.first);
  });

  it('the authentication type named at the top of Credentials', async () => {
    const el = await arabicAtCredentials();
    const at = drawnEdges(inStep(el, '.hint strong')!, 'Sign in with Yahoo!');
    expect(at.last, '"!" drawn after "S"').to.be.above(at.first);
  });

  it('a yes/no field label on Credentials (Use the sandbox?, not ?Use the sandbox)', async () => {
    const el = await arabicAtCredentials();
    const at = drawnEdges(stepRoot(el), 'Use the sandbox?');
    expect(at.last, '"?" drawn after "U"').to.be.above(at.first);
  });

  it('control: a text field label (in a bdi) is drawn as written', async () => {
    const el = await arabicAtCredentials();
    expect(inStep(el, 'label bdi')!.textContent).to.equal('Token');
  });

  it('the form s own labels keep their order: ISO 8601 first, then "the system s default" in Arabic, to its left', async () => {
    const el = await fixture<ConnectorWizard>(
      html`<connector-wizard lang="ar" .draftDatabase=${uniqueDatabase()} .groups=${GROUPS} .catalogue=${await sampleCatalogue()} system="shopify"></connector-wizard>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.root')?.getAttribute('dir') === 'rtl', 'rtl');
    await settle(el);
    await advanceTo(el, 'timezone');
    const label = inStep(el, 'label[for="date-format-iso"]')!;
    expect(label.textContent).to.contain('الافتراضي لهذا النظام');
    expect(drawnEdges(label, 'الافتراضي').first).to.be.below(drawnEdges(label, 'ISO 8601').first);
  });
});
