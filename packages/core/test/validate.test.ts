import { type Document, validate, validateJson } from "@doingoai/core";
import { EXAMPLE_NAMES, example, invalidText } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";

const errors = (r: ReturnType<typeof validate>) => r.issues.filter((i) => i.severity === "error");

describe("the five example documents", () => {
  it.each(EXAMPLE_NAMES)("%s is valid, with no errors", (name) => {
    const r = validate(example(name));
    expect(errors(r)).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it("returns the typed document", () => {
    const r = validate(example("bao-cao-6-thang-dau-nam-2024-huyen-van-quan"));
    expect(r.ok && r.value.kind).toBe("report");
  });
});

describe("planted errors exit with issues that carry a path and a Vietnamese message", () => {
  // Each invalid example and the issues it gives: examples/documents/invalid/*.patch.json
  // (checked in generated-docs.test.ts).
  it("names the field by its label, with the row", () => {
    const r = validateJson(invalidText("so-am"));
    const i = r.issues.find((x) => x.code === "schema.too-small")!;
    expect(i.message).toContain("Số thành viên đoàn");
    expect(i.message).toContain("đoàn thứ 1");
    expect(i.message).toContain("không được là số âm");
  });

  it("speaks English on request", () => {
    const r = validateJson(invalidText("so-am"), { lang: "en" });
    const i = r.issues.find((x) => x.code === "schema.too-small")!;
    expect(i.message).toBe(
      "“Areas › Outbound and inbound delegations › Delegations › delegation 1 › Members of the delegation” cannot be negative.",
    );
  });

  it("never throws, whatever the input", () => {
    for (const input of [
      undefined,
      null,
      0,
      "x",
      [],
      [{}],
      { kind: 3 },
      { schemaVersion: "1" },
      { frame: null },
      new Date(),
    ])
      expect(() => validate(input)).not.toThrow();
    expect(validate({ schemaVersion: 99 }).issues[0]!.code).toBe("document.version-unknown");
  });

  it("reports unknown keys instead of dropping them", () => {
    const r = validateJson(invalidText("truong-la"));
    expect(r.issues.find((i) => i.code === "schema.unknown-key")!.params).toEqual({ keys: ["soDienThoai"] });
  });
});

describe("cross-field rules", () => {
  const base = () => example("bao-cao-nam-2019-so-tttt-lang-son") as Extract<Document, { kind: "report" }>;
  const delegations = (d: ReturnType<typeof base>) => {
    const a = d.body.areas.delegations;
    if (a?.answer !== "content") throw new Error("fixture changed");
    return a.facts!;
  };
  const codes = (d: unknown) => validate(d).issues.map((i) => `${i.severity}:${i.code}`);

  it("members ≥ 1", () => {
    const d = base();
    delegations(d).delegations![2]!.members = 0;
    expect(codes(d)).toContain("error:delegation.members");
  });

  it("a stated number of delegations equals the rows", () => {
    const d = base();
    delegations(d).totals!.outbound!.delegations.value = 5;
    expect(codes(d)).toContain("error:totals.mismatch");
  });

  it("approximate totals are not checked against the rows", () => {
    const d = base();
    delegations(d).totals!.outbound!.persons = { value: 10, qualifier: "over", unit: "lượt người" };
    expect(codes(d)).not.toContain("error:totals.mismatch");
  });

  it("dated facts of a report fall in its period", () => {
    const d = base();
    delegations(d).delegations![0]!.from = "2018-04-27";
    delegations(d).delegations![0]!.to = "2018-05-01";
    expect(codes(d)).toContain("error:date.outside-period");
  });

  it("a citation dated after the document is a warning, not an error", () => {
    const d = base();
    d.frame.basis![0]!.citation.date = "2019-11-20";
    const r = validate(d);
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => `${i.severity}:${i.code}`)).toContain("warning:citation.after-document");
  });

  it("an issued document needs its number and full date", () => {
    const d = base();
    d.frame.status = "issued";
    expect(codes(d)).toEqual(expect.arrayContaining(["error:frame.issued-incomplete"]));
    d.frame.number = 123;
    d.frame.date = "2019-10-15";
    expect(codes(d)).not.toContain("error:frame.issued-incomplete");
  });

  it("signature authority is consistent with titles", () => {
    const d = base();
    d.frame.signature = {
      authority: "KT",
      onBehalfOf: "GIÁM ĐỐC",
      title: "CHÁNH VĂN PHÒNG",
      name: "Lê Hải Yến",
    };
    expect(codes(d)).toContain("warning:signature.deputy-title");
    d.frame.signature = { authority: "TM", title: "CHỦ TỊCH", name: "Ma Khánh Sơn" };
    expect(codes(d)).toContain("error:signature.authority-needs-body");
    d.frame.signature = { authority: "none", onBehalfOf: "ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "X" };
    expect(codes(d)).toContain("warning:signature.authority-extra");
  });

  it("an outline names only areas that exist, and content never falls out of it", () => {
    const d = base();
    const results = d.body.outline!.parts.find((p) => p.part === "results")!;
    if (results.part !== "results") throw new Error("fixture changed");
    results.areas.push({ area: "custom:bien-gioi", title: "Biên giới" });
    expect(codes(d)).toContain("error:outline.area-unknown");
    results.areas.splice(-2, 2);
    expect(codes(d)).toContain("warning:outline.area-not-listed");
  });

  it("indicators need a standard key or a label; parts do not exceed the total", () => {
    const d = example("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu") as Extract<Document, { kind: "report" }>;
    const consular = d.body.areas.consular;
    if (consular?.answer !== "content") throw new Error("fixture changed");
    consular.facts!.indicators!.push({ count: { value: 2 } });
    consular.facts!.indicators!.push({ key: "khongCo", count: { value: 1 } });
    consular.facts!.indicators!.push({
      label: "Nhập cảnh",
      count: { value: 3 },
      breakdown: [
        { label: "a", count: { value: 2 } },
        { label: "b", count: { value: 2 } },
      ],
    });
    expect(codes(d)).toEqual(
      expect.arrayContaining([
        "error:indicator.label-missing",
        "error:indicator.unknown-key",
        "error:indicator.breakdown",
      ]),
    );
  });

  it("free table rows have as many cells as columns", () => {
    const d = base();
    d.body.customAreas = [
      {
        id: "bien-gioi",
        title: "Công tác biên giới",
        answer: {
          answer: "content",
          facts: { table: { columns: ["Mốc", "Nội dung"], rows: [["1088/2", "a", "b"]] } },
        },
      },
    ];
    expect(codes(d)).toContain("error:table.row-width");
  });
});

describe("text hygiene on input", () => {
  it("repairs ƣ, removes control characters, normalises to NFC — and returns the cleaned document", () => {
    const d = example("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu");
    d.frame.subject = "Kết quả công tác đối ngoại của ngƣời dân\u0007 xa\u0303";
    const r = validate(d);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.frame.subject).toBe("Kết quả công tác đối ngoại của người dân xã");
  });

  it("warns about text typed in TCVN3", () => {
    const d = example("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu");
    d.frame.subject = "B¸o c¸o kÕt qu¶ c«ng t¸c ®èi ngo¹i";
    const r = validate(d);
    expect(r.issues.find((i) => i.code === "text.legacy-encoding")?.path).toEqual(["frame", "subject"]);
  });
});

describe("hostile input", () => {
  it("absurdly deep or cyclic input is an issue, not a crash", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 5000; i++) deep = [deep];
    const r1 = validate({ schemaVersion: 1, kind: "report", frame: deep });
    expect(r1.ok).toBe(false);
    expect(r1.issues[0]!.code).toBe("document.too-deep");
    const cyclic: Record<string, unknown> = { schemaVersion: 1, kind: "report" };
    cyclic.frame = cyclic;
    expect(validate(cyclic).issues[0]!.code).toBe("document.too-deep");
    expect(validateJson(`${"[".repeat(4000)}${"]".repeat(4000)}`).ok).toBe(false);
  });

  it("rare combining marks are normalised too", () => {
    const d = example("ke-hoach-2024-xa-binh-thanh");
    d.frame.subject = "Ke\u0302\u0301 hoa\u0323ch \u20d0";
    const r = validate(d);
    expect(r.ok && r.value.frame.subject).toBe("Kế hoạch \u20d0".normalize("NFC"));
  });
});
