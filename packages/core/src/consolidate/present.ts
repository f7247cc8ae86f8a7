/**
 * What a reader of the consolidated report sees of the sums, written into the document itself (so
 * that it validates, renders and opens in the form like any report):
 * - per area with summed figures, a first paragraph of the draft that states them ("Tổng hợp báo
 *   cáo của 38 đơn vị: đoàn ra 12 đoàn, 80 lượt người, …; chi tiết tại Phụ lục II.");
 * - a paragraph on who reported (the reporting status) at the head of the report;
 * - appendices (free tables): the reporting status of every unit, and per area "Tổng hợp theo
 *   đơn vị", one row per unit with its figures and a last row with the sums.
 * Every cell is read from the units' reports through the record's provenance, so a row's figures
 * add up to the total row (the test recomputes them). The document is Vietnamese whatever `lang`.
 */
import { formatDateShort } from "../format/dates";
import { currencyLabel, formatNumber, padCount, QUALIFIER_WORDS, romanNumeral } from "../format/numbers";
import { fieldLabel } from "../labels";
import { ENUM_PHRASES } from "../labels/enums-vi";
import type { Appendix } from "../model/appendix";
import { INDICATORS } from "../model/indicators";
import { LIMITS } from "../model/limits";
import type { Qualifier } from "../model/values";
import { combineQualifiers } from "./figures";
import { notSummedCell } from "./stated";
import type { ConsolidatedArea, ConsolidationRecord, NotSummed, ReportingState, SummedFigure } from "./types";

/** One figure of an area as a column: its words, how it is written, and the summed figure. */
export interface FigureColumn {
  /** Column heading. */
  heading: string;
  /**
   * The words of the summary: a group ("đoàn ra: 12 đoàn, 80 lượt người"; columns of one group
   * together), or what the count counts, written after it ("652 lao động đi làm việc…").
   */
  words: string;
  grouped: boolean;
  /** Unit written after the number in the summary ("đoàn", "lượt người", "USD"). */
  unit?: string;
  money: boolean;
  figure: SummedFigure;
}

const DELEGATION_WORDS: [
  direction: "outbound" | "inbound",
  field: "delegations" | "persons" | "days",
  heading: string,
  unit: string,
][] = [
  ["outbound", "delegations", "Đoàn ra (đoàn)", "đoàn"],
  ["outbound", "persons", "Đoàn ra (lượt người)", "lượt người"],
  ["outbound", "days", "Đoàn ra (ngày)", "ngày"],
  ["inbound", "delegations", "Đoàn vào (đoàn)", "đoàn"],
  ["inbound", "persons", "Đoàn vào (lượt người)", "lượt người"],
  ["inbound", "days", "Đoàn vào (ngày)", "ngày"],
];

/**
 * What the money of a meaning is called: the label of its last field ("Giá trị cam kết"), or the
 * figure's own label, with its status when it has one ("Kim ngạch xuất nhập khẩu (giải ngân)").
 */
function moneyWords(meaning: string): string {
  const [path, status] = meaning.split(":");
  const parts = path!.split("/");
  const words = fieldLabel(parts[parts.length - 1]!);
  const phrase = status ? (ENUM_PHRASES.MoneyStatus as Record<string, string>)[status] : undefined;
  return phrase ? `${words} (${phrase})` : words;
}

/** The summed figures of an area, in the order the summary and the appendix give them. */
export function figureColumns(area: ConsolidatedArea): FigureColumn[] {
  const out: FigureColumn[] = [];
  for (const [direction, field, heading, unit] of DELEGATION_WORDS) {
    const figure = area.delegationTotals?.[direction]?.[field];
    const words = direction === "outbound" ? "đoàn ra" : "đoàn vào";
    if (figure && figure.sources.length)
      out.push({ heading, words, grouped: true, unit, money: false, figure });
  }
  for (const c of area.counts) {
    const def = c.key ? (INDICATORS as Record<string, { vi: string; unit: string }>)[c.key] : undefined;
    const words = c.label ?? def?.vi ?? c.key ?? "";
    const unit = c.unit ?? def?.unit;
    const first = words.charAt(0).toLocaleUpperCase("vi") + words.slice(1);
    out.push({
      heading: unit ? `${first} (${unit})` : first,
      words,
      grouped: false,
      unit,
      money: false,
      figure: c,
    });
  }
  for (const m of area.money) {
    const words = moneyWords(m.meaning);
    out.push({
      heading: `${words} (${currencyLabel(m.currency)})`,
      words: words.toLocaleLowerCase("vi"),
      grouped: true,
      unit: currencyLabel(m.currency),
      money: true,
      figure: m,
    });
  }
  return out;
}

