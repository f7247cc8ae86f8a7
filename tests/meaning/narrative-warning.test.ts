/**
 * The narrative-only warning (`narrative.facts-left-out`) names exactly the facts that do not reach
 * the document: not the rows an appendix table prints, and not facts the narrative writes another
 * way than the form typed them ("03 đoàn" for 3, "08/5/2024" for 2024-05-08, "1.500.000 đồng",
 * names in another case, normalisation or tone-mark placement). Property-based where the ways of
 * writing a value are many.
 */
import { type Document, type FactLeaf, narrativeText, statedIn, validate } from "@doingoai/core";
import { example } from "@doingoai/core/fixtures";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const SEED_001 = "bao-cao-nam-2019-so-tttt-lang-son";

/** Seed 001 with its delegations section printing its narrative only. */
function narrativeOnly(edit?: (facts: { delegations?: Record<string, unknown>[] }) => void): Document {
  const doc = example(SEED_001);
  if (doc.kind !== "report") throw new Error("seed 001 is a report");
  const a = doc.body.areas.delegations;
  if (a?.answer !== "content" || a.facts === undefined) throw new Error("seed 001 has delegations");
  a.print = "narrative";
  edit?.(a.facts as { delegations?: Record<string, unknown>[] });
  return doc;
}

const leftOut = (doc: Document) => validate(doc).issues.filter((i) => i.code === "narrative.facts-left-out");

describe("a fact printed in an appendix table is not left out", () => {
  it("seed 001: the outbound delegations are in its BẢNG TỔNG HỢP ĐOÀN RA, so no warning", () => {
    expect(leftOut(narrativeOnly())).toEqual([]);
  });

  it("an inbound delegation (no inbound table) and a field no column prints are named", () => {
    const doc = narrativeOnly((f) => {
      f.delegations!.push({ direction: "inbound", name: "Đoàn nhà báo Cuba", countries: ["Cuba"] });
      f.delegations![0]!.result = "Ký biên bản ghi nhớ hợp tác truyền thông";
    });
    const [w, ...more] = leftOut(doc);
    expect(more).toEqual([]);
    expect(w!.message).toContain("Đoàn nhà báo Cuba");
    expect(w!.message).toContain("Ký biên bản ghi nhớ hợp tác truyền thông");
    expect(w!.message).toContain("facts.delegations.0.result");
    // the printed columns of the outbound rows are not named
    expect(w!.message).not.toContain("facts.delegations.0.name");
    expect(w!.params?.count).toBe(3);
  });

  it("without the appendix, the rows are named again", () => {
    const doc = narrativeOnly();
    delete doc.appendices;
    expect(leftOut(doc)).toHaveLength(1);
  });
});

const count = (value: number, unit?: string): FactLeaf => ({
  path: [],
  kind: "count",
  value,
  ...(unit === undefined ? {} : { unit }),
});
const said = (leaf: FactLeaf, ...paragraphs: string[]) => statedIn(leaf, narrativeText(paragraphs));

/** A count as documents write it: "03" below ten, thousands with dots ("1.250"), or as typed. */
function written(n: number, style: "glossary" | "plain"): string {
  if (style === "plain") return String(n);
  if (n < 10) return `0${n}`;
  return String(n).replace(/\B(?=(\d{3})+$)/g, ".");
}

const UNITS = ["đoàn", "lượt người", "người", "dự án", "khoản"] as const;

describe("the narrative states a count, however the glossary or the clerk writes it", () => {
  it("«03 đoàn» and «3 đoàn», «1.250 lượt» and «1250 lượt» state the count; another number does not", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom(...UNITS),
        fc.constantFrom("glossary" as const, "plain" as const),
        fc.integer({ min: 1, max: 999_999 }),
        (n, unit, style, other) => {
          const text = `Trong kỳ, đơn vị có ${written(n, style)} ${unit} tham gia.`;
          expect(said(count(n, unit), text)).toBe(true);
          if (other !== n) expect(said(count(other, unit), text)).toBe(false);
        },
      ),
    );
  });
});

describe("the narrative states a date written dd/mm/yyyy, d/m, with dashes or in words", () => {
  const day = fc.date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2099-12-31T00:00:00Z"),
    noInvalidDate: true,
  });
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const forms = (d: Date): string[] => {
    const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    const p = (x: number) => String(x).padStart(2, "0");
    return [
      `${p(dd)}/${p(m)}/${y}`,
      `${dd}/${m}/${y}`,
      `${p(dd)}/${m}`,
      `${p(dd)}-${p(m)}-${y}`,
      `${p(dd)}.${p(m)}.${y}`,
      `ngày ${p(dd)} tháng ${m} năm ${y}`,
    ];
  };

  it("each way states the date; the same day of another year does not", () => {
    fc.assert(
      fc.property(day, fc.nat(5), (d, k) => {
        const form = forms(d)[k]!;
        const text = `Ngày ${form}, đoàn làm việc tại tỉnh.`.replace("Ngày ngày", "Ngày");
        expect(said({ path: [], kind: "date", value: iso(d) }, text), text).toBe(true);
        const y = d.getUTCFullYear();
        const other = iso(d).replace(/^\d{4}/, String(y === 2099 ? 2098 : y + 1));
        // Feb 29 of a leap year has no twin next year: the text must simply not state the other year.
        if (form.includes(String(y)))
          expect(said({ path: [], kind: "date", value: other }, text), text).toBe(false);
      }),
    );
  });
});

describe("the narrative states an amount with thousands dots or in a unit word", () => {
  it("«1.500.000 đồng», «1,5 triệu đồng» state 1 500 000", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom(1e3, 1e6, 1e9), (k, scale) => {
        const n = k * scale;
        const money: FactLeaf = { path: [], kind: "money", value: n };
        const dots = String(n).replace(/\B(?=(\d{3})+$)/g, ".");
        expect(said(money, `trị giá ${dots} đồng`)).toBe(true);
        const word = scale === 1e3 ? "nghìn" : scale === 1e6 ? "triệu" : "tỷ";
        expect(said(money, `trị giá ${k} ${word} đồng`)).toBe(true);
        expect(said(money, `trị giá ${k + 1} ${word} đồng`)).toBe(false);
      }),
    );
  });
});

describe("the narrative states a name in another case, normalisation or tone-mark placement", () => {
  const NAMES = [
    "Thỏa thuận hợp tác với tỉnh Hủa Phăn",
    "Hội Hữu nghị Việt Nam - Lào",
    "Quỹ Hòa bình Thụy Điển",
    "Trường Đại học Daejin",
  ];
  /** The old tone-mark placement ("hoà", "thoả", "Thuỵ") that documents still use. */
  const oldStyle = (s: string) =>
    s
      .normalize("NFD")
      .replace(/o([\u0300\u0301\u0303\u0309\u0323])a/g, "oa$1")
      .replace(/u([\u0300\u0301\u0303\u0309\u0323])y/g, "uy$1")
      .normalize("NFC");

  it("upper case, lower case, NFD, old tone placement: the same name", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.constantFrom(
          (s: string) => s.toUpperCase(),
          (s: string) => s.toLowerCase(),
          (s: string) => s.normalize("NFD"),
          oldStyle,
        ),
        fc.boolean(),
        (name, variant, typedVariant) => {
          const typed = typedVariant ? variant(name) : name;
          const text = `Trong kỳ, ${typedVariant ? name : variant(name)} đã được triển khai.`;
          expect(said({ path: [], kind: "text", value: typed }, text), `${typed} | ${text}`).toBe(true);
        },
      ),
    );
    expect(oldStyle("Thỏa thuận")).toBe("Thoả thuận");
  });
});
