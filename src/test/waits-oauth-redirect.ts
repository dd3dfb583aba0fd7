/**
 * The OAuth set-up shared by a11y-newest.test.ts and a11y-newest-said.test.ts: a sign-in whose
 * result URL redirects (the test server's 302), so asking for the result fails once the sign-in
 * window is closed.
 */
import type { ConnectorWizard } from '../wizard/connector-wizard.js';
import { advanceTo, choose, inStep, pressContinue } from './fixtures.js';
import { connect, oauthStatus } from './oauth-fixtures.js';
import { waitUntil } from './wait.js';

/** The start and result URLs: the result's answer is a redirect, which the wizard does not follow. */
export const REDIRECTED_OAUTH = { oauthStartUrl: '/api/oauth/start', oauthResultUrl: '/__faults/redirect?to=/api/oauth/result' } as const;

/** On a Xero wizard given REDIRECTED_OAUTH: signs in, closes the window, presses "I have finished" with `press`, and waits until asking for the result has failed. */
export async function oauthResultRedirected(el: ConnectorWizard, press: (finished: HTMLButtonElement) => unknown): Promise<void> {
  await advanceTo(el, 'auth');
  await choose(el, '#auth-oauth');
  await pressContinue(el);
  const { win } = await connect(el);
  win.close();
  await waitUntil(() => oauthStatus(el).dataset.oauth === 'detached', 'closed noticed');
  await press(inStep<HTMLButtonElement>(el, '[data-oauth-finished]')!);
  await waitUntil(() => oauthStatus(el).dataset.oauth === 'unreachable', 'the ask failed');
}
