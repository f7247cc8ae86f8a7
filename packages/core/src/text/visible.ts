/**
 * Text that prints as nothing, or not as it reads: strings of only spaces and invisible
 * characters, text-direction (bidi) controls, and words that mix Latin letters with Cyrillic
 * or Greek look-alikes ("Nguyễn Vаn" with a Cyrillic "а").
 */

/**
 * A visible character: anything but white space, format characters (zero-width spaces and
 * joiners, bidi marks and controls, word joiner, soft hyphen, BOM…), the Hangul fillers and the
 * other characters that have no glyph.
 */
const VISIBLE =
  /(?!\u034F)[^\s\p{Cf}\p{Cc}\p{Zs}\p{Zl}\p{Zp}\u115F\u1160\u17B4\u17B5\u180E\u2800\u3164\uFFA0]/u;
/** A letter that is visible (every \p{L} is, but the Hangul fillers). */
const LETTER = /(?![\u115F\u1160\u3164\uFFA0])\p{L}/u;
/** Bidi controls: marks (LRM, RLM, ALM), embeddings and overrides, isolates. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const LATIN = /\p{Script=Latin}/u;
const LOOK_ALIKE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const WORD = /[^\s\p{Cf}]+/gu;
/** A quick scan (no \p classes) for the blocks where Greek and Cyrillic letters live. */
const GREEK_OR_CYRILLIC_BLOCKS =
  /[\u0370-\u052f\u1c80-\u1c8f\u1d00-\u1dbf\u1f00-\u1fff\u2de0-\u2dff\ua640-\ua69f\uab30-\uab6f]/;

/** Whether code unit `c` is a Latin letter (ASCII, Latin-1, Latin Extended, Vietnamese): the common first character. */
function latinLetter(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** Whether `s` has a character that prints (not only spaces, zero-width or bidi characters). */
export function hasVisibleText(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c > 0x20 && c < 0x7f) || latinLetter(c) || VISIBLE.test(s);
}

/** Whether `s` has a visible letter. */
export function hasLetter(s: string): boolean {
  return latinLetter(s.charCodeAt(0)) || LETTER.test(s);
}

/** Whether `s` has bidi control characters (they can make a name display reversed). */
export function hasBidiControl(s: string): boolean {
  return BIDI.test(s);
}

/**
 * The scripts a word of `s` mixes with Latin (Cyrillic, Greek), with the first such word; or
 * undefined. A whole name in one script, or words in different scripts, are not reported.
 */
export function mixedScripts(s: string): { scripts: string[]; sample: string } | undefined {
  if (!GREEK_OR_CYRILLIC_BLOCKS.test(s) || !LOOK_ALIKE.test(s) || !LATIN.test(s)) return undefined;
  for (const [word] of s.matchAll(WORD)) {
    if (!LATIN.test(word) || !LOOK_ALIKE.test(word)) continue;
    const scripts: string[] = [];
    if (/\p{Script=Cyrillic}/u.test(word)) scripts.push("Cyrillic");
    if (/\p{Script=Greek}/u.test(word)) scripts.push("Greek");
    return { scripts, sample: word.slice(0, 40) };
  }
  return undefined;
}
