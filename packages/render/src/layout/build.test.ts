/** Rules of `buildLayout` beyond the seeds: the three answer states, defaults, generated text. */
import {
  Document,
  DRAFT_BLANK,
  type NoticeDocument,
  NUMBER_BLANK,
  type PlanDocument,
  type ReportDocument,
} from "@doingoai/core";
import { describe, expect, it } from "vitest";
import { buildLayout } from "./build";
import { blockText, EXAMPLES, example, headings, under } from "./testing";
import { bodyName, closingText, recipientLines } from "./text";

const frame = (over: Partial<ReportDocument["frame"]> = {}): ReportDocument["frame"] => ({
  issuingBody: { name: "ỦY BAN NHÂN DÂN XÃ TÂY YÊN TỬ", abbreviation: "UBND" },
  number: null,
  symbol: "BC-UBND",
  place: "Tây Yên Tử",
  date: "2026-06",
  subject: "Kết quả công tác đối ngoại 6 tháng đầu năm 2026",
  recipients: { list: ["Văn phòng UBND tỉnh"], archive: ["VT"] },
  signature: { authority: "none", title: "CHỦ TỊCH", name: "Nguyễn Xuân Thắng" },
  status: "draft",
  ...over,
});

/** A report with the default outline; `body` overrides are checked against the schema. */
function report(
  body: Partial<ReportDocument["body"]> = {},
  over: Partial<ReportDocument["frame"]> = {},
): ReportDocument {
  return Document.parse({
    schemaVersion: 1,
    kind: "report",
    frame: frame(over),
    body: { period: { from: "2026-01-01", to: "2026-06-30" }, areas: {}, ...body },
  }) as ReportDocument;
}

