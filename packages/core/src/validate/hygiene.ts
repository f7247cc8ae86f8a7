/**
 * Text hygiene over a whole input: every string is cleaned (NFC, ƣ → ư, control characters
 * removed) and text that looks typed in TCVN3 or VNI is reported. Objects are copied only
 * where a string changes, so clean input costs one walk and no allocation. It runs on input
 * already bounded by bounds.ts, so no string it scans is longer than the model allows.
 */
import { cleanText, detectLegacyEncoding, needsCleaning } from "../text";
import { MAX_DEPTH, TooDeepError } from "./bounds";
import type { IssuePath, RawIssue } from "./issues";

/** Latin-1 characters that never occur in Unicode Vietnamese: a cheap sign of a legacy encoding. */
const LEGACY_SIGN =
  /[\u00A0-\u00BF\u00C4-\u00C7\u00CB\u00CE\u00CF\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE\u00FF]/;

/**
 * A first scan, kept to few ranges because a long character class is several times slower:
 * controls, Latin-1 punctuation and symbols (where TCVN3 puts its letters), ñ ö ø (VNI's đ ư ơ),
 * ƣ/Ƣ, combining marks, the NFC singletons, surrogates, BOM and noncharacters. A string it
 * does not match needs no cleaning and has no legacy-encoding sign; the rest get the full checks.
 */
// A scan for single code units, combining marks included on purpose (see biome.json overrides).
const SUSPECT =
  /[\x00-\x09\x0b-\x1f\x7f-\xbf\xf1\xf6\xf8\u01a2\u01a3\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\u2126\u212a\u212b\ud800-\udfff\ufe20-\ufe2f\ufeff\ufffe\uffff]/;

export { MAX_DEPTH, TooDeepError } from "./bounds";

/**
 * Long strings already found clean. A form validates the same document again and again as the
 * person types, and most of its strings are the very same string objects each time: V8 keeps a
 * string's hash in the string, so the lookup costs nothing next to scanning the text again.
 * Bounded: at most {@link CACHE_CHARS} characters are remembered, then the set starts afresh.
 */
const knownClean = new Set<string>();
const CACHE_MIN = 64;
const CACHE_CHARS = 4_000_000;
let cachedChars = 0;

function isClean(s: string): boolean {
  if (s.length < CACHE_MIN) return !SUSPECT.test(s);
  if (knownClean.has(s)) return true;
  if (SUSPECT.test(s)) return false;
  if (cachedChars + s.length > CACHE_CHARS) {
    knownClean.clear();
    cachedChars = 0;
  }
  knownClean.add(s);
  cachedChars += s.length;
  return true;
}

/** Called for every object met by the walk (see `cleanDocument`). */
export type ObjectVisitor = (
  obj: Record<string, unknown>,
  path: IssuePath,
  key: string | number | undefined,
) => void;

export function cleanValue(
  value: unknown,
  path: IssuePath,
  issues: RawIssue[],
  visit?: ObjectVisitor,
  key?: string | number,
): unknown {
  if (path.length > MAX_DEPTH) throw new TooDeepError(path.slice(0, MAX_DEPTH));
  if (typeof value === "string") {
    if (isClean(value)) return value;
    if (LEGACY_SIGN.test(value)) {
      const encoding = detectLegacyEncoding(value);
      if (encoding)
        issues.push({
          code: "text.legacy-encoding",
          path: [...path],
          severity: "warning",
          params: { encoding },
        });
    }
    return needsCleaning(value) ? cleanText(value) : value;
  }
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const v = cleanValue(value[i], path, issues, visit, key);
      path.pop();
      if (v !== value[i]) {
        out ??= value.slice();
        out[i] = v;
      }
    }
    return out ?? value;
  }
  if (value !== null && typeof value === "object") {
    let out: Record<string, unknown> | undefined;
    const obj = value as Record<string, unknown>;
    visit?.(obj, path, key);
    for (const k in obj) {
      path.push(k);
      const v = cleanValue(obj[k], path, issues, visit, k);
      path.pop();
      if (v !== obj[k]) {
        out ??= { ...obj };
        // defineProperty, not `out[k] = v`: a key "__proto__" must stay a key (never the prototype).
        Object.defineProperty(out, k, { value: v, writable: true, enumerable: true, configurable: true });
      }
    }
    return out ?? value;
  }
  return value;
}

/**
 * Clean every string of `input` (see `cleanText`); returns the cleaned copy and legacy-encoding
 * warnings. `visit`, when given, sees every object of the input on the same walk (the rules
 * that look at objects use it, so a document is walked once for both).
 */
export function cleanDocument<T>(input: T, visit?: ObjectVisitor): { value: T; issues: RawIssue[] } {
  const issues: RawIssue[] = [];
  const value = cleanValue(input, [], issues, visit) as T;
  return { value, issues };
}
