/**
 * The one place text is made safe for XML 1.0. Every run, property and table cell of the DOCX goes
 * through `xmlSafe`, whatever cleaned it before: a string is hostile until it has passed here.
 */

/**
 * Characters XML 1.0 does not allow: C0 controls other than tab, line feed and carriage return,
 * U+FFFE and U+FFFF, and surrogates that are not part of a pair.
 */
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whether a text may hold a forbidden character: a control, U+FFFE/U+FFFF, or any surrogate. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Text without the characters XML 1.0 forbids; line breaks are normalised to "\n". */
export function xmlSafe(text: string): string {
  // Most text has none of them: one quick scan, without the surrogate look-arounds.
  const safe = SUSPECT.test(text) ? text.replace(INVALID_XML_CHARS, "") : text;
  return safe.includes("\r") ? safe.replace(/\r\n?/g, "\n") : safe;
}

/** Whether a string has a character XML 1.0 forbids (for tests and assertions). */
export function hasInvalidXmlChars(text: string): boolean {
  INVALID_XML_CHARS.lastIndex = 0;
  const found = INVALID_XML_CHARS.test(text);
  INVALID_XML_CHARS.lastIndex = 0;
  return found;
}
