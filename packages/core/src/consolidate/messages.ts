/**
 * Issue codes of consolidation, with their Vietnamese and English messages. Kept here, in the
 * shape of `validate/messages.ts` (`Record<code, Msg>`), so that they can be merged into the main
 * tables (MESSAGES_VI / MESSAGES_EN) later; `consolidationIssue` reads these tables only.
 */
import type { Lang } from "../i18n";
import type { Issue, IssuePath, Severity } from "../validate/issues";
import { list, type Msg } from "../validate/messages";

type Params = Record<string, unknown>;

export const CONSOLIDATION_MESSAGES_VI: Record<string, Msg> = {
  "units.invalid": (f, p) => `«${f}» không hợp lệ: ${p.detail}.`,
  "units.duplicate-id": (f, p) => `«${f}»: mã đơn vị «${p.id}» đã dùng cho đơn vị thứ ${p.first}.`,
  "units.unknown-parent": (f, p) => `«${f}»: đơn vị cấp trên «${p.parent}» không có trong danh sách đơn vị.`,
  "units.cycle": (f, p) => `«${f}»: quan hệ cấp trên tạo thành vòng lặp (${list(p.chain)}).`,
  "units.receiver-unknown": (f, p) =>
    p.receiver
      ? `«${f}»: đơn vị tổng hợp «${p.receiver}» không có trong danh sách đơn vị.`
      : `«${f}»: không xác định được đơn vị tổng hợp (cần đúng một đơn vị không có cấp trên, hoặc chỉ rõ).`,
  "request.unknown-unit": (f, p) => `«${f}»: đơn vị «${p.unit}» không có trong danh sách đơn vị.`,
  "consolidate.not-a-report": (f, p) =>
    `«${f}» không phải báo cáo (${p.kind ?? "không rõ loại"}); không đưa vào tổng hợp.`,
  "consolidate.unit-unknown": (f, p) =>
    `«${f}»: cơ quan ban hành «${p.issuer}» không có trong danh sách đơn vị; không đưa vào tổng hợp.`,
  "consolidate.unit-not-expected": (f, p) =>
    `«${f}»: đơn vị «${p.unit}» không thuộc danh sách phải báo cáo; số liệu vẫn được tổng hợp.`,
  "consolidate.other-period": (f, p) =>
    `«${f}» báo cáo kỳ ${p.from} – ${p.to}, khác kỳ tổng hợp ${p.expectedFrom} – ${p.expectedTo}; không đưa vào tổng hợp.`,
  "consolidate.duplicate-unit": (f, p) =>
    `«${f}»: đơn vị «${p.unit}» gửi ${p.count} báo cáo; dùng báo cáo «${p.kept}», bỏ ${list(p.dropped)}.`,
  "consolidate.duplicate-delegation": (f, p) =>
    p.countedOnce
      ? `«${f}»: cùng một đoàn (${p.key}) do ${list(p.units)} cùng báo cáo; chỉ tính một lần.${p.differs && (p.differs as unknown[]).length ? ` Khác nhau ở: ${list(p.differs)}.` : ""}`
      : `«${f}»: cùng một đoàn (${p.key}) do ${list(p.units)} cùng báo cáo, nhưng đã nằm trong số tổng do đơn vị tự ghi; kiểm tra lại để khỏi tính hai lần.`,
  "consolidate.rows-partial": (f, p) =>
    `«${f}»: ${list(p.units)} chỉ ghi số tổng (không đủ từng dòng); các dòng được giữ trong bảng tổng hợp theo đơn vị, văn bản chỉ ghi số tổng.`,
  "consolidate.list-truncated": (f, p) =>
    `«${f}» có ${p.count} mục, vượt mức tối đa của mẫu (${p.max}); văn bản giữ ${p.max} mục đầu, đủ các mục nằm trong bảng tổng hợp.`,
  "consolidate.money-currencies": (f, p) =>
    `«${f}» (${p.key}) được ghi bằng nhiều loại tiền (${list(p.currencies)}); không cộng gộp, số theo từng loại tiền nằm trong bảng tổng hợp.`,
  "consolidate.not-summed": (f, p) =>
    `«${f}» («${p.label}»): ${p.reasonWords} do ${list(p.units)}${p.more ? ` và ${p.more} đơn vị khác` : ""} ghi; không cộng, giữ nguyên theo từng đơn vị trong bảng tổng hợp theo đơn vị.`,
  "consolidate.money-statuses": (f, p) =>
    `«${f}» (${p.key}) được các đơn vị ghi với nhiều trạng thái (${list(p.statuses)}); không cộng gộp, số theo từng đơn vị nằm trong bảng tổng hợp theo đơn vị.`,
  "consolidate.fact-not-merged": (f, p) =>
    `«${f}»: thông tin «${p.key}» chưa được tổng hợp tự động; được giữ nguyên trong bảng tổng hợp theo đơn vị.`,
  "consolidate.signer-missing": (f) => `«${f}»: chưa có người ký; hãy ghi người ký trước khi trình.`,
  "consolidate.previous-period": (f, p) =>
    `«${f}»: kỳ của báo cáo kỳ trước (${p.from} – ${p.to}) không trước kỳ tổng hợp; không so sánh.`,
  "consolidate.appendix-left-out": (f) =>
    `«${f}»: bảng tổng hợp theo đơn vị không đưa vào phụ lục vì vượt số dòng bảng tối đa của văn bản; số liệu từng đơn vị nằm trong bản ghi tổng hợp.`,
};

