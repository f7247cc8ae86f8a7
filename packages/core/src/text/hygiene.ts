/**
 * Text hygiene for Vietnamese pasted from PDFs and old Word files: repair broken characters,
 * spot text typed in legacy TCVN3 (ABC) or VNI fonts, and compare names whatever the
 * tone-mark placement ("Hòa" / "Hoà", "Ủy" / "Uỷ").
 *
 * Every function is pure and cheap on already-clean text: it is called for every string of a render.
 */

/**
 * Anything {@link cleanText} would change. One scan, no allocation:
 * - CR (line ends `\r\n`, `\r`) and TAB;
 * - C0 controls other than LF, DEL, C1 controls (U+0080–U+009F);
 * - `ƣ`/`Ƣ` (U+01A3/U+01A2, "oi" letters that PDF fonts use for `ư`/`Ư`);
 * - combining marks (U+0300–U+036F and the rarer blocks) and the compatibility singletons
 *   Ω/K/Å (U+2126, U+212A, U+212B): the cases where NFC would change the text;
 * - U+FEFF (BOM, zero-width no-break space), the noncharacters U+FFFE/U+FFFF;
 * - lone surrogates (with the `u` flag a class of surrogates matches only unpaired ones).
 */
const NEEDS_CLEANING =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u01A2\u01A3\u2126\u212A\u212B\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]|[\u0300-\u036F\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/u;

/**
 * A superset of {@link NEEDS_CLEANING} without the `u` flag (all surrogates, paired or not):
 * several times faster on Vietnamese text, so clean strings are decided by this scan alone.
 */
// A scan for single code units, combining marks included on purpose (see biome.json overrides).
const QUICK =
  /[\x00-\x09\x0b-\x1f\x7f-\x9f\u01a2\u01a3\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\u2126\u212a\u212b\ud800-\udfff\ufe20-\ufe2f\ufeff\ufffe\uffff]/;

/** What {@link cleanText} replaces or removes, one match at a time (line ends first, as a unit). */
const REPAIR = /\r\n?|[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u01A2\u01A3\uFEFF\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Characters that NFC may change: combining marks and the compatibility singletons. */
const NFC_SENSITIVE = /[\u2126\u212A\u212B]|[\u0300-\u036F\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/u;

/** The repair for one {@link REPAIR} match: `\r\n` → `\n`, TAB → space, `ƣ` → `ư` ("Ngƣời" → "Người"), else removed. */
function repairOne(m: string): string {
  switch (m) {
    case "\r\n":
    case "\r":
      return "\n";
    case "\t":
      return " ";
    case "\u01A3":
      return "ư";
    case "\u01A2":
      return "Ư";
    default:
      return "";
  }
}

/**
 * Whether {@link cleanText} may change `s` (one regex test; no normalisation). False means
 * clean. True may still leave `s` as it is: a combining mark with no precomposed letter survives NFC.
 * @example needsCleaning("C\u00F4ng t\u00E1c") === false; needsCleaning("Ngƣời") === true
 */
export function needsCleaning(s: string): boolean {
  return QUICK.test(s) && NEEDS_CLEANING.test(s);
}

/**
 * Repair text pasted from a PDF: line ends to `\n`; TAB to a space; `ƣ`/`Ƣ` to `ư`/`Ư`;
 * remove the other C0 controls, DEL, C1 controls, U+FEFF, U+FFFE/U+FFFF and lone surrogates
 * (everything XML 1.0 forbids, plus DEL and C1, which it only discourages); then NFC.
 * Returns the input itself when nothing needs fixing.
 * @example cleanText("Ngƣời nước ngoài\r\n") === "Người nước ngoài\n"
 * @example cleanText("Co\u0302ng ta\u0301c") === "Công tác" // NFD → NFC
 */
export function cleanText(s: string): string {
  if (!needsCleaning(s)) return s;
  const repaired = s.replace(REPAIR, repairOne);
  return NFC_SENSITIVE.test(repaired) ? repaired.normalize("NFC") : repaired;
}

// ---------------------------------------------------------------------------------------------
// Legacy encodings

/** Letters as legacy-encoded Vietnamese has them: ASCII and Latin-1 letters. */
const LATIN1_LETTER = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]/;

/**
 * Vietnamese written in Unicode: ă â đ ê ô ơ ư ĩ ũ (and capitals), the Latin Extended Additional
 * block (ạ ả ấ … ỹ), or combining marks (NFD text). A legacy text has none of them.
 */
const UNICODE_VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]|[\u0300-\u036F]/;

/**
 * TCVN3 (ABC) symbols that stand for Vietnamese letters, by the neighbour they need to count
 * as letters rather than as the symbol itself:
 * - `before`: a letter must precede (`C«ng`, `v\u00B5`; keeps `«Bonjour`, `µm`, `¡Hola` out);
 * - `after`: a letter must follow (`®èi`; keeps `Windows®` out);
 * - `both`: letters on both sides (`b»ng`; keeps the closing guillemet of `Bonjour»` out);
 * - `either`: a letter on either side (`t¸c`, `¸o`).
 */
const TCVN3_SYMBOLS: ReadonlyMap<string, "before" | "after" | "both" | "either"> = new Map([
  ["\u00A1", "before"], // ¡ Ă
  ["\u00A2", "before"], // ¢ Â
  ["\u00A3", "before"], // £ Ê
  ["\u00A4", "before"], // ¤ Ô
  ["\u00A5", "before"], // ¥ Ơ
  ["\u00A6", "before"], // ¦ Ư
  ["\u00A7", "after"], // § Đ
  ["\u00A8", "either"], // ¨ ă
  ["\u00A9", "before"], // © â (keeps "© 2024", "©ABC" out)
  ["\u00AA", "either"], // ª ê
  ["\u00AB", "before"], // « ô
  ["\u00AC", "either"], // ¬ ơ
  ["\u00AE", "after"], // ® đ
  ["\u00B5", "before"], // µ à (keeps "µm" out)
  ["\u00B6", "either"], // ¶ ả
  ["\u00B7", "either"], // · ã
  ["\u00B8", "either"], // ¸ á
  ["\u00B9", "either"], // ¹ ạ
  ["\u00BB", "both"], // » ằ
  ["\u00BC", "either"], // ¼ ẳ
  ["\u00BD", "either"], // ½ ẵ
  ["\u00BE", "either"], // ¾ ắ
]);
const TCVN3_CANDIDATE = /[\u00A1-\u00AC\u00AE\u00B5-\u00B9\u00BB-\u00BE]/;

/**
 * TCVN3 toned letters that land on Latin-1 letters, in places no Western spelling has them:
 * a capital after a small letter (`ViÖt` Việt, `NguyÔn` Nguyễn, `ThÞ` Thị, `nghÜa` nghĩa) and
 * `ß`/`ñ` after a consonant (`hßa` hòa, `chñ` chủ; German and Spanish put them after vowels).
 */
const TCVN3_LETTERS = /[a-z\u00DF-\u00FF][\u00C0-\u00DE]|[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z][\u00DF\u00F1]/;

/**
 * VNI pairs (a vowel, then the Latin-1 character that carries its marks) that plain Unicode
 * Vietnamese, French, German or Spanish hardly ever have: `oâ` (ô), `aù` (á), `aø` (à), `cuûa`
 * (của), `eä` (ệ), and the horned vowels `ô` (ơ) and `ö` (ư) followed by a tone (`ôø` ờ) or
 * by each other (`Ngöôøi` Người). Left out as ambiguous: `oà oá oã` (Unicode "hoà", "hoá"),
 * `oû eû` (French "goût", "eût"), `où`, `aï oï uï` (French "naïf", "ouïe"), `aé` ("aéroport").
 * Also strong: `ñ`/`Ñ` (đ/Đ) starting a word and followed by a vowel.
 */
const VNI_MARKS_AFTER: Readonly<Record<string, string>> = {
  a: "ùøûõâáàåãäêèúüë",
  e: "ùøõïâáàåãä",
  o: "øõâåä",
  u: "ùøûõ",
  y: "ùøûõî",
  ô: "ùøûõï",
  ö: "ùøûõïô",
};
const VNI_STRONG = new RegExp(
  Object.entries(VNI_MARKS_AFTER)
    .map(([v, marks]) => `[${v}${v.toUpperCase()}][${marks}${marks.toUpperCase()}]`)
    .concat("^[ñÑ][aeiouyAEIOUY]")
    .join("|"),
);

/** At least this many words must look legacy-encoded… */
const LEGACY_MIN_WORDS = 2;
/** …and at least this share of the words that contain a letter. */
const LEGACY_MIN_SHARE = 0.15;

/** Whether `ch` is an ASCII or Latin-1 letter (the `C` and `n` around `«` in "C«ng"). */
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LATIN1_LETTER.test(ch);
}

