/** Sentences of activities, citations and rankings, and whole sections from facts. */
import { describe, expect, it } from "vitest";
import {
  describeAgreement,
  describeAgreements,
  describeAreaFacts,
  describeAward,
  describeCitation,
  describeConferences,
  describeEvent,
  describeGeneralFacts,
  describeIssued,
  describeLabourMarkets,
  describeNothing,
  describePartnership,
  describeRanking,
  describeRankings,
  describeReporterVisit,
  describeReportingDuty,
  isBareNone,
  sentenceContext,
} from "./index";

const h1y2026 = sentenceContext({ from: "2026-01-01", to: "2026-06-30" });
const h1y2024 = sentenceContext({ from: "2024-01-01", to: "2024-06-30" });

describe("activities", () => {
  it("writes a festival as seed 000 does", () => {
    expect(
      describeEvent({
        title: "Lễ hội lồng tồng Tu Đồn",
        place: "Thị trấn Văn Quan",
        dateText: "ngày Mùng 4 tháng Giêng",
      }),
    ).toBe("- Lễ hội lồng tồng Tu Đồn, Thị trấn Văn Quan (ngày Mùng 4 tháng Giêng).");
  });

  it("writes conferences after a lead sentence", () => {
    expect(
      describeConferences(
        [
          {
            title: "Hội thảo quốc tế về du lịch biên giới",
            from: "2026-03-02",
            to: "2026-03-03",
            place: "thành phố Lạng Sơn",
            organiser: "UBND tỉnh",
            participants: { value: 120, unit: "đại biểu" },
            foreignParticipants: { value: 20, unit: "đại biểu" },
          },
        ],
        h1y2026,
      ),
    ).toEqual([
      "Trong 6 tháng đầu năm 2026, tổ chức 01 hội nghị, hội thảo quốc tế, cụ thể:",
      "- Hội thảo quốc tế về du lịch biên giới, thành phố Lạng Sơn (từ ngày 02/3/2026 đến ngày 03/3/2026); đơn vị tổ chức: UBND tỉnh; 120 đại biểu tham dự (trong đó 20 đại biểu nước ngoài).",
    ]);
  });

  it("writes a conference's place as the source ties it: tại a city, qua a border gate", () => {
    const lines = describeConferences(
      [
        {
          title: "Hội nghị xúc tiến đầu tư vào tỉnh Bà Rịa - Vũng Tàu",
          from: "2024-05-12",
          where: { name: "Thành phố Hồ Chí Minh" },
        },
        {
          title: "Hội chợ thương mại quốc tế Việt - Trung",
          where: { relation: "via", name: "cửa khẩu Tân Thanh" },
        },
      ],
      h1y2024,
    );
    expect(lines.slice(1)).toEqual([
      "- Hội nghị xúc tiến đầu tư vào tỉnh Bà Rịa - Vũng Tàu tại Thành phố Hồ Chí Minh (từ ngày 12/5/2024).",
      "- Hội chợ thương mại quốc tế Việt - Trung qua cửa khẩu Tân Thanh.",
    ]);
  });

  it("writes agreements with their status", () => {
    expect(
      describeAgreement({
        title: "Hợp tác du lịch qua biên giới",
        kind: "memorandum",
        partner: "Sở Văn hóa và Du lịch Quảng Tây",
        partnerCountry: "Trung Quốc",
        signedOn: "2024-05-08",
        status: "implementing",
      }),
    ).toBe(
      "- Biên bản ghi nhớ “Hợp tác du lịch qua biên giới” với Sở Văn hóa và Du lịch Quảng Tây (Trung Quốc), ký ngày 08/5/2024; tình trạng: đang triển khai thực hiện.",
    );
    expect(describeAgreements([{ title: "Thỏa thuận hợp tác giáo dục" }], h1y2026)[0]).toBe(
      "Trong 6 tháng đầu năm 2026, có 01 thỏa thuận quốc tế được ký kết, thực hiện, cụ thể:",
    );
  });

  it("writes an award with its decision", () => {
    expect(
      describeAward({
        recipient: "Ông Nguyễn Văn A",
        award: "Bằng khen của Chủ tịch UBND tỉnh",
        level: "province",
        decision: { kind: "Quyết định", code: "145/QĐ-UBND", date: "2024-01-20" },
      }),
    ).toBe(
      "- Ông Nguyễn Văn A được tặng Bằng khen của Chủ tịch UBND tỉnh (khen thưởng cấp tỉnh, Quyết định số 145/QĐ-UBND ngày 20/01/2024).",
    );
  });

  it("writes a twinning and a reporters' visit", () => {
    expect(
      describePartnership({
        partner: "thị trấn Ái Điểm",
        country: "Trung Quốc",
        kind: "twinning",
        since: "2015-03-10",
      }),
    ).toBe("- Quan hệ kết nghĩa với thị trấn Ái Điểm (Trung Quốc) từ ngày 10/3/2015.");
    expect(
      describeReporterVisit({
        agency: "Đài NHK",
        country: "Nhật Bản",
        groups: { value: 1 },
        reporters: { value: 3 },
        from: "2024-03-02",
        to: "2024-03-05",
        content: "làm phóng sự về du lịch",
      }),
    ).toBe(
      "- 01 đoàn, 03 phóng viên của Đài NHK (Nhật Bản) đến hoạt động tại địa phương từ ngày 02/3/2024 đến ngày 05/3/2024; nội dung: làm phóng sự về du lịch.",
    );
  });

  it("names the labour markets in a sentence of their own when no count of workers carries them", () => {
    expect(describeLabourMarkets(["Hàn Quốc", "Đài Loan (Trung Quốc)"])).toEqual([
      "Người lao động đi làm việc ở nước ngoài theo hợp đồng tại các thị trường Hàn Quốc và Đài Loan (Trung Quốc).",
    ]);
    expect(describeLabourMarkets(["Nhật Bản"])).toEqual([
      "Người lao động đi làm việc ở nước ngoài theo hợp đồng tại thị trường Nhật Bản.",
    ]);
    expect(describeLabourMarkets([])).toEqual([]);
  });
});

