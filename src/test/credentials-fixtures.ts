/** Wizards on the Credentials step. */
import { expect } from '@open-wc/testing';
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { advanceTo, choose, currentStepId, inStep, pasteInto, pressContinue, sampleCatalogue, type, uniqueDatabase, wizardFixture } from './fixtures.js';

/** A wizard on the Credentials step of `system` with `authType` chosen: named, live unless said, at the first step a credential is typed. */
export async function atCredentials(
  system: string,
  authType: string,
  options: { testEndpoint?: string; environment?: 'live' | 'test'; catalogue?: Awaited<ReturnType<typeof sampleCatalogue>> } = {},
): Promise<ConnectorWizard> {
  // The reference API's company groups, which its test endpoint checks like a create.
  const groups = options.testEndpoint ? [{ id: 'uk', name: 'UK' }] : [];
  const el = await wizardFixture({ system, draftDatabase: uniqueDatabase(), testEndpoint: options.testEndpoint, groups, catalogue: options.catalogue });
  await advanceTo(el, 'general');
  await type(el, '#field-name', `${system} connector`);
  await choose(el, `#environment-${options.environment ?? 'live'}`);
  await pressContinue(el);
  await advanceTo(el, 'auth');
  // A system with one authentication type has no choice to make on this step.
  if (inStep(el, `#auth-${authType}`)) await choose(el, `#auth-${authType}`);
  await pressContinue(el);
  expect(currentStepId(el)).to.equal('credentials');
  return el;
}

/**
 * A NetSuite testing connector (its one company group chosen for the person) on Credentials,
 * filled from one pasted JSON object that holds a live account ID and the four keys.
 */
export async function pasteLiveIdIntoSandbox(el: ConnectorWizard) {
  await type(el, '#field-name', 'NetSuite sandbox');
  await choose(el, '#environment-test');
  await pressContinue(el);
  await advanceTo(el, 'auth');
  await choose(el, '#auth-token-based-auth');
  await pressContinue(el);
  const keys = { consumer_key: 'ck-1', consumer_secret: 'cs-2', token_id: 'ti-3', token_secret: 'ts-4' };
  await pasteInto(el, '#field-credentials-accountId', JSON.stringify({ netsuite_account_id: '1234567', ...keys }));
}
