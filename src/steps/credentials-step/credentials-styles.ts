import { css } from 'lit';

/** The Credentials step's own styles: input rows with their affixes, the show/hide toggle, the test and sign-in buttons. */
export const credentialsStyles = css`
  .input-row {
    display: flex;
    flex-wrap: wrap;
    align-items: stretch;
    max-width: 36rem;
  }
  .input-row input,
  .input-row textarea {
    /* Narrow screens wrap the suffix and toggle under the input rather than squeeze it. */
    flex: 1 1 8rem;
    min-width: 0;
  }
  .affix {
    display: flex;
    align-items: center;
    padding: 0 0.5rem;
    border: 2px solid var(--cw-border, #0b0c0c);
    background: var(--cw-affix-bg, #f3f2f1);
    border-radius: var(--cw-radius, 0);
    /* A long one (a URL) wraps rather than push the step past a narrow screen. */
    min-width: 0;
    overflow-wrap: anywhere;
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: 0.9em;
  }
  .prefix {
    border-inline-end: 0;
  }
  .suffix {
    border-inline-start: 0;
  }
  .toggle {
    font: inherit;
    border-radius: var(--cw-radius, 0);
    min-width: 4.5rem;
    min-height: 2.5rem;
    margin-inline-start: 0.25rem;
    border: 2px solid var(--cw-border, #0b0c0c);
    background: var(--cw-secondary-bg, #f3f2f1);
    color: inherit;
    cursor: pointer;
  }
  textarea.masked {
    -webkit-text-security: disc;
  }
  .test-button {
    font: inherit;
    border-radius: var(--cw-radius, 0);
    font-weight: 600;
    min-height: 2.5rem;
    padding: 0.375rem 1rem;
    border: 2px solid var(--cw-border, #0b0c0c);
    background: var(--cw-secondary-bg, #f3f2f1);
    color: inherit;
    cursor: pointer;
    margin-inline-end: 0.5rem;
  }
  .oauth-status.ok {
    color: var(--cw-success, #00703c);
    font-weight: 600;
  }
  .paste-notice:has(p) {
    border: 2px solid var(--cw-border, #0b0c0c);
    padding: 0.5rem 0.75rem;
    margin-bottom: 1rem;
  }
  .paste-notice p,
  .paste-notice [role='status'] {
    margin: 0;
    display: inline;
  }
  input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
  }
`;