/** A number as the document writes it, with its qualifier ("hơn 1.200", "05"). */
function numberText(value: number, qualifier: Qualifier | undefined, money: boolean): string {
  const n = money ? formatNumber(value) : padCount(value);
  const word = qualifier ? QUALIFIER_WORDS[qualifier] : "";
  return word ? `${word} ${n}` : n;
}

/** The unit and what is counted, the overlap said once: "dự án" + "dự án FDI" → "dự án FDI". */
function joinUnit(unit: string, phrase: string): string {
  const uw = unit.trim().split(/\s+/).filter(Boolean);
  const pw = phrase.trim().split(/\s+/).filter(Boolean);
  for (let k = Math.min(uw.length, pw.length); k > 0; k--) {
    const tail = uw
      .slice(uw.length - k)
      .join(" ")
      .toLocaleLowerCase("vi");
    if (tail === pw.slice(0, k).join(" ").toLocaleLowerCase("vi"))
      return [...uw.slice(0, uw.length - k), ...pw].join(" ");
  }
  return [...uw, ...pw].join(" ");
}

/** Reads the reports' values of a figure, per unit. */
export type SourceReader = (report: string, path: readonly (string | number)[]) => unknown;

/** One unit's part of a figure: the sum of its sources (weights, or the numbers at their paths). */
export function unitPart(
  figure: SummedFigure,
  unit: string,
  read: SourceReader,
): { value: number; qualifier?: Qualifier } | undefined {
  let value = 0;
  let any = false;
  const quals: (Qualifier | undefined)[] = [];
  for (const s of figure.sources) {
    if (s.unit !== unit) continue;
    any = true;
    if (s.weight !== undefined) {
      value += s.weight;
      continue;
    }
    const v = read(s.report, s.path);
    if (typeof v === "number") value += v;
    const parent = read(s.report, s.path.slice(0, -1)) as { qualifier?: Qualifier } | undefined;
    quals.push(parent?.qualifier);
  }
  if (!any) return undefined;
  const q = combineQualifiers(quals);
  return q ? { value, qualifier: q } : { value };
}

/** Units that contributed to any of the columns or stated what is not summed, in the order of `order`. */
function contributors(
  columns: FigureColumn[],
  order: readonly string[],
  stated: Map<string, NotSummed[]>,
): string[] {
  const set = new Set<string>(stated.keys());
  for (const c of columns) for (const s of c.figure.sources) if (s.unit) set.add(s.unit);
  return order.filter((u) => set.has(u));
}

/**
 * The figures of an area in one sentence, columns of the same words together: "Tổng hợp báo cáo
 * của 38 đơn vị: đoàn ra: 12 đoàn, 80 lượt người, 61 ngày; đoàn vào: …".
 */
export function summaryParagraph(
  columns: FigureColumn[],
  units: number,
  appendix: string | undefined,
): string {
  const groups = new Map<string, string[]>();
  for (const c of columns) {
    const n = numberText(c.figure.value, c.figure.qualifier, c.money);
    const figure = `${n}${c.unit ? ` ${c.unit}` : ""}`;
    const key = c.grouped ? c.words : `\u0001${groups.size}`;
    const list = groups.get(key) ?? [];
    list.push(c.grouped ? figure : `${n} ${joinUnit(c.unit ?? "", c.words)}`.trimEnd());
    groups.set(key, list);
  }
  const parts = [...groups].map(([key, values]) =>
    key.startsWith("\u0001") ? values[0]! : `${key}: ${values.join(", ")}`,
  );
  const where = appendix ? ` (chi tiết theo từng đơn vị tại ${appendix} kèm theo)` : "";
  return `Tổng hợp báo cáo của ${padCount(units)} đơn vị: ${parts.join("; ")}${where}.`;
}

