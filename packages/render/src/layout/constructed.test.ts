/**
 * The layout of core's constructed fixtures: the report written from facts only (`FULL_REPORT`)
 * and the plan of a commune Party committee (`PARTY_PLAN`, Hướng dẫn 36-HD/VPTW header).
 */
import type { Document, PlanDocument, ReportDocument } from "@doingoai/core";
import { FULL_REPORT, MINIMAL_REPORT, PARTY_PLAN } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { buildLayout } from "./build";
import { authorityLines, digitalSignatureLines, signedAtText } from "./frame";
import { MARGIN, PAGE, TEXT_WIDTH } from "./page";
import { blockText, under } from "./testing";
import type { Table } from "./types";

describe("FULL_REPORT — quarterly report of a border commune, from facts only", () => {
  const layout = buildLayout(FULL_REPORT);

  it("has the state header with the urgency mark KHẨN under the number", () => {
    expect(layout.header).toEqual({
      style: "state",
      parentBody: "UBND TỈNH CAO BẰNG",
      issuingBody: "ỦY BAN NHÂN DÂN XÃ ĐÀM THỦY",
      numberLine: "Số: 07/BC-UBND",
      nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      dateLine: "Đàm Thủy, ngày 05 tháng 4 năm 2025",
      urgency: "KHẨN",
    });
  });

  it("refers to the outbound appendix right after the outbound delegations", () => {
    expect(under(layout, "[2] 1. Công tác tổ chức và quản lý đoàn ra, đoàn vào")).toEqual([
      "Trong quý I năm 2025, có 01 đoàn ra với tổng số 05 lượt người, 01 ngày (tăng 01 đoàn so với cùng kỳ năm 2024), cụ thể:",
      "- Đoàn công tác xã Đàm Thủy thăm, chúc Tết (Trung Quốc). Thời gian: ngày 24/01/2025. Số thành viên: 05 người. Trưởng đoàn: Chủ tịch UBND xã. Nội dung: Thăm, chúc Tết Nguyên đán trấn Thạc Long, huyện Đại Tân. Kinh phí: Ngân sách xã. Văn bản cho phép: Quyết định số 35/QĐ-UBND ngày 15/01/2025 của UBND tỉnh Cao Bằng.",
      "(Chi tiết tại Phụ lục kèm theo)",
      "Trong quý I năm 2025, có 01 đoàn vào với tổng số 08 lượt người, 01 ngày, cụ thể:",
      "- Đoàn trấn Thạc Long (Trung Quốc). Thời gian: ngày 12/02/2025. Số thành viên: 08 người. Trưởng đoàn: Trấn trưởng. Đơn vị chủ trì đón tiếp: UBND xã Đàm Thủy.",
    ]);
  });

  it("numbers two or more appendices in the references as in the labels", () => {
    const two: ReportDocument = {
      ...FULL_REPORT,
      appendices: [
        ...(FULL_REPORT.appendices ?? []),
        { title: "Bảng tổng hợp viện trợ", table: { type: "ngo-aid" } },
      ],
    };
    const l = buildLayout(two);
    expect(l.appendices.map((a) => a.label)).toEqual(["Phụ lục I", "Phụ lục II"]);
    const text = l.body.map(blockText);
    expect(text).toContain("(Chi tiết tại Phụ lục I kèm theo)");
    const aid = under(
      l,
      "[2] 4. Công tác quản lý hoạt động, vận động và sử dụng viện trợ của các tổ chức phi chính phủ nước ngoài (PCPNN)",
    );
    expect(aid.at(-1)).toBe("(Chi tiết tại Phụ lục II kèm theo)");
  });

  it("writes a bare 'Không' on the heading's line, not bold, and an answer's own sentence under its heading", () => {
    const agreements = layout.body.find(
      (b) => b.type === "heading" && b.text === "Công tác ký kết và thực hiện các thỏa thuận quốc tế",
    );
    expect(agreements).toEqual({
      type: "heading",
      level: 2,
      marker: "2.",
      text: "Công tác ký kết và thực hiện các thỏa thuận quốc tế",
      tail: [{ text: ": " }, { text: "Không.", bold: false }],
    });
    expect(under(layout, "[2] 6. Các hình thức khen thưởng cấp Nhà nước, cấp tỉnh")).toEqual([
      "Trong quý I năm 2025, không có tập thể, cá nhân được khen thưởng.",
    ]);
  });

  it("writes the custom area's free table with its caption, at the text width, counts centred", () => {
    const i = layout.body.findIndex((b) => b.type === "heading" && b.text === "Công tác quản lý biên giới");
    expect(blockText(layout.body[i]!)).toBe("[2] 7. Công tác quản lý biên giới");
    const block = layout.body[i + 1]!;
    if (block.type !== "table") throw new Error("no table under the custom area");
    const t: Table = block.table;
    expect(t.caption).toBe("Tuần tra song phương");
    expect(t.columns.map((c) => [c.title, c.align])).toEqual([
      ["Đoạn biên giới", undefined],
      ["Số lần", "center"],
      ["Kết quả", undefined],
    ]);
    expect(t.columns.reduce((n, c) => n + c.width, 0)).toBe(TEXT_WIDTH.portrait);
    expect(t.rows).toEqual([
      ["Mốc 836 – 838", "03", "Không phát hiện vi phạm"],
      ["Mốc 840", "01", "Xử lý 01 trường hợp xuất cảnh trái phép"],
    ]);
    expect(t.repeatHeader).toBe(true);
  });

  it("builds the outbound appendix from the delegation facts, on a landscape page", () => {
    expect(layout.appendices).toHaveLength(1);
    const a = layout.appendices[0]!;
    expect(a.label).toBe("Phụ lục");
    expect(a.title).toBe("BẢNG TỔNG HỢP ĐOÀN RA QUÝ I NĂM 2025");
    expect(a.attachedTo).toBe(
      "(Kèm theo Báo cáo số 07/BC-UBND ngày 05 tháng 4 năm 2025 của Ủy ban nhân dân xã Đàm Thủy)",
    );
    expect(a.landscape).toBe(true);
    expect(a.table.columns.reduce((n, c) => n + c.width, 0)).toBe(TEXT_WIDTH.landscape);
    expect(a.table.rows).toEqual([
      [
        "01",
        "Đoàn công tác xã Đàm Thủy thăm, chúc Tết",
        "Trung Quốc",
        "Chủ tịch UBND xã",
        "Thăm, chúc Tết Nguyên đán trấn Thạc Long, huyện Đại Tân",
        "05",
        "01",
        "Ngày 24/01/2025.",
        "Ngân sách xã",
      ],
    ]);
  });

  it("signs for the chairman: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", () => {
    expect(layout.signature).toEqual({
      recipientsHeading: "Nơi nhận:",
      recipients: ["- Sở Ngoại vụ;", "- Thường trực Đảng ủy xã;", "- Lưu: VT, VP."],
      authorityLines: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      name: "Nông Thị Hoa",
    });
  });

  it("is issued: no draft flag, no digital signatures", () => {
    expect(layout.draft).toBe(false);
    expect(layout.digitalSignatures).toBeUndefined();
  });
});

