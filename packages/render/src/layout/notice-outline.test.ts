/**
 * A conclusion notice's outline from the document (issue 11, "Outline as data for every kind"):
 * its sections in its order under its headings, its numbering, sections of its own with items and
 * points; without an outline, seed 002 word for word.
 */
import type { NoticeDocument } from "@doingoai/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildLayout } from "./build";
import { blockText, EXAMPLES, example, headings } from "./testing";

function notice(): NoticeDocument {
  const d = example(EXAMPLES.notice2024);
  if (d.kind !== "conclusion-notice") throw new Error("fixture changed");
  return d;
}

const texts = (d: NoticeDocument) => buildLayout(d).body.map(blockText);

describe("a conclusion notice's outline from the document", () => {
  it("an outline that spells out the default writes seed 002 exactly as without one", () => {
    const d = notice();
    const plain = texts(d);
    const h = d.body.headings!;
    d.body.outline = {
      parts: [
        { part: "assessment", title: h.assessment! },
        { part: "limitations", title: h.limitations! },
        { part: "tasks", title: h.tasks! },
        { part: "requestAnswers", title: h.requestAnswers! },
        { part: "otherTasks" },
      ],
    };
    expect(texts(d)).toEqual(plain);
  });

  it("I. → 1. → a): its own order and titles, a section of its own with items and points", () => {
    const d = notice();
    d.body.outline = {
      numbering: ["I.", "1.", "a)"],
      parts: [
        { part: "assessment", title: "Kết quả đạt được" },
        { part: "tasks", title: "Nhiệm vụ trọng tâm" },
        {
          part: "section",
          title: "Tổ chức thực hiện",
          narrative: ["Giao Văn phòng UBND tỉnh theo dõi, đôn đốc."],
          items: [
            {
              title: "Sở Ngoại vụ",
              items: [{ narrative: ["Chủ trì tham mưu kế hoạch đối ngoại năm 2025."] }],
            },
            { narrative: ["Các sở, ngành liên quan phối hợp thực hiện."] },
          ],
        },
        { part: "limitations", title: "Hạn chế" },
      ],
    };
    const heads = headings(buildLayout(d));
    const tops = heads.filter((t) => t.startsWith("[2]"));
    expect(tops.slice(0, 4)).toEqual([
      "[2] I. KẾT QUẢ ĐẠT ĐƯỢC",
      "[2] II. NHIỆM VỤ TRỌNG TÂM",
      "[2] III. TỔ CHỨC THỰC HIỆN",
      "[2] IV. HẠN CHẾ",
    ]);
    const t = texts(d);
    const own = t.indexOf("[2] III. TỔ CHỨC THỰC HIỆN");
    expect(t.slice(own, own + 5)).toEqual([
      "[2] III. TỔ CHỨC THỰC HIỆN",
      "Giao Văn phòng UBND tỉnh theo dõi, đôn đốc.",
      "[3] 1. Sở Ngoại vụ",
      "a) Chủ trì tham mưu kế hoạch đối ngoại năm 2025.",
      "2. Các sở, ngành liên quan phối hợp thực hiện.",
    ]);
  });

  it("a part with content that the outline leaves out still reaches the document, after the listed ones", () => {
    fc.assert(
      fc.property(
        fc.subarray(["assessment", "limitations", "tasks", "requestAnswers", "otherTasks"] as const, {
          minLength: 1,
        }),
        (listed) => {
          const d = notice();
          const all = texts(d).join("\n");
          d.body.outline = { parts: listed.map((part) => ({ part, title: `Phần ${part}` })) };
          const got = texts(d).join("\n");
          // Every paragraph of the seed's body is still there (the titles may differ).
          for (const line of all.split("\n").filter((l) => !l.startsWith("["))) {
            const text = line.replace(/^\S+\) |^\d+(\.\d+)*\. /, "");
            expect(got).toContain(text);
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
