import { describe, expect, it } from "vitest";
import { applyPrefill, PREFILL_PROPERTIES } from "./prefill";

const empty = () => ({ kind: "report", frame: { recipients: { list: [], archive: ["VT"] } }, body: {} });

describe("prefill of a new document", () => {
  it("fills the frame where it is empty", () => {
    const doc = applyPrefill(empty(), {
      issuingBody: "UBND XÃ TÂN THANH",
      parentBody: "UBND TỈNH LẠNG SƠN",
      place: " Tân Thanh ",
      signerName: "Nguyễn Văn An",
      signerTitle: "CHỦ TỊCH",
      recipients: ["Như trên", ""],
    });
    expect(doc.frame).toEqual({
      issuingBody: { name: "UBND XÃ TÂN THANH" },
      parentBody: "UBND TỈNH LẠNG SƠN",
      place: "Tân Thanh",
      signature: { name: "Nguyễn Văn An", title: "CHỦ TỊCH" },
      recipients: { list: ["Như trên"], archive: ["VT"] },
    });
  });

  it("never over what a field holds, unless it is a placeholder named", () => {
    const doc = { kind: "report", frame: { place: "Kỳ Lừa", signature: { name: "(Người ký)" } } };
    const out = applyPrefill(doc, { place: "Tân Thanh", signerName: "Nguyễn Văn An" }, ["(Người ký)"]);
    expect(out.frame).toEqual({ place: "Kỳ Lừa", signature: { name: "Nguyễn Văn An" } });
  });

  it("reads recipients from an attribute separated by ; or new lines", () => {
    const conv = PREFILL_PROPERTIES.recipients!.converter as { fromAttribute(v: string | null): unknown };
    expect(conv.fromAttribute("Sở Ngoại vụ;  Như trên\nLưu VT; ")).toEqual([
      "Sở Ngoại vụ",
      "Như trên",
      "Lưu VT",
    ]);
    expect(conv.fromAttribute(null)).toBeUndefined();
  });
});

describe("the forms declare the prefill properties as this table does", () => {
  it("document form and section form", async () => {
    const { DoingoaiDocumentForm } = await import("./document-form.component");
    const { DoingoaiSectionForm } = await import("../section-form/section-form.component");
    for (const C of [DoingoaiDocumentForm, DoingoaiSectionForm]) {
      const props = C.properties as Record<string, unknown>;
      for (const [k, v] of Object.entries(PREFILL_PROPERTIES)) expect(props[k], `${C.name}.${k}`).toEqual(v);
    }
  });
});