describe("answer states in a report with the default outline (seed 004's)", () => {
  it("shows every section of a draft, unanswered ones with an italic placeholder", () => {
    const layout = buildLayout(report());
    const hs = headings(layout);
    expect(hs[0]).toBe("[1] I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2026");
    expect(hs[1]).toBe("[2] 1. Công tác tổ chức và quản lý đoàn ra, đoàn vào");
    expect(hs).toContain("[2] 11. Công tác đối ngoại nhân dân tại địa phương");
    expect(hs).toContain(
      "[1] III. PHƯƠNG HƯỚNG VÀ DỰ KIẾN KẾ HOẠCH CÔNG TÁC ĐỐI NGOẠI 6 THÁNG CUỐI NĂM 2026",
    );
    expect(hs).toContain("[2] 2. Nhiệm vụ và giải pháp công tác đối ngoại 6 tháng cuối năm 2026");
    const placeholder = layout.body[layout.body.findIndex((b) => blockText(b) === hs[1]) + 1];
    expect(placeholder).toEqual({
      type: "paragraph",
      role: "body",
      runs: [{ text: "(Chưa có nội dung)", italic: true }],
      placeholder: true,
    });
  });

  it("leaves unanswered sections out of an issued document and keeps the numbers consecutive", () => {
    const layout = buildLayout(
      report(
        {
          areas: {
            delegations: { answer: "unanswered" },
            "economic-diplomacy": { answer: "content", narrative: ["Không phát sinh dự án FDI."] },
            awards: { answer: "none" },
          },
          directions: { answer: "content", narrative: ["Tiếp tục tuyên truyền."] },
        },
        { status: "issued", number: 5, date: "2026-06-20" },
      ),
    );
    expect(headings(layout)).toEqual([
      "[1] I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2026",
      "[2] 1. Công tác ngoại giao kinh tế",
      "[2] 2. Các hình thức khen thưởng cấp Nhà nước, cấp tỉnh: Không.",
      "[1] II. PHƯƠNG HƯỚNG VÀ DỰ KIẾN KẾ HOẠCH CÔNG TÁC ĐỐI NGOẠI 6 THÁNG CUỐI NĂM 2026",
      "[2] 1. Nhiệm vụ và giải pháp công tác đối ngoại 6 tháng cuối năm 2026",
    ]);
    expect(layout.body.some((b) => b.type === "paragraph" && b.placeholder)).toBe(false);
    expect(layout.header.numberLine).toBe("Số: 05/BC-UBND");
    expect(layout.header.dateLine).toBe("Tây Yên Tử, ngày 20 tháng 6 năm 2026");
  });

  it("writes sentences from facts where a section has no narrative", () => {
    const layout = buildLayout(
      report({
        areas: {
          consular: {
            answer: "content",
            facts: {
              indicators: [
                {
                  key: "foreignersArrived",
                  count: { value: 87, unit: "lượt" },
                  previous: { value: 87, unit: "lượt" },
                },
              ],
            },
          },
        },
      }),
    );
    expect(under(layout, "[2] 8. Công tác lãnh sự và bảo hộ công dân")).toEqual([
      "Trong 6 tháng đầu năm 2026, có 87 lượt người nước ngoài đến địa phương (không tăng, không giảm so với cùng kỳ năm 2025).",
    ]);
  });

  it("writes a bare 'nothing to report' as a sentence under the heading on request", () => {
    const layout = buildLayout(report({ areas: { awards: { answer: "none" } } }), {
      nothingToReport: "paragraph",
    });
    expect(under(layout, "[2] 10. Các hình thức khen thưởng cấp Nhà nước, cấp tỉnh")).toEqual([
      "Không phát sinh.",
    ]);
  });

  it("writes a 'nothing to report' sentence under the heading when the answer has one", () => {
    const layout = buildLayout(
      report({ areas: { "ngo-aid": { answer: "none", text: "Không tiếp nhận khoản viện trợ nào." } } }),
    );
    const h = headings(layout).find((x) => x.startsWith("[2] 5."))!;
    expect(under(layout, h)).toEqual(["Không tiếp nhận khoản viện trợ nào."]);
  });

  it("appends areas with an answer that the outline leaves out to the results (no data lost)", () => {
    const layout = buildLayout(
      report({
        areas: { direction: { answer: "content", narrative: ["Đã ban hành Kế hoạch số 12/KH-UBND."] } },
        customAreas: [
          {
            id: "bien-gioi",
            title: "Công tác biên giới",
            answer: { answer: "content", narrative: ["Tuần tra biên giới."] },
          },
        ],
      }),
    );
    const hs = headings(layout);
    const last = hs.indexOf("[2] 11. Công tác đối ngoại nhân dân tại địa phương");
    expect(hs.slice(last + 1, last + 3)).toEqual([
      "[2] 12. Công tác chỉ đạo, điều hành",
      "[2] 13. Công tác biên giới",
    ]);
    expect(under(layout, "[2] 13. Công tác biên giới")).toEqual(["Tuần tra biên giới."]);
  });

  it("appends a part the outline lacks when the document answers it", () => {
    const own = { parts: [{ part: "results" as const, title: "Kết quả {period}", areas: [] }] };
    const layout = buildLayout(
      report({ recommendations: { answer: "content", items: [{ text: "Đề nghị tỉnh hỗ trợ tập huấn." }] } }),
      { outline: own },
    );
    expect(headings(layout).at(-1)).toBe(
      "[1] II. ĐỀ XUẤT GIẢI PHÁP, KIẾN NGHỊ ĐỂ NÂNG CAO CHẤT LƯỢNG, HIỆU QUẢ CÔNG TÁC ĐỐI NGOẠI NÓI CHUNG CỦA CƠ QUAN, ĐỊA PHƯƠNG",
    );
    expect(headings(layout)[0]).toBe("[1] I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026");
  });

  it("uses the outline passed in over the document's own", () => {
    const doc = example(EXAMPLES.tayYenTu2026);
    const outline = { parts: [{ part: "area" as const, area: "consular", title: "Lãnh sự {period}" }] };
    const hs = headings(buildLayout(doc, { outline }));
    expect(hs[0]).toBe("[1] I. LÃNH SỰ 6 THÁNG ĐẦU NĂM 2026");
    // Everything else the document answers is still there.
    expect(hs).toContain("[2] 1. Công tác tổ chức và quản lý đoàn ra, đoàn vào");
  });
});

