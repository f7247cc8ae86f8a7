import type { PlanDocument } from "@doingoai/core";
import { describe, expect, it } from "vitest";
import { buildLayout } from "./build";
import { authorityLines, basisLine } from "./frame";
import { blockText, EXAMPLES, example, headings } from "./testing";

function plan(): PlanDocument {
  const d = example(EXAMPLES.planBinhThanh2024);
  if (d.kind !== "plan") throw new Error("fixture changed");
  d.frame.status = "issued";
  d.frame.number = 58;
  d.frame.date = "2024-03-11";
  return d;
}

const texts = (d: PlanDocument) => buildLayout(d).body.map(blockText);

describe("a plan's outline from the document", () => {
  it("A. → I. → 1.: top sections lettered, content items in Roman numerals, their items numbered", () => {
    const d = plan();
    d.body.purpose = { answer: "content", narrative: ["Triển khai có hiệu quả …"] };
    delete d.body.requirements;
    d.body.content = [
      {
        areas: ["custom:dang"],
        title: "CÔNG TÁC ĐỐI NGOẠI ĐẢNG",
        items: [{ title: "Nội dung thực hiện:", narrative: ["Tiếp tục triển khai Kế hoạch số 124-KH/TU …"] }],
      },
    ];
    d.body.customAreas = [{ id: "dang", title: "Công tác đối ngoại Đảng" }];
    d.body.implementation = [];
    d.body.outline = {
      numbering: ["A.", "I.", "1."],
      parts: [
        { part: "purposeAndRequirements", title: "MỤC ĐÍCH, YÊU CẦU", subsections: false },
        { part: "content", title: "NỘI DUNG THỰC HIỆN" },
      ],
    };
    const t = texts(d);
    expect(t).toEqual(
      expect.arrayContaining([
        "[1] A. MỤC ĐÍCH, YÊU CẦU",
        "Triển khai có hiệu quả …",
        "[1] B. NỘI DUNG THỰC HIỆN",
        "[2] I. CÔNG TÁC ĐỐI NGOẠI ĐẢNG",
        "1. Nội dung thực hiện: Tiếp tục triển khai Kế hoạch số 124-KH/TU …",
      ]),
    );
    expect(t.join("\n")).not.toContain("Mục đích");
    // The section right after A.'s heading is its paragraph, not a "1. Mục đích" sub-heading.
    expect(t[t.indexOf("[1] A. MỤC ĐÍCH, YÊU CẦU") + 1]).toBe("Triển khai có hiệu quả …");
  });

  it("a section of the document's own with untitled items 1–3 (I. QUAN ĐIỂM, MỤC TIÊU, YÊU CẦU)", () => {
    const d = plan();
    d.body.outline = {
      parts: [
        {
          part: "section",
          title: "QUAN ĐIỂM, MỤC TIÊU, YÊU CẦU",
          items: [
            { narrative: ["Tiếp tục đẩy mạnh hội nhập quốc tế."] },
            { narrative: ["Các hoạt động đối ngoại."] },
          ],
        },
        { part: "content", title: "Nội dung" },
      ],
    };
    const layout = buildLayout(d);
    expect(headings(layout).slice(0, 2)).toEqual(["[1] I. QUAN ĐIỂM, MỤC TIÊU, YÊU CẦU", "[1] II. NỘI DUNG"]);
    const t = layout.body.map(blockText);
    expect(t).toContain("1. Tiếp tục đẩy mạnh hội nhập quốc tế.");
    expect(t).toContain("2. Các hoạt động đối ngoại.");
  });

  it("a plan that starts at «1. Mục tiêu», «2. Yêu cầu» (words as typed), and «I-» markers", () => {
    const d = plan();
    d.body.outline = {
      numbering: ["1."],
      parts: [
        { part: "purpose", title: "Mục tiêu" },
        { part: "requirements", title: "Yêu cầu" },
      ],
    };
    expect(headings(buildLayout(d))).toEqual(["[1] 1. Mục tiêu", "[1] 2. Yêu cầu"]);
    d.body.outline = { numbering: ["I-"], parts: [{ part: "purpose", title: "Mục tiêu" }] };
    expect(headings(buildLayout(d))).toEqual(["[1] I- MỤC TIÊU"]);
  });

  it("without an outline, the default of seed 003 is unchanged", () => {
    expect(headings(buildLayout(plan())).slice(0, 3)).toEqual([
      "[1] I. MỤC ĐÍCH, YÊU CẦU",
      "[2] 1. Mục đích",
      "[2] 2. Yêu cầu",
    ]);
  });
});

describe("frame lines of real documents", () => {
  it("two-level authority: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", () => {
    expect(
      authorityLines({
        authority: "TM",
        onBehalfOf: "Ủy ban nhân dân",
        second: { authority: "KT", onBehalfOf: "Chủ tịch" },
        title: "Phó Chủ tịch",
        name: "Nguyễn Văn A",
      }),
    ).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
  });

  it("a basis paragraph with its own verb and several citations", () => {
    expect(
      basisLine(
        {
          verb: "Căn cứ ý kiến của Thủ tướng Chính phủ tại",
          citation: {
            kind: "Văn bản",
            code: "225/VPCP-QHQT",
            date: "2022-01-26",
            issuer: "Văn phòng Chính phủ",
          },
          citations: [
            { kind: "Văn bản", code: "511/VPCP-QHQT", date: "2022-02-21", issuer: "Văn phòng Chính phủ" },
            { kind: "Văn bản", code: "462/BNG-CNV-m", date: "2022-03-01", issuer: "Bộ Ngoại giao" },
          ],
        },
        false,
      ),
    ).toBe(
      "Căn cứ ý kiến của Thủ tướng Chính phủ tại Văn bản số 225/VPCP-QHQT ngày 26/01/2022 của Văn phòng Chính phủ; Văn bản số 511/VPCP-QHQT ngày 21/02/2022 của Văn phòng Chính phủ và Văn bản số 462/BNG-CNV-m ngày 01/3/2022 của Bộ Ngoại giao;",
    );
  });

  it("an excerpt ends where its source ends: the note, no generated closing, no empty «Nơi nhận»", () => {
    const d = plan();
    d.frame.excerpt = { source: "vanban123.vn (bản lưu)" };
    delete d.body.closing;
    delete d.frame.signature.name;
    d.frame.recipients = { list: [], archive: [] };
    const layout = buildLayout(d);
    const t = layout.body.map(blockText);
    expect(t[t.length - 1]).toBe("(Nguồn: vanban123.vn (bản lưu) — văn bản gốc còn tiếp)");
    expect(t.join("\n")).not.toContain("Trên đây là");
    expect(layout.signature.recipients).toEqual([]);
    expect(layout.signature.recipientsHeading).toBe("");
  });

  it("a programme's title word comes from the kind table: CHƯƠNG TRÌNH", () => {
    const d = plan();
    d.body.variant = "programme";
    expect(buildLayout(d).kindTitle).toBe("CHƯƠNG TRÌNH");
  });
});

describe("a notice's own numbering", () => {
  it("I. → 1. instead of 1. → 1.1., on the same sections", () => {
    const d = example(EXAMPLES.notice2024);
    if (d.kind !== "conclusion-notice") throw new Error("fixture changed");
    const before = headings(buildLayout(d));
    expect(before[0]).toMatch(/^\[2\] 1\. /);
    d.body.numbering = ["I.", "1."];
    const after = headings(buildLayout(d));
    expect(after).toHaveLength(before.length);
    expect(after[0]).toMatch(/^\[2\] I\. /);
    expect(after.some((h) => /^\[3\] 1\. /.test(h))).toBe(true);
  });
});
