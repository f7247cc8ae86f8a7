export { MAX_PAYLOAD_BYTES, type ReadDocxCode, type ReadDocxOptions, readDocx } from "./read-docx";