describe("the frame", () => {
  it("generates basis lines from citations: ';' between, '.' at the end", () => {
    const layout = buildLayout(
      report(
        {},
        {
          basis: [
            {
              verb: "Thực hiện",
              citation: {
                kind: "Công văn",
                code: "448/SNgV-LSHTQT",
                date: "2024-05-08",
                issuer: "Sở Ngoại vụ tỉnh Lạng Sơn",
                title: "về việc báo cáo kết quả công tác đối ngoại 6 tháng đầu năm 2024",
              },
            },
            {
              verb: "Căn cứ",
              citation: { kind: "Kế hoạch", code: "308/KH-UBND", date: "2023-12-29", issuer: "UBND huyện" },
            },
          ],
        },
      ),
    );
    expect(layout.body.slice(0, 2).map((b) => [b.type === "paragraph" && b.role, blockText(b)])).toEqual([
      [
        "basis",
        "Thực hiện Công văn số 448/SNgV-LSHTQT ngày 08/5/2024 của Sở Ngoại vụ tỉnh Lạng Sơn về việc báo cáo kết quả công tác đối ngoại 6 tháng đầu năm 2024;",
      ],
      ["basis", "Căn cứ Kế hoạch số 308/KH-UBND ngày 29/12/2023 của UBND huyện."],
    ]);
  });

  it("closes the body with './.' — generated when the document has no closing", () => {
    expect(blockText(buildLayout(report()).body.at(-1)!)).toBe(
      "Trên đây là báo cáo kết quả công tác đối ngoại 6 tháng đầu năm 2026./.",
    );
    expect(blockText(buildLayout(report({ closing: "UBND xã trân trọng báo cáo." })).body.at(-1)!)).toBe(
      "UBND xã trân trọng báo cáo./.",
    );
  });

  it("writes the authority lines of each signing authority", () => {
    const lines = (signature: ReportDocument["frame"]["signature"]) =>
      buildLayout(report({}, { signature })).signature.authorityLines;
    expect(lines({ authority: "TM", title: "Chủ tịch", name: "A" })).toEqual([
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
    ]);
    expect(lines({ authority: "KT", onBehalfOf: "Giám đốc", title: "Phó Giám đốc", name: "A" })).toEqual([
      "KT. GIÁM ĐỐC",
      "PHÓ GIÁM ĐỐC",
    ]);
    expect(lines({ authority: "Q", title: "CHỦ TỊCH", name: "A" })).toEqual(["Q. CHỦ TỊCH"]);
    expect(lines({ authority: "none", title: "CHỦ TỊCH", name: "A" })).toEqual(["CHỦ TỊCH"]);
  });

  it("writes the addressees after 'Kính gửi:' and the urgency", () => {
    const one = buildLayout(
      report({}, { recipients: { addressees: ["Sở Ngoại vụ tỉnh Bắc Ninh"], list: [], archive: ["VT"] } }),
    );
    expect(one.addressees).toEqual(["Sở Ngoại vụ tỉnh Bắc Ninh"]);
    const two = buildLayout(
      report(
        {},
        {
          urgency: "khan",
          recipients: { addressees: ["Sở Ngoại vụ", "Sở Nội vụ"], list: [], archive: ["VT"] },
        },
      ),
    );
    expect(two.addressees).toEqual(["- Sở Ngoại vụ;", "- Sở Nội vụ."]);
    expect(two.header.urgency).toBe("KHẨN");
    expect(two.signature.recipients).toEqual(["- Lưu: VT."]);
  });
});

