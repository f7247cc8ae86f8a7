/**
 * Shared value types: dates, periods, counts, money, citations, narrative.
 * Every object is strict: an unknown key is an error, never silently dropped.
 */
import * as z from "zod";
import { LIMITS } from "./limits";
import { existingDay } from "./refinements";
import { withRules } from "./rule-sites";

const impossibleDate = { error: "impossible date", params: { code: "date.impossible" } };

/** A full calendar date, ISO `YYYY-MM-DD`. Impossible dates (2024-02-30) are rejected. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  .refine(existingDay, impossibleDate)
  .meta({ id: "IsoDate", format: "date" });
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * A date that may be partly blank, as drafts have it: `2024-05-08`, `2024-05` (day blank:
 * "ngày     tháng 5 năm 2024") or `2024` (day and month blank).
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/)
  .refine(existingDay, impossibleDate)
  .meta({ id: "PartialDate" });
export type PartialDate = z.infer<typeof PartialDate>;

/** A date-time with offset, as digital signatures carry it: `2024-05-17T08:21:46+07:00`. */
export const IsoDateTime = z.iso.datetime({ offset: true }).meta({ id: "IsoDateTime" });

/** Text of one line (a body, a title, a place). */
export const Line = z.string().min(1).max(LIMITS.line);
/** A person's name. */
export const Name = z.string().min(1).max(LIMITS.name);
/** Text of a paragraph. Long text is allowed (pasted reports), but bounded. */
export const Text = z.string().min(1).max(LIMITS.paragraph);

/**
 * The document's own words: paragraphs in order, each as written, list markers ("- ", "+ ",
 * "1. ") included. Rendering keeps them; where a section has no narrative, sentences are
 * generated from its facts.
 */
export const Narrative = z.array(Text).max(2000).meta({ id: "Narrative" });
export type Narrative = z.infer<typeof Narrative>;

/** How exact a stated quantity is: "trên 70 lượt", "khoảng 1.000 lượt khách", "gần", "dưới". */
export const Qualifier = z
  .enum(["exact", "over", "more-than", "about", "nearly", "under"])
  .meta({ id: "Qualifier" });
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * A count with its unit: `{ value: 3, unit: "trường hợp" }` → "03 trường hợp";
 * `{ value: 70, qualifier: "over", unit: "lượt" }` → "trên 70 lượt".
 */
export const Count = z
  .strictObject({
    value: z.number().int().min(0).max(1_000_000_000),
    qualifier: Qualifier.optional(),
    unit: z.string().min(1).max(100).optional(),
  })
  .meta({ id: "Count" });
export type Count = z.infer<typeof Count>;

/** ISO 4217 code (VND, USD, EUR, CNY, JPY, KRW…). */
export const Currency = z.string().regex(/^[A-Z]{3}$/);

/** An amount of money; `equivalent` is the same amount in another currency ("tương đương …"). */
export const Amount = z
  .strictObject({
    amount: z.number().min(0).max(1e15),
    currency: Currency,
    qualifier: Qualifier.optional(),
  })
  .meta({ id: "Amount" });
export type Amount = z.infer<typeof Amount>;

/** The keys of an amount of money, shared by `Money` and the figures built on it (`MoneyFigure`). */
export const moneyShape = {
  amount: z.number().min(0).max(1e15),
  currency: Currency,
  qualifier: Qualifier.optional(),
  equivalent: Amount.optional(),
  /** Date of the exchange rate used for the equivalent. */
  rateDate: IsoDate.optional(),
};

export const Money = z.strictObject(moneyShape).meta({ id: "Money" });
export type Money = z.infer<typeof Money>;

/** Aid or funding in kind (goods, equipment), with an optional estimated value. */
export const InKind = z
  .strictObject({
    description: Line,
    estimatedValue: Money.optional(),
  })
  .meta({ id: "InKind" });
export type InKind = z.infer<typeof InKind>;

/** Kinds of cited texts (văn bản), as they are written in running text. */
export const CitationKind = z
  .enum([
    "Công văn",
    "Kế hoạch",
    "Quyết định",
    "Chỉ thị",
    "Kết luận",
    "Nghị quyết",
    "Nghị định",
    "Thông tư",
    "Thông báo",
    "Chương trình",
    "Chương trình phối hợp",
    "Hướng dẫn",
    "Luật",
    "Báo cáo",
    "Quy chế",
    "Quy định",
    "Đề án",
    "Tờ trình",
    "Giấy mời",
    "Hiệp định",
    "Biên bản ghi nhớ",
    "Bản ghi nhớ",
    "Văn bản",
  ])
  .meta({ id: "CitationKind" });
export type CitationKind = z.infer<typeof CitationKind>;

/**
 * Number and symbol of a cited text, in either style:
 * state `448/SNgV-LSHTQT`, `03/2021/TT-BNG`; Party `57-KL/TW`, `149-KH/TU`.
 */
