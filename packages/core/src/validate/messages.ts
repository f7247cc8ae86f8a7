/**
 * Messages of every issue code in Vietnamese and English. They are our own, built from the
 * field's label; zod's global locale is never used (a portal may show two languages at once).
 */
import type { Lang } from "../labels";

type Params = Record<string, unknown>;
type Msg = (field: string, p: Params) => string;

const list = (v: unknown) => (Array.isArray(v) ? v.map(String).join(", ") : String(v ?? ""));

const TYPE_VI: Record<string, string> = {
  string: "văn bản (chuỗi ký tự)",
  number: "một số",
  int: "một số nguyên",
  object: "một nhóm thông tin (đối tượng)",
  array: "một danh sách",
  boolean: "đúng/sai",
};
const TYPE_EN: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  object: "an object",
  array: "a list",
  boolean: "true/false",
};

export const MESSAGES: Record<Lang, Record<string, Msg>> = {
  vi: {
    "document.not-json": (_, p) => `Tệp không phải JSON hợp lệ: ${p.detail ?? ""}`.trim(),
    "document.empty": () => "Tệp rỗng: chưa có nội dung văn bản.",
    "document.not-object": (_, p) =>
      `Văn bản phải là một đối tượng JSON ({ … }), nhận được ${p.received ?? "giá trị khác"}.`,
    "document.too-deep": () =>
      "Văn bản lồng nhau quá sâu hoặc tự tham chiếu; đây không phải văn bản của mẫu.",
    "document.unexpected": (_, p) =>
      `Không kiểm tra được văn bản do lỗi không mong đợi: ${p.detail ?? ""}`.trim(),
    "document.version-unknown": (_, p) =>
      `Phiên bản lược đồ ${p.version} không được hỗ trợ (bản này đọc đến phiên bản ${p.current}).`,
    "schema.required": (f) => `Chưa nhập «${f}».`,
    "schema.type": (f, p) => `«${f}» phải là ${TYPE_VI[String(p.expected)] ?? p.expected}.`,
    "schema.not-integer": (f) => `«${f}» phải là một số nguyên.`,
    "schema.too-small": (f, p) =>
      p.origin === "array"
        ? `«${f}» cần ít nhất ${p.minimum} mục.`
        : p.origin === "string"
          ? Number(p.minimum) <= 1
            ? `Chưa nhập «${f}».`
            : `«${f}» cần ít nhất ${p.minimum} ký tự.`
          : Number(p.minimum) === 0
            ? `«${f}» không được là số âm.`
            : `«${f}» phải từ ${p.minimum} trở lên.`,
    "schema.too-big": (f, p) =>
      p.origin === "array"
        ? `«${f}» có quá nhiều mục (tối đa ${p.maximum}).`
        : p.origin === "string"
          ? `«${f}» quá dài (tối đa ${p.maximum} ký tự).`
          : `«${f}» không được lớn hơn ${p.maximum}.`,
    "schema.format": (f, p) => `«${f}» không đúng định dạng${p.example ? ` (ví dụ: ${p.example})` : ""}.`,
    "schema.enum": (f, p) => `«${f}» phải là một trong các giá trị: ${list(p.values)}.`,
    "schema.unknown-key": (f, p) =>
      `«${f}» có trường không thuộc mẫu văn bản: ${list(p.keys)}. Dữ liệu này sẽ không được lưu nếu không sửa.`,
    "schema.union": (f, p) =>
      p.discriminator
        ? `«${f}»: loại không hợp lệ, chọn một trong: ${list(p.options)}.`
        : `«${f}» không hợp lệ.`,
    "schema.invalid": (f) => `«${f}» không hợp lệ.`,
    "date.impossible": (f) => `«${f}» là ngày không có thật.`,
    "period.order": (f) => `«${f}»: ngày bắt đầu phải trước hoặc bằng ngày kết thúc.`,
    "date.outside-period": (f, p) => `«${f}» (${p.date}) nằm ngoài kỳ báo cáo (${p.from} – ${p.to}).`,
    "delegation.members": (f) => `«${f}»: đoàn phải có ít nhất 01 thành viên.`,
    "delegation.days": (f, p) =>
      `«${f}» là ${p.days} ngày nhưng từ ${p.from} đến ${p.to} là ${p.expected} ngày.`,
    "totals.mismatch": (f, p) => `«${f}» ghi ${p.stated} nhưng cộng các dòng được ${p.computed}.`,
    "citation.after-document": (f, p) =>
      `«${f}» ghi ngày ${p.date}, sau ngày của văn bản (${p.documentDate}); kiểm tra lại ngày.`,
    "signature.authority-needs-body": (f, p) =>
      `«${f}»: ký ${p.authority} cần ghi rõ thay mặt/ký thay cho ai (ví dụ: ${p.example}).`,
    "signature.authority-extra": (f) =>
      `«${f}»: người đứng đầu ký trực tiếp thì không ghi «thay mặt/ký thay cho».`,
    "signature.deputy-title": (f, p) =>
      `«${f}»: ký thay (KT.) thường là cấp phó; chức vụ «${p.title}» không bắt đầu bằng «PHÓ».`,
    "signature.collective": (f, p) =>
      `«${f}»: «TM.» dùng khi thay mặt tập thể (ví dụ: ỦY BAN NHÂN DÂN); «${p.onBehalfOf}» không giống tên tập thể.`,
    "signature.title-needed": (f, p) => `«${f}»: ký ${p.authority} cần ghi chức vụ của người ký.`,
    "frame.issued-incomplete": (f, p) =>
      `«${f}»: văn bản đã ban hành phải có ${p.missing === "number" ? "số văn bản" : "ngày tháng năm đầy đủ"}.`,
    "frame.symbol-kind": (f, p) =>
      `«${f}» «${p.symbol}» nên bắt đầu bằng chữ viết tắt của loại văn bản (${list(p.expected)}).`,
    "outline.area-unknown": (f, p) => `«${f}»: lĩnh vực «${p.area}» không có trong văn bản.`,
    "outline.area-not-listed": (f) =>
      `«${f}» có nội dung nhưng không có trong đề cương; sẽ được thêm vào cuối phần kết quả.`,
    "area.custom-unknown": (f, p) => `«${f}»: chưa khai báo lĩnh vực riêng «${p.id}».`,
    "area.duplicate-custom": (f, p) => `«${f}»: mã lĩnh vực «${p.id}» bị trùng.`,
    "indicator.label-missing": (f) => `«${f}»: chỉ tiêu không có mã chuẩn thì cần ghi tên chỉ tiêu.`,
    "indicator.unknown-key": (f, p) => `«${f}»: không có chỉ tiêu chuẩn mã «${p.key}».`,
    "indicator.breakdown": (f, p) =>
      `«${f}»: các phần «trong đó» cộng lại (${p.sum}) lớn hơn tổng (${p.total}).`,
    "table.row-width": (f, p) => `«${f}» có ${p.cells} ô nhưng bảng có ${p.columns} cột.`,
    "text.legacy-encoding": (f, p) =>
      `«${f}» có vẻ được gõ bằng bảng mã cũ ${String(p.encoding).toUpperCase()}; hãy chuyển sang Unicode trước khi nộp.`,
    "appendix.no-rows": (f) => `«${f}»: phụ lục không có dòng nào trong số liệu của văn bản.`,
  },
  en: {
    "document.not-json": (_, p) => `The file is not valid JSON: ${p.detail ?? ""}`.trim(),
    "document.empty": () => "The file is empty: there is no document in it.",
    "document.not-object": (_, p) =>
      `A document must be a JSON object ({ … }), got ${p.received ?? "something else"}.`,
    "document.too-deep": () =>
      "The document is nested too deeply or refers to itself; it is not a document of the model.",
    "document.unexpected": (_, p) =>
      `The document could not be checked because of an unexpected error: ${p.detail ?? ""}`.trim(),
    "document.version-unknown": (_, p) =>
      `Schema version ${p.version} is not supported (this release reads up to version ${p.current}).`,
    "schema.required": (f) => `“${f}” is required.`,
    "schema.type": (f, p) => `“${f}” must be ${TYPE_EN[String(p.expected)] ?? p.expected}.`,
    "schema.not-integer": (f) => `“${f}” must be a whole number.`,
    "schema.too-small": (f, p) =>
      p.origin === "array"
        ? `“${f}” needs at least ${p.minimum} item(s).`
        : p.origin === "string"
          ? Number(p.minimum) <= 1
            ? `“${f}” is required.`
            : `“${f}” needs at least ${p.minimum} characters.`
          : Number(p.minimum) === 0
            ? `“${f}” cannot be negative.`
            : `“${f}” must be at least ${p.minimum}.`,
    "schema.too-big": (f, p) =>
      p.origin === "array"
        ? `“${f}” has too many items (at most ${p.maximum}).`
        : p.origin === "string"
          ? `“${f}” is too long (at most ${p.maximum} characters).`
          : `“${f}” must be at most ${p.maximum}.`,
    "schema.format": (f, p) =>
      `“${f}” is not in the expected format${p.example ? ` (e.g. ${p.example})` : ""}.`,
    "schema.enum": (f, p) => `“${f}” must be one of: ${list(p.values)}.`,
    "schema.unknown-key": (f, p) =>
      `“${f}” has fields the document model does not know: ${list(p.keys)}. They would be lost if not fixed.`,
    "schema.union": (f, p) =>
      p.discriminator ? `“${f}”: invalid type, choose one of: ${list(p.options)}.` : `“${f}” is not valid.`,
    "schema.invalid": (f) => `“${f}” is not valid.`,
    "date.impossible": (f) => `“${f}” is a date that does not exist.`,
    "period.order": (f) => `“${f}”: the start date must be on or before the end date.`,
    "date.outside-period": (f, p) =>
      `“${f}” (${p.date}) is outside the reporting period (${p.from} – ${p.to}).`,
    "delegation.members": (f) => `“${f}”: a delegation has at least 1 member.`,
    "delegation.days": (f, p) => `“${f}” says ${p.days} days but ${p.from} to ${p.to} is ${p.expected} days.`,
    "totals.mismatch": (f, p) => `“${f}” states ${p.stated} but the rows add up to ${p.computed}.`,
    "citation.after-document": (f, p) =>
      `“${f}” is dated ${p.date}, after the document itself (${p.documentDate}); check the date.`,
    "signature.authority-needs-body": (f, p) =>
      `“${f}”: signing ${p.authority} needs the body or head signed for (e.g. ${p.example}).`,
    "signature.authority-extra": (f) => `“${f}”: when the head signs as such, leave “on behalf of” empty.`,
    "signature.deputy-title": (f, p) =>
      `“${f}”: KT. is signed by a deputy; the title “${p.title}” does not start with “PHÓ”.`,
    "signature.collective": (f, p) =>
      `“${f}”: TM. signs on behalf of a collective body (e.g. ỦY BAN NHÂN DÂN); “${p.onBehalfOf}” does not look like one.`,
    "signature.title-needed": (f, p) => `“${f}”: signing ${p.authority} needs the signer's title.`,
    "frame.issued-incomplete": (f, p) =>
      `“${f}”: an issued document needs ${p.missing === "number" ? "a number" : "a full date"}.`,
    "frame.symbol-kind": (f, p) =>
      `“${f}” “${p.symbol}” should start with the abbreviation of the document kind (${list(p.expected)}).`,
    "outline.area-unknown": (f, p) => `“${f}”: the area “${p.area}” is not in the document.`,
    "outline.area-not-listed": (f) =>
      `“${f}” has content but is not in the outline; it will be added at the end of the results.`,
    "area.custom-unknown": (f, p) => `“${f}”: the custom area “${p.id}” is not declared.`,
    "area.duplicate-custom": (f, p) => `“${f}”: the area id “${p.id}” is used twice.`,
    "indicator.label-missing": (f) => `“${f}”: an indicator without a standard key needs a name.`,
    "indicator.unknown-key": (f, p) => `“${f}”: there is no standard indicator “${p.key}”.`,
    "indicator.breakdown": (f, p) =>
      `“${f}”: the parts (${p.sum}) add up to more than the total (${p.total}).`,
    "table.row-width": (f, p) => `“${f}” has ${p.cells} cells but the table has ${p.columns} columns.`,
    "text.legacy-encoding": (f, p) =>
      `“${f}” looks typed in the legacy ${String(p.encoding).toUpperCase()} encoding; convert it to Unicode first.`,
    "appendix.no-rows": (f) => `“${f}”: the appendix has no rows in the document's facts.`,
  },
};

/** The message of `code` for the field labelled `field`. Unknown codes fall back to the code. */
export function message(code: string, field: string, params: Params, lang: Lang): string {
  const m = MESSAGES[lang][code];
  return m ? m(field, params) : `${field}: ${code}`;
}
