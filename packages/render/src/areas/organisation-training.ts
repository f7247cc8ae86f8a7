/** Organisation and training (kiện toàn bộ máy, đào tạo, bồi dưỡng): staff figures, trainings. */
import { describeEvents } from "../sentences/activities";
import type { FactsOf } from "../sentences/facts";
import { citationLines, indicatorLines } from "./common";
import type { AreaRenderer } from "./types";

export const organisationTraining: AreaRenderer<FactsOf<"organisation-training">> = {
  sentences: (f, ctx) => [
    ...indicatorLines(f, ctx),
    ...describeEvents(f.trainings ?? [], ctx, "lớp đào tạo, bồi dưỡng"),
    ...citationLines(f),
  ],
};
