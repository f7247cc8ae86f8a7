/** One line of text for a value, as "Kiểm tra lại" shows it in its summary list. */
import { dayText, type Lang, monthText } from "@doingoai/core/ui";
import { t } from "../strings/strings";
import type { Field } from "./fields";
import { isEmpty } from "./path";

const MAX = 160;
const cut = (s: string) => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s);
type Obj = Record<string, unknown>;

/** "08/5/2024", as core's `formatDateShort` writes it (its padding rules, without a date library). */
function date(v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  return m ? `${dayText(+m[3]!)}/${monthText(+m[2]!)}/${m[1]}` : v;
}

function number(v: number, lang: Lang): string {
  return lang === "vi" ? v.toLocaleString("vi-VN") : v.toLocaleString("en-GB");
}

/** The summary of `value` shown for field `f`; "Chưa nhập" when empty. */
export function summarize(f: Field, value: unknown, lang: Lang): string {
  if (f.kind === "answer") {
    const a = value as Obj | undefined;
    if (!a || a.answer === "unanswered" || a.answer === undefined) return t(lang, "notAnswered");
    if (a.answer === "none")
      return typeof a.text === "string" && a.text
        ? `${t(lang, "answerNone")}: ${cut(a.text)}`
        : t(lang, "answerNone");
    const parts = f.content
      .map((c) => (isEmpty(a[c.key]) ? "" : summarize(c, a[c.key], lang)))
      .filter(Boolean);
    return parts.length ? cut(parts.join("; ")) : t(lang, "answerContent");
  }
  if (isEmpty(value)) return t(lang, "notEntered");
  switch (f.kind) {
    case "text":
    case "textarea":
    case "partial-date":
      return cut(String(value));
    case "date":
      return date(String(value));
    case "number":
      return typeof value === "number" ? number(value, lang) : String(value);
    case "select":
      return f.options.find((o) => o.value === value)?.label ?? String(value);
    case "choices": {
      const list = Array.isArray(value) ? value.map(String) : [];
      return cut(list.map((v) => f.options.find((o) => o.value === v)?.label ?? v).join(", "));
    }
    case "narrative": {
      const paras = Array.isArray(value) ? value.map(String) : [String(value)];
      return cut(paras[0] ?? "");
    }
    case "list":
      return t(lang, "entries", { n: Array.isArray(value) ? value.length : 0 });
    case "variant": {
      const v = (value as Obj)[f.discriminator];
      return f.variants.find((x) => x.value === v)?.label ?? String(v ?? "");
    }
    case "group": {
      const obj = value as Obj;
      const parts = f.fields
        .filter((c) => !isEmpty(obj[c.key]))
        .map(
          (c) =>
            (c.kind === "group" || c.kind === "list" ? `${c.label}: ` : "") + summarize(c, obj[c.key], lang),
        );
      return cut(parts.join(", "));
    }
  }
}
