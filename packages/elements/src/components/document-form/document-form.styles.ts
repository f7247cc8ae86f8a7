/** Styles of <doingoai-document-form>: the shared form styles, then its top bar, task list, check page and preview column. */
import { css } from "lit";
import { formStyles } from "../form/form.styles";

export const documentFormStyles = [
  formStyles,
  css`
    .topbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px var(--_s);
      padding-bottom: 12px;
      margin-bottom: var(--_s);
      border-bottom: 1px solid #b1b4b6;
    }
    .topbar p {
      margin: 0;
    }
    .doc-title {
      flex: 1 1 16em;
      font-weight: 700;
    }
    .save-status {
      color: var(--_muted);
      font-size: 0.9375rem;
    }
    .layout {
      display: grid;
      gap: calc(var(--_s) * 2);
      grid-template-columns: minmax(0, 1fr);
    }
    /* The preview beside the form from about 800 px of form width (the portal's column at 1280 px). */
    @container (min-width: 50rem) {
      .layout--preview {
        grid-template-columns: minmax(0, 3fr) minmax(17rem, 2fr);
      }
      .aside {
        position: sticky;
        top: 0;
        max-height: 100vh;
        overflow: auto;
      }
    }
    .aside summary {
      cursor: pointer;
      font-weight: 700;
      padding: 6px 0;
      color: var(--_p);
    }
    .aside summary:focus-visible {
      outline: 3px solid var(--_f);
    }
    .preview-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 4px 0 8px;
    }
    /* "Xem toàn màn hình": the whole window, the sheet at its real width when there is room. */
    .preview-dialog {
      width: 100vw;
      height: 100vh;
      max-width: none;
      max-height: none;
      margin: 0;
      padding: 0;
      border: 0;
      background: #f3f2f1;
    }
    .preview-dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    .preview-dialog__bar {
      position: sticky;
      top: 0;
      z-index: 1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      padding: 8px 16px;
      background: #fff;
      border-bottom: 1px solid #b1b4b6;
    }
    .preview-dialog__bar h2 {
      flex: 1 1 auto;
      margin: 0;
      font-size: 1.125rem;
    }
    .preview-dialog__sheet {
      display: block;
      max-width: 860px;
      margin: 0 auto;
      padding: 16px;
    }
    .caption {
      color: var(--_muted);
      margin-bottom: 4px;
    }
    .back {
      margin-bottom: var(--_s);
    }
    .task-list {
      list-style: none;
      margin: 0 0 calc(var(--_s) * 1.5);
      padding: 0;
      border-top: 1px solid #b1b4b6;
    }
    .task {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 4px 12px;
      padding: 10px 0;
      border-bottom: 1px solid #b1b4b6;
    }
    .task a {
      flex: 1 1 14em;
    }
    .progress-line {
      font-weight: 700;
    }
    .check {
      margin-bottom: calc(var(--_s) * 2);
    }
    .check h3 {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .summary-list {
      margin: 0;
      border-top: 1px solid #b1b4b6;
    }
    .summary-row {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 2px 16px;
      padding: 8px 0;
      border-bottom: 1px solid #b1b4b6;
    }
    @container (min-width: 40rem) {
      .summary-row {
        grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
      }
    }
    .summary-row dt {
      font-weight: 700;
    }
    .summary-row dd {
      margin: 0;
      white-space: pre-line;
    }
    .wrap {
      margin: 0;
    }
    .sent {
      border: 4px solid #00703c;
      padding: var(--_s);
    }
  `,
];
