import { css } from 'lit';

/** The Time zone step's own styles: the zone combobox and its list, the custom pattern and the previews. */
export const timezoneStyles = css`
  .combobox {
    position: relative;
    max-width: 36rem;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    max-height: 16rem;
    overflow-y: auto;
    border: 2px solid var(--cw-border, #0b0c0c);
    background: var(--cw-input-bg, #fff);
  }
  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1rem;
    padding: 0.375rem 0.5rem;
    cursor: pointer;
    min-height: 24px;
  }
  [role='option'].chosen {
    font-weight: 700;
  }
  [role='option'].active {
    background: var(--cw-accent, #1d70b8);
    color: var(--cw-accent-fg, #fff);
  }
  /* Forced colors replace both colours above: the highlight keeps the system's own. */
  @media (forced-colors: active) {
    [role='option'].active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  .zone-name {
    flex: 1 1 8rem;
  }
  /* An offset holds no place to break ("GMT+05:30"), so it stays whole without nowrap; nowrap would
     also stop the host's overflow-wrap, and Arabic's longer "غرينتش+00:00" in large text scrolls the list sideways. */
  .offset {
    font-variant-numeric: tabular-nums;
  }
  .custom-pattern {
    margin-inline-start: 2rem;
  }
  /* Always there, empty while the list has matches: a live region must exist before its words change to be read. */
  .no-match:empty {
    margin: 0;
  }
  .preview {
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
  }
`;
