/**
 * Facts a user typed that the writers once dropped or contradicted (found by typing distinctive
 * values into every field of the examples): each now reaches the HTML and the DOCX, in one
 * paragraph, and a document whose tasks or text already say it does not get it twice.
 */
import { type Document, validate } from "@doingoai/core";
import { MINIMAL_REPORT, PARTY_PLAN } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../src/docx/render";
import { docxParts, paragraphTexts, part } from "../src/docx/testing/inspect";
import { renderHtml } from "../src/html";
import { example } from "../src/layout/testing";

type Obj = Record<string, any>;
const clone = <T>(x: T): T => structuredClone(x);

function withArea(area: string, facts: Obj, extra: Obj = {}): Document {
  const d = clone(MINIMAL_REPORT) as Obj;
  d.body.areas[area] = { answer: "content", facts, ...extra };
  return d as Document;
}

/** The paragraphs of the HTML's body and of the DOCX, whitespace collapsed. */
async function paragraphs(doc: Document): Promise<{ html: string[]; docx: string[] }> {
  const r = validate(doc);
  expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  const flat = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
  const html = [...renderHtml(doc).matchAll(/<(p|li|td|h\d)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
    flat(m[2]!.replace(/<[^>]+>/g, "")),
  );
  const docx = paragraphTexts(part(docxParts(await renderDocx(doc)), "word/document.xml")).map(flat);
  return { html, docx };
}

/** One paragraph of each writer says all of `parts`; returns the HTML's. */
async function said(doc: Document, ...parts: string[]): Promise<string> {
  const { html, docx } = await paragraphs(doc);
  const one = (list: string[]) => list.find((p) => parts.every((s) => p.includes(s)));
  expect(one(docx), `DOCX: ${parts.join(" · ")}`).toBeDefined();
  expect(one(html), `HTML: ${parts.join(" · ")}`).toBeDefined();
  return one(html)!;
}

const count = async (doc: Document, s: string) => (await paragraphs(doc)).html.join("\n").split(s).length - 1;

describe("facts once dropped or contradicted reach the document", () => {
  it("reporter visits: the lead counts the groups typed, not the rows", async () => {
    const doc = withArea("external-information", {
      reporterVisits: [
        { country: "Pháp", groups: { value: 3 }, reporters: { value: 12 } },
        { country: "Nhật Bản", reporters: { value: 2 } },
      ],
    });
    await said(doc, "có 04 đoàn phóng viên nước ngoài");
    await said(doc, "03 đoàn, 12 phóng viên (Pháp)");
    // An approximate count: no total rather than a wrong one.
    const over = withArea("external-information", {
      reporterVisits: [{ country: "Pháp", groups: { value: 3, qualifier: "over" } }],
    });
    const lead = await said(over, "đoàn phóng viên nước ngoài đến hoạt động tại địa phương, cụ thể:");
    expect(lead).not.toMatch(/có \d+ đoàn/);
  });

  it("delegations: the base period's totals stay beside a zero, and alone", async () => {
    const zero = withArea("delegations", {
      totals: { outbound: { delegations: { value: 0 } } },
      previousTotals: { outbound: { delegations: { value: 5 } } },
    });
    await said(zero, "không có đoàn ra (giảm 100% so với cùng kỳ năm 2025)");
    const only = withArea("delegations", { previousTotals: { outbound: { delegations: { value: 5 } } } });
    await said(only, "Cùng kỳ năm 2025 có 05 đoàn ra.");
  });

  it("delegations: rows under an approximate total ('trên 05 đoàn') are 'trong đó', never 'cụ thể'", async () => {
    const row = {
      direction: "outbound",
      name: "Đoàn công tác của xã",
      countries: ["Lào"],
      from: "2026-03-02",
      to: "2026-03-05",
    };
    const over = withArea("delegations", {
      totals: { outbound: { delegations: { value: 5, qualifier: "over" } } },
      delegations: [row],
    });
    await said(over, "có trên 05 đoàn ra, trong đó:");
    // (An exact total must equal its rows: core's totals.mismatch.)
    const all = withArea("delegations", {
      totals: { outbound: { delegations: { value: 1 } } },
      delegations: [row],
    });
    await said(all, "có 01 đoàn ra, cụ thể:");
  });

  it("a recommendation names whom it is addressed to, unless its text does", async () => {
    const doc = clone(MINIMAL_REPORT) as Obj;
    doc.body.recommendations = {
      answer: "content",
      items: [
        { to: "Bộ Ngoại giao", text: "Hỗ trợ kinh phí tập huấn." },
        { to: "Sở Nội vụ tỉnh Cao Bằng", text: "Đề nghị Sở Nội vụ tỉnh Cao Bằng bố trí biên chế." },
      ],
    };
    await said(doc as Document, "Đối với Bộ Ngoại giao: Hỗ trợ kinh phí tập huấn.");
    expect(await count(doc as Document, "Sở Nội vụ tỉnh Cao Bằng")).toBe(1);
  });

  it("a notice's answer to a request names the body it is given to", async () => {
    const base = example("thong-bao-ket-luan-2024-ubnd-tinh-lang-son") as Obj;
    const doc = {
      schemaVersion: 1,
      kind: "conclusion-notice",
      frame: base.frame,
      body: {
        session: base.body.session,
        requestAnswers: [
          {
            request: "đề nghị bổ sung biên chế",
            answer: "UBND tỉnh đồng ý về chủ trương.",
            assignee: "Phòng Tư pháp Ứng Hòa",
          },
          {
            request: "đề nghị hỗ trợ kinh phí",
            answer: "Giao Sở Tài chính xem xét, tham mưu.",
            assignee: "Sở Tài chính",
          },
        ],
      },
    } as unknown as Document;
    await said(
      doc,
      "Đối với đề nghị bổ sung biên chế: UBND tỉnh đồng ý về chủ trương. Giao Phòng Tư pháp Ứng Hòa",
    );
    expect(await count(doc, "Sở Tài chính")).toBe(1);
  });

  it("a plan's content item with numbered items of its own keeps its facts", async () => {
    const doc = clone(PARTY_PLAN) as Obj;
    doc.body.content[0].facts = {
      indicators: [{ label: "buổi giao lưu văn nghệ", count: { value: 7, unit: "buổi" } }],
    };
    doc.body.content[0].items = [{ title: "Mục con", narrative: ["Nội dung mục con."] }];
    await said(doc as Document, "07 buổi giao lưu văn nghệ");
    await said(doc as Document, "Mục con");
  });

  it("a plan's reporting duty is written when the unit's tasks do not say it", async () => {
    const doc = clone(PARTY_PLAN) as Obj;
    const unit = doc.body.implementation[0];
    unit.tasks = ["Theo dõi, tổng hợp, báo cáo kết quả thực hiện Kế hoạch."];
    unit.reporting = {
      to: "Ban Thường vụ Huyện ủy",
      via: "Văn phòng Huyện ủy",
      frequencies: ["quarter"],
      deadline: "trước ngày 15/12/2025",
    };
    await said(
      doc as Document,
      "(quý)",
      "Ban Thường vụ Huyện ủy",
      "Văn phòng Huyện ủy",
      "trước ngày 15/12/2025",
    );
    // Tasks that name whom the unit reports to say it already: not written twice.
    unit.tasks = ["Định kỳ hằng quý báo cáo Ban Thường vụ Huyện ủy kết quả thực hiện."];
    expect(await count(doc as Document, "Thực hiện chế độ thông tin, báo cáo")).toBe(0);
  });

  it("a project's kind stays when its title names itself a project or an aid item", async () => {
    await said(
      withArea("economic-diplomacy", {
        projects: [{ kind: "FDI", title: "Dự án nhà máy may", investor: "Công ty Hanam" }],
      }),
      "Dự án nhà máy may (FDI)",
    );
    await said(
      withArea("ngo-aid", {
        projects: [
          {
            donor: "Hội Chữ thập đỏ Nhật Bản",
            title: "Khoản hỗ trợ bão số 3",
            kind: "emergency",
            received: { amount: 5000, currency: "USD" },
          },
        ],
      }),
      "Khoản hỗ trợ bão số 3 (viện trợ khẩn cấp)",
    );
    // A title that says it already: as it is.
    const html = await said(
      withArea("economic-diplomacy", {
        projects: [{ kind: "FDI", title: "Dự án FDI nhà máy may", investor: "Công ty Hanam" }],
      }),
      "Dự án FDI nhà máy may của Công ty Hanam",
    );
    expect(html).not.toContain("(FDI)");
  });
});
