import { type Document, validate } from "@doingoai/core";
import { example } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";

const REPORT = "bao-cao-6-thang-dau-nam-2024-huyen-van-quan" as const;
const PLAN = "ke-hoach-2024-xa-binh-thanh" as const;

function codesAt(doc: unknown): string[] {
  return validate(doc).issues.map((i) => `${i.severity} ${i.code} ${i.path.join(".")}`);
}

describe("what a văn thư checks in the frame", () => {
  it("an abbreviated issuing body is a warning (NĐ 30: only the parent body may abbreviate)", () => {
    expect(codesAt(example(PLAN))).toContain("warning frame.body-abbreviated frame.issuingBody.name");
    const full = example(PLAN);
    full.frame.issuingBody.name = "ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH";
    expect(codesAt(full).filter((c) => c.includes("body-abbreviated"))).toEqual([]);
  });

  it("a subject that starts with the kind's own word is a warning", () => {
    const d = example(REPORT);
    d.frame.subject = "Báo cáo kết quả công tác đối ngoại 6 tháng đầu năm 2024";
    expect(codesAt(d)).toContain("warning frame.subject-repeats-kind frame.subject");
    expect(codesAt(example(REPORT)).filter((c) => c.includes("repeats-kind"))).toEqual([]);
  });

  it("a symbol that does not match the title's kind is a warning (NĐ 30 Phụ lục III)", () => {
    const plan = example(PLAN);
    plan.frame.symbol = "CTr-UBND";
    expect(codesAt(plan)).toContain("warning frame.symbol-kind frame.symbol");
    if (plan.kind !== "plan") throw new Error("fixture changed");
    plan.body.variant = "programme";
    expect(codesAt(plan).filter((c) => c.includes("symbol-kind"))).toEqual([]);
    const report = example(REPORT);
    report.frame.symbol = "KH-UBND";
    expect(codesAt(report)).toContain("warning frame.symbol-kind frame.symbol");
  });

  it("«Lưu: VT» not first is a warning", () => {
    const d = example(REPORT);
    d.frame.recipients.archive = ["NTT", "VT"];
    expect(codesAt(d)).toContain("warning frame.archive-vt-first frame.recipients.archive.0");
    d.frame.recipients.archive = ["VT", "NTT"];
    expect(codesAt(d).filter((c) => c.includes("vt-first"))).toEqual([]);
  });

  it("a span that contradicts its dates is an error; cut-off dates of a half-year are not", () => {
    const d = example(REPORT);
    if (d.kind !== "report") throw new Error("fixture changed");
    d.body.period = { from: "2011-01-01", to: "2015-12-31", span: "year" };
    expect(codesAt(d)).toContain("error period.span-dates body.period.span");
    d.body.period = { from: "2023-12-15", to: "2024-06-14", span: "h1" };
    expect(codesAt(d).filter((c) => c.includes("span-dates"))).toEqual([]);
  });
});

describe("the basis and the signature as real documents write them", () => {
  it("a basis paragraph with its own verb and several citations validates", () => {
    const d = example(PLAN);
    d.frame.basis = [
      {
        verb: "Xét đề nghị của Sở Ngoại vụ tại",
        citation: { kind: "Công văn", code: "499/SNgV-LS&HTQT", date: "2024-03-06" },
        citations: [{ kind: "Thông báo", code: "1899-TB/TU", date: "2023-12-06" }],
      },
    ];
    expect(validate(d).issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("TM. + KT.: a second level under TM. validates; under KT. it is an error", () => {
    const d: Document = example(PLAN);
    d.frame.signature = {
      authority: "TM",
      onBehalfOf: "ỦY BAN NHÂN DÂN",
      second: { authority: "KT", onBehalfOf: "CHỦ TỊCH" },
      title: "PHÓ CHỦ TỊCH",
      name: "Nguyễn Văn A",
    };
    expect(codesAt(d).filter((c) => c.includes("signature"))).toEqual([]);
    d.frame.signature.authority = "KT";
    expect(codesAt(d)).toContain("error signature.second-needs-tm frame.signature.second");
  });

  it("an excerpt may end before the signature and the archive line; a whole document may not", () => {
    const d = example(REPORT);
    delete d.frame.signature.name;
    d.frame.recipients = { list: [], archive: [] };
    expect(codesAt(d)).toEqual(
      expect.arrayContaining([
        "error frame.signature-name-missing frame.signature.name",
        "error frame.archive-missing frame.recipients.archive",
      ]),
    );
    d.frame.excerpt = { source: "https://thuvienphapluat.vn/van-ban/…" };
    expect(codesAt(d).filter((c) => c.includes("missing"))).toEqual([]);
  });
});
