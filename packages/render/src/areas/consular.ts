/** Consular work and citizen protection (lãnh sự, bảo hộ công dân): figures only. */
import type { FactsOf } from "../sentences/facts";
import { citationLines, indicatorLines } from "./common";
import type { AreaRenderer } from "./types";

export const consular: AreaRenderer<FactsOf<"consular">> = {
  sentences: (f, ctx) => [...indicatorLines(f, ctx), ...citationLines(f)],
};
