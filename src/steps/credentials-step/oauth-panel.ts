import { html, nothing, type TemplateResult } from 'lit';
import type { WizardContextValue } from '../../context/wizard-context.js';
import type { OAuthStatus } from '../../oauth/oauth-status.js';
import { own } from '../../schemas/id-record.js';
import { fieldId } from '../wizard-step-element.js';

const POINTER = '/credentials/connectionRef';

/**
 * "Connect with {system}" and where it stands; the token stays with the integrator's backend.
 * A popup that lost touch with the page is not a failure: the person says when they have
 * finished, or starts again (docs/oauth.md). Without a sign-in set up (or with one refused),
 * why not, in its place.
 */
export function oauthPanel(ctx: WizardContextValue, system: string, authTypeId: string, error: (pointer: string) => TemplateResult | typeof nothing) {
  const { msg, oauth } = ctx;
  if (ctx.oauthSetup !== 'ready')
    return html`<p class="note" id=${fieldId(POINTER)} tabindex="-1">
      ${
        ctx.feedback[POINTER] ??
        // An edit keeping its connection needs no sign-in here: that is what is said.
        (ctx.editing?.keepCredentials ? msg.oauthKept(system) : ctx.oauthSetup === 'refused' ? msg.oauthRefused(system) : msg.oauthNotConfigured(system))
      }
    </p>`;
  const connection = own(ctx.data.credentials, authTypeId);
  const connected = own(connection, 'connectionRef');
  const account = own(connection, 'connectionAccount');
  const statusText: Record<OAuthStatus['state'], string> = {
    idle: '',
    waiting: msg.oauthWaiting(system),
    detached: msg.oauthDetached(system),
    unfinished: msg.oauthUnfinished(system),
    unreachable: msg.oauthUnreachable(system),
    closed: msg.oauthClosed,
    blocked: '',
    denied: oauth.state === 'denied' ? msg.oauthDenied(system, oauth.error) : '',
    unreadable: msg.oauthUnreadable(system),
    expired: msg.oauthExpired(system),
    connected: '',
  };
  // An edit on the auth type it has keeps the connector's connection until another one is made.
  const kept = !connected && Boolean(ctx.editing?.keepCredentials);
  // A connection dropped because a field it was made for changed (the store) says so until the next sign-in.
  const current = connected ? msg.oauthConnected(system, typeof account === 'string' ? account : undefined) : (ctx.notes[POINTER] ?? (kept ? msg.oauthKept(system) : ''));
  // A new sign-in that did not finish leaves the connection there was, and says so: it is the one sent.
  const said = statusText[oauth.state];
  const status = said && current && oauth.state !== 'waiting' ? `${said} ${current}` : said || current;
  // Another blocked try puts a new text in the alert (two templates, by turns, so lit makes a new
  // element), and it is said again; the alert's buttons, and the focus, stay.
  // One closed a moment after it opened may have been closed by the person: never said to be the browser's doing.
  const blocked = oauth.state === 'blocked' && oauth.early ? msg.oauthClosedEarly : msg.oauthBlocked;
  const blockedText = oauth.state !== 'blocked' ? nothing : oauth.tries % 2 ? html`<p>${blocked}</p>` : html`<p>${blocked}</p>`;
  // Continue in this tab: offered where another window would fare no better than this one.
  const continueHere = html`<button type="button" class="test-button" part="button" data-oauth-tab @click=${(e: MouseEvent) => ctx.actions.continueOAuthInTab(e.detail > 1)}>${msg.oauthContinueHere}</button>
    ${ctx.draftsKept ? html`<p class="hint">${msg.oauthContinueHint}</p>` : nothing}`;
  const outOfTouch = oauth.state === 'detached' || oauth.state === 'unfinished' || oauth.state === 'unreachable';
  return html`<div class="field ${ctx.feedback[POINTER] ? 'has-error' : ''} oauth" part="field">
    ${error(POINTER)}
    <p class="oauth-status ${connected && oauth.state !== 'waiting' && !outOfTouch ? 'ok' : ''}" data-oauth=${oauth.state} id="oauth-status">${status}</p>
    ${
      outOfTouch
        ? html`<button type="button" class="test-button" part="button oauth-finished" data-oauth-finished @click=${() => ctx.actions.oauthFinished()}>${msg.oauthFinished}</button>`
        : nothing
    }
    <button
      type="button"
      class="test-button"
      id=${fieldId(POINTER)}
      part="button connect"
      aria-describedby="oauth-status"
      @click=${() => ctx.actions.connectOAuth()}
    >
      ${outOfTouch ? msg.oauthStartAgain : connected || kept ? msg.oauthReconnect : msg.oauthConnect(system)}
    </button>
    ${
      // Closed or cut off with no way left for its result to come (a provider's Cross-Origin-Opener-Policy, another origin, no result URL):
      // another popup would end the same, so this tab is offered too.
      oauth.state === 'closed' ? continueHere : nothing
    }
    ${
      oauth.state === 'blocked'
        ? html`<div class="notice-blocked" role="alert">
          ${blockedText}
          <button type="button" class="test-button" part="button" @click=${() => ctx.actions.connectOAuth()}>${msg.oauthTryAgain}</button>
          ${continueHere}
        </div>`
        : nothing
    }
  </div>`;
}
