/** Styles of <doingoai-section-form>: the shared form styles. */
import { css } from "lit";
import { formStyles } from "../form/form.styles";

export const sectionFormStyles = [
  formStyles,
  css`
    .wrap {
      margin: 0;
    }
  `,
];
