/** Work with overseas Vietnamese (người Việt Nam ở nước ngoài): figures, their projects, events for them. */
import { describeEvents } from "../sentences/activities";
import type { FactsOf } from "../sentences/facts";
import { citationLines, indicatorLines, investmentLines } from "./common";
import type { AreaRenderer } from "./types";

export const overseasVietnamese: AreaRenderer<FactsOf<"overseas-vietnamese">> = {
  sentences: (f, ctx) => [
    ...indicatorLines(f, ctx),
    ...investmentLines(f.projects, ctx),
    ...describeEvents(f.events ?? [], ctx, "hoạt động dành cho kiều bào"),
    ...citationLines(f),
  ],
};
