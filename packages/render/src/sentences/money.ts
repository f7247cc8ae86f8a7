/**
 * Stated comparisons and money figures as Vietnamese documents write them: "tăng 7,15% so với
 * cùng kỳ năm 2020" (the percentage as stated, never rounded), "+7,15% so với cùng kỳ năm 2020",
 * "tăng 120% - 130% so với năm 2018", "bằng 105% so với cùng kỳ"; "kim ngạch xuất nhập khẩu đạt
 * 120 triệu USD (tăng 7,15% so với cùng kỳ năm 2020), trong đó: xuất khẩu 70 triệu USD; nhập
 * khẩu 50 triệu USD"; "Trong giai đoạn 2016 - 2020, giá trị viện trợ … vận động đạt hơn 80
 * triệu USD." The status of an amount has its own words (`ENUM_PHRASES.MoneyStatus`): a
 * committed amount is written "cam kết", never "tiếp nhận".
 */
import {
  type ComparisonBase,
  ENUM_PHRASES,
  formatDateShort,
  formatNumber,
  type Money,
  type MoneyFigure,
  type MoneyPart,
  type MoneyStatus,
  type StatedComparison,
} from "@doingoai/core";
import {
  bracket,
  capitalize,
  describeAmount,
  endSentence,
  factPeriodContext,
  factPeriodLabel,
  opening,
  type SentenceContext,
} from "./phrase";

/**
 * Money as running text writes it, at the precision the document states: "50.000 USD (tương
 * đương khoảng 1,2 tỷ đồng)", "42.000 USD (tương đương khoảng 1,05 tỷ đồng, theo tỷ giá ngày
 * 01/02/2025)"; an amount that has no short form keeps every digit ("12.069.992 USD").
 */
export function describeMoney(m: Money): string {
  const main = describeAmount(m);
  if (m.equivalent === undefined) return main;
  const rate = m.rateDate === undefined ? "" : `, theo tỷ giá ngày ${formatDateShort(m.rateDate)}`;
  return `${main} (tương đương ${describeAmount(m.equivalent)}${rate})`;
}

/** Decimals a stated percentage keeps: enough for any figure a document writes ("7,15%", "0,125%"). */
const PERCENT_DIGITS = 6;

/** The size of a percentage as written: 7.15 → "7,15%", 120 → "120%" (no rounding to one decimal). */
function size(x: number, decimals = 0): string {
  const text = formatNumber(Math.abs(x), { maxFractionDigits: PERCENT_DIGITS });
  const [int, frac = ""] = text.split(",");
  // The source's own trailing zeros ("7,10%"): at least `decimals` digits, never fewer than the value has.
  const digits = frac.padEnd(decimals, "0");
  return `${int}${digits === "" ? "" : `,${digits}`}%`;
}

/** A percentage with its sign: 7.15 → "+7,15%", -3 → "-3%", 0 → "0%". */
function signed(x: number, decimals = 0): string {
  return x > 0 ? `+${size(x, decimals)}` : x < 0 ? `-${size(x, decimals)}` : size(x, decimals);
}

function qualifierWord(c: StatedComparison): string {
  const w = c.qualifier === undefined ? "" : ENUM_PHRASES.Qualifier[c.qualifier];
  return w === "" ? "" : `${w} `;
}

/**
 * "so với cùng kỳ năm 2020", "so với năm 2018", "so với 6 tháng đầu năm 2019". With no base given,
 * the same period of the year before the document's ("so với cùng kỳ năm 2025"); a same-period
 * base with no year is written as the source has it, "so với cùng kỳ".
 */
export function comparisonBaseText(against: ComparisonBase | undefined, ctx: SentenceContext = {}): string {
  if (against === undefined) {
    return ctx.previousYear === undefined ? "so với cùng kỳ" : `so với cùng kỳ năm ${ctx.previousYear}`;
  }
  // A base whose fields do not fit its kind is reported by validation (`comparison.base`); it is
  // still written, nothing typed left out: a period is named when given, else the year.
  if (against.period !== undefined) return `so với ${factPeriodLabel(against.period)}`;
  const sameKy = against.kind === "same-period";
  if (against.year !== undefined)
    return sameKy ? `so với cùng kỳ năm ${against.year}` : `so với năm ${against.year}`;
  if (sameKy) return "so với cùng kỳ";
  if (against.kind === "year" && ctx.previousYear !== undefined) return `so với năm ${ctx.previousYear}`;
  return against.kind === "year" ? "so với năm trước" : "so với kỳ trước";
}

