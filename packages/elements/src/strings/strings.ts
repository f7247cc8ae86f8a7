/**
 * Every text the elements show that is not a field label (labels come from core's label tables)
 * nor a validation message (core `validate(…, { lang })`). Vietnamese is built in; English is in
 * `en.ts`, loaded with core's English pack by `loadLanguage("en")` when a component has
 * `lang="en"` (until it arrives, the component shows Vietnamese). `strings.test.ts` checks that
 * both languages have the same keys and the same placeholders.
 */
import { type Lang, registerLanguage } from "@doingoai/core/lite";
import { type StringKey, STRINGS_VI as vi } from "./vi";

export type { StringKey };

/** The strings of each loaded language (English once `loadLanguage("en")` has resolved). */
export const STRINGS: { vi: Record<StringKey, string> } & Partial<Record<Lang, Record<StringKey, string>>> = {
  vi,
};

/**
 * Labels of enum values (selects, radios, checkboxes). Values that are already the words of the
 * document (CitationKind "Công văn", basis verb "Thực hiện") or acronyms ("FDI") are shown as
 * they are; `strings.test.ts` checks that every other value the forms offer has a label here.
 */
export const OPTION_LABELS: { vi: Record<string, string> } & Partial<Record<Lang, Record<string, string>>> = {
  vi: {
    exact: "chính xác",
    over: "trên",
    "more-than": "hơn",
    about: "khoảng",
    nearly: "gần",
    under: "dưới",
    h1: "6 tháng đầu năm",
    h2: "6 tháng cuối năm",
    year: "Năm",
    q1: "Quý I",
    q2: "Quý II",
    q3: "Quý III",
    q4: "Quý IV",
    "9m": "9 tháng",
    months: "Một số tháng",
    custom: "Khoảng thời gian khác",
    short: "ngày 08/5/2024",
    long: "ngày 08 tháng 5 năm 2024",
    TM: "TM. (thay mặt)",
    KT: "KT. (ký thay)",
    TL: "TL. (thừa lệnh)",
    TUQ: "TUQ. (thừa ủy quyền)",
    Q: "Q. (quyền)",
    none: "Người đứng đầu ký",
    khan: "Khẩn",
    "thuong-khan": "Thượng khẩn",
    "hoa-toc": "Hỏa tốc",
    draft: "Dự thảo",
    issued: "Đã ban hành",
    outbound: "Đoàn ra",
    inbound: "Đoàn vào",
    negotiating: "Đang đàm phán",
    signed: "Đã ký",
    implementing: "Đang thực hiện",
    completed: "Đã hoàn thành",
    expired: "Hết hiệu lực",
    agreement: "Thỏa thuận",
    memorandum: "Biên bản ghi nhớ",
    other: "Khác",
    "overseas-vietnamese": "Của người Việt Nam ở nước ngoài",
    state: "Cấp Nhà nước",
    province: "Cấp tỉnh",
    twinning: "Kết nghĩa",
    "friendship-association": "Hội hữu nghị",
    exchange: "Giao lưu",
    month: "Hằng tháng",
    quarter: "Hằng quý",
    "6-months": "6 tháng",
    "9-months": "9 tháng",
    "ad-hoc": "Đột xuất",
    plan: "Kế hoạch",
    programme: "Chương trình",
    delegations: "Đoàn ra, đoàn vào (lấy từ số liệu)",
    "ngo-aid": "Viện trợ phi chính phủ nước ngoài (lấy từ số liệu)",
    agreements: "Thỏa thuận quốc tế (lấy từ số liệu)",
    conferences: "Hội nghị, hội thảo quốc tế (lấy từ số liệu)",
    free: "Bảng tự lập",
  },
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

/** The label of an enum value. */
export function optionLabel(value: string, lang: Lang): string {
  return (OPTION_LABELS[lang] ?? OPTION_LABELS.vi)[value] ?? value;
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
      // Registered here too: the lite entry of core may not share its registry with the pack's.
      registerLanguage("en", m.EN);
      OPTION_LABELS.en = m.OPTION_LABELS_EN;
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