const STATE_WORDS: Record<ReportingState, string> = {
  "on-time": "Đúng hạn",
  late: "Quá hạn",
  submitted: "Đã gửi",
  missing: "Chưa gửi",
  excluded: "Không sử dụng được",
};

const EXCLUDED_WORDS: Record<string, string> = {
  "consolidate.other-period": "báo cáo khác kỳ",
  "consolidate.not-a-report": "không phải báo cáo",
  "consolidate.duplicate-unit": "báo cáo gửi trước, đã có báo cáo thay thế",
};

/** The paragraph on who reported, for the head of the report. */
export function statusParagraph(
  record: ConsolidationRecord,
  deadline: string | undefined,
  appendix: string,
): string {
  const s = record.status;
  const missing = s.units.filter((u) => u.expected && u.state === "missing").map((u) => u.name);
  const timing =
    s.onTime + s.late > 0
      ? ` (${padCount(s.onTime)} đơn vị đúng hạn, ${padCount(s.late)} đơn vị quá hạn)`
      : "";
  const due = deadline ? `, hạn gửi ngày ${formatDateShort(deadline)}` : "";
  let text = `Tình hình gửi báo cáo${due}: ${padCount(s.submitted)}/${padCount(s.expected)} đơn vị đã gửi báo cáo${timing}`;
  if (missing.length) text += `; ${padCount(missing.length)} đơn vị chưa gửi báo cáo (${missing.join(", ")})`;
  if (s.excluded) text += `; ${padCount(s.excluded)} đơn vị gửi báo cáo không sử dụng được`;
  return `${text} (chi tiết tại ${appendix} kèm theo).`;
}

/** The free table of the reporting status. */
function statusAppendix(record: ConsolidationRecord, deadline: string | undefined, rows: number): Appendix {
  const used = new Map(record.reports.filter((r) => r.used && r.unit).map((r) => [r.unit!, r]));
  const excluded = new Map<string, string[]>();
  for (const r of record.reports)
    if (!r.used && r.unit) excluded.set(r.unit, [...(excluded.get(r.unit) ?? []), ...(r.excludedFor ?? [])]);
  const list = record.status.units.slice(0, rows).map((u, i) => {
    const notes: string[] = [];
    if (!u.expected) notes.push("không thuộc danh sách phải báo cáo");
    const why = excluded.get(u.unit);
    if (why?.length && u.state === "excluded") notes.push(...new Set(why.map((c) => EXCLUDED_WORDS[c] ?? c)));
    else if (why?.length && used.has(u.unit)) notes.push("gửi nhiều báo cáo, dùng báo cáo gửi sau cùng");
    const day = u.submittedAt?.slice(0, 10);
    return [String(i + 1), u.name, day ? formatDateShort(day) : "", STATE_WORDS[u.state], notes.join("; ")];
  });
  const s = record.status;
  return {
    title: "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ",
    table: {
      type: "free",
      table: { columns: ["TT", "Đơn vị", "Ngày gửi", "Tình trạng", "Ghi chú"], rows: list },
    },
    note: `Phải báo cáo: ${padCount(s.expected)} đơn vị${deadline ? ` (hạn gửi ngày ${formatDateShort(deadline)})` : ""}; đã gửi: ${padCount(s.submitted)} (đúng hạn: ${padCount(s.onTime)}; quá hạn: ${padCount(s.late)}; không rõ ngày: ${padCount(s.undated)}); chưa gửi: ${padCount(s.missing)}; không sử dụng được: ${padCount(s.excluded)}.${rows < s.units.length ? ` Bảng chỉ ghi ${padCount(rows)}/${padCount(s.units.length)} đơn vị đầu do giới hạn của mẫu; đủ danh sách nằm trong bản ghi tổng hợp.` : ""}`,
  };
}

/** Heading of the column of what each unit stated that is not summed. */
export const NOT_SUMMED_HEADING = "Số liệu đơn vị tự nêu, không cộng";

/** A cell within the model's limit: cut with "…" (the record keeps every statement). */
const cell = (text: string) => (text.length > LIMITS.cell ? `${text.slice(0, LIMITS.cell - 1)}…` : text);

/**
 * The free table "Tổng hợp theo đơn vị" of one area: a row per unit with its part of each figure,
 * and — when units stated what cannot be summed — a last column with it, in the unit's row.
 */