/** The change without its base: "tăng 7,15%", "giảm khoảng 3%", "+7,15%", "tăng 120% - 130%", "bằng 105%". */
function changeText(c: StatedComparison): string {
  const q = qualifierWord(c);
  const d = c.decimals ?? 0;
  const to = c.percentTo;
  const wording = c.wording ?? "change";
  if (wording === "ratio") {
    const range =
      to === undefined
        ? signedIfNegative(c.percent, d)
        : `${signedIfNegative(c.percent, d)} - ${signedIfNegative(to, d)}`;
    return `bằng ${q}${range}`;
  }
  const values = to === undefined ? [c.percent] : [c.percent, to];
  const up = values.every((v) => v >= 0) && values.some((v) => v > 0);
  const down = values.every((v) => v <= 0) && values.some((v) => v < 0);
  if (wording === "change" && (up || down)) {
    return `${up ? "tăng" : "giảm"} ${q}${values.map((v) => size(v, d)).join(" - ")}`;
  }
  if (wording === "change" && values.every((v) => v === 0)) return "không tăng, không giảm";
  // A signed wording, or a range from a decrease to an increase: the signs say it.
  return `${q}${values.map((v) => signed(v, d)).join(" - ")}`;
}

function signedIfNegative(x: number, decimals = 0): string {
  return x < 0 ? signed(x, decimals) : size(x, decimals);
}

/**
 * A stated comparison as a document writes it, base included.
 * @example describeComparison({ percent: 7.15, wording: "signed", against: { kind: "same-period", year: 2020 } }) === "+7,15% so với cùng kỳ năm 2020"
 * @example describeComparison({ percent: 120, percentTo: 130, against: { kind: "year", year: 2018 } }) === "tăng 120% - 130% so với năm 2018"
 */
export function describeComparison(c: StatedComparison, ctx: SentenceContext = {}): string {
  return `${changeText(c)} ${comparisonBaseText(c.against, ctx)}`;
}

/** The words for the status of an amount: "cam kết", "vận động", "đã tiếp nhận", "đã giải ngân". */
export function moneyStatusWord(status: MoneyStatus): string {
  return ENUM_PHRASES.MoneyStatus[status];
}

/** An amount with its stated comparison in a bracket: "70 triệu USD (tăng 5% so với cùng kỳ năm 2025)". */
function amountWithChange(m: Money & { change?: StatedComparison }, ctx: SentenceContext): string {
  const change = m.change === undefined ? "" : describeComparison(m.change, ctx);
  return describeMoney(m) + bracket([change]);
}

/** The parts of an amount: "trong đó: xuất khẩu 70 triệu USD; nhập khẩu 50 triệu USD". */
export function describeMoneyParts(parts: readonly MoneyPart[], ctx: SentenceContext = {}): string {
  if (parts.length === 0) return "";
  const list = parts.map((p) => `${p.label.trim()} ${amountWithChange(p, ctx)}`);
  return `trong đó: ${list.join("; ")}`;
}

/**
 * The clause of a money figure, no period: "kim ngạch xuất nhập khẩu đạt 120 triệu USD (tăng
 * 7,15% so với cùng kỳ năm 2020), trong đó: xuất khẩu …"; with a status, its word after the name:
 * "giá trị viện trợ cam kết đạt 1,2 triệu USD". The figure's own `label` wins over `name`.
 */
export function describeMoneyFigureClause(f: MoneyFigure, name: string, ctx: SentenceContext = {}): string {
  const label = (f.label ?? name).trim();
  const status = f.status === undefined ? "" : ` ${moneyStatusWord(f.status)}`;
  let text = `${label}${status} đạt ${amountWithChange(f, ctx)}`;
  const parts = describeMoneyParts(f.parts ?? [], ctx);
  if (parts !== "") text += `, ${parts}`;
  return text;
}

/**
 * One sentence for a money figure, opening with its own period when it has one ("Trong giai
 * đoạn 2016 - 2020, …"; a comparison then defaults to the year before that period's), else with
 * the document's.
 */
export function describeMoneyFigure(f: MoneyFigure, name: string, ctx: SentenceContext = {}): string {
  const own = f.period === undefined ? ctx : factPeriodContext(f.period);
  return endSentence(capitalize(opening(own) + describeMoneyFigureClause(f, name, own)));
}
