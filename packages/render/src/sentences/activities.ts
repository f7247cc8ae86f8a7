/**
 * Activities as "- " lines after a lead sentence: events and conferences, international
 * agreements, awards, people-to-people partnerships, foreign reporters.
 */
import {
  type Agreement,
  type Award,
  ENUM_PHRASES,
  type Event,
  formatCount,
  formatDateShort,
  type Partnership,
  padCount,
  type ReporterVisit,
} from "@doingoai/core";
import { describeCitation } from "./citations";
import { describeIndicatorFigure } from "./indicators";
import {
  capitalize,
  countPhrase,
  dateRange,
  endSentence,
  opening,
  type SentenceContext,
  stripEnd,
  withCountry,
} from "./phrase";
import { withPlace } from "./place";

/** A lead sentence with a count, then the lines: "Trong năm 2024, tổ chức 02 hội nghị, hội thảo quốc tế, cụ thể:". */
function lead(ctx: SentenceContext, text: string, lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  return [`${capitalize(opening(ctx) + text)}, cụ thể:`, ...lines];
}

/**
 * One event as a "- " line: "- Lễ hội lồng tồng Tu Đồn, Thị trấn Văn Quan (ngày Mùng 4 tháng
 * Giêng)."; a place tied by "tại" or "qua" follows the title ("- Hội nghị xúc tiến đầu tư tại
 * Thành phố Hồ Chí Minh (ngày 12/5/2024)."); with organiser, participants, figures (compared with the previous year when `ctx`
 * has it), approving text and result when known.
 */
export function describeEvent(e: Event, ctx: SentenceContext = {}): string {
  let head = withPlace(stripEnd(e.title.trim()), e.where);
  if (e.place !== undefined) head += `, ${stripEnd(e.place)}`;
  const when = e.dateText ?? dateRange(e.from, e.to);
  if (when !== "") head += ` (${stripEnd(when)})`;
  const parts = [head];
  if (e.organiser !== undefined) parts.push(`đơn vị tổ chức: ${stripEnd(e.organiser)}`);
  if (e.partners !== undefined && e.partners.length > 0) parts.push(`đối tác: ${e.partners.join(", ")}`);
  if (e.participants !== undefined) {
    const foreign =
      e.foreignParticipants === undefined
        ? ""
        : ` (trong đó ${countPhrase(e.foreignParticipants, "nước ngoài", e.participants.unit)})`;
    parts.push(`${formatCount(e.participants)} tham dự${foreign}`);
  } else if (e.foreignParticipants !== undefined) {
    parts.push(`${countPhrase(e.foreignParticipants, "nước ngoài tham dự", "đại biểu")}`);
  }
  if (e.indicators !== undefined && e.indicators.length > 0) {
    parts.push(e.indicators.map((i) => describeIndicatorFigure(i, ctx)).join(", "));
  }
  if (e.approval !== undefined) parts.push(`văn bản cho phép: ${describeCitation(e.approval)}`);
  if (e.result !== undefined) parts.push(`kết quả: ${stripEnd(e.result.trim())}`);
  return endSentence(`- ${parts.join("; ")}`);
}

/** Events of a section with a lead naming what they are: `what` = "hoạt động", "lễ hội, sự kiện"… */
export function describeEvents(
  list: readonly Event[],
  ctx: SentenceContext = {},
  what = "hoạt động",
): string[] {
  return lead(
    ctx,
    `có ${padCount(list.length)} ${what}`,
    list.map((e) => describeEvent(e, ctx)),
  );
}

/** International conferences: "Trong 6 tháng đầu năm 2026, tổ chức 02 hội nghị, hội thảo quốc tế, cụ thể:" and the lines. */
export function describeConferences(list: readonly Event[], ctx: SentenceContext = {}): string[] {
  return lead(
    ctx,
    `tổ chức ${padCount(list.length)} hội nghị, hội thảo quốc tế`,
    list.map((e) => describeEvent(e, ctx)),
  );
}

