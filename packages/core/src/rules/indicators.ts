/** Indicator rules: known keys, a label when there is no key, parts not above the total. */
import { isIndicatorKey } from "../model/indicators";
import type { ObjectRule } from "./context";

export const indicatorsWellFormed: ObjectRule = {
  visit(o, path, { report }) {
    if (typeof o.key === "string" && !isIndicatorKey(o.key))
      report("indicator.unknown-key", [...path, "key"], "error", { key: o.key });
    if (o.key === undefined && o.label === undefined)
      report("indicator.label-missing", [...path, "label"], "error");
    const total = o.count as { value: number; qualifier?: string };
    const parts = o.breakdown as { count: { value: number } }[] | undefined;
    if (parts && (!total.qualifier || total.qualifier === "exact")) {
      const sum = parts.reduce((s, p) => s + p.count.value, 0);
      if (sum > total.value)
        report("indicator.breakdown", [...path, "breakdown"], "error", { sum, total: total.value });
    }
  },
};