function areaAppendix(
  title: string,
  columns: FigureColumn[],
  units: string[],
  unitName: (id: string) => string,
  read: SourceReader,
  stated: Map<string, NotSummed[]>,
): Appendix {
  const extra = stated.size > 0;
  const rows = units.map((u, i) => {
    const row = [
      String(i + 1),
      unitName(u),
      ...columns.map((c) => {
        const part = unitPart(c.figure, u, read);
        return part ? numberText(part.value, part.qualifier, c.money) : "";
      }),
    ];
    if (extra) row.push(cell(notSummedCell(stated.get(u) ?? [])));
    return row;
  });
  const total = [
    "",
    "Tổng cộng",
    ...columns.map((c) => numberText(c.figure.value, c.figure.qualifier, c.money)),
  ];
  if (extra) total.push("");
  // Without a summed figure there is nothing to total: what is there is never summed.
  if (columns.length) rows.push(total);
  const headings = ["TT", "Đơn vị", ...columns.map((c) => c.heading)];
  if (extra) headings.push(NOT_SUMMED_HEADING);
  return {
    title: `TỔNG HỢP THEO ĐƠN VỊ: ${title.toLocaleUpperCase("vi")}`,
    table: { type: "free", table: { columns: headings, rows } },
  };
}

/** What each unit stated that is not summed, by unit. */
function statedByUnit(area: ConsolidatedArea): Map<string, NotSummed[]> {
  const out = new Map<string, NotSummed[]>();
  for (const e of area.notSummed) {
    const list = out.get(e.unit);
    if (list) list.push(e);
    else out.set(e.unit, [e]);
  }
  return out;
}

export interface Presentation {
  appendices: Appendix[];
  /** Per area id, the summary paragraph to put first in its narrative. */
  summaries: Map<string, string>;
  status: string;
  /** Areas whose appendix was left out or cut for the document's table-row budget. */
  cut: string[];
}

/**
 * The appendices and paragraphs of a consolidation. `usedRows`: table rows the document already
 * holds (delegation and project lists), so that the appendices stay within the model's budget.
 */
export function present(
  record: ConsolidationRecord,
  areas: readonly { id: string; title: string }[],
  order: readonly string[],
  unitName: (id: string) => string,
  read: SourceReader,
  deadline: string | undefined,
  usedRows: number,
): Presentation {
  const summaries = new Map<string, string>();
  const cut: string[] = [];
  let budget = LIMITS.documentTableRows - usedRows;
  const statusRows = Math.max(0, Math.min(record.status.units.length, LIMITS.tableRows, budget));
  budget -= statusRows;
  const appendices: Appendix[] = [statusAppendix(record, deadline, statusRows)];
  const planned: {
    id: string;
    title: string;
    columns: FigureColumn[];
    units: string[];
    stated: Map<string, NotSummed[]>;
  }[] = [];
  for (const { id, title } of areas) {
    const area = record.areas[id];
    if (!area) continue;
    const stated = statedByUnit(area);
    const columns = figureColumns(area).slice(0, LIMITS.tableColumns - (stated.size ? 3 : 2));
    if (!columns.length && !stated.size) continue;
    const units = contributors(columns, order, stated);
    planned.push({ id, title, columns, units, stated });
  }
  const placed: { p: (typeof planned)[number]; at?: number }[] = [];
  for (const p of planned) {
    const rows = p.units.length + 1;
    if (rows <= budget && rows <= LIMITS.tableRows && appendices.length < 50) {
      budget -= rows;
      placed.push({ p, at: appendices.length });
      appendices.push(areaAppendix(p.title, p.columns, p.units, unitName, read, p.stated));
    } else {
      placed.push({ p });
      cut.push(p.id);
    }
  }
  // As the renderer labels them: "Phụ lục" alone, or "Phụ lục I", "Phụ lục II"… (NĐ 30).
  const label = (i: number) => (appendices.length >= 2 ? `Phụ lục ${romanNumeral(i + 1)}` : "Phụ lục");
  for (const { p, at: i } of placed)
    if (p.columns.length)
      summaries.set(
        p.id,
        summaryParagraph(p.columns, p.units.length, i === undefined ? undefined : label(i)),
      );
  return { appendices, summaries, status: statusParagraph(record, deadline, label(0)), cut };
}
