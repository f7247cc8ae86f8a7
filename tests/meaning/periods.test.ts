/** Periods are named as Vietnamese documents name them, in the rendered text too. */

import { FULL_REPORT, MINIMAL_REPORT } from "@doingoai/core/fixtures";
import { renderHtml } from "@doingoai/render";
import { describe, expect, it } from "vitest";

const text = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe("periods in the rendered report", () => {
  it("a period given as cut-off dates opens a sentence with 'Từ ngày', never 'Trong từ ngày'", () => {
    const doc = structuredClone(FULL_REPORT);
    doc.body.period = { from: "2025-12-15", to: "2026-06-14", span: "custom" };
    const html = text(renderHtml(doc));
    expect(html).toContain("Từ ngày 15/12/2025 đến ngày 14/6/2026, ");
    expect(html).not.toMatch(/Trong từ ngày/i);
    // the next period runs from cut-off to cut-off
    const minimal = structuredClone(MINIMAL_REPORT);
    minimal.body.period = { from: "2025-12-15", to: "2026-06-14", span: "custom" };
    expect(text(renderHtml(minimal))).toContain("TỪ NGÀY 15/6/2026 ĐẾN NGÀY 14/12/2026");
  });

  it("five whole years read 'giai đoạn 2016 - 2020'", () => {
    const doc = structuredClone(FULL_REPORT);
    doc.body.period = { from: "2016-01-01", to: "2020-12-31" };
    const html = text(renderHtml(doc));
    expect(html).toContain("giai đoạn 2016 - 2020");
    expect(html).not.toContain("60 tháng");
  });
});
