export { cleanDocument } from "./hygiene";
export type { Issue, IssuePath, RawIssue, Severity, ValidateOptions, ValidationResult } from "./issues";
export { MESSAGES_VI, message } from "./messages";
export { finalize, validate, validateJson } from "./validate";