const AGREEMENT_STATUS: Readonly<Record<NonNullable<Agreement["status"]>, string>> =
  ENUM_PHRASES.AgreementStatus;

const AGREEMENT_WORDS: Readonly<Record<NonNullable<Agreement["kind"]>, string>> = ENUM_PHRASES.AgreementKind;

/**
 * One international agreement as a "- " line: "- Biên bản ghi nhớ “Hợp tác du lịch” với Sở Văn
 * hóa và Du lịch Quảng Tây (Trung Quốc), ký ngày 08/5/2024; tình trạng: đang triển khai thực hiện."
 */
export function describeAgreement(a: Agreement): string {
  const title = stripEnd(a.title.trim());
  const word = AGREEMENT_WORDS[a.kind ?? "agreement"];
  const named =
    title.toLowerCase().startsWith(word.toLowerCase()) ||
    /^(thỏa thuận|thoả thuận|biên bản|bản ghi nhớ|hiệp định)/i.test(title);
  let head = named ? title : `${word} “${title}”`;
  if (a.partner !== undefined) head += ` với ${withCountry(a.partner, a.partnerCountry)}`;
  else if (a.partnerCountry !== undefined) head += ` (${stripEnd(a.partnerCountry)})`;
  if (a.signedOn !== undefined) head += `, ký ngày ${formatDateShort(a.signedOn)}`;
  if (a.signer !== undefined) head += `, người ký: ${stripEnd(a.signer)}`;
  const parts = [head];
  if (a.status !== undefined || a.statusNote !== undefined) {
    const status = a.status === undefined ? "" : AGREEMENT_STATUS[a.status];
    const note = a.statusNote === undefined ? "" : stripEnd(a.statusNote.trim());
    parts.push(`tình trạng: ${status !== "" && note !== "" ? `${status} (${note})` : status || note}`);
  }
  return endSentence(`- ${parts.join("; ")}`);
}

/** Agreements of a section: "Trong năm 2024, có 02 thỏa thuận quốc tế được ký kết, thực hiện, cụ thể:" and the lines. */
export function describeAgreements(list: readonly Agreement[], ctx: SentenceContext = {}): string[] {
  return lead(
    ctx,
    `có ${padCount(list.length)} thỏa thuận quốc tế được ký kết, thực hiện`,
    list.map(describeAgreement),
  );
}

const AWARD_LEVELS: Readonly<Record<Award["level"], string>> = ENUM_PHRASES.AwardLevel;

/**
 * One award as a "- " line: "- Ông Nguyễn Văn A được tặng Bằng khen của Chủ tịch UBND tỉnh
 * (khen thưởng cấp tỉnh, Quyết định số 145/QĐ-UBND ngày 20/01/2024)."
 */
export function describeAward(a: Award): string {
  const award = stripEnd(a.award.trim());
  const verb = /^(được|nhận)\s/i.test(award) ? "" : "được tặng ";
  const notes: string[] = [];
  if (AWARD_LEVELS[a.level] !== "") notes.push(`khen thưởng ${AWARD_LEVELS[a.level]}`);
  if (a.decision !== undefined) notes.push(describeCitation(a.decision));
  const tail = notes.length === 0 ? "" : ` (${notes.join(", ")})`;
  return endSentence(`- ${stripEnd(a.recipient)} ${verb}${award}${tail}`);
}

/** Awards of a section: "Trong năm 2024, có 02 tập thể, cá nhân được khen thưởng, cụ thể:" and the lines. */
export function describeAwards(list: readonly Award[], ctx: SentenceContext = {}): string[] {
  return lead(ctx, `có ${padCount(list.length)} tập thể, cá nhân được khen thưởng`, list.map(describeAward));
}

const PARTNERSHIP_WORDS: Readonly<Record<Partnership["kind"], string>> = ENUM_PHRASES.PartnershipKind;

