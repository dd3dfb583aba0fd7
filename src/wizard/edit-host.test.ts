/** What the host and the server change while an edit is open: another connector, none, a rename elsewhere. */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/wait.js';
import { choose, currentStepId, freshApi, GROUPS, inStep, settle, shopifyPayload, wizardFixture } from '../test/fixtures.js';
import { EDITED, editing } from '../test/edit-fixtures.js';
import type { WizardErrorEvent } from '../events/error-event.js';
import { en } from '../messages/english.js';
import type { EditableConnector } from './connector-wizard.js';

describe('the host and the server while editing', () => {
  for (const next of ['another connector', 'null'])
    it(`the host setting ${next} while the focus is in a field of the edit moves the focus to the step heading, never to <body>`, async () => {
      const { el } = await editing(EDITED);
      await el.goTo('credentials');
      await settle(el);
      inStep<HTMLInputElement>(el, '#field-credentials-shop')!.focus();
      expect(el.matches(':focus-within')).to.equal(true);
      el.connector = next === 'null' ? null : ({ ...EDITED, id: 'c-2', name: 'Other' } as unknown as EditableConnector);
      await settle(el);
      expect(currentStepId(el)).to.equal(next === 'null' ? 'system' : 'general');
      expect(document.activeElement === document.body, 'the focus fell to <body>').to.equal(false);
      expect(el.matches(':focus-within'), 'the focus is in the wizard (its step heading)').to.equal(true);
    });

  it('the host setting another connector while the focus is outside the wizard leaves the focus there', async () => {
    const { el } = await editing(EDITED);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    el.connector = { ...EDITED, id: 'c-2', name: 'Other' } as unknown as EditableConnector;
    await settle(el);
    expect(document.activeElement === outside).to.equal(true);
    outside.remove();
  });

  it('the success panel names the connector as the server saved it, not a name changed elsewhere since the edit opened', async () => {
    const api = freshApi();
    await api.create(shopifyPayload({ name: 'Shop A' }));
    const [stored] = (await api.connectors()) as unknown as EditableConnector[];
    const { el, updated } = await editing(stored as unknown as Record<string, unknown>, api.endpoint);
    const other = await fetch(`${api.endpoint}/${encodeURIComponent(String(stored!.id))}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Renamed elsewhere' }),
    });
    expect(other.status).to.equal(200);
    await choose(el, '#environment-test');
    // Its revision is no longer the connector's: nothing is saved, the person is told (no answer of theirs was changed there too), and decides.
    expect(await el.submit()).to.equal(false);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="submit-error"]')!.textContent).to.contain('Someone changed this connector since you opened it, so nothing was saved. Save');
    expect(await el.submit()).to.equal(true);
    await settle(el);
    expect(updated[0]!.connector.name, 'the 200 body').to.equal('Renamed elsewhere');
    const panel = el.shadowRoot!.querySelector('.success')!.textContent!.replace(/\s+/g, ' ');
    expect(panel).to.contain('Renamed elsewhere');
    expect(panel).not.to.contain('Shop A');
  });

  it('a connector whose system the catalogue lacks: the person is told, with Cancel, not handed a new connector to create', async () => {
    const { el } = await editing({ ...EDITED, system: 'sap-b1' });
    const cancelled: Event[] = [];
    el.addEventListener('connector-wizard-cancel', (e) => cancelled.push(e));
    expect(currentStepId(el) === null, 'no step shown').to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(en.unknownSystem('sap-b1'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cancel"]')!.click();
    expect(cancelled.length).to.equal(1);
    el.connector = null;
    await settle(el);
    expect(currentStepId(el)).to.equal('system');
  });
  it('an environment attribute other than live or test is not said while editing (no preset applies then), and is said once the edit is over', async () => {
    const { el } = await editing(EDITED);
    const said: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => said.push((e as WizardErrorEvent).detail.message));
    el.setAttribute('environment', 'production');
    await settle(el);
    // The later steps are there (General shows the connector's own environment): the check has run.
    expect(inStep<HTMLInputElement>(el, '#environment-live')!.checked).to.equal(true);
    await el.goTo('review');
    await settle(el);
    expect(
      said.filter((m) => m.includes('environment')),
      said.join(' | '),
    ).to.deep.equal([]);
    el.connector = null;
    await settle(el);
    await waitUntil(() => said.some((m) => m.includes('environment')), said.join(' | '));
    expect(said.filter((m) => m.includes('"production", so neither is preselected'))).to.have.length(1);
  });

  it('a connector and an environment attribute other than live or test set together: not said while editing', async () => {
    const el = await wizardFixture({ groups: GROUPS, system: 'shopify' });
    const said: string[] = [];
    el.addEventListener('connector-wizard-error', (e) => said.push((e as WizardErrorEvent).detail.message));
    // The later steps are there first, so the check runs in the very update both arrive in.
    await waitUntil(() => inStep(el, '#field-name'), 'General');
    await el.goTo('timezone');
    await settle(el);
    el.connector = EDITED as unknown as EditableConnector;
    el.setAttribute('environment', 'production');
    await settle(el);
    expect(currentStepId(el)).to.equal('general');
    expect(
      said.filter((m) => m.includes('environment')),
      said.join(' | '),
    ).to.deep.equal([]);
  });
});
