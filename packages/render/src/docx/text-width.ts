/**
 * Estimated width of a line of Times New Roman text, to size the rules NĐ 30 asks for: under the
 * Tiêu ngữ as long as the text, under the issuing body and the subject 1/3 to 1/2 of the text.
 * Advance widths (1/1000 em) are those of Liberation Serif, metric-compatible with Times New Roman;
 * Vietnamese letters with tone marks are as wide as their base letter (checked on the font).
 */

// Widths of U+0020…U+007E.
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
  389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
  500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
  278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
  500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581,
  500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
  333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];
// Letters outside ASCII that Vietnamese uses as bases: Đ đ Ơ ơ Ư ư.
const EXTRA_REGULAR: Record<string, number> = {
  "\u00A0": 250,
  Đ: 722,
  đ: 500,
  Ơ: 722,
  ơ: 529,
  Ư: 776,
  ư: 542,
};
const EXTRA_BOLD: Record<string, number> = { "\u00A0": 250, Đ: 722, đ: 556, Ơ: 778, ơ: 554, Ư: 796, ư: 600 };
const HORN = "\u031B";
const COMBINING = /^\p{M}$/u;

function charWidth(ch: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  const code = ch.charCodeAt(0);
  if (code >= 0x20 && code <= 0x7e) return table[code - 0x20]!;
  const extra = bold ? EXTRA_BOLD : EXTRA_REGULAR;
  const direct = extra[ch];
  if (direct !== undefined) return direct;
  const decomposed = ch.normalize("NFD");
  let base = decomposed[0] ?? ch;
  if (decomposed.includes(HORN)) base = base === "O" ? "Ơ" : base === "o" ? "ơ" : base === "U" ? "Ư" : "ư";
  const baseCode = base.charCodeAt(0);
  if (baseCode >= 0x20 && baseCode <= 0x7e) return table[baseCode - 0x20]!;
  return extra[base] ?? 600;
}

/** Width in twips of `text` on one line at `sizePt` points. */
export function textWidthTwips(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize("NFC")) {
    if (COMBINING.test(ch)) continue;
    em += charWidth(ch, bold);
  }
  return Math.round((em / 1000) * sizePt * 20);
}

/** Width in twips of the widest line of `text` once wrapped in `boxWidth` twips (estimate). */
export function lineWidthTwips(text: string, sizePt: number, bold: boolean, boxWidth: number): number {
  let widest = 0;
  for (const line of text.split("\n")) {
    widest = Math.max(widest, Math.min(boxWidth, textWidthTwips(line, sizePt, bold)));
  }
  return widest;
}

/** Share of a box a balanced line may fill: room for the estimate being a little short. */
const FILL = 0.97;
/** Beyond this many words a line is left to the word processor to wrap. */
const MAX_BALANCED_WORDS = 60;
/**
 * Words a clerk does not leave at the end of a line of a centred title (conjunctions,
 * prepositions): such a break costs a share of the box; a break after a comma or semicolon
 * gains a smaller one.
 */
const WEAK_END = new Set([
  "và",
  "của",
  "về",
  "với",
  "cho",
  "các",
  "những",
  "trong",
  "tại",
  "theo",
  "đến",
  "để",
  "từ",
]);
const WEAK_END_COST = 0.15;
const COMMA_GAIN = 0.06;

/**
 * Breaks each line of `text` that would wrap in `boxWidth` into the fewest lines that fit, as
 * even as possible and preferring a break after a comma: "SỞ THÔNG TIN / VÀ TRUYỀN THÔNG", not
 * "SỞ THÔNG TIN VÀ TRUYỀN / THÔNG", as a clerk breaks a centred name. Lines that fit, and
 * explicit line breaks, are kept. Lines break at spaces only, never at a no-break space: the fixed
 * phrases of `keepPhrases` ("ỦY BAN NHÂN DÂN", "6 tháng đầu năm") stay whole.
 */
export function balanceLines(text: string, sizePt: number, bold: boolean, boxWidth: number): string {
  return text
    .split("\n")
    .map((line) => balanceLine(line, sizePt, bold, boxWidth * FILL))
    .join("\n");
}

function breakCost(word: string, limit: number): number {
  if (/[,;:]$/.test(word)) return -COMMA_GAIN * limit;
  return WEAK_END.has(word.toLowerCase()) ? WEAK_END_COST * limit : 0;
}

function balanceLine(line: string, sizePt: number, bold: boolean, limit: number): string {
  if (textWidthTwips(line, sizePt, bold) <= limit) return line;
  const words = line.split(" ");
  if (words.length < 2 || words.length > MAX_BALANCED_WORDS) return line;
  const n = words.length;
  // Widths add up (no kerning), so a line's width is a difference of prefix sums plus its spaces.
  const space = textWidthTwips(" ", sizePt, bold);
  const prefix = [0];
  for (const word of words) prefix.push(prefix[prefix.length - 1]! + textWidthTwips(word, sizePt, bold));
  const width = (i: number, j: number) => prefix[j]! - prefix[i]! + (j - i - 1) * space;
  // best[k][j]: the smallest largest line cost when words[0..j) are set in k lines; cut[k][j]:
  // where the last of them starts. A line's cost is its width, plus the cost of the break after it.
  for (let lines = 2; lines <= Math.min(n, 6); lines++) {
    const best: number[][] = [[0, ...Array<number>(n).fill(Number.POSITIVE_INFINITY)]];
    const cut: number[][] = [[]];
    for (let k = 1; k <= lines; k++) {
      best[k] = Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
      cut[k] = Array<number>(n + 1).fill(-1);
      for (let j = 1; j <= n; j++) {
        const after = j < n ? breakCost(words[j - 1]!, limit) : 0;
        for (let i = k - 1; i < j; i++) {
          const prev = best[k - 1]![i]!;
          if (prev === Number.POSITIVE_INFINITY) continue;
          const w = width(i, j);
          if (w > limit) continue;
          const cost = Math.max(prev, w + after);
          if (cost < best[k]![j]!) {
            best[k]![j] = cost;
            cut[k]![j] = i;
          }
        }
      }
    }
    if (best[lines]![n]! === Number.POSITIVE_INFINITY) continue;
    const out: string[] = [];
    let end = n;
    for (let k = lines; k >= 1; k--) {
      const start = cut[k]![end]!;
      out.unshift(words.slice(start, end).join(" "));
      end = start;
    }
    return out.join("\n");
  }
  return line;
}
