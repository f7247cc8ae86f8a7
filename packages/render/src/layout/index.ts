/** The layout tree shared by the DOCX and HTML writers, and the function that builds it. */
export { type BuildLayoutOptions, buildLayout } from "./build";
export { MOTTO, NATIONAL_TITLE } from "./frame";
export { TEXT_WIDTH } from "./tables";
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
