/**
 * A worked example of the area's facts (constructed): a figure, a project of overseas
 * Vietnamese, an event for them. Used by the constructed fixture `AREAS_REPORT`, the render
 * coverage test and the docs.
 */
import type { AreaFacts } from "../index";

export const example: AreaFacts<"overseas-vietnamese"> = {
  indicators: [{ key: "overseasVisits", count: { value: 25, qualifier: "about", unit: "lượt" } }],
  projects: [
    {
      kind: "overseas-vietnamese",
      title: "Trang trại chè hữu cơ",
      investor: "Ông Lê Văn Minh",
      country: "Cộng hòa Séc",
      capital: { amount: 3500000000, currency: "VND" },
      status: "đang hoạt động",
    },
  ],
  events: [
    {
      title: "Gặp mặt kiều bào về quê đón Tết",
      from: "2026-02-10",
      to: "2026-02-10",
      participants: { value: 25, unit: "kiều bào" },
    },
  ],
};
