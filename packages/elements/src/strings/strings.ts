/**
 * Every text the elements show that is not a field label (labels come from core's label tables)
 * nor a validation message (core `validate(…, { lang })`). Vietnamese is built in; English is in
 * `en.ts`, loaded with core's English pack by `loadLanguage("en")` when a component has
 * `lang="en"` (until it arrives, the component shows Vietnamese). `strings.test.ts` checks that
 * both languages have the same keys and the same placeholders.
 */
import { enumLabel, type Lang, registerLanguage } from "@doingoai/core/lite";

const vi = {
  optional: "(không bắt buộc)",
  errorSummaryTitle: "Có lỗi cần sửa",
  errorPrefix: "Lỗi:",
  warningsTitle: "Cần lưu ý",
  choose: "— Chọn —",
  answerContent: "Có nội dung",
  answerNone: "Không phát sinh",
  answerUnanswered: "Chưa trả lời (để sau)",
  noneTextLabel: "Câu trả lời trong văn bản",
  noneTextHint: "Ví dụ: Trong kỳ không tiếp nhận khoản viện trợ nào. Để trống để ghi «Không.»",
  narrativeHint: "Mỗi dòng là một đoạn văn.",
  partialDateHint: "Ví dụ: 2024-05-08; khi chưa có ngày, ghi 2024-05",
  areasHint: "Chọn một hoặc nhiều lĩnh vực",
  add: "Thêm {label}",
  remove: "Xóa",
  removeRow: "Xóa {row}",
  moveUp: "Lên",
  moveUpRow: "Chuyển {row} lên",
  moveDown: "Xuống",
  moveDownRow: "Chuyển {row} xuống",
  expand: "Mở",
  collapse: "Thu gọn",
  rowErrors: "{n} lỗi",
  added: "Đã thêm {row}.",
  removed: "Đã xóa {row}.",
  moved: "Đã chuyển đến vị trí {n}.",
  emptyList: "Chưa có mục nào.",
  entries: "{n} mục",
  notEntered: "Chưa nhập",
  notAnswered: "Chưa trả lời",
  taskListTitle: "Các phần của văn bản",
  progress: "Đã hoàn thành {done}/{total} phần",
  statusNotStarted: "Chưa bắt đầu",
  statusInProgress: "Đang làm",
  statusNone: "Không phát sinh",
  statusCompleted: "Hoàn thành",
  statusOptional: "Không bắt buộc",
  back: "Quay lại danh sách phần",
  continue: "Lưu và tiếp tục",
  checkAnswers: "Kiểm tra lại",
  checkAnswersIntro: "Kiểm tra lại các phần trước khi gửi. Chọn «Sửa» để thay đổi.",
  change: "Sửa",
  submit: "Gửi văn bản",
  downloadDocx: "Tải về DOCX",
  generating: "Đang tạo DOCX…",
  docxFailed: "Chưa tạo được DOCX: {detail}",
  docxIncomplete: "Chưa tạo được DOCX: cần nhập đủ các thông tin bắt buộc (xem «Có lỗi cần sửa»).",
  preview: "Xem trước",
  previewLoading: "Đang tải bản xem trước…",
  previewIncomplete: "Chưa xem trước được: cần nhập thêm thông tin bắt buộc.",
  savedAt: "Đã lưu nháp lúc {time}",
  restoredAt: "Đã khôi phục bản nháp lưu lúc {time}",
  saveFailed: "Không lưu được bản nháp trên trình duyệt này.",
  discardDraft: "Bỏ bản nháp",
  draftDiscarded: "Đã bỏ bản nháp.",
  sectionNotFound: "Không có phần «{id}» trong văn bản loại này.",
  groupGeneral: "Thông tin chung",
  groupResults: "Kết quả công tác đối ngoại",
  groupAssessment: "Đánh giá, phương hướng, kiến nghị",
  groupPlan: "Nội dung kế hoạch",
  groupNotice: "Nội dung kết luận",
  groupAppendices: "Phụ lục",
  sectionOverviewReport: "Kỳ báo cáo, mở đầu",
  sectionOverviewPlan: "Kỳ kế hoạch, mở đầu",
  sectionDirections: "Dự báo, phương hướng, nhiệm vụ",
  sectionFunding: "Kinh phí, câu kết",
  sectionTasks: "Nhiệm vụ thời gian tới",
  sectionAnswers: "Trả lời kiến nghị",
  sectionOf: "Phần {n}/{total}",
} as const;

export type StringKey = keyof typeof vi;

/** The strings of each loaded language (English once `loadLanguage("en")` has resolved). */
export const STRINGS: { vi: Record<StringKey, string> } & Partial<Record<Lang, Record<StringKey, string>>> = {
  vi,
};

/** `format("Đã hoàn thành {done}/{total} phần", { done: 3, total: 14 })`. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** The text of `key` in `lang`, with its placeholders filled. */
export function t(lang: Lang, key: StringKey, params?: Record<string, string | number>): string {
  return format((STRINGS[lang] ?? vi)[key], params);
}

/**
 * Whether an enum value is shown as it is: the document's own words ("Công văn", "Theo") and
 * acronyms ("FDI") start with a capital; lower-case codes ("outbound") need a label.
 */
export function isVerbatimOption(value: string): boolean {
  return /^\p{Lu}/u.test(value);
}

/**
 * The label of an enum value, from core's table by the enum's schema id (`enumId` from the
 * model IR): the reporting frequency "year" is "Hằng năm", the period span "year" is "Năm".
 */
export function optionLabel(enumId: string | undefined, value: string, lang: Lang): string {
  return enumLabel(enumId, value, lang);
}

/** The language an element asks for: its `lang`, else the nearest ancestor's (`en…` is English). */
export function langOf(el: HTMLElement): Lang {
  const own = el.lang || el.parentElement?.closest("[lang]")?.getAttribute("lang") || "vi";
  return own.toLowerCase().startsWith("en") ? "en" : "vi";
}

/** `lang` when its texts are loaded, Vietnamese until then. */
export const shownLang = (lang: Lang): Lang => (STRINGS[lang] ? lang : "vi");

let loading: Promise<void> | undefined;
const waiting = new Set<() => void>();

/**
 * Load a language for the whole page, once: core's pack (labels, messages) and the strings of
 * the elements. `arrived` runs when it has loaded, also when that happens through a later call
 * (a failed load is tried again on the next call). Vietnamese is always there.
 */
export function loadLanguage(lang: Lang, arrived?: () => void): Promise<void> {
  if (STRINGS[lang]) return Promise.resolve();
  if (arrived) waiting.add(arrived);
  loading ??= import("./en").then(
    (m) => {
      // Core's pack registers nothing on import: this call is what makes English available.
      registerLanguage("en", m.EN);
      STRINGS.en = m.STRINGS_EN;
      for (const f of waiting) f();
      waiting.clear();
    },
    (err) => {
      loading = undefined;
      throw err;
    },
  );
  return loading;
}

/**
 * Ask for the language of a component: undefined when it is there, else a promise (never
 * rejected) that settles once it has loaded or failed; `arrived` re-renders the component.
 */
export function requestLanguage(el: HTMLElement, arrived: () => void): Promise<void> | undefined {
  const lang = langOf(el);
  return STRINGS[lang] ? undefined : loadLanguage(lang, arrived).catch(() => {});
}
