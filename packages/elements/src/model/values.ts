/**
 * What a person types ↔ what the document holds. Text that does not parse is kept as it is, so
 * that core validation names the problem ("«Số ngày» phải là một số") instead of losing input.
 */

import { formatDate, parseDate, parseNumberIn } from "./formats";

/**
 * Input kinds as the inputs carry them (`data-k`): `day` a full date and `pdate` a partial one,
 * typed day first (see `formats.ts`); `number-en` a number typed the English way ("1,250.5").
 */
export type InputKind = "text" | "number" | "number-en" | "narrative" | "select" | "date" | "day" | "pdate";

/**
 * Parse a number as people write it here: "1.000" and "1 000" (thousands), "12,5" (decimal
 * comma), "12.5". Anything else is returned unchanged.
 */
export function parseNumber(text: string): number | string | undefined {
  return parseNumberIn(text, "vi");
}

/** Paragraphs of a narrative textarea: one per non-blank line, as written. */
export function parseNarrative(text: string): string[] | undefined {
  const paras = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return paras.length ? paras : undefined;
}

/**
 * The value to store for the text of an input. Empty input removes an object key (`undefined`),
 * but keeps an empty string in a list row (an index cannot be removed by typing).
 */
export function parseInput(kind: InputKind, text: string, inList: boolean): unknown {
  switch (kind) {
    case "number":
      return parseNumberIn(text, "vi");
    case "number-en":
      return parseNumberIn(text, "en");
    case "day":
    case "pdate":
      return parseDate(text, kind === "pdate");
    case "narrative":
      return parseNarrative(text);
    default:
      return text === "" ? (inList ? "" : undefined) : text;
  }
}

/** The text an input shows for a stored value. */
export function displayValue(kind: InputKind, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (kind === "narrative") return Array.isArray(value) ? value.join("\n") : String(value);
  if (kind === "day" || kind === "pdate") return formatDate(value);
  return String(value);
}