describe("citations and rankings", () => {
  const plan308 = {
    kind: "Kế hoạch" as const,
    code: "308/KH-UBND",
    date: "2023-12-29",
    issuer: "UBND huyện",
    title: "về hoạt động thông tin đối ngoại trên địa bàn huyện Văn Quan năm 2024",
  };

  it("cites a text by kind, number, date, issuer and title", () => {
    expect(describeCitation(plan308)).toBe(
      "Kế hoạch số 308/KH-UBND ngày 29/12/2023 của UBND huyện về hoạt động thông tin đối ngoại trên địa bàn huyện Văn Quan năm 2024",
    );
    expect(describeCitation({ kind: "Công văn", code: "448/SNgV-LSHTQT", date: "2024-05-08" }, "long")).toBe(
      "Công văn số 448/SNgV-LSHTQT ngày 08 tháng 5 năm 2024",
    );
  });

  it("writes the texts issued in the period", () => {
    expect(describeIssued([plan308], h1y2024)).toEqual([
      "Trong 6 tháng đầu năm 2024, đã ban hành Kế hoạch số 308/KH-UBND ngày 29/12/2023 của UBND huyện về hoạt động thông tin đối ngoại trên địa bàn huyện Văn Quan năm 2024.",
    ]);
  });

  it("writes rankings", () => {
    expect(describeRanking({ label: "Chỉ số DDCI", rank: 15, of: 25, year: 2023 })).toBe(
      "Chỉ số DDCI năm 2023 xếp thứ 15/25",
    );
    expect(
      describeRankings([
        { label: "Chỉ số DDCI", rank: 15, of: 25, year: 2023 },
        { label: "Chỉ số cải cách hành chính", rank: 11, of: 20, year: 2023 },
      ]),
    ).toEqual(["Chỉ số DDCI năm 2023 xếp thứ 15/25; Chỉ số cải cách hành chính năm 2023 xếp thứ 11/20."]);
  });
});

describe("sections", () => {
  it("writes 'nothing to report' with the answer's own text or a natural sentence", () => {
    expect(describeNothing("Không tiếp nhận khoản viện trợ nào của các tổ chức phi chính phủ")).toBe(
      "Không tiếp nhận khoản viện trợ nào của các tổ chức phi chính phủ",
    );
    expect(describeNothing()).toBe("Không phát sinh.");
    expect(isBareNone(undefined)).toBe(true);
    expect(isBareNone("Không.")).toBe(true);
    expect(isBareNone("Không có")).toBe(true);
    expect(isBareNone("Không tiếp nhận khoản viện trợ nào")).toBe(false);
  });

  it("writes an area's facts: figures, then lines, then texts implemented", () => {
    expect(
      describeAreaFacts(
        "economic-diplomacy",
        {
          indicators: [{ key: "labourAbroad", count: { value: 3 } }],
          labourMarkets: ["Hàn Quốc", "Đài Loan (Trung Quốc)"],
        },
        h1y2026,
      ),
    ).toEqual([
      "Trong 6 tháng đầu năm 2026, có 03 lao động đi làm việc ở nước ngoài theo hợp đồng tại các thị trường Hàn Quốc và Đài Loan (Trung Quốc).",
    ]);
  });

  it("writes general facts of a notice item", () => {
    expect(
      describeGeneralFacts({
        rankings: [{ label: "Chỉ số DDCI", rank: 15, of: 25, year: 2023 }],
        citations: [
          { kind: "Quyết định", code: "145/QĐ-UBND", date: "2024-01-20", issuer: "Chủ tịch UBND tỉnh" },
        ],
      }),
    ).toEqual([
      "Chỉ số DDCI năm 2023 xếp thứ 15/25.",
      "Tiếp tục quán triệt, triển khai thực hiện Quyết định số 145/QĐ-UBND ngày 20/01/2024 của Chủ tịch UBND tỉnh.",
    ]);
  });

  it("writes a plan's reporting duty", () => {
    expect(
      describeReportingDuty({
        to: "UBND huyện",
        via: "Văn phòng HĐND và UBND huyện",
        frequencies: ["6-months", "year", "ad-hoc"],
      }),
    ).toBe(
      "- Thực hiện chế độ thông tin, báo cáo định kỳ (6 tháng, năm), đột xuất với UBND huyện (qua Văn phòng HĐND và UBND huyện) theo quy định.",
    );
  });
});
