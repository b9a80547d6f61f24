import { css } from 'lit';

/** Buttons and button-like links shared by elements (`.button`, `.button--primary`, `.button--quiet`). */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: var(--_space-xs) var(--_space-m);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_link);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
    transition:
      background-color var(--_transition),
      color var(--_transition);
  }
  .button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .button--primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .button--primary:hover {
    background: color-mix(in srgb, var(--_accent) 85%, black);
  }
  .button--quiet {
    border-color: transparent;
  }
  .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button--primary,
    .button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
  @media print {
    .button {
      display: none;
    }
  }
`;