describe("PARTY_PLAN — plan of a commune Party committee (Hướng dẫn 36-HD/VPTW)", () => {
  const layout = buildLayout(PARTY_PLAN);

  it("has the Party header: ĐẢNG CỘNG SẢN VIỆT NAM, no Tiêu ngữ, 'Số' without a colon", () => {
    expect(layout.header).toEqual({
      style: "party",
      parentBody: "ĐẢNG BỘ XÃ ĐÀM THỦY",
      issuingBody: "BAN THƯỜNG VỤ ĐẢNG ỦY",
      numberLine: "Số 21-KH/ĐU",
      nationalTitle: "ĐẢNG CỘNG SẢN VIỆT NAM",
      dateLine: "Đàm Thủy, ngày 02 tháng 4 năm 2025",
    });
  });

  it("keeps the draft blank of a Party number", () => {
    const draft: PlanDocument = {
      ...PARTY_PLAN,
      frame: { ...PARTY_PLAN.frame, number: null, status: "draft" },
    };
    expect(buildLayout(draft).header.numberLine).toBe("Số      -KH/ĐU");
  });

  it("signs as the Party writes it: T/M BAN THƯỜNG VỤ / BÍ THƯ", () => {
    expect(layout.signature.authorityLines).toEqual(["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]);
    const sig = { name: "A", onBehalfOf: "Bí thư", title: "Phó Bí thư" };
    expect(authorityLines({ ...sig, authority: "KT" }, true)).toEqual(["K/T BÍ THƯ", "PHÓ BÍ THƯ"]);
    expect(
      authorityLines(
        { ...sig, authority: "TL", onBehalfOf: "Ban Thường vụ", title: "Chánh Văn phòng" },
        true,
      ),
    ).toEqual(["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"]);
  });

  it("keeps the state header for a state-style symbol", () => {
    const state: Document = { ...PARTY_PLAN, frame: { ...PARTY_PLAN.frame, symbol: "KH-UBND" } };
    const h = buildLayout(state).header;
    expect(h.style).toBe("state");
    expect(h.numberLine).toBe("Số: 21/KH-UBND");
    expect(h.motto).toBe("Độc lập - Tự do - Hạnh phúc");
  });
});

describe("draft flag and digital signatures", () => {
  it("marks a draft", () => {
    expect(buildLayout(MINIMAL_REPORT).draft).toBe(true);
  });

  it("writes the signing time in Vietnam time, whatever the offset of the timestamp", () => {
    expect(signedAtText("2024-05-17T08:21:46+07:00")).toBe("08:21 ngày 17/5/2024");
    expect(signedAtText("2024-05-17T01:21:46Z")).toBe("08:21 ngày 17/5/2024");
    expect(signedAtText("2024-12-31T20:05:00Z")).toBe("03:05 ngày 01/01/2025");
    expect(signedAtText("not a date")).toBeUndefined();
  });

  it("writes one line per signature, with the signer and organisation when given", () => {
    const frame = {
      ...FULL_REPORT.frame,
      digitalSignatures: [
        { signedAt: "2025-04-05T08:21:00+07:00", signer: "Nông Thị Hoa" },
        { signedAt: "2025-04-05T09:02:00+07:00", signer: "Nông Thị Hoa", organization: "UBND xã Đàm Thủy" },
        { signedAt: "2025-04-05T09:02:30+07:00", signer: "Nông Thị Hoa", organization: "UBND xã Đàm Thủy" },
      ],
    };
    expect(digitalSignatureLines(frame)).toEqual([
      "Văn bản được ký số bởi Nông Thị Hoa lúc 08:21 ngày 05/4/2025",
      "Văn bản được ký số bởi Nông Thị Hoa, UBND xã Đàm Thủy lúc 09:02 ngày 05/4/2025",
    ]);
    expect(buildLayout({ ...FULL_REPORT, frame }).digitalSignatures).toHaveLength(2);
  });
});

describe("one text width", () => {
  it("is the A4 page less the NĐ 30 side margins, portrait and landscape", () => {
    expect(TEXT_WIDTH).toEqual({
      portrait: PAGE.width - MARGIN.left - MARGIN.right,
      landscape: PAGE.height - MARGIN.left - MARGIN.right,
    });
    expect(TEXT_WIDTH).toEqual({ portrait: 9355, landscape: 14287 });
  });
});
