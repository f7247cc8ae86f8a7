/**
 * A plan's outline as data: the document's own (`body.outline`) or the default of seed 003
 * built from the body's `headings`; and the markers of each numbering style.
 */
import { alphaMarker, romanNumeral } from "../format/numbers";
import type { Numbering, NumberStyle, PlanOutline } from "../model/outline";
import type { PlanBody } from "../model/plan";

/** The default numbering of a plan's levels: I., 1., 1.1., a). */
export const DEFAULT_PLAN_NUMBERING: Numbering = ["I.", "1.", "1.1.", "a)"];

/** Capital letters for "A." (A … Z without the letters Vietnamese does not use, as documents write them). */
const UPPER_LETTERS = "ABCDĐEGHIKLMNOPQRSTUVXY";

/**
 * The marker of the `n`th item (from 1) in a numbering style: "B.", "II.", "II-", "2.", "1.2."
 * (with `parent` "1"), "b)", "-". Past the letters and numerals a style can write, the arabic
 * number is used.
 */
export function numberMarker(style: NumberStyle, n: number, parent = ""): string {
  switch (style) {
    case "A.":
      return n <= UPPER_LETTERS.length ? `${UPPER_LETTERS[n - 1]}.` : `${n}.`;
    case "I.":
      return n <= 50 ? `${romanNumeral(n)}.` : `${n}.`;
    case "I-":
      return n <= 50 ? `${romanNumeral(n)}-` : `${n}-`;
    case "1.":
      return `${n}.`;
    case "1.1.":
      return parent === "" ? `${n}.` : `${parent}.${n}.`;
    case "a)":
      return n <= 23 ? `${alphaMarker(n - 1)})` : `${n})`;
    default:
      return style;
  }
}

/** The number a "1.1." style continues from its parent's marker ("2." → "2", "II." → ""). */
export function markerNumber(marker: string): string {
  const m = /^(\d+(?:\.\d+)*)[.)]?$/.exec(marker.trim());
  return m?.[1] ?? "";
}

/**
 * The outline a plan is written with: its own, else the default (seed 003) from its `headings`:
 * I. Mục đích, yêu cầu (1. Mục đích, 2. Yêu cầu), II. Nội dung, III. Tổ chức thực hiện, and IV.
 * Kinh phí thực hiện when the plan has funding.
 */
export function planOutline(body: PlanBody): Required<PlanOutline> {
  const own = body.outline;
  if (own !== undefined) return { numbering: own.numbering ?? DEFAULT_PLAN_NUMBERING, parts: own.parts };
  const h = body.headings ?? {};
  const parts: PlanOutline["parts"] = [
    {
      part: "purposeAndRequirements",
      title: h.purposeAndRequirements ?? "Mục đích, yêu cầu",
      purpose: h.purpose ?? "Mục đích",
      requirements: h.requirements ?? "Yêu cầu",
    },
    { part: "content", title: h.content ?? "Nội dung" },
    { part: "implementation", title: h.implementation ?? "Tổ chức thực hiện" },
  ];
  if (body.funding !== undefined) parts.push({ part: "funding", title: h.funding ?? "Kinh phí thực hiện" });
  return { numbering: DEFAULT_PLAN_NUMBERING, parts };
}
