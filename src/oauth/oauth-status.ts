import type { OAuthMessage } from './oauth-message.js';
import { hasVisibleText, trimShown } from '../schemas/visible-text.js';

/** Where a sign-in stands, as the Credentials step shows it and the flow acts on it. */
export type OAuthStatus =
  | { state: 'idle' }
  /** The popup is open and in touch. */
  | { state: 'waiting' }
  /** The popup looks closed (a provider's `Cross-Origin-Opener-Policy` does that while the person signs in): the result may still come. */
  | { state: 'detached' }
  /** Asked, the result channel says the sign-in has not finished; a result that comes later is still taken. */
  | { state: 'unfinished' }
  /** Asked, the result URL could not be asked (offline, CORS, a redirect, an error); the next ask tries again. */
  | { state: 'unreachable'; reason: string }
  /**
   * No window, or one closed before any page of the sign-in came. `tries`: how many sign-ins this
   * controller found blocked, so each one can be said anew; `early`: the window opened and closed
   * a moment later (a blocker, or the person), not refused outright.
   */
  | { state: 'blocked'; url: string; tries: number; early?: true }
  /** The popup looks closed and no channel could bring the result. */
  | { state: 'closed' }
  | { state: 'denied'; error?: string }
  /** A same-tab return of this sign-in whose message could not be read (cut short, another encoding, fields missing): no connection, Connect again. */
  | { state: 'unreadable' }
  /** A same-tab return of this sign-in that came back too long after the person left (see RETURN_LIFETIME_MS): not taken, Connect again. */
  | { state: 'expired' }
  | { state: 'connected'; ref: string; account?: string };

/**
 * The provider's words become a clause of ours ("Connected to Xero as Acme Inc.", "…: You denied
 * access. You can try again."): trimmed (invisible characters too), without their own closing full stops (at most 500
 * characters, shortened already), and absent when nothing of them shows. Another closing mark ("Yahoo!", the
 * "…" of a shortening) stays, and the message then leaves out its own full stop (`fullStopAfter`).
 */
function clause(words: string | undefined): string | undefined {
  const text = trimShown(trimShown(words ?? '').replace(/\.+$/u, ''));
  return hasVisibleText(text) ? text : undefined;
}

/** A result message (a popup's, a channel's, the same-tab return's) as the status it brings. */
export function toStatus(message: OAuthMessage): OAuthStatus {
  const words = clause(message.ok ? message.connection.account : message.error);
  if (message.ok) return { state: 'connected', ref: message.connection.ref, ...(words ? { account: words } : {}) };
  return { state: 'denied', ...(words ? { error: words } : {}) };
}
