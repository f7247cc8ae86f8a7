/** The layout tree shared by the DOCX and HTML writers, and the function that builds it. */
export { type BuildLayoutOptions, buildLayout } from "./build";
export { MOTTO, NATIONAL_TITLE, PARTY_TITLE } from "./frame";
export { MARGIN, PAGE, TEXT_WIDTH } from "./page";
export { PLACEHOLDER_TEXT } from "./tree";
export type {
  AppendixLayout,
  Block,
  HeaderBlock,
  HeadingLevel,
  Layout,
  Run,
  SignatureBlock,
  Table,
  TableColumn,
} from "./types";
