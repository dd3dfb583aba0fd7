import { css } from 'lit';
import { visuallyHidden, buttonStyles } from '../steps/step-styles.js';

/** The dark palette, used under prefers-color-scheme: dark and with theme="dark". */
const darkTheme = css`
  --cw-text: #f3f2f1;
  --cw-bg: #1b1c1d;
  --cw-muted: #c4c8ca;
  --cw-accent: #8ab4f8;
  --cw-accent-fg: #0b0c0c;
  --cw-link: #8ab4f8;
  --cw-focus: #ffdd00;
  --cw-danger: #ff9e97;
  --cw-danger-bg: #3b1614;
  --cw-success: #3ddc84;
  --cw-success-fg: #0b0c0c;
  --cw-border: #c4c8ca;
  --cw-border-subtle: #80868a;
  --cw-input-bg: #2a2b2d;
  --cw-note: #fff7bf;
  --cw-note-bg: #3d3500;
  --cw-notice-bg: #14263a;
  --cw-selected-bg: #1d3450;
  --cw-secondary-bg: #34373a;
  --cw-affix-bg: #34373a;
  --cw-monogram-bg: #8ab4f8;
  --cw-monogram-fg: #0b0c0c;
  --cw-logo-bg: #f3f2f1;
  color-scheme: dark;
`;

export const wizardStyles = [
  visuallyHidden,
  buttonStyles,
  css`
  /*
   * Theme: every colour is a custom property with a light default; dark values apply with
   * prefers-color-scheme unless the host sets theme="light", or always with theme="dark".
   */
  :host {
    --cw-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --cw-radius: 4px;
    --cw-space: 1rem;
    --cw-text: #0b0c0c;
    --cw-bg: #ffffff;
    --cw-muted: #505a5f;
    --cw-accent: #1d70b8;
    --cw-accent-fg: #ffffff;
    --cw-link: #1d70b8;
    --cw-focus: #1d70b8;
    --cw-danger: #b3261e;
    --cw-danger-bg: #fcefee;
    --cw-success: #00703c;
    --cw-success-fg: #ffffff;
    --cw-border: #0b0c0c;
    --cw-border-subtle: #8a8f92;
    --cw-input-bg: #ffffff;
    --cw-note: #594d00;
    --cw-note-bg: #fff7bf;
    --cw-notice-bg: #eef5fb;
    --cw-selected-bg: #e8f1f8;
    --cw-secondary-bg: #f3f2f1;
    --cw-affix-bg: #f3f2f1;
    --cw-monogram-bg: #1d70b8;
    --cw-monogram-fg: #ffffff;
    display: block;
    font-family: var(--cw-font);
    font-size: 1rem;
    line-height: 1.5;
    /* Inherited by every step: a long unbroken name or value (catalogue, host, person) wraps, never scrolls sideways. */
    overflow-wrap: anywhere;
    color: var(--cw-text);
    background: var(--cw-bg);
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light' i])) {
      ${darkTheme}
    }
  }
  :host([theme='dark' i]) {
    ${darkTheme}
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .wizard {
    padding: var(--cw-space);
  }
  nav ol {
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0 0 0.5rem;
    padding: 0;
  }
  nav li {
    display: flex;
    align-items: center;
  }
  nav li + li::before {
    content: '›';
    /* Decorative: not read out. */
    content: '›' / '';
    color: var(--cw-muted);
    margin-inline-end: 0.5rem;
  }
  nav button,
  nav span {
    font: inherit;
    padding: 0.25rem 0.375rem;
    min-height: 24px;
  }
  nav button {
    background: none;
    border: 0;
    color: var(--cw-link);
    text-decoration: underline;
    cursor: pointer;
  }
  nav [aria-current='step'] {
    font-weight: 700;
    border-bottom: 3px solid var(--cw-accent);
  }
  nav .future {
    color: var(--cw-muted);
  }
  .progress {
    color: var(--cw-muted);
    margin: 0 0 1rem;
  }
  .notice {
    border-inline-start: 4px solid var(--cw-accent);
    background: var(--cw-notice-bg);
    padding: 0.5rem 0.75rem;
    margin: 0 0 1rem;
  }
  .notice.error {
    border-inline-start-color: var(--cw-danger);
    background: var(--cw-danger-bg);
    font-weight: 600;
  }
  .sending {
    font-weight: 600;
    margin: 1rem 0 0;
  }
  .catalogue-error {
    border: 4px solid var(--cw-danger);
    padding: 1rem;
  }
  /* Each line keeps its bullet's room on its own side: an English problem line (dir="ltr") in a right-to-left wizard has it on its left, where the list's own start padding is not. */
  .catalogue-error ul {
    padding-inline-start: 0;
  }
  .catalogue-error li {
    margin-inline-start: 2.5rem;
  }
  .catalogue-error :is(h2, h3, h4, h5, h6) {
    font-size: 1.25rem;
    margin: 0 0 0.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: 1.5rem;
  }
  .actions .end {
    margin-inline-start: auto;
    display: flex;
    gap: 0.75rem;
    flex-wrap: wrap;
  }
  button.primary {
    background: var(--cw-success);
    color: var(--cw-success-fg);
  }
  button.link {
    font: inherit;
    background: none;
    border: 0;
    padding: 0.25rem;
    min-height: 24px;
    min-width: 24px;
    color: var(--cw-link);
    text-decoration: underline;
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--cw-focus);
    outline-offset: 2px;
  }
  .confirm {
    border: 2px solid var(--cw-danger);
    padding: 0.75rem;
    margin-top: 1rem;
  }
  .confirm p {
    margin: 0 0 0.5rem;
  }
  .success {
    border: 4px solid var(--cw-success);
    padding: 1rem;
  }
  .success :is(h2, h3, h4, h5, h6) {
    margin: 0 0 0.5rem;
  }
  /* Focused by the wizard (after Create, while Try again loads, after a Try again that cannot mend): the ring shows when the keyboard moved it there, as on a step heading. */
  .success :is(h2, h3, h4, h5, h6):focus,
  .catalogue-error :is(h2, h3, h4, h5, h6):focus,
  [data-loading]:focus {
    outline: none;
  }
  .success :is(h2, h3, h4, h5, h6):focus-visible,
  .catalogue-error :is(h2, h3, h4, h5, h6):focus-visible,
  [data-loading]:focus-visible {
    outline: 3px solid var(--cw-focus);
    outline-offset: 2px;
  }
`,
];
