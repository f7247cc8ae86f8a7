/**
 * The lists a person picks from where the model keeps free text or a code: currencies (ISO 4217,
 * VND first) and countries (names as Vietnamese official documents write them). Names come from
 * the browser (`Intl.DisplayNames`, no data shipped) with the few names Vietnamese documents
 * write otherwise; the model stores the currency code and the country name as text, so a name
 * outside the list can still be typed.
 */
import type { Lang } from "@doingoai/core/lite";

/** An option of a select or a list of suggestions. */
export interface Option {
  value: string;
  label: string;
  /** Option group (`<optgroup>`) label. */
  group?: string;
}

/** The currencies Vietnamese reports name most, in this order (VND first). */
export const COMMON_CURRENCIES = [
  "VND",
  "USD",
  "EUR",
  "CNY",
  "JPY",
  "KRW",
  "LAK",
  "KHR",
  "THB",
  "AUD",
  "GBP",
  "SGD",
];

function displayNames(lang: Lang, type: "currency" | "region"): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([lang], { type });
  } catch {
    return undefined;
  }
}

/** Currency options: VND as "đồng (VND)", then the common ones, then every other ISO code. */
export function currencyOptions(lang: Lang, commonLabel: string, otherLabel: string): Option[] {
  const names = displayNames(lang, "currency");
  let all: string[] = [];
  try {
    all = Intl.supportedValuesOf("currency");
  } catch {
    /* an old browser: the common list only */
  }
  const label = (code: string) => {
    if (code === "VND") return lang === "vi" ? "đồng (VND)" : "Vietnamese đồng (VND)";
    const name = names?.of(code);
    return name && name !== code ? `${code} – ${name}` : code;
  };
  return [
    ...COMMON_CURRENCIES.map((value) => ({ value, label: label(value), group: commonLabel })),
    ...all
      .filter((c) => /^[A-Z]{3}$/.test(c) && !COMMON_CURRENCIES.includes(c))
      .map((value) => ({ value, label: label(value), group: otherLabel })),
  ];
}

/** What Vietnamese tables write for the đồng, and other codes people use for a currency. */
const CURRENCY_WORDS: Record<string, string> = {
  vnđ: "VND",
  vnd: "VND",
  đồng: "VND",
  đ: "VND",
  "việt nam đồng": "VND",
  ndt: "CNY",
  "nhân dân tệ": "CNY",
  $: "USD",
  "đô la": "USD",
  đô: "USD",
  "€": "EUR",
};

const currencyIndex = new Map<Lang, Map<string, string>>();
/**
 * The ISO 4217 code of a currency as written ("VNĐ", "đồng", "USD", "đô la Mỹ", "Yên Nhật"),
 * read without case; undefined when it names none (a made-up code is not a currency).
 */
export function currencyCode(text: string, lang: Lang): string | undefined {
  const key = text.normalize("NFC").trim().toLocaleLowerCase("vi").replace(/\.$/, "");
  const word = CURRENCY_WORDS[key];
  if (word) return word;
  let index = currencyIndex.get(lang);
  if (!index) {
    index = new Map();
    let codes: string[] = COMMON_CURRENCIES;
    try {
      codes = [...new Set([...COMMON_CURRENCIES, ...Intl.supportedValuesOf("currency")])];
    } catch {
      /* an old browser: the common list only */
    }
    const names = [
      displayNames(lang, "currency"),
      displayNames("vi", "currency"),
      displayNames("en", "currency"),
    ];
    for (const code of codes) {
      index.set(code.toLowerCase(), code);
      for (const n of names) {
        const name = n?.of(code);
        if (name && name !== code) index.set(name.toLocaleLowerCase("vi"), code);
      }
    }
    currencyIndex.set(lang, index);
  }
  return index.get(key);
}

/**
 * Codes a browser names that are not countries or territories of ISO 3166-1 today: private-use
 * and exceptional codes, groupings (EU, UN), withdrawn codes (SU, YU…).
 */
const NOT_COUNTRIES =
  /^(AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN|AC|CP|CQ|DG|EA|IC|TA|AN|BU|CS|DD|DY|FX|HV|NH|RH|SU|TP|UK|VD|YD|YU|ZR|VN)$/;

/** The ISO 3166-1 alpha-2 codes the browser has names for (every two-letter code it knows). */
function regionCodes(): string[] {
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (let a = 65; a < 91; a++)
    for (let b = 65; b < 91; b++) {
      const code = String.fromCharCode(a, b);
      if (!NOT_COUNTRIES.test(code) && names.of(code) !== undefined) out.push(code);
    }
  return out;
}

/** Where Vietnamese official documents write a name other than the browser's. */
const OFFICIAL_VI: Record<string, string> = {
  AU: "Ô-xtrây-li-a",
  BN: "Bru-nây",
  CA: "Ca-na-đa",
  CU: "Cu-ba",
  HK: "Hồng Công (Trung Quốc)",
  HU: "Hung-ga-ri",
  ID: "In-đô-nê-xi-a",
  IT: "I-ta-li-a",
  MM: "Mi-an-ma",
  MO: "Ma Cao (Trung Quốc)",
  MY: "Ma-lai-xi-a",
  NZ: "Niu Di-lân",
  PH: "Phi-líp-pin",
  SG: "Xinh-ga-po",
  TL: "Đông Ti-mo",
  TW: "Đài Loan (Trung Quốc)",
};

/** The neighbours and partners named most, first in the list. */
const FIRST = ["CN", "LA", "KH", "KR", "JP", "TH", "US", "RU", "FR", "DE", "AU", "SG"];

export interface Country {
  code: string;
  /** The name the document writes (Vietnamese). */
  name: string;
  /** The name in the language of the form, when it differs. */
  label?: string;
}

const cache = new Map<Lang, Country[]>();

/** Countries with their Vietnamese names (first the most named, then in Vietnamese order). */
export function countries(lang: Lang): Country[] {
  const hit = cache.get(lang);
  if (hit) return hit;
  const vi = displayNames("vi", "region");
  const own = lang === "vi" ? undefined : displayNames(lang, "region");
  const all = regionCodes().map((code) => {
    const name = OFFICIAL_VI[code] ?? vi?.of(code) ?? code;
    const label = own?.of(code);
    return label && label !== name ? { code, name, label } : { code, name };
  });
  const first = FIRST.map((c) => all.find((x) => x.code === c)!).filter(Boolean);
  const collator = new Intl.Collator("vi");
  const rest = all.filter((x) => !FIRST.includes(x.code)).sort((a, b) => collator.compare(a.name, b.name));
  const out = [...first, ...rest];
  cache.set(lang, out);
  return out;
}
