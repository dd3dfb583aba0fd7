import { css } from 'lit';
import { visuallyHidden } from '../steps/step-styles.js';

export const wizardStyles = [
  visuallyHidden,
  css`
  :host {
    --cw-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --cw-text: #0b0c0c;
    --cw-bg: #fff;
    --cw-muted: #505a5f;
    --cw-accent: #1d70b8;
    --cw-accent-fg: #fff;
    --cw-focus: #1d70b8;
    --cw-danger: #b3261e;
    --cw-success: #00703c;
    --cw-border: #0b0c0c;
    --cw-border-subtle: #b1b4b6;
    --cw-radius: 4px;
    --cw-space: 1rem;
    display: block;
    font-family: var(--cw-font);
    font-size: 1rem;
    line-height: 1.5;
    color: var(--cw-text);
    background: var(--cw-bg);
    container-type: inline-size;
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
    color: var(--cw-accent);
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
    background: #f3f8fc;
    padding: 0.5rem 0.75rem;
    margin: 0 0 1rem;
  }
  .notice.error {
    border-inline-start-color: var(--cw-danger);
    background: #fcefee;
    font-weight: 600;
  }
  .sending {
    font-weight: 600;
    margin: 1rem 0 0;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .catalogue-error {
    border: 4px solid var(--cw-danger);
    padding: 1rem;
  }
  .catalogue-error h2 {
    font-size: 1.25rem;
    margin: 0 0 0.5rem;
  }
  .catalogue-error li {
    overflow-wrap: anywhere;
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
  button.primary,
  button.secondary {
    font: inherit;
    font-weight: 600;
    min-height: 2.5rem;
    padding: 0.5rem 1rem;
    border-radius: var(--cw-radius);
    cursor: pointer;
    border: 2px solid transparent;
  }
  button.primary {
    background: var(--cw-success);
    color: #fff;
  }
  button.secondary {
    background: #f3f2f1;
    color: var(--cw-text);
    border-color: var(--cw-border-subtle);
  }
  button.link {
    font: inherit;
    background: none;
    border: 0;
    padding: 0.25rem;
    min-height: 24px;
    color: var(--cw-accent);
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
  .success h2 {
    margin: 0 0 0.5rem;
  }
  .success h2:focus {
    outline: none;
  }
`,
];
