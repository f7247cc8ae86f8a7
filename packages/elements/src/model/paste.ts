/**
 * Rows pasted from Excel or Word into a list of the form, and Word's bullets cleaned from pasted
 * text. A table comes as tab-separated text (Excel, `text/plain`) or as an HTML table (Word and
 * Excel, `text/html`); its columns fill the fields of the rows in the order the form shows them
 * (main fields first, see `main-fields.ts`), from the field pasted into. Values are read the way
 * people write them here: dates day first, "1.250.000", a country's name in Vietnamese or English
 * (written as the list of countries names it), an option by its label. A cell that cannot be read
 * is kept as typed in its field (validation then names it) and listed in `unread`: never dropped.
 */
import type { Lang } from "@doingoai/core/lite";
import { cleanBullet, cleanBullets } from "./bullets";
import type { Field, ListField } from "./fields";
import { formatDate, parseDate, parseNumberIn } from "./formats";
import { countries, currencyCode } from "./lists";
import type { Obj } from "./path";
import { fold, matchOption } from "./pick";

/** Kept importable from here (the table reading uses them too). */
export { cleanBullet, cleanBullets };

/** A cell not read as its field's value: kept as typed. */
export interface UnreadCell {
  row: number;
  field: string;
  text: string;
  /** Why: a value of a closed list (an option, a country, a currency) not in it; else not read. */
  reason?: "not-in-list";
}

/** Cells of an HTML table (`<table>` of Word or Excel), or undefined when there is none. */
export function tableFromHtml(htmlText: string): string[][] | undefined {
  if (!/<table[\s>]/i.test(htmlText) || typeof DOMParser === "undefined") return undefined;
  const doc = new DOMParser().parseFromString(htmlText, "text/html");
  const table = doc.querySelector("table");
  if (!table) return undefined;
  const rows = [...table.querySelectorAll("tr")].map((tr) =>
    [...tr.querySelectorAll("td, th")].map((c) => cellText(c as HTMLElement)),
  );
  return trimTable(rows);
}

/** The text of a table cell: paragraphs and line breaks as "; " (a row field holds one line). */
function cellText(cell: HTMLElement): string {
  const blocks = [...cell.querySelectorAll("p, li")];
  const parts = blocks.length ? blocks.map((b) => b.textContent ?? "") : [cell.textContent ?? ""];
  return parts
    .map((s) => cleanBullet(s.replace(/[\s\u00a0]+/g, " ").trim()))
    .filter(Boolean)
    .join("; ");
}

/**
 * Tab-separated text (Excel): rows by line, cells by tab; a quoted cell may hold tabs, line
 * breaks and doubled quotes. Undefined when the text is one line without a tab (not a table).
 */
export function tableFromText(text: string): string[][] | undefined {
  const s = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "");
  if (!s.includes("\t") && !s.includes("\n")) return undefined;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === "") quoted = true;
    else if (c === "\t") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
    i++;
  }
  row.push(cell);
  rows.push(row);
  return trimTable(rows.map((r) => r.map((x) => x.replace(/\s*\n\s*/g, "; ").trim())));
}

/** Without the empty rows (a blank line between rows), undefined when nothing is left. */
function trimTable(rows: string[][]): string[][] | undefined {
  const out = rows.filter((r) => r.some((c) => c.trim() !== ""));
  return out.length ? out : undefined;
}

/** The table of a clipboard: its HTML table first (Word), else its tab-separated text (Excel). */
export function tableFromClipboard(data: Pick<DataTransfer, "getData">): string[][] | undefined {
  const fromHtml = tableFromHtml(data.getData("text/html") ?? "");
  if (fromHtml) return fromHtml;
  // Word's bullets first: "•<tab>text" is one item of a list, not two cells.
  return tableFromText(cleanBullets(data.getData("text/plain") ?? ""));
}

// ---- rows ------------------------------------------------------------------------------------

/** Field kinds a cell can fill: one value each (a list of names: several, split by ";" or ","). */
function fillable(f: Field): boolean {
  if (f.kind === "group") return f.objectId === "Money" || f.objectId === "Count";
  if (f.kind === "list") return f.item.kind === "text";
  return ["text", "textarea", "number", "date", "partial-date", "select", "narrative"].includes(f.kind);
}

