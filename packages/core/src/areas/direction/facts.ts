/** Direction and management (chỉ đạo, điều hành): the directing documents issued. */
import * as z from "zod";
import { Citation } from "../../model/values";
import { common, list } from "../common";

export const DirectionFacts = z
  .strictObject({
    ...common,
    issued: list(Citation, 500),
  })
  .meta({ id: "DirectionFacts" });
export type DirectionFacts = z.infer<typeof DirectionFacts>;
