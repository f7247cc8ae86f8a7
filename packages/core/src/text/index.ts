/** Text hygiene: repair pasted text, detect legacy Vietnamese encodings, compare names, find text that prints as nothing. */
export { cleanText, detectLegacyEncoding, needsCleaning, sameName, toneKey } from "./hygiene";
export { hasBidiControl, hasLetter, hasVisibleText, mixedScripts } from "./visible";
