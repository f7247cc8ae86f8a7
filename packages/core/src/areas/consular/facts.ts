/** Consular affairs and citizen protection (lãnh sự, bảo hộ công dân): indicators only. */
import * as z from "zod";
import { common } from "../common";

export const ConsularFacts = z
  .strictObject({
    ...common,
  })
  .meta({ id: "ConsularFacts" });
export type ConsularFacts = z.infer<typeof ConsularFacts>;
