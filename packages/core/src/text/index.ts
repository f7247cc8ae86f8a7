/** Text hygiene: repair pasted text, detect legacy Vietnamese encodings, compare names. */
export { cleanText, detectLegacyEncoding, needsCleaning, sameName, toneKey } from "./hygiene";
