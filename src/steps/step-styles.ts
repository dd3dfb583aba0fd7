import { css } from 'lit';

/** Hidden on screen, read by screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * Buttons as the shell and every step's shadow root show them alike (a rule in one root does not
 * reach the others): a secondary button (Keep the current value on Credentials too) at least
 * 2.5rem high; one that waits for an answer (`aria-disabled`: Back and Change while a create is
 * sent, Test connection while its test runs) looks unusable.
 */
export const buttonStyles = css`
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
  button.secondary {
    background: var(--cw-secondary-bg);
    color: var(--cw-text);
    border-color: var(--cw-border-subtle);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  /* Forced colors ignore opacity: the system's colour for what cannot be used says it. */
  @media (forced-colors: active) {
    button[aria-disabled='true'] {
      forced-color-adjust: none;
      color: GrayText;
      border-color: GrayText;
      background: Canvas;
    }
    button[aria-disabled='true']:focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Shared look of every step: GOV.UK-like question pages (labels, hints, inline errors). */
export const stepStyles = [
  visuallyHidden,
  buttonStyles,
  css`
  :host {
    display: block;
  }
  * {
    box-sizing: border-box;
  }
  .heading {
    font-size: 1.5rem;
    line-height: 1.25;
    margin: 0 0 1rem;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--cw-focus, #1d70b8);
    outline-offset: 2px;
  }
  p {
    margin: 0 0 1rem;
  }
  .error-summary {
    border: 4px solid var(--cw-danger, #b3261e);
    padding: 1rem;
    margin-bottom: 1.5rem;
  }
  .error-summary:focus {
    outline: 3px solid var(--cw-focus, #1d70b8);
    outline-offset: 2px;
  }
  .error-summary-title {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary a {
    color: var(--cw-danger, #b3261e);
    font-weight: 600;
  }
  .field {
    margin-bottom: 1.5rem;
  }
  .field.has-error {
    border-inline-start: 4px solid var(--cw-danger, #b3261e);
    padding-inline-start: 0.75rem;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .hint {
    color: var(--cw-muted, #505a5f);
    margin: 0 0 0.5rem;
  }
  .error-message {
    color: var(--cw-danger, #b3261e);
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  input[type='text'],
  input[type='search'],
  input[type='password'],
  input[type='url'],
  input[type='email'],
  input:not([type]),
  select,
  textarea {
    font: inherit;
    width: 100%;
    max-width: 36rem;
    min-height: 2.5rem;
    padding: 0.375rem 0.5rem;
    border: 2px solid var(--cw-border, #0b0c0c);
    border-radius: var(--cw-radius, 0);
    background: var(--cw-input-bg, #fff);
    color: inherit;
  }
  input:focus,
  select:focus,
  textarea:focus,
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--cw-focus, #1d70b8);
    outline-offset: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--cw-danger, #b3261e);
  }
  a {
    color: var(--cw-link, #1d70b8);
  }
`,
];