export const CitationCode = z
  .string()
  .max(LIMITS.code)
  .regex(
    /^\d{1,6}(\/\d{4})?\/[\p{Lu}\p{Ll}\d&.]+(-[\p{Lu}\p{Ll}\d&.]+)*$|^\d{1,6}-[\p{Lu}\p{Ll}\d&.]+\/[\p{Lu}\p{Ll}\d&.]+(-[\p{Lu}\p{Ll}\d&.]+)*$/u,
  )
  .meta({ id: "CitationCode" });

/**
 * A cited text: kind, number/symbol, date, issuer and title. The title is written as it follows
 * the issuer in running text, lead word included: "về việc báo cáo …", "về tiếp tục …",
 * "ban hành Quy chế …", so that "{kind} số {code} ngày {date} của {issuer} {title}" reads right.
 */
export const Citation = withRules(
  z
    .strictObject({
      kind: CitationKind,
      code: CitationCode.optional(),
      date: IsoDate.optional(),
      issuer: Line.optional(),
      title: Text.optional(),
    })
    .meta({ id: "Citation" }),
  "citationNotAfterDocument",
);
export type Citation = z.infer<typeof Citation>;

/** The nominal span a period stands for, when its dates are a data cut-off (15/12 – 14/6). */
export const PeriodSpan = z
  .enum(["h1", "h2", "year", "q1", "q2", "q3", "q4", "9m", "months", "custom"])
  .meta({ id: "PeriodSpan" });
export type PeriodSpan = z.infer<typeof PeriodSpan>;

/**
 * A reporting period: explicit from–to; the label ("6 tháng đầu năm 2024") is derived from it,
 * or from `span` when the dates are a data cut-off that differs from calendar halves.
 */
export const Period = withRules(
  z
    .strictObject({
      from: IsoDate,
      to: IsoDate,
      span: PeriodSpan.optional(),
    })
    .meta({ id: "Period" }),
  "fromBeforeTo",
  "spanFitsDates",
);
export type Period = z.infer<typeof Period>;

/** A calendar year ("năm 2018"). */
export const Year = z.number().int().min(1900).max(2200);

/**
 * What a stated comparison is made against, as the source names it: the same period of a year
 * ("so với cùng kỳ năm 2020"; without `year`, "so với cùng kỳ" as written), a whole year ("so với
 * năm 2018") or another period ("so với giai đoạn 2011 - 2015"). A comparison with no base is
 * against the same period of the year before the document's ("so với cùng kỳ năm 2025"). `year`
 * goes with the first two kinds, `period` with the third (`comparison.base` otherwise).
 */
export const ComparisonBaseKind = z
  .enum(["same-period", "year", "period"])
  .meta({ id: "ComparisonBaseKind" });
export type ComparisonBaseKind = z.infer<typeof ComparisonBaseKind>;

export const ComparisonBase = withRules(
  z
    .strictObject({
      kind: ComparisonBaseKind,
      /** The year: of the same period ("cùng kỳ năm 2020"), or the year compared with ("năm 2018"). */
      year: Year.optional(),
      /** The period compared with, for `kind: "period"`. */
      period: Period.optional(),
    })
    .meta({ id: "ComparisonBase" }),
  "comparisonBaseComplete",
);
export type ComparisonBase = z.infer<typeof ComparisonBase>;

/**
 * How the source words a stated percentage: as a change ("tăng 7,15%", "giảm 3%"), with its sign
 * ("+7,15%", "-3%") or as a ratio of the base ("bằng 105%").
 */
export const ComparisonWording = z.enum(["change", "signed", "ratio"]).meta({ id: "ComparisonWording" });
export type ComparisonWording = z.infer<typeof ComparisonWording>;

/**
 * A comparison stated by the source, with no prior value needed: the percentage as written
 * (7.15 is written "7,15%", never rounded), negative for a decrease; `percentTo` closes a range
 * ("tăng 120% - 130%"); `qualifier` as on a count ("tăng khoảng 25%"); `against` the base
 * (default: the same period of the year before the document's). One type for every count and
 * amount of money that can carry a comparison (`Indicator.change`, `MoneyFigure.change`).
 */
export const StatedComparison = z
  .strictObject({
    percent: z.number().min(-100).max(1_000_000),
    percentTo: z.number().min(-100).max(1_000_000).optional(),
    /**
     * Digits after the decimal comma as the source writes them, when it writes trailing zeros
     * ("7,10%": percent 7.1, decimals 2); never fewer than the value needs.
     */
    decimals: z.number().int().min(0).max(6).optional(),
    qualifier: Qualifier.optional(),
    wording: ComparisonWording.optional(),
    against: ComparisonBase.optional(),
  })
  .meta({ id: "StatedComparison" });
export type StatedComparison = z.infer<typeof StatedComparison>;

/** A person named in a document (a chair, a signer, an awardee). */
export const Person = z
  .strictObject({
    name: Name,
    title: Line.optional(),
  })
  .meta({ id: "Person" });
export type Person = z.infer<typeof Person>;
