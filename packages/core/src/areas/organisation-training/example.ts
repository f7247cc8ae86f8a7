/**
 * A worked example of the area's facts (constructed): staff figures and a training. Used by the
 * constructed fixture `AREAS_REPORT`, the render coverage test and the docs.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"organisation-training"> = {
  indicators: [
    { key: "staffFullTime", count: { value: 0, unit: "người" } },
    { key: "staffPartTime", count: { value: 2, unit: "người" } },
  ],
  trainings: [
    {
      title: "Bồi dưỡng kiến thức đối ngoại cho cán bộ cấp xã",
      from: "2026-05-20",
      to: "2026-05-21",
      organiser: "Sở Ngoại vụ",
      participants: { value: 2, unit: "lượt người" },
    },
  ],
};
