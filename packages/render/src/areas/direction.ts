/** Direction (công tác chỉ đạo, điều hành): the texts issued, the texts implemented, then figures. */
import { describeIssued } from "../sentences/citations";
import type { FactsOf } from "../sentences/facts";
import { citationLines, indicatorLines } from "./common";
import type { AreaRenderer } from "./types";

export const direction: AreaRenderer<FactsOf<"direction">> = {
  sentences: (f, ctx) => [
    ...describeIssued(f.issued ?? [], ctx),
    ...citationLines(f),
    ...indicatorLines(f, ctx),
  ],
};
