/**
 * Typed facts that recur across the areas of foreign-affairs work (GLOSSARY.md):
 * delegations, agreements, events, projects, aid, reporters, awards, partnerships, indicators.
 */
import * as z from "zod";
import { LIMITS } from "./limits";
import { Place } from "./place";
import { withRules } from "./rule-sites";
import {
  Citation,
  Count,
  InKind,
  IsoDate,
  Line,
  Money,
  moneyShape,
  Period,
  StatedComparison,
  Text,
} from "./values";

/** Direction of a delegation: đoàn ra (outbound) or đoàn vào (inbound). */
export const Direction = z.enum(["outbound", "inbound"]).meta({ id: "Direction" });
export type Direction = z.infer<typeof Direction>;

/**
 * One delegation. The columns of the outbound-delegation appendix (seed 001) are its fields:
 * Danh nghĩa đoàn, Đến nước, Cấp trưởng đoàn, Nội dung và đối tác, Số thành viên, Số ngày,
 * Thời gian thực hiện, Kinh phí/Nguồn chi.
 */
export const Delegation = withRules(
  z
    .strictObject({
      direction: Direction,
      name: Text,
      countries: z.array(Line).max(50).optional(),
      headRank: Line.optional(),
      content: Text.optional(),
      partner: Line.optional(),
      host: Line.optional(),
      members: z.number().int().min(0).max(100_000).optional(),
      days: z.number().int().min(0).max(3660).optional(),
      from: IsoDate.optional(),
      to: IsoDate.optional(),
      funding: Line.optional(),
      cost: Money.optional(),
      decisions: z.array(Citation).max(50).optional(),
      result: Text.optional(),
      place: Place.optional(),
    })
    .meta({ id: "Delegation" }),
  "fromBeforeTo",
  "factsInsidePeriod",
);
export type Delegation = z.infer<typeof Delegation>;

/** Stated totals of delegations of one direction ("09 đoàn ra/114 lượt công chức"). */
export const DelegationTotals = z
  .strictObject({
    delegations: Count,
    persons: Count.optional(),
    days: Count.optional(),
  })
  .meta({ id: "DelegationTotals" });
export type DelegationTotals = z.infer<typeof DelegationTotals>;

/**
 * A measured quantity of an area: a known indicator `key` (see INDICATORS) or a free `label`,
 * its count, and optionally the same period of the previous year (the comparison is computed).
 */
export const Indicator = withRules(
  z
    .strictObject({
      key: z
        .string()
        .regex(/^[a-z][a-zA-Z0-9]*$/)
        .optional(),
      label: Text.optional(),
      count: Count,
      previous: Count.optional(),
      breakdown: z
        .array(z.strictObject({ label: Text, count: Count }).meta({ id: "IndicatorPart" }))
        .max(100)
        .optional(),
      note: Text.optional(),
      place: Place.optional(),
      /** A comparison the source states ("+7,15% so với cùng kỳ năm 2020"); it is written instead of one computed from `previous`. */
      change: StatedComparison.optional(),
      /** The period the count is of, when not the document's: a cumulative figure ("giai đoạn 2016 - 2020"). */
      period: Period.optional(),
    })
    .meta({ id: "Indicator" }),
  "indicatorsWellFormed",
);
export type Indicator = z.infer<typeof Indicator>;

/**
 * What an amount of money is: committed (cam kết), mobilised (vận động), received (tiếp nhận) or
 * disbursed (giải ngân). Amounts of different statuses are never added to one another, and a
 * committed amount is never written as received.
 */
export const MoneyStatus = z
  .enum(["committed", "mobilised", "received", "disbursed"])
  .meta({ id: "MoneyStatus" });
export type MoneyStatus = z.infer<typeof MoneyStatus>;

/** One part of an amount ("xuất khẩu", "nhập khẩu"), with its own stated comparison. */
export const MoneyPart = z
  .strictObject({ label: Line, ...moneyShape, change: StatedComparison.optional() })
  .meta({ id: "MoneyPart" });
