/** Awards (khen thưởng): a line per award, then figures. */
import { describeAwards } from "../sentences/activities";
import type { FactsOf } from "../sentences/facts";
import { citationLines, indicatorLines } from "./common";
import type { AreaRenderer } from "./types";

export const awards: AreaRenderer<FactsOf<"awards">> = {
  sentences: (f, ctx) => [
    ...describeAwards(f.awards ?? [], ctx),
    ...indicatorLines(f, ctx),
    ...citationLines(f),
  ],
};