describe("appendices", () => {
  it("numbers two or more appendices I, II and builds each table from the facts", () => {
    const doc = report({
      areas: {
        delegations: {
          answer: "content",
          facts: {
            delegations: [
              {
                direction: "inbound",
                name: "Đoàn Sở Văn hóa Quảng Tây",
                countries: ["Trung Quốc"],
                members: 8,
                from: "2026-03-02",
                to: "2026-03-04",
              },
            ],
          },
        },
        "ngo-aid": {
          answer: "content",
          facts: {
            projects: [
              { donor: "Tổ chức ABC", title: "Nước sạch", committed: { amount: 50000, currency: "USD" } },
            ],
          },
        },
      },
    });
    doc.appendices = [
      { title: "Bảng tổng hợp đoàn vào", table: { type: "delegations", direction: "inbound" } },
      { title: "Bảng tổng hợp viện trợ PCPNN", table: { type: "ngo-aid" } },
      {
        title: "Danh sách cán bộ kiêm nhiệm",
        table: {
          type: "free",
          table: { columns: ["STT", "Họ và tên", "Chức vụ"], rows: [["1", "Nguyễn Văn A", "Văn phòng"]] },
        },
      },
    ];
    const [inbound, aid, free] = buildLayout(doc).appendices;
    expect([inbound!.label, aid!.label, free!.label]).toEqual(["Phụ lục I", "Phụ lục II", "Phụ lục III"]);
    expect(inbound!.title).toBe("BẢNG TỔNG HỢP ĐOÀN VÀO");
    expect(inbound!.table.columns[2]!.title).toBe("Đến từ nước");
    expect(inbound!.table.rows).toEqual([
      [
        "01",
        "Đoàn Sở Văn hóa Quảng Tây",
        "Trung Quốc",
        "",
        "",
        "08",
        "03",
        "Từ ngày 02/3/2026 đến ngày 04/3/2026.",
        "",
      ],
    ]);
    expect(aid!.table.rows[0]!.slice(0, 5)).toEqual(["01", "Nước sạch", "Tổ chức ABC", "", "50.000 USD"]);
    expect(free!.landscape).toBe(false);
    expect(free!.table.columns.reduce((n, c) => n + c.width, 0)).toBe(9355);
    expect(free!.table.columns[0]!.width).toBeLessThan(free!.table.columns[1]!.width);
    expect(inbound!.attachedTo).toBe(
      `(Kèm theo Báo cáo số ${NUMBER_BLANK}/BC-UBND ngày ${DRAFT_BLANK} tháng 6 năm 2026 của Ủy ban nhân dân xã Tây Yên Tử)`,
    );
  });
});