/** One partnership: "- Quan hệ kết nghĩa với xã Ái Điểm (Trung Quốc) từ ngày 10/3/2015; hoạt động: …." */
export function describePartnership(p: Partnership): string {
  let head = `${PARTNERSHIP_WORDS[p.kind]} ${withCountry(p.partner, p.country)}`;
  if (p.since !== undefined) head += ` từ ngày ${formatDateShort(p.since)}`;
  const parts = [head];
  if (p.activity !== undefined) parts.push(`hoạt động: ${stripEnd(p.activity.trim())}`);
  return endSentence(`- ${parts.join("; ")}`);
}

/** Partnerships: "Trên địa bàn có 02 quan hệ kết nghĩa, hữu nghị, giao lưu, cụ thể:" and the lines. */
export function describePartnerships(list: readonly Partnership[]): string[] {
  return lead(
    {},
    `trên địa bàn có ${padCount(list.length)} quan hệ kết nghĩa, hữu nghị, giao lưu`,
    list.map(describePartnership),
  );
}

/**
 * One visit of foreign reporters: "- 01 đoàn, 03 phóng viên của Đài NHK (Nhật Bản) đến hoạt động
 * từ ngày 02/3/2024 đến ngày 05/3/2024; nội dung: …."
 */
export function describeReporterVisit(v: ReporterVisit): string {
  const counts: string[] = [];
  if (v.groups !== undefined) counts.push(formatCount({ ...v.groups, unit: v.groups.unit ?? "đoàn" }));
  if (v.reporters !== undefined) {
    counts.push(formatCount({ ...v.reporters, unit: v.reporters.unit ?? "phóng viên" }));
  }
  let head = counts.length > 0 ? counts.join(", ") : "Phóng viên";
  if (counts.length > 0 && v.reporters === undefined) head = `${head} phóng viên`;
  if (v.agency !== undefined) head += ` của ${withCountry(v.agency, v.country)}`;
  else if (v.country !== undefined) head += ` (${stripEnd(v.country)})`;
  head += " đến hoạt động tại địa phương";
  const range = dateRange(v.from, v.to);
  if (range !== "") head += ` ${range}`;
  const parts = [head];
  if (v.content !== undefined) parts.push(`nội dung: ${stripEnd(v.content.trim())}`);
  return endSentence(`- ${parts.join("; ")}`);
}

/**
 * Foreign reporters: a lead sentence and a line per visit. The lead counts the groups the visits
 * give (a visit without a count is one group); when a count is approximate ("trên 03 đoàn") the
 * lead gives no total rather than a wrong one.
 */
export function describeReporterVisits(list: readonly ReporterVisit[], ctx: SentenceContext = {}): string[] {
  const exact = list.every((v) => (v.groups?.qualifier ?? "exact") === "exact");
  const groups = list.reduce((n, v) => n + (v.groups?.value ?? 1), 0);
  return lead(
    ctx,
    `có ${exact ? `${padCount(groups)} ` : ""}đoàn phóng viên nước ngoài đến hoạt động tại địa phương`,
    list.map(describeReporterVisit),
  );
}

/** A list as running text joins it: "A", "A và B", "A, B và C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} và ${items.at(-1)}`;
}

/**
 * Where workers went, after the count of workers sent abroad: "tại thị trường Hàn Quốc", "tại các
 * thị trường Nhật Bản và Hàn Quốc"; empty without markets.
 */
export function labourMarketsPhrase(markets: readonly string[]): string {
  const list = markets.map((m) => stripEnd(m.trim())).filter((m) => m !== "");
  if (list.length === 0) return "";
  return `tại ${list.length === 1 ? "thị trường" : "các thị trường"} ${joinAnd(list)}`;
}

/**
 * Labour markets as a sentence of their own, when no count of workers carries them: "Người lao
 * động đi làm việc ở nước ngoài theo hợp đồng tại các thị trường Hàn Quốc và Đài Loan (Trung Quốc)."
 */
export function describeLabourMarkets(markets: readonly string[]): string[] {
  const where = labourMarketsPhrase(markets);
  return where === "" ? [] : [endSentence(`Người lao động đi làm việc ở nước ngoài theo hợp đồng ${where}`)];
}
