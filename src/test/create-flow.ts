/** A connector created from a catalogue's system as a person creates it: picked, each step answered, signed in, reviewed, created. */
import { expect } from '@open-wc/testing';
import type { ConnectorPayload } from '../schemas/wizard-data.js';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { advanceTo, button, choose, currentStepId, errorSummary, pressContinue, settle, type } from './fixtures.js';

/** Picks the system `systemId` (its card on screen) and answers General, Time zone and Authentication as fillStep does, up to Credentials. */
export async function toCredentials(el: ConnectorWizard, systemId: string): Promise<void> {
  await choose(el, `#system-${CSS.escape(systemId)}`);
  await pressContinue(el);
  await advanceTo(el, 'credentials');
}

/**
 * Creates a connector from the system `systemId` (its card on screen): up to Credentials as
 * toCredentials goes, each of `credentials` typed into its field, on to Review, and Create. The one
 * connector the wizard emitted for it.
 */
export async function createFrom(el: ConnectorWizard, systemId: string, credentials: Record<string, string>): Promise<ConnectorPayload> {
  const created: ConnectorPayload[] = [];
  const take = (e: Event) => created.push((e as CustomEvent<{ connector: ConnectorPayload }>).detail.connector);
  el.addEventListener('connector-created', take);
  try {
    await toCredentials(el, systemId);
    for (const [key, value] of Object.entries(credentials)) await type(el, `#field-credentials-${CSS.escape(key)}`, value);
    await pressContinue(el);
    expect(currentStepId(el), errorSummary(el).join('; ')).to.equal('review');
    button(el, 'create').click();
    await el.submit();
    await settle(el);
  } finally {
    el.removeEventListener('connector-created', take);
  }
  expect(created, 'connectors created').to.have.length(1);
  return created[0]!;
}
