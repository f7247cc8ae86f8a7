/**
 * Numbered sections with the document's own numbering (`Numbering`: "A." → "I." → "1." …), for
 * plans and programmes whose outline is data. Top titles numbered "A.", "I." or "I-" are
 * upper-cased (a top level numbered "1." keeps its words as typed: "1. Mục tiêu"); a "1.1." level
 * continues its parent's number; a node written run in (`inline`) is one paragraph "1. {runs}",
 * followed by its blocks and its own numbered children.
 */
import { markerNumber, type Numbering, numberMarker } from "@doingoai/core";
import { upper } from "./text";
import type { Node } from "./tree";
import type { Block, HeadingLevel } from "./types";

/** The styles whose top-level titles are written in capitals (section headings, NĐ 30). */
const UPPER_STYLES: ReadonlySet<string> = new Set(["A.", "I.", "I-"]);

/** Write `nodes` numbered by `numbering` from `depth` (0 = the top level) into `out`. */
export function emitNumbered(
  nodes: readonly Node[],
  numbering: Numbering,
  out: Block[],
  depth = 0,
  parent = "",
  firstLevel: HeadingLevel = 1,
): void {
  const style = numbering[Math.min(depth, numbering.length - 1)]!;
  const level = Math.min(depth + firstLevel, 4) as HeadingLevel;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    const m = numberMarker(style, i + 1, parent);
    if (n.inline !== undefined) {
      out.push({ type: "paragraph", role: "body", runs: [{ text: `${m} ` }, ...n.inline] });
    } else {
      out.push({
        type: "heading",
        level,
        marker: m,
        text: depth === 0 && UPPER_STYLES.has(style) ? upper(n.title) : n.title,
        ...(n.tail === undefined ? {} : { tail: n.tail }),
      });
    }
    for (const b of n.blocks) out.push(b);
    if (n.children.length > 0)
      emitNumbered(n.children, numbering, out, depth + 1, markerNumber(m), firstLevel);
    if (n.after !== undefined) for (const b of n.after) out.push(b);
  }
}