/** The columns of a row as the form shows them: main fields first, then the details. */
export function rowColumns(item: Field): Field[] {
  if (item.kind !== "group") return [item];
  const fs = item.fields.filter(fillable);
  return [...fs.filter((f) => !f.detail), ...fs.filter((f) => f.detail)];
}

const countryIndex = new Map<Lang, Map<string, string>>();
/** A country as the document writes it, from its Vietnamese or English name or its code. */
export function countryName(text: string, lang: Lang): string | undefined {
  let index = countryIndex.get(lang);
  if (!index) {
    index = new Map();
    for (const c of [...countries(lang), ...countries("en")]) {
      for (const k of [c.name, c.label, c.code]) if (k) index.set(fold(k), c.name);
    }
    // Names people write that the browser's names are not.
    for (const [k, code] of Object.entries(ALIASES)) {
      const c = countries(lang).find((x) => x.code === code);
      if (c) index.set(fold(k), c.name);
    }
    countryIndex.set(lang, index);
  }
  return index.get(fold(text));
}

/** Other names of countries in Vietnamese documents. */
const ALIASES: Record<string, string> = {
  Úc: "AU",
  Australia: "AU",
  "Hàn Quốc": "KR",
  "Đại Hàn": "KR",
  Lào: "LA",
  "CHDCND Lào": "LA",
  "Cam-pu-chia": "KH",
  Campuchia: "KH",
  "Hoa Kỳ": "US",
  Mỹ: "US",
  USA: "US",
  "Liên bang Nga": "RU",
  Nga: "RU",
  "Trung Hoa": "CN",
  TQ: "CN",
  "Nhật Bản": "JP",
  Nhật: "JP",
  "Thái Lan": "TH",
  Singapore: "SG",
  Malaysia: "MY",
  Indonesia: "ID",
  Philippines: "PH",
  Myanmar: "MM",
  Canada: "CA",
  Cuba: "CU",
  "New Zealand": "NZ",
  Đức: "DE",
  Pháp: "FR",
  Anh: "GB",
};

/** A value read from a cell for `f`, whether it was read (false: kept as typed), and why not. */
function readCell(
  f: Field,
  text: string,
  lang: Lang,
): { value: unknown; ok: boolean; reason?: "not-in-list"; unread?: string } {
  const s = text.trim();
  switch (f.kind) {
    case "number": {
      const n = parseNumberIn(s.replace(/\s*(người|ngày|đoàn|lượt)\.?$/i, ""), lang);
      return typeof n === "number" ? { value: n, ok: true } : { value: s, ok: false };
    }
    case "date":
    case "partial-date": {
      const v = parseDate(s, f.kind === "partial-date");
      return realDate(v) ? { value: v, ok: true } : { value: s, ok: false };
    }
    case "select": {
      const v = matchOption(f, s);
      return v !== undefined ? { value: v, ok: true } : { value: s, ok: false, reason: "not-in-list" };
    }
    case "narrative":
      return { value: [s], ok: true };
    case "list": {
      const names = s
        .split(/\s*[;,]\s*|\s+và\s+/)
        .map((x) => x.trim())
        .filter(Boolean);
      const out = names.map((n) =>
        f.item.kind === "text" && f.item.suggest === "country" ? countryName(n, lang) : n,
      );
      const ok = out.every((x) => x !== undefined);
      if (ok || f.item.kind !== "text" || f.item.suggest !== "country")
        return { value: out.map((x, i) => x ?? names[i]!), ok };
      // The names not in the list of countries, as written (the others are read).
      const unread = names.filter((_, i) => out[i] === undefined).join("; ");
      return { value: out.map((x, i) => x ?? names[i]!), ok, reason: "not-in-list", unread };
    }
    case "group": {
      if (f.objectId === "Count") {
        const n = parseNumberIn(s, lang);
        return typeof n === "number" ? { value: { value: n }, ok: true } : { value: { value: s }, ok: false };
      }
      // Money: "1.250.000", "1.250.000 đồng", "50.000 USD", "USD 50.000", "2.000 đô la Mỹ".
      const m = /^([\d.,\s]*\d)\s*(.*?)\.?$/.exec(s) ?? /^(\D*?)\s*(\d[\d.,\s]*)$/.exec(s);
      const [num, unit] = m ? (/\d/.test(m[1]!) ? [m[1]!, m[2]!] : [m[2]!, m[1]!]) : [s, ""];
      const n = parseNumberIn(num.trim(), lang);
      const cur = unit.trim() === "" ? "VND" : currencyCode(unit, lang);
      if (typeof n !== "number") return { value: { amount: s, currency: cur ?? "VND" }, ok: false };
      return cur === undefined
        ? { value: { amount: n, currency: unit.trim() }, ok: false, reason: "not-in-list" }
        : { value: { amount: n, currency: cur }, ok: true };
    }
    default: {
      if (f.kind !== "text" || f.suggest !== "country") return { value: s, ok: true };
      const name = countryName(s, lang);
      return name !== undefined ? { value: name, ok: true } : { value: s, ok: false, reason: "not-in-list" };
    }
  }
}

