/**
 * A card's "Test" result: what the API checked and as whom. The summary sits in a live region,
 * so a screen reader hears the outcome; the checks follow it, each with its status in words
 * and an icon (never colour alone).
 */
import { html, nothing } from 'lit';
import type { TestCheck, TestOutcome } from './connectors-api.js';

export type TestView = { state: 'testing' } | { state: 'done'; outcome: TestOutcome };

const ICONS = { passed: '✓', failed: '✗', skipped: '–' } as const;
const STATUS_WORDS = { passed: 'Passed', failed: 'Failed', skipped: 'Skipped' } as const;

/** The account as the API named it, isolated (bdi): a right-to-left name never takes the sentence's words or full stop into its run. */
const connectedAs = (account: string) => html`<p class="account">Connected as <bdi>${account}</bdi>.</p>`;

function summary(view: TestView | undefined) {
  if (!view) return nothing;
  if (view.state === 'testing') return html`<p>Testing the connection…</p>`;
  const { outcome } = view;
  switch (outcome.kind) {
    case 'passed':
      return html`<p class="ok"><span class="icon" aria-hidden="true">✓</span> The connection works.</p>
        ${outcome.account ? connectedAs(outcome.account) : nothing}`;
    case 'failed':
      // Refused with an account named: the credentials work, a check (a permission, say) did not.
      return html`<p class="bad"><span class="icon" aria-hidden="true">✗</span> ${
        outcome.account ? 'The credentials were accepted, but a check failed.' : 'The connection failed.'
      } ${outcome.detail}</p>
        ${outcome.account ? connectedAs(outcome.account) : nothing}`;
    case 'missing':
      return html`<p class="bad">This connector no longer exists. The list has been refreshed.</p>`;
    case 'error':
      return html`<p class="bad">The connection could not be tested: ${outcome.reason}. Try again in a moment.</p>`;
  }
}

function checksList(checks: readonly TestCheck[], titleId: string) {
  return html`<p class="checks-title" id=${titleId}>What was checked</p>
    <ul class="checks" aria-labelledby=${titleId}>
      ${checks.map(
        (c) => html`<li class="check" data-check=${c.id} data-status=${c.status}>
          <span class="icon" aria-hidden="true">${ICONS[c.status]}</span>
          <span><strong>${STATUS_WORDS[c.status]}:</strong> ${c.label}${c.detail ? html`. ${c.detail}` : nothing}</span>
        </li>`,
      )}
    </ul>`;
}

/** `key`: the card's own id prefix, for the ids inside. */
export function testResult(key: string, view: TestView | undefined) {
  const checks = view?.state === 'done' && (view.outcome.kind === 'passed' || view.outcome.kind === 'failed') ? view.outcome.checks : [];
  return html`<div class="test-result" role="status" id=${`${key}-test`} data-test-state=${view?.state === 'done' ? view.outcome.kind : (view?.state ?? nothing)}>
      ${summary(view)}
    </div>
    ${checks.length ? checksList(checks, `${key}-checks`) : nothing}`;
}