export type MoneyPart = z.infer<typeof MoneyPart>;

const moneyFigureShape = {
  ...moneyShape,
  status: MoneyStatus.optional(),
  /** The period the amount is of, when not the document's: a cumulative amount ("giai đoạn 2016 - 2020: hơn 80 triệu USD"). */
  period: Period.optional(),
  change: StatedComparison.optional(),
  /** The parts of the amount ("trong đó: xuất khẩu …; nhập khẩu …"); together not above an exact whole. */
  parts: z.array(MoneyPart).max(50).optional(),
};

/**
 * An amount of money as a report states it: the amount (a `Money`, so a plain amount is a figure
 * too), its status, the period it is of, a stated comparison and its parts. `label` names what it
 * is when the key does not ("kim ngạch xuất khẩu hàng hóa qua cửa khẩu").
 */
export const MoneyFigure = withRules(
  z.strictObject({ label: Line.optional(), ...moneyFigureShape }).meta({ id: "MoneyFigure" }),
  "moneyPartsWithinWhole",
);
export type MoneyFigure = z.infer<typeof MoneyFigure>;

/** A money figure in a list, named by its `label` ("vốn đầu tư FDI đăng ký mới"). */
export const NamedMoneyFigure = withRules(
  z.strictObject({ label: Line, ...moneyFigureShape }).meta({ id: "NamedMoneyFigure" }),
  "moneyPartsWithinWhole",
);
export type NamedMoneyFigure = z.infer<typeof NamedMoneyFigure>;

/** Aid as the rules on foreign NGO aid class it: a project (dự án), non-project aid (phi dự án), emergency aid (khẩn cấp). */
export const AidKind = z.enum(["project", "non-project", "emergency"]).meta({ id: "AidKind" });
export type AidKind = z.infer<typeof AidKind>;

/** Status of an international agreement or memorandum. */
export const AgreementStatus = z
  .enum(["negotiating", "signed", "implementing", "completed", "expired"])
  .meta({ id: "AgreementStatus" });

/** An agreement (thỏa thuận), a memorandum (biên bản ghi nhớ) or another text. */
export const AgreementKind = z.enum(["agreement", "memorandum", "other"]).meta({ id: "AgreementKind" });

/** Kinds of investment projects with foreign capital. */
export const InvestmentKind = z
  .enum(["FDI", "ODA", "overseas-vietnamese", "other"])
  .meta({ id: "InvestmentKind" });

/** The level of an award. */
export const AwardLevel = z.enum(["state", "province", "other"]).meta({ id: "AwardLevel" });

/** Kinds of people-to-people partnerships. */
export const PartnershipKind = z
  .enum(["twinning", "friendship-association", "exchange", "other"])
  .meta({ id: "PartnershipKind" });

export const Agreement = z
  .strictObject({
    title: Text,
    kind: AgreementKind.optional(),
    partner: Line.optional(),
    partnerCountry: Line.optional(),
    signedOn: IsoDate.optional(),
    signer: Line.optional(),
    status: AgreementStatus.optional(),
    statusNote: Text.optional(),
  })
  .meta({ id: "Agreement" });
export type Agreement = z.infer<typeof Agreement>;

/**
 * An event: a conference, festival, exchange, promotion, training. `dateText` keeps dates that
 * are not calendar dates ("ngày Mùng 4 tháng Giêng"). Its place is written one of two ways, as
 * the source writes it: `place`, free text after the title and a comma ("Lễ hội lồng tồng Tu
 * Đồn, Thị trấn Văn Quan"); `where`, a {@link Place} tied by "tại" or "qua" ("Hội nghị xúc tiến
 * đầu tư tại Thành phố Hồ Chí Minh"), as a delegation's or an indicator's place.
 */
