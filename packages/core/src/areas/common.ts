/** What every area's facts may carry (indicators and the texts it cites), and the list helper. */
import * as z from "zod";
import { Indicator } from "../model/facts";
import { Citation } from "../model/values";

/** An optional list of at most `max` items. */
export const list = <T extends z.ZodType>(t: T, max = 1000) => z.array(t).max(max).optional();

/** The fields every area's facts have: indicators and the texts it cites. */
export const common = {
  indicators: list(Indicator, 200),
  citations: list(Citation, 500),
};