describe("plans and notices", () => {
  it("writes a programme's title and a unit's reporting duty when it has no tasks of its own", () => {
    const plan = Document.parse({
      schemaVersion: 1,
      kind: "plan",
      frame: { ...frame(), symbol: "CTr-UBND" },
      body: {
        variant: "programme",
        period: { from: "2026-01-01", to: "2026-12-31" },
        content: [],
        implementation: [
          { unit: "Văn phòng UBND xã", reporting: { to: "UBND tỉnh", frequencies: ["6-months", "year"] } },
        ],
      },
    }) as PlanDocument;
    const layout = buildLayout(plan);
    expect(layout.kindTitle).toBe("CHƯƠNG TRÌNH");
    expect(headings(layout)).toEqual([
      "[1] I. MỤC ĐÍCH, YÊU CẦU",
      "[2] 1. Mục đích",
      "[2] 2. Yêu cầu",
      "[1] II. NỘI DUNG",
      "[1] III. TỔ CHỨC THỰC HIỆN",
      "[2] 1. Văn phòng UBND xã",
    ]);
    expect(under(layout, "[2] 1. Văn phòng UBND xã")).toEqual([
      "- Thực hiện chế độ thông tin, báo cáo định kỳ (6 tháng, năm) với UBND tỉnh theo quy định.",
      "Trên đây là Chương trình kết quả công tác đối ngoại 6 tháng đầu năm 2026, đề nghị các cơ quan, đơn vị liên quan tổ chức thực hiện./.",
    ]);
  });

  it("writes a notice's opening from its session when it has none, and several other tasks as 5.1, 5.2", () => {
    const base = example(EXAMPLES.notice2024) as NoticeDocument;
    const { intro: _, ...body } = base.body;
    const notice = {
      ...base,
      body: {
        ...body,
        otherTasks: [
          { who: "UBND các huyện biên giới", task: "bố trí công chức thông thạo tiếng Trung Quốc." },
          { who: "Sở Nội vụ", task: "tham mưu bổ sung biên chế." },
        ],
      },
    } as NoticeDocument;
    const layout = buildLayout(notice);
    expect(blockText(layout.body[0]!)).toBe(
      "Thực hiện Chương trình công tác tháng 3/2024 của UBND tỉnh, ngày 26/3/2024, đồng chí Dương Xuân Huyên, Phó Chủ tịch Thường trực UBND tỉnh chủ trì buổi làm việc với Sở Ngoại vụ để đánh giá kết quả, tiến độ thực hiện các nhiệm vụ Quý I/2024, triển khai các nhiệm vụ 9 tháng cuối năm 2024. Dự làm việc có: Sở Nội vụ, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Ban Quản lý Khu KTCK Đồng Đăng - Lạng Sơn, Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch, Văn phòng UBND tỉnh, Tập thể Lãnh đạo Sở Ngoại vụ, Đại diện lãnh đạo các phòng, ban, đơn vị thuộc Sở Ngoại vụ. Sau khi nghe báo cáo của Sở Ngoại vụ và ý kiến của các thành phần dự họp, đồng chí Phó Chủ tịch Thường trực UBND tỉnh kết luận như sau:",
    );
    expect(under(layout, "[2] 5. Nhiệm vụ của các cơ quan, đơn vị khác").slice(0, 2)).toEqual([
      "5.1. Nhiệm vụ của UBND các huyện biên giới: bố trí công chức thông thạo tiếng Trung Quốc.",
      "5.2. Nhiệm vụ của Sở Nội vụ: tham mưu bổ sung biên chế.",
    ]);
  });
});

describe("text helpers", () => {
  it("writes a body's name from capitals as running text has it", () => {
    expect(bodyName("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")).toBe("Sở Thông tin và Truyền thông");
    expect(bodyName("ỦY BAN NHÂN DÂN HUYỆN VĂN QUAN")).toBe("Ủy ban nhân dân huyện Văn Quan");
    expect(bodyName("UBND XÃ BÌNH THÀNH")).toBe("UBND xã Bình Thành");
    expect(bodyName("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH")).toBe("Sở Văn hóa, Thể thao và Du lịch");
    expect(bodyName("VĂN PHÒNG UBND TỈNH")).toBe("Văn phòng UBND tỉnh");
    expect(bodyName("ỦY BAN NHÂN DÂN THÀNH PHỐ LẠNG SƠN")).toBe("Ủy ban nhân dân thành phố Lạng Sơn");
    expect(bodyName("Sở Ngoại vụ")).toBe("Sở Ngoại vụ");
  });

  it("ends a closing with exactly one './.'", () => {
    expect(closingText("Trên đây là báo cáo.")).toBe("Trên đây là báo cáo./.");
    expect(closingText("Trên đây là báo cáo")).toBe("Trên đây là báo cáo./.");
    expect(closingText("Trên đây là báo cáo./.")).toBe("Trên đây là báo cáo./.");
    expect(closingText("Trên đây là báo cáo/.")).toBe("Trên đây là báo cáo./.");
  });

  it("writes recipients as '- X;' lines and the archive last", () => {
    expect(recipientLines(["Sở Ngoại vụ;", "- Lãnh đạo Sở"], ["VT", "NTT."])).toEqual([
      "- Sở Ngoại vụ;",
      "- Lãnh đạo Sở;",
      "- Lưu: VT, NTT.",
    ]);
  });

  it("cleans pasted text (PDF 'ƣ', control characters) everywhere", () => {
    const layout = buildLayout(
      report({ intro: ["Ngƣời nước ngoài\u0007 đến."] }, { subject: "Báo cáo ngƣời" }),
    );
    expect(blockText(layout.body[0]!)).toBe("Người nước ngoài đến.");
    expect(layout.subject).toBe("Báo cáo người");
  });
});