/** Whether `v` is an ISO date of the calendar ("2026-02-31" is not), a month, or a year. */
function realDate(v: string | undefined): boolean {
  const m = v === undefined ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return false;
  const [y, mo = 1, d = 1] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The text a cell read as `value` shows, for the input pasted into (as the person would type it). */
export function shownText(f: Field, value: unknown): string {
  if (f.kind === "date" || f.kind === "partial-date") return formatDate(value);
  return value == null ? "" : String(value);
}

export interface PastedRows {
  /** The new list: rows from `at` replaced or added, in the order pasted. */
  list: unknown[];
  count: number;
  unread: UnreadCell[];
  /** Columns beyond the row's fields (their text is put in the last field that takes text). */
  extraColumns: number;
}

/**
 * The list after pasting `table` at row `at`, column `startKey` (undefined: the first column).
 * Each pasted row fills the fields of one row; an existing row keeps the fields not pasted.
 */
export function pasteRows(
  list: ListField,
  current: readonly unknown[],
  at: number,
  startKey: string | undefined,
  table: string[][],
  lang: Lang,
  empty: () => unknown,
): PastedRows {
  const cols = rowColumns(list.item);
  const start = Math.max(
    0,
    cols.findIndex((c) => c.key === startKey),
  );
  const next = [...current];
  const unread: UnreadCell[] = [];
  let extraColumns = 0;
  // The choices left of the first column pasted (a delegation's direction) as in the row pasted into.
  const first = (current[at] && typeof current[at] === "object" ? current[at] : {}) as Obj;
  const carried = cols.slice(0, start).filter((c) => c.kind === "select" && first[c.key] !== undefined);
  table.forEach((cells, r) => {
    const i = at + r;
    let row = i < next.length ? next[i] : empty();
    if (i >= current.length && carried.length && row && typeof row === "object")
      row = { ...(row as Obj), ...Object.fromEntries(carried.map((c) => [c.key, first[c.key]])) };
    if (list.item.kind !== "group") {
      const { value, ok, reason } = readCell(list.item, cells.join(" ").trim(), lang);
      if (!ok)
        unread.push({
          row: i + 1,
          field: list.item.label,
          text: cells.join(" "),
          ...(reason ? { reason } : {}),
        });
      next[i] = value;
      return;
    }
    const obj: Obj = { ...((row && typeof row === "object" ? row : {}) as Obj) };
    const room = cols.length - start;
    let use = cells;
    if (cells.length > room) {
      // More cells than fields: the rest joined into the last one, never dropped.
      extraColumns = Math.max(extraColumns, cells.length - room);
      use = [
        ...cells.slice(0, room - 1),
        cells
          .slice(room - 1)
          .filter(Boolean)
          .join("; "),
      ];
    }
    use.forEach((text, c) => {
      const f = cols[start + c]!;
      if (text.trim() === "") return;
      const { value, ok, reason, unread: what } = readCell(f, text, lang);
      if (!ok)
        unread.push({ row: i + 1, field: f.label, text: what ?? text.trim(), ...(reason ? { reason } : {}) });
      obj[f.key] = value;
    });
    next[i] = obj;
  });
  return { list: next, count: table.length, unread, extraColumns };
}