/** Whether one word carries a TCVN3 pattern: "C«ng", "t¸c", "®èi", "ViÖt" yes; "Windows®", "«Bonjour" no. */
function looksTcvn3(word: string): boolean {
  if (TCVN3_LETTERS.test(word)) return true;
  if (!TCVN3_CANDIDATE.test(word)) return false;
  for (let i = 0; i < word.length; i++) {
    const need = TCVN3_SYMBOLS.get(word.charAt(i));
    if (need === undefined) continue;
    const before = isLetter(word[i - 1]);
    const after = isLetter(word[i + 1]);
    if (
      (need === "before" && before) ||
      (need === "after" && after) ||
      (need === "both" && before && after) ||
      (need === "either" && (before || after))
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Guess whether `s` is Vietnamese typed in a legacy font and read as Latin-1: TCVN3/ABC
 * ("C«ng t¸c ®èi ngo¹i") or VNI ("Coâng taùc ñoái ngoaïi"). Counts the words that carry a legacy
 * pattern; flags the text when at least 2 words and 15% of the words with letters do, and they
 * outnumber the words written in Unicode Vietnamese. Returns `null` for Unicode Vietnamese,
 * English and French-like text; a single legacy word is not enough to tell.
 * @example detectLegacyEncoding("C«ng t¸c ®èi ngo¹i") === "tcvn3"
 * @example detectLegacyEncoding("Công tác đối ngoại") === null
 */
export function detectLegacyEncoding(s: string): "tcvn3" | "vni" | null {
  let words = 0;
  let unicode = 0;
  let tcvn3 = 0;
  let vni = 0;
  for (const word of s.split(/\s+/)) {
    if (word === "" || !/[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/.test(word)) continue;
    words++;
    if (UNICODE_VIETNAMESE.test(word)) unicode++;
    if (looksTcvn3(word)) tcvn3++;
    if (VNI_STRONG.test(word)) vni++;
  }
  const best = Math.max(tcvn3, vni);
  if (best < LEGACY_MIN_WORDS || best < words * LEGACY_MIN_SHARE || best <= unicode) return null;
  return tcvn3 >= vni ? "tcvn3" : "vni";
}

// ---------------------------------------------------------------------------------------------
// Name comparison

/** Vietnamese tone marks in NFD: grave, acute, tilde, hook above, dot below (and the deprecated U+0340/U+0341). */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323\u0340\u0341]/g;
const HAS_TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323\u0340\u0341]/;
/** A syllable: letters and the combining marks on them. */
const SYLLABLE = /[\p{L}\p{M}]+/gu;

/** The deprecated Vietnamese tone marks U+0340/U+0341 as the usual grave/acute ("Hoa\u0340" ≡ "Hoà"). */
function canonicalTone(mark: string): string {
  if (mark === "\u0340") return "\u0300";
  if (mark === "\u0341") return "\u0301";
  return mark;
}

/** One NFD syllable with its tone marks moved to its end: "Ho\u0300a" (Hòa) → "Hoa\u0300" (Hoà). */
function moveToneToEnd(syllable: string): string {
  if (!HAS_TONE_MARK.test(syllable)) return syllable;
  let tones = "";
  const bare = syllable.replace(TONE_MARK, (m) => {
    tones += canonicalTone(m);
    return "";
  });
  return bare + tones;
}

/**
 * A comparison key for names: cleaned (see {@link cleanText}), NFD, each tone mark moved to the
 * end of its syllable, lower case, `Ð` (eth, common in PDFs) read as `đ`, spaces collapsed and
 * trimmed, then NFC. Two spellings of one name give the same key.
 * @example toneKey("Thanh Hóa") === toneKey("THANH HOÁ") // both "thanh hoá"
 */
export function toneKey(s: string): string {
  const nfd = cleanText(s)
    .normalize("NFD")
    .replace(/\u00D0/g, "đ");
  return nfd.replace(SYLLABLE, moveToneToEnd).toLowerCase().replace(/\s+/g, " ").trim().normalize("NFC");
}

/**
 * Whether two names are the same once tone-mark placement, case, NFC/NFD and spacing are set aside.
 * @example sameName("Ủy ban nhân dân", "UỶ BAN NHÂN DÂN") === true; sameName("Hòa", "Hóa") === false
 */
export function sameName(a: string, b: string): boolean {
  return a === b || toneKey(a) === toneKey(b);
}
