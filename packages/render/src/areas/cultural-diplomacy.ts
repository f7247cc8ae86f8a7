/** Cultural diplomacy (ngoại giao văn hóa): figures, then festivals and cultural events. */
import { describeEvents } from "../sentences/activities";
import type { FactsOf } from "../sentences/facts";
import { citationLines, indicatorLines, partnerLines } from "./common";
import type { AreaRenderer } from "./types";

export const culturalDiplomacy: AreaRenderer<FactsOf<"cultural-diplomacy">> = {
  sentences: (f, ctx) => [
    ...indicatorLines(f, ctx),
    ...describeEvents(f.events ?? [], ctx, "lễ hội, sự kiện"),
    ...partnerLines(f.partnersByLevel),
    ...citationLines(f),
  ],
};