export const Event = withRules(
  z
    .strictObject({
      title: Text,
      from: IsoDate.optional(),
      to: IsoDate.optional(),
      dateText: Line.optional(),
      place: Line.optional(),
      /** The place as a {@link Place}: "tại Hà Nội", "qua cửa khẩu quốc tế Hữu Nghị". */
      where: Place.optional(),
      organiser: Line.optional(),
      partners: z.array(Line).max(100).optional(),
      participants: Count.optional(),
      foreignParticipants: Count.optional(),
      approval: Citation.optional(),
      result: Text.optional(),
      /** Quantities of the event: press agencies and reporters covering it, articles… */
      indicators: z.array(Indicator).max(50).optional(),
    })
    .meta({ id: "Event" }),
  "fromBeforeTo",
  "factsInsidePeriod",
);
export type Event = z.infer<typeof Event>;

/** An investment project with foreign capital (FDI, ODA, by overseas Vietnamese). */
export const InvestmentProject = z
  .strictObject({
    kind: InvestmentKind,
    title: Text,
    investor: Line.optional(),
    country: Line.optional(),
    capital: Money.optional(),
    status: Line.optional(),
  })
  .meta({ id: "InvestmentProject" });
export type InvestmentProject = z.infer<typeof InvestmentProject>;

/** A foreign non-governmental aid project or item (PCPNN): project or non-project, committed, received and disbursed, in kind. */
export const AidProject = withRules(
  z
    .strictObject({
      donor: Line,
      donorCountry: Line.optional(),
      title: Text,
      kind: AidKind.optional(),
      field: Line.optional(),
      committed: Money.optional(),
      received: Money.optional(),
      disbursed: Money.optional(),
      inKind: z.array(InKind).max(100).optional(),
      beneficiaries: Count.optional(),
      from: IsoDate.optional(),
      to: IsoDate.optional(),
      approval: Citation.optional(),
    })
    .meta({ id: "AidProject" }),
  "fromBeforeTo",
  "factsInsidePeriod",
);
export type AidProject = z.infer<typeof AidProject>;

/** Foreign reporters working in the locality. */
export const ReporterVisit = withRules(
  z
    .strictObject({
      agency: Line.optional(),
      country: Line.optional(),
      groups: Count.optional(),
      reporters: Count.optional(),
      content: Text.optional(),
      from: IsoDate.optional(),
      to: IsoDate.optional(),
    })
    .meta({ id: "ReporterVisit" }),
  "fromBeforeTo",
  "factsInsidePeriod",
);
export type ReporterVisit = z.infer<typeof ReporterVisit>;

/** An award (khen thưởng) of state or provincial level. */
export const Award = z
  .strictObject({
    recipient: Line,
    award: Line,
    level: AwardLevel,
    decision: Citation.optional(),
  })
  .meta({ id: "Award" });
export type Award = z.infer<typeof Award>;

/** Twinning, friendship association, exchange partner (đối ngoại nhân dân). */
export const Partnership = z
  .strictObject({
    partner: Line,
    country: Line.optional(),
    kind: PartnershipKind,
    since: IsoDate.optional(),
    activity: Text.optional(),
  })
  .meta({ id: "Partnership" });
export type Partnership = z.infer<typeof Partnership>;

/** A ranking ("Chỉ số DDCI năm 2023 xếp thứ 15/25"). */
export const Ranking = z
  .strictObject({
    label: Line,
    rank: z.number().int().min(1).max(100_000),
    of: z.number().int().min(1).max(100_000),
    year: z.number().int().min(1900).max(2200).optional(),
  })
  .meta({ id: "Ranking" });
export type Ranking = z.infer<typeof Ranking>;

/** A free table a unit adds to a custom area or appendix. */
export const FreeTable = withRules(
  z
    .strictObject({
      caption: Line.optional(),
      columns: z.array(Line).min(1).max(LIMITS.tableColumns),
      rows: z.array(z.array(z.string().max(LIMITS.cell)).max(LIMITS.tableColumns)).max(LIMITS.tableRows),
    })
    .meta({ id: "FreeTable" }),
  "tableRowsFit",
);
export type FreeTable = z.infer<typeof FreeTable>;
