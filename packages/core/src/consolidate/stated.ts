/**
 * What a unit states that consolidation cannot sum — a stated comparison, the parts of an amount,
 * a figure of another period, a partial list of aid rows, amounts of different statuses — kept
 * with its unit and path (`NotSummed`), written per unit in the appendix "Tổng hợp theo đơn vị",
 * and named in one warning per area and figure that lists the units.
 */
import { formatNumber } from "../format/numbers";
import type { Period, StatedComparison } from "../model/values";
import type { IssuePath } from "../validate/issues";
import type { BuildContext } from "./context";
import { nameKey } from "./context";
import { consolidationIssue } from "./messages";
import type { NotSummed, NotSummedReason } from "./types";

const percent = (x: number) => `${formatNumber(Math.abs(x), { maxFractionDigits: 6 })}%`;

function periodText(p: Period | undefined): string {
  return p ? `${p.from} – ${p.to}` : "";
}

/** A stated comparison in short words: "tăng 7,15% so với cùng kỳ năm 2025", "bằng 105%". */
export function comparisonText(c: StatedComparison): string {
  const values = c.percentTo === undefined ? [c.percent] : [c.percent, c.percentTo];
  const q = c.qualifier && c.qualifier !== "exact" ? "khoảng " : "";
  let change: string;
  if (c.wording === "ratio")
    change = `bằng ${q}${values.map((v) => `${v < 0 ? "-" : ""}${percent(v)}`).join(" - ")}`;
  else if (values.every((v) => v >= 0) && values.some((v) => v > 0))
    change = `tăng ${q}${values.map((v) => percent(v)).join(" - ")}`;
  else if (values.every((v) => v <= 0) && values.some((v) => v < 0))
    change = `giảm ${q}${values.map((v) => percent(v)).join(" - ")}`;
  else change = `${q}${values.map((v) => `${v < 0 ? "-" : "+"}${percent(v)}`).join(" - ")}`;
  const a = c.against;
  const base =
    a === undefined || a.kind === "same-period"
      ? `so với cùng kỳ${a?.year ? ` năm ${a.year}` : ""}`
      : a.kind === "year"
        ? `so với năm ${a.year ?? ""}`.trimEnd()
        : `so với giai đoạn ${periodText(a.period)}`.trimEnd();
  return `${change} ${base}`;
}

/** An amount in short words: "1.200.000 USD". */
export function amountText(m: { amount: number; currency: string }): string {
  return `${formatNumber(m.amount, { maxFractionDigits: 2 })} ${m.currency}`;
}

/** The parts of an amount: "trong đó: xuất khẩu 70 USD; nhập khẩu 50 USD". */
export function partsText(parts: readonly { label: string; amount: number; currency: string }[]): string {
  return `trong đó: ${parts.map((p) => `${p.label.trim()} ${amountText(p)}`).join("; ")}`;
}

/** What a reason is called in the appendix and in the issues. */
export const REASON_WORDS: Record<NotSummedReason, { vi: string; en: string }> = {
  percentage: { vi: "tỷ lệ phần trăm", en: "a percentage" },
  rate: { vi: "một tỷ suất", en: "a rate" },
  "stated-comparison": { vi: "so sánh do đơn vị tự nêu", en: "a comparison the unit states" },
  "money-parts": { vi: "các phần của số tiền", en: "the parts of an amount" },
  "other-period": { vi: "số liệu của kỳ khác", en: "a figure of another period" },
  "partial-list": {
    vi: "danh sách tiêu biểu, không phải số tổng",
    en: "a list of notable rows, not a total",
  },
  "mixed-status": {
    vi: "số tiền có trạng thái khác (cam kết, vận động, tiếp nhận, giải ngân)",
    en: "an amount of another status (committed, mobilised, received, disbursed)",
  },
};

/** The not-summed facts of one area, with one warning per figure naming its units. */
export class NotSummedList {
  readonly entries: NotSummed[] = [];
  private readonly groups = new Map<string, { first: NotSummed; units: Set<string> }>();

  add(entry: NotSummed): void {
    this.entries.push(entry);
    const k = `${entry.reason}|${nameKey(entry.label)}`;
    const g = this.groups.get(k);
    if (!g) this.groups.set(k, { first: entry, units: new Set([entry.unit]) });
    else g.units.add(entry.unit);
  }

  /** The warnings (`consolidate.not-summed`), one per reason and figure, at the first report's path. */
  flush(label: string, ctx: BuildContext): void {
    for (const { first, units } of this.groups.values()) {
      const names: string[] = [];
      for (const u of units) {
        if (names.length === 10) break;
        names.push(ctx.unitName(u));
      }
      const path: IssuePath = [...ctx.reportPath(first.report), ...first.path];
      ctx.issues.push(
        consolidationIssue(
          "consolidate.not-summed",
          path,
          "warning",
          label,
          {
            label: first.label,
            reason: first.reason,
            reasonWords: REASON_WORDS[first.reason][ctx.lang],
            units: names,
            more: units.size - names.length,
            report: first.report,
          },
          ctx.lang,
        ),
      );
    }
    this.groups.clear();
  }
}

/** The appendix cell of one unit: what it stated that was not summed, "; "-joined. */
export function notSummedCell(entries: readonly NotSummed[]): string {
  return entries
    .map((e) => {
      const what =
        e.text ??
        `${formatNumber(Math.abs(e.value), { maxFractionDigits: 6 })}${e.unitOfCount ? `${e.unitOfCount === "%" ? "" : " "}${e.unitOfCount}` : ""}`;
      return `${e.label}: ${what} (${REASON_WORDS[e.reason].vi})`;
    })
    .join("; ");
}
