/**
 * A report request renders as a công văn of NĐ 30: no kind title, "V/v …" under the number,
 * "Kính gửi:" the units, the items NĐ 09/2019 asks for (content, cut-off, deadline, units, how to
 * send), the closing "./."; in DOCX (read back whole) and HTML.
 */
import { EXAMPLES } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { renderDocx } from "../docx";
import { renderHtml } from "../html";
import { readDocx } from "../read";
import { buildLayout } from "./build";

const doc = EXAMPLES["cong-van-de-nghi-bao-cao-6-thang-dau-nam-2026-so-ngoai-vu-quang-ninh"];
const text = (l: ReturnType<typeof buildLayout>) =>
  l.body.map((b) => (b.type === "paragraph" ? b.runs.map((r) => r.text).join("") : "")).filter(Boolean);

describe("a report request (công văn đề nghị báo cáo)", () => {
  it("has no kind title; its subject is 'V/v …' under the number", () => {
    const l = buildLayout(doc);
    expect(l.kindTitle).toBe("");
    expect(l.header.numberLine).toBe("Số: 412/SNgV-VP");
    expect(l.header.excerpt).toBe("V/v đề nghị báo cáo kết quả công tác đối ngoại 6 tháng đầu năm 2026");
    expect(l.addressees).toEqual([
      "- Các sở, ban, ngành tỉnh;",
      "- Ủy ban nhân dân các xã, phường, đặc khu.",
    ]);
  });

  it("states the content, the cut-off, the deadline, the units and how to send, then closes with ./.", () => {
    const lines = text(buildLayout(doc));
    expect(lines).toContain("3. Thời gian chốt số liệu: từ ngày 15/12/2025 đến hết ngày 14/6/2026.");
    expect(lines).toContain("4. Thời hạn gửi báo cáo: trước ngày 15/6/2026.");
    expect(
      lines.find((t) => t.startsWith("5. Đơn vị thực hiện báo cáo: Sở Ngoại vụ, Sở Tài chính")),
    ).toBeDefined();
    expect(
      lines.find((t) =>
        t.startsWith(
          "1. Nội dung báo cáo: kết quả công tác đối ngoại 6 tháng đầu năm 2026, gồm: tổ chức và quản lý đoàn ra",
        ),
      ),
    ).toBeDefined();
    expect(lines.at(-1)).toBe("Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.");
  });

  it("renders to HTML with the excerpt in the header and no title, and to a DOCX that reads back whole", async () => {
    const html = renderHtml(doc);
    expect(html).toContain('<p class="dng-excerpt">V/v đề nghị báo cáo');
    expect(html).not.toContain('class="dng-kind"');
    const back = readDocx(await renderDocx(doc));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value).toEqual(doc);
  });
});
