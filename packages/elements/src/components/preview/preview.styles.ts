/** Styles of <doingoai-preview>: a grey desk with the A4 sheet on it. */
import { css } from "lit";

export const previewStyles = css`
  :host {
    display: block;
    font-family: var(--doingoai-font-family, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif);
    color: #0b0c0c;
  }
  :host([hidden]) {
    display: none;
  }
  .preview {
    background: #f3f2f1;
    padding: var(--doingoai-spacing, 16px) 8px;
    overflow-x: auto;
  }
  .sheet {
    width: 210mm;
    margin: 0 auto;
  }
  .note:empty {
    margin: 0;
  }
  .note {
    margin: 0 0 var(--doingoai-spacing, 16px);
    color: #484f52;
  }
`;
