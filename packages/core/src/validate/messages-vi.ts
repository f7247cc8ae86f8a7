/**
 * The Vietnamese message of every issue code, and the issue codes typed from them. This module
 * imports nothing, so the model (named refinements) and the rules can name codes without a cycle.
 */
type Params = Record<string, unknown>;
export type Msg = (field: string, p: Params) => string;

export const list = (v: unknown) => (Array.isArray(v) ? v.map(String).join(", ") : String(v ?? ""));

const TYPE_VI: Record<string, string> = {
  string: "văn bản (chuỗi ký tự)",
  number: "một số",
  int: "một số nguyên",
  object: "một nhóm thông tin (đối tượng)",
  array: "một danh sách",
  boolean: "đúng/sai",
};

const TOO_LARGE_VI: Record<string, string> = {
  documentValues: "số giá trị (mục, ô, trường) của cả văn bản",
  documentText: "số ký tự của cả văn bản",
  documentTableRows: "số dòng bảng của cả văn bản",
  jsonText: "số ký tự của tệp JSON",
};

const SCRIPT_VI: Record<string, string> = { Cyrillic: "Kirin", Greek: "Hy Lạp" };

/** Vietnamese messages; English ones are in messages-en.ts (loaded with the English language pack). */
export const MESSAGES_VI = {
  "document.not-json": (_, p) => `Tệp không phải JSON hợp lệ: ${p.detail ?? ""}`.trim(),
  "document.empty": () => "Tệp rỗng: chưa có nội dung văn bản.",
  "document.not-object": (_, p) =>
    `Văn bản phải là một đối tượng JSON ({ … }), nhận được ${p.received ?? "giá trị khác"}.`,
  "document.too-deep": () => "Văn bản lồng nhau quá sâu hoặc tự tham chiếu; đây không phải văn bản của mẫu.",
  "document.too-large": (_, p) =>
    `Văn bản quá lớn: ${TOO_LARGE_VI[String(p.limit)] ?? "dữ liệu"} vượt giới hạn ${p.maximum}; văn bản của mẫu không cần nhiều như vậy.`,
  "document.too-many-issues": (_, p) =>
    `Văn bản có ${p.total} lỗi; chỉ hiện ${p.shown} lỗi đầu tiên. Hãy sửa các lỗi này rồi kiểm tra lại.`,
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
  "text.no-letters": (f) => `«${f}» phải có chữ nhìn thấy được, không chỉ khoảng trắng hay ký tự ẩn.`,
  "text.invisible": (f) => `«${f}» chỉ có khoảng trắng hoặc ký tự ẩn: khi in ra sẽ trống.`,
  "text.bidi-control": (f) =>
    `«${f}» có ký tự điều khiển hướng chữ (viết từ phải sang trái) làm chữ hiển thị đảo ngược hoặc sai thứ tự; hãy xóa chúng.`,
  "text.mixed-scripts": (f, p) =>
    `«${f}» trộn chữ Latinh với chữ ${list(Array.isArray(p.scripts) ? p.scripts.map((x) => SCRIPT_VI[String(x)] ?? x) : p.scripts)} trông giống nhau (ví dụ «${p.sample}»); hãy gõ lại bằng chữ Việt.`,
  "appendix.no-rows": (f) => `«${f}»: phụ lục không có dòng nào trong số liệu của văn bản.`,
  "frame.body-abbreviated": (f, p) =>
    `«${f}»: tên cơ quan ban hành phải viết đầy đủ (NĐ 30); chỉ tên cơ quan chủ quản mới được viết tắt cụm từ thông dụng như «${p.abbreviation}».`,
  "frame.subject-repeats-kind": (f, p) =>
    `«${f}» không cần bắt đầu bằng «${p.kind}»: tên loại văn bản đã in ở dòng trên.`,
  "frame.archive-vt-first": (f, p) => `«${f}»: dòng «Lưu» ghi «VT» (văn thư) trước, không phải «${p.first}».`,
  "frame.signature-name-missing": (f) =>
    `«${f}»: cần họ và tên người ký (chỉ được để trống trong trích đoạn mà văn bản gốc còn tiếp).`,
  "frame.archive-missing": (f) =>
    `«${f}»: cần dòng «Lưu: VT, …» (chỉ được để trống trong trích đoạn mà văn bản gốc còn tiếp).`,
  "signature.second-needs-tm": (f, p) =>
    `«${f}»: cấp ký thứ hai (KT., TL., TUQ.) chỉ ghi dưới «TM.», không dưới «${p.authority}».`,
  "period.span-dates": (f, p) =>
    `«${f}»: kỳ «${p.span}» là ${p.nominal} tháng nhưng từ ngày đến ngày là khoảng ${p.months} tháng; hãy sửa ngày hoặc bỏ kỳ để nhãn được tính từ ngày.`,
  "money.parts-exceed": (f, p) =>
    `«${f}»: các phần «trong đó» cộng lại (${p.sum}) lớn hơn tổng số (${p.total}).`,
  "aid.rows-exceed-total": (f, p) =>
    `«${f}»: danh sách có ${p.rows} dự án, khoản viện trợ, nhiều hơn tổng số đã nêu (${p.total}).`,
  "comparison.base": (f, p) =>
    p.need === undefined
      ? `«${f}» không dùng với cách so sánh đã chọn; hãy xóa.`
      : `«${f}»: cách so sánh đã chọn cần ghi ${p.need === "year" ? "năm so sánh" : "thời kỳ so sánh"}.`,
  "narrative.facts-left-out": (f, p) =>
    `«${f}»: chọn chỉ in nội dung đã viết, nên ${p.count} số liệu đã nhập mà nội dung không nêu sẽ không có trong văn bản: ${p.facts} (${p.paths}).`,
  "request.deadline-before-cut-off": (f, p) =>
    `«${f}» (${p.deadline}) phải sau ngày chốt số liệu (${p.cutOff}): đơn vị cần ít nhất một ngày làm việc sau khi chốt số liệu để báo cáo (NĐ 09/2019, Điều 8).`,
  "request.deadline-before-period-end": (f, p) =>
    `«${f}» (${p.deadline}) trước ngày cuối kỳ báo cáo (${p.end}); hãy ghi thời gian chốt số liệu hoặc lùi hạn gửi.`,
  "request.cut-off-window": (f, p) =>
    `«${f}» khác thời gian chốt số liệu của NĐ 09/2019 (Điều 12) cho kỳ này: từ ${p.from} đến ${p.to} (ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ); kiểm tra lại nếu không theo quy định riêng của tỉnh.`,
  "request.unit-duplicate": (f, p) => `«${f}»: đơn vị «${p.unit}» đã có ở dòng ${p.first}.`,
  "request.listed-twice": (f, p) => `«${f}»: «${p.item}» được ghi hai lần.`,
  "request.addressees-missing": (f) => `«${f}»: công văn đề nghị báo cáo cần ghi «Kính gửi» các đơn vị.`,
} satisfies Record<string, Msg>;

/**
 * The issue codes, typed from the Vietnamese messages: a rule reporting a code without a
 * message, or an English table missing one, does not compile.
 */
export type IssueCode = keyof typeof MESSAGES_VI;

/** Whether `code` is one of the issue codes of core. */
export function isIssueCode(code: string): code is IssueCode {
  return Object.hasOwn(MESSAGES_VI, code);
}