export const CONSOLIDATION_MESSAGES_EN: Record<string, Msg> = {
  "units.invalid": (f, p) => `«${f}» is not valid: ${p.detail}.`,
  "units.duplicate-id": (f, p) => `«${f}»: unit id «${p.id}» is already used by unit ${p.first}.`,
  "units.unknown-parent": (f, p) => `«${f}»: parent unit «${p.parent}» is not in the unit list.`,
  "units.cycle": (f, p) => `«${f}»: the parent links form a cycle (${list(p.chain)}).`,
  "units.receiver-unknown": (f, p) =>
    p.receiver
      ? `«${f}»: receiving unit «${p.receiver}» is not in the unit list.`
      : `«${f}»: the receiving unit cannot be told (there must be exactly one unit without a parent, or name it).`,
  "request.unknown-unit": (f, p) => `«${f}»: unit «${p.unit}» is not in the unit list.`,
  "consolidate.not-a-report": (f, p) =>
    `«${f}» is not a report (${p.kind ?? "unknown kind"}); left out of the consolidation.`,
  "consolidate.unit-unknown": (f, p) =>
    `«${f}»: issuing body «${p.issuer}» is not in the unit list; left out of the consolidation.`,
  "consolidate.unit-not-expected": (f, p) =>
    `«${f}»: unit «${p.unit}» was not asked to report; its figures are consolidated all the same.`,
  "consolidate.other-period": (f, p) =>
    `«${f}» reports on ${p.from} – ${p.to}, not on the consolidated period ${p.expectedFrom} – ${p.expectedTo}; left out.`,
  "consolidate.duplicate-unit": (f, p) =>
    `«${f}»: unit «${p.unit}» sent ${p.count} reports; «${p.kept}» is used, ${list(p.dropped)} left out.`,
  "consolidate.duplicate-delegation": (f, p) =>
    p.countedOnce
      ? `«${f}»: the same delegation (${p.key}) is reported by ${list(p.units)}; counted once.${p.differs && (p.differs as unknown[]).length ? ` They differ in: ${list(p.differs)}.` : ""}`
      : `«${f}»: the same delegation (${p.key}) is reported by ${list(p.units)}, but it is inside a total a unit stated; check it is not counted twice.`,
  "consolidate.rows-partial": (f, p) =>
    `«${f}»: ${list(p.units)} state totals only (not every row); the rows are kept in the per-unit record and the document states the totals.`,
  "consolidate.list-truncated": (f, p) =>
    `«${f}» has ${p.count} items, more than the model allows (${p.max}); the document keeps the first ${p.max}, the record keeps all.`,
  "consolidate.money-currencies": (f, p) =>
    `«${f}» (${p.key}) is stated in several currencies (${list(p.currencies)}); not added together, the sums per currency are in the record.`,
  "consolidate.not-summed": (f, p) =>
    `«${f}» («${p.label}»): ${p.reasonWords} stated by ${list(p.units)}${p.more ? ` and ${p.more} more units` : ""}; not summed, kept as stated per unit in the table per unit.`,
  "consolidate.money-statuses": (f, p) =>
    `«${f}» (${p.key}) is stated with several statuses (${list(p.statuses)}); not added together, each unit's amount is in the table per unit.`,
  "consolidate.fact-not-merged": (f, p) =>
    `«${f}»: «${p.key}» is not consolidated automatically yet; it is kept as stated in the per-unit record.`,
  "consolidate.signer-missing": (f) => `«${f}»: there is no signer yet; fill it in before submitting.`,
  "consolidate.previous-period": (f, p) =>
    `«${f}»: the previous report's period (${p.from} – ${p.to}) is not before the consolidated period; no comparison.`,
  "consolidate.appendix-left-out": (f) =>
    `«${f}»: the table per unit is not in the appendices: it would exceed the document's table rows; each unit's figures are in the consolidation record.`,
};

export const CONSOLIDATION_MESSAGES: Record<Lang, Record<string, Msg>> = {
  vi: CONSOLIDATION_MESSAGES_VI,
  en: CONSOLIDATION_MESSAGES_EN,
};

/** Build an issue of consolidation with its message in `lang`. */
export function consolidationIssue(
  code: string,
  path: IssuePath,
  severity: Severity,
  field: string,
  params: Params,
  lang: Lang,
): Issue {
  const m = CONSOLIDATION_MESSAGES[lang][code] ?? CONSOLIDATION_MESSAGES_VI[code];
  return { code, path, severity, message: m ? m(field, params) : `${field}: ${code}`, field, params };
}

/** Field names of the inputs of consolidation, as issues name them. */
export const INPUT_FIELDS = {
  vi: {
    unit: (n: number, id?: string) => `Đơn vị thứ ${n}${id ? ` (${id})` : ""}`,
    report: (source: string) => `Báo cáo ${source}`,
    request: "Đề nghị báo cáo",
    receiver: "Đơn vị tổng hợp",
    signer: "Người ký",
    previous: "Báo cáo kỳ trước",
  },
  en: {
    unit: (n: number, id?: string) => `Unit ${n}${id ? ` (${id})` : ""}`,
    report: (source: string) => `Report ${source}`,
    request: "Report request",
    receiver: "Receiving unit",
    signer: "Signer",
    previous: "Previous report",
  },
} as const;
