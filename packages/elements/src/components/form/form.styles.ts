/**
 * Styles shared by the forms. Themable by custom properties (`--doingoai-*`) and `::part()`;
 * default colours meet WCAG AA on white (text ≥ 4.5:1, borders and focus ≥ 3:1); the focus
 * indicator is GOV.UK's (yellow with a dark inner edge); nothing has a fixed width, so a form
 * works at 320 px.
 */
import { css, unsafeCSS } from "lit";
import { MAX_TEXT_ROWS } from "./input-templates";

/** A text area's rows (the attribute the form sets, 1 to MAX_TEXT_ROWS) as `--rows`, for its size (with no rows attribute: its 2). */
const textAreaRows = unsafeCSS(
  Array.from({ length: MAX_TEXT_ROWS }, (_, i) => `textarea.input[rows="${i + 1}"]{--rows:${i + 1}}`).join(
    "",
  ),
);

export const formStyles = css`
  :host {
    --_s: var(--doingoai-spacing, 16px);
    --_p: var(--doingoai-color-primary, #0b4f8a);
    --_e: var(--doingoai-color-error, #b3261e);
    --_f: var(--doingoai-focus-color, #ffbf47);
    --_r: var(--doingoai-radius, 4px);
    --_ink: #0b0c0c;
    --_muted: #484f52;
    --_line: #6f777b;
    display: block;
    container-type: inline-size;
    font-family: var(--doingoai-font-family, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif);
    font-size: 1rem;
    line-height: 1.5;
    color: var(--_ink);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .vh {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 var(--_s);
  }
  h2 {
    font-size: 1.5rem;
  }
  h3 {
    font-size: 1.1875rem;
  }
  p {
    margin: 0 0 var(--_s);
  }
  a {
    color: var(--_p);
    text-underline-offset: 0.15em;
  }
  fieldset {
    border: 0;
    margin: 0 0 var(--_s);
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: 6px;
    max-width: 100%;
    white-space: normal;
  }
  legend h2 {
    margin: 0;
  }
  .field {
    margin: 0 0 var(--_s);
  }
  .field > label {
    display: block;
    font-weight: 600;
    margin-bottom: 4px;
  }
  .hint {
    color: var(--_muted);
    margin-bottom: 6px;
  }
  .error-message {
    color: var(--_e);
    font-weight: 700;
    margin: 0 0 6px;
  }
  .field--error {
    border-left: 4px solid var(--_e);
    padding-left: 12px;
  }
  .input {
    display: block;
    width: 100%;
    max-width: 42em;
    min-height: 44px;
    padding: 6px 8px;
    font: inherit;
    color: inherit;
    background: #fff;
    border: 2px solid var(--_ink);
    border-radius: var(--_r);
  }
  /* A text field's size comes from this style, never from its text: the height of its content
     is one line, or a text area's rows (below), its padding and border added as themed. Typing
     then lays out the field alone, not every box up to the page (28 of them with a delegation
     row open; a keystroke's layout 3 times shorter). Browsers without these keep sizing it. */
  @supports (contain-intrinsic-block-size: 1lh) {
    input.input,
    textarea.input {
      contain: strict;
      contain-intrinsic-block-size: 1lh;
    }
    textarea.input {
      contain-intrinsic-block-size: calc(var(--rows, 2) * 1lh);
    }
  }
  .input--short {
    max-width: 12em;
  }
  .date-input {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
  }
  .input--date {
    max-width: 9em;
  }
  .picker {
    position: relative;
  }
  .picker .button {
    margin: 0;
  }
  .picker-input {
    position: absolute;
    left: 0;
    bottom: 0;
    width: 1px;
    height: 1px;
    opacity: 0;
    border: 0;
    padding: 0;
    pointer-events: none;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875rem;
    margin-top: 4px;
  }
  .count:empty {
    display: none;
  }
  .count--over {
    color: var(--_e);
    font-weight: 700;
  }
  .field-note {
    color: var(--_e);
    font-weight: 600;
    margin: 6px 0 0;
    max-width: 42em;
  }
  .in-words {
    margin: 0;
    font-style: italic;
  }
  textarea.input {
    resize: vertical;
    min-height: 5em;
  }
  ${textAreaRows}
  .input--error {
    border-color: var(--_e);
  }
  :focus-visible {
    outline: 3px solid var(--_f);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_ink);
  }
  a:focus-visible,
  .button--link:focus-visible {
    background: var(--_f);
    color: var(--_ink);
    box-shadow: 0 -2px var(--_f), 0 4px var(--_ink);
    outline: none;
    text-decoration: none;
  }
  [tabindex="-1"]:focus {
    outline: none;
    box-shadow: none;
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  .choices--inline {
    flex-flow: row wrap;
    gap: 8px 24px;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 8px;
  }
  .choice input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_p);
  }
  .group {
    margin-bottom: var(--_s);
    /* Each group of fields is its own transform space (an identity transform, not a layer of
       its own): a row added to a list above moves the group as a whole, and the browser repaints
       none of its fields for that (adding a row beside 300 with the area's count groups below
       repainted ~600 boxes, 2.5 times fewer with this). */
    transform: translate(0);
  }
  .group .group,
  .row .group {
    border-left: 3px solid #c9cdd0;
    padding-left: 12px;
  }
  .inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_s);
  }
  .inline > .field {
    flex: 1 1 11em;
    min-width: 0;
  }
  .conditional {
    border-left: 4px solid #b1b4b6;
    margin: 0 0 var(--_s) 11px;
    padding-left: calc(var(--_s) + 4px);
  }
  .rows {
    list-style: none;
    margin: 0 0 12px;
    padding: 0;
  }
  .row {
    border: 1px solid var(--_line);
    border-radius: var(--_r);
    padding: 10px 12px 0;
    margin-bottom: 10px;
    background: #fff;
  }
  /* Closed rows out of view (long lists start closed) are neither laid out nor painted: 300 rows
     stay cheap to type beside. */
  .row--closed {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 3.5em;
  }
  .row--scalar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0 8px;
    padding: 0;
    border: 0;
    margin-bottom: 4px;
  }
  .row--scalar > .field {
    flex: 1 1 16em;
    max-width: 42em;
    margin-bottom: 6px;
  }
  .row--scalar > .field > label {
    font-weight: 400;
  }
  .row--scalar .row-actions {
    margin-bottom: 8px;
  }
  .row-set {
    margin-bottom: 10px;
  }
  .row-title {
    font-weight: 700;
  }
  .row-summary {
    font-weight: 400;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0 0 10px;
  }
  .row-body {
    margin-top: 6px;
  }
  .more {
    margin: 4px 0 16px;
  }
  .more-summary {
    display: inline-block;
    min-height: 44px;
    padding: 10px 0;
    color: var(--_p);
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .more-summary:focus-visible {
    outline: 3px solid var(--doingoai-focus-color, #ffbf47);
    outline-offset: 0;
    box-shadow: inset 0 -4px 0 #0b0c0c;
  }
  .more[open] > .fields {
    border-left: 4px solid #b1b4b6;
    padding-left: 14px;
  }
  .notice {
    border: 1px solid #505a5f;
    border-left: 6px solid var(--_p);
    padding: 12px var(--_s);
    margin-bottom: var(--_s);
    background: #f3f2f1;
  }
  .notice--warning {
    border-left-color: #b35900;
  }
  .notice p {
    margin: 0 0 8px;
  }
  .notice__buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .versions {
    margin-bottom: var(--_s);
    font-size: 0.9375rem;
  }
  .versions summary {
    cursor: pointer;
    color: var(--_p);
  }
  .versions summary:focus-visible {
    outline: 3px solid var(--_f);
  }
  .versions ul {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
  }
  .versions li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 4px 12px;
    padding: 4px 0;
    border-bottom: 1px solid #b1b4b6;
  }
  .offer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 0 0 12px;
    padding: 8px 12px;
    background: #eef4fa;
    border-left: 4px solid var(--_p);
  }
  .save-status:empty {
    margin: 0;
  }
  .empty {
    color: var(--_muted);
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    min-height: 44px;
    padding: 8px 16px;
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    color: #fff;
    background: var(--_p);
    border: 2px solid var(--_p);
    border-radius: var(--_r);
    cursor: pointer;
  }
  .button--secondary {
    color: var(--_p);
    background: #fff;
  }
  .button--small {
    min-height: 32px;
    padding: 3px 10px;
    font-size: 0.9375rem;
  }
  .button--link {
    min-height: 0;
    padding: 0;
    color: var(--_p);
    background: none;
    border: 0;
    text-decoration: underline;
    font-weight: 400;
  }
  /* Hovered and pressed buttons change colour only, which is painted without any layout: a
     filter coming or going makes the button a containing block or not, and the browser lays the
     page out again (the pointer leaving "Thêm …" as the row it added pushed it down: a second
     layout in the frame that shows the row). Pressed: the press shows at once, before the release
     does what the button does (without it, pressing "Thêm …" changed nothing on screen until the
     new row appeared). A browser without color-mix() keeps the filter (with color-mix() in an
     unsupported value the background would be lost, white text on white). */
  @supports (color: color-mix(in srgb, red 50%, #000)) {
    .button:hover {
      background-color: color-mix(in srgb, var(--_p) 85%, #000);
      border-color: color-mix(in srgb, var(--_p) 85%, #000);
    }
    .button:active {
      background-color: color-mix(in srgb, var(--_p) 65%, #000);
      border-color: color-mix(in srgb, var(--_p) 65%, #000);
    }
    .button--secondary:hover {
      background-color: color-mix(in srgb, var(--_p) 8%, #fff);
      border-color: var(--_p);
    }
    .button--secondary:active {
      background-color: color-mix(in srgb, var(--_p) 20%, #fff);
      border-color: var(--_p);
    }
    .button--link:hover,
    .button--link:active {
      background: none;
      color: color-mix(in srgb, var(--_p) 70%, #000);
    }
    .button--link:focus-visible:hover,
    .button--link:focus-visible:active {
      background: var(--_f);
      color: var(--_ink);
    }
  }
  @supports not (color: color-mix(in srgb, red 50%, #000)) {
    .button:hover {
      filter: brightness(0.92);
    }
    .button:active {
      filter: brightness(0.8);
    }
  }
  .button[aria-disabled="true"] {
    opacity: 0.7;
    cursor: progress;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
    align-items: center;
    margin: calc(var(--_s) * 1.5) 0 var(--_s);
  }
  .error-summary {
    border: 4px solid var(--_e);
    padding: var(--_s);
    margin-bottom: calc(var(--_s) * 2);
  }
  .error-summary--warning {
    border-color: #8a5300;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .error-summary li + li {
    margin-top: 6px;
  }
  .error-summary a {
    color: var(--_e);
    font-weight: 700;
  }
  .error-summary--warning a {
    color: #6b4100;
  }
  .tag {
    display: inline-block;
    padding: 2px 8px;
    font-size: 0.875rem;
    font-weight: 700;
    line-height: 1.4;
    border-radius: var(--_r);
    white-space: nowrap;
  }
  .tag--not-started {
    color: #2b2f31;
    background: #e4e7e9;
  }
  .tag--in-progress {
    color: #5c3c00;
    background: #fff0c2;
  }
  .tag--none {
    color: #0b3a6b;
    background: #d6e6f5;
  }
  .tag--completed {
    color: #0e4420;
    background: #cce8d3;
  }
  .tag--optional {
    color: #3d4346;
    background: #f3f2f1;
  }
  .tag--error {
    color: #fff;
    background: var(--_e);
    margin-bottom: 8px;
  }
`;
