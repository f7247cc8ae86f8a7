export {
  DOCX_LIMITS,
  type DocxLimits,
  MAX_PAYLOAD_BYTES,
  type ReadDocxCode,
  type ReadDocxOptions,
  readDocx,
} from "./read-docx";
