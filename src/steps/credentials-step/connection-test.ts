import { css, html, nothing } from 'lit';
import type { WizardContextValue } from '../../context/wizard-context.js';
import { catalogueNames, markedNames } from '../marked-names.js';
import { marking } from '../../messages/marking.js';

const ICONS = { passed: '✓', failed: '✗', skipped: '–' } as const;

/**
 * Optional "Test connection", never required to create, and what the test endpoint said: the
 * account it connected as, and each check with its status in words and an icon (never colour
 * alone), both read with the Test button. The system's name in the outcome is marked with its lang (markedNames), the server's words it quotes never. A failed check that names a field is also on that field, as a 422 error is.
 */
export function connectionTest(ctx: WizardContextValue) {
  const { msg } = ctx;
  const test = ctx.connectionTest;
  const checks = test?.state === 'testing' ? undefined : test?.checks;
  return html`<div class="test" part="test-connection">
    <button
      type="button"
      class="test-button"
      part="button test"
      aria-disabled=${test?.state === 'testing' ? 'true' : nothing}
      aria-describedby="test-result test-checks"
      @click=${() => test?.state !== 'testing' && ctx.actions.testConnection()}
    >
      ${msg.testConnection}
    </button>
    <span class="hint">${msg.testOptional}</span>
    <div id="test-result" class="test-result ${test?.state ?? ''}" data-test-state=${test?.state ?? nothing}>
      <p>${test ? markedNames(marking(test.message, msg), catalogueNames(ctx.system, ctx.catalogue.systems, ctx.data.authType, ctx.locale)) : ''}</p>
      ${test?.account && test.state !== 'testing' ? html`<p class="account" data-account>${msg.connectedAs(test.account)}</p>` : nothing}
    </div>
    ${
      checks?.length
        ? html`<p class="checks-title" id="checks-title">${msg.checksTitle}</p>
          <ul class="checks" id="test-checks" aria-labelledby="checks-title" part="test-checks">
            ${checks.map(
              (c) => html`<li class="check ${c.status}" data-check=${c.id} data-status=${c.status}>
                <span class="icon" aria-hidden="true">${ICONS[c.status]}</span>
                <strong>${msg.checkStatus(c.status)}${msg.colon}</strong>
                <!-- The space before a detail is in its text: a space alone, Chromium leaves out of the button's description. -->
                <bdi>${c.label}</bdi>${c.detail ? html`<span class="detail">${/[\p{Sentence_Terminal}…]$/u.test(c.label) ? nothing : '.'}<bdi>${` ${c.detail}`}</bdi></span>` : nothing}
              </li>`,
            )}
          </ul>`
        : nothing
    }
  </div>`;
}

export const connectionTestStyles = css`
  .test {
    margin-top: 1rem;
  }
  .ok,
  .passed .icon {
    color: var(--cw-success, #00703c);
  }
  .rejected,
  .unreachable,
  .failed .icon {
    color: var(--cw-danger, #b3261e);
  }
  .test-result {
    font-weight: 600;
  }
  .test-result p {
    margin: 0.5rem 0 0;
  }
  .checks {
    list-style: none;
    padding: 0;
  }
  .icon {
    display: inline-block;
    width: 1.25rem;
  }
`;
