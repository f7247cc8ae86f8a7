import type { Delegation } from "@doingoai/core";
import { describe, expect, it } from "vitest";
import {
  describeAid,
  describeAidProject,
  describeDelegation,
  describeDelegations,
  describeDelegationTotals,
  describeDelegationTotalsPair,
  describeIndicator,
  describeIndicatorPhrase,
  describeIndicators,
  describeInvestmentProject,
  describeMoney,
  sentenceContext,
  totalsOf,
} from "./index";
import { joinUnit, lowerFirst } from "./phrase";

const h1y2026 = sentenceContext({ from: "2026-01-01", to: "2026-06-30" });
const h1y2024 = sentenceContext({ from: "2024-01-01", to: "2024-06-30" });
const y2019 = sentenceContext({ from: "2019-01-01", to: "2019-12-31" });

describe("sentenceContext", () => {
  it("labels the period and compares with the year before the one it ends in", () => {
    expect(h1y2026).toEqual({ periodLabel: "6 tháng đầu năm 2026", previousYear: 2025 });
    expect(sentenceContext({ from: "2023-12-15", to: "2024-06-14", span: "h1" })).toEqual({
      periodLabel: "6 tháng đầu năm 2024",
      previousYear: 2023,
    });
    expect(sentenceContext(undefined)).toEqual({});
  });
});

describe("joinUnit", () => {
  it("writes the words a unit and its phrase share once", () => {
    expect(joinUnit("lượt người", "người nước ngoài đến địa phương")).toBe(
      "lượt người nước ngoài đến địa phương",
    );
    expect(joinUnit("đoàn", "đoàn ra")).toBe("đoàn ra");
    expect(joinUnit("điểm", "Điểm tham quan “Rừng hồi”")).toBe("điểm tham quan “Rừng hồi”");
    expect(joinUnit("trường hợp", "nhập cảnh hợp pháp")).toBe("trường hợp nhập cảnh hợp pháp");
  });
});

describe("describeIndicator", () => {
  it("writes seed 004's arrivals with the comparison in brackets", () => {
    expect(
      describeIndicator(
        {
          key: "foreignersArrived",
          count: { value: 87, unit: "lượt" },
          previous: { value: 87, unit: "lượt" },
        },
        h1y2026,
      ),
    ).toBe(
      "Trong 6 tháng đầu năm 2026, có 87 lượt người nước ngoài đến địa phương (không tăng, không giảm so với cùng kỳ năm 2025).",
    );
  });

  it("writes a rise as a percentage", () => {
    expect(
      describeIndicator({ key: "legalEntries", count: { value: 9 }, previous: { value: 8 } }, h1y2026),
    ).toBe(
      "Trong 6 tháng đầu năm 2026, có 09 trường hợp nhập cảnh hợp pháp (tăng 12,5% so với cùng kỳ năm 2025).",
    );
  });

  it("writes a rise from nothing with its unit (no percentage exists)", () => {
    expect(
      describeIndicator({ key: "labourAbroad", count: { value: 3 }, previous: { value: 0 } }, h1y2026),
    ).toBe(
      "Trong 6 tháng đầu năm 2026, có 03 lao động đi làm việc ở nước ngoài theo hợp đồng (tăng 03 lao động so với cùng kỳ năm 2025).",
    );
  });

  it("keeps qualifiers and dots thousands", () => {
    expect(
      describeIndicator({ key: "foreignTourists", count: { value: 1000, qualifier: "about" } }, h1y2026),
    ).toBe("Trong 6 tháng đầu năm 2026, có khoảng 1.000 lượt khách nước ngoài đến du lịch.");
    expect(
      describeIndicatorPhrase({
        key: "promotionBroadcasts",
        count: { value: 70, qualifier: "over", unit: "lượt" },
      }),
    ).toBe("trên 70 lượt tuyên truyền trên hệ thống truyền thanh");
  });

  it("says 'không có' for a zero count, without 'lượt'", () => {
    expect(
      describeIndicator({ key: "foreignersResiding", count: { value: 0, unit: "người" } }, h1y2026),
    ).toBe("Trong 6 tháng đầu năm 2026, không có người nước ngoài cư trú, hoạt động tại địa phương.");
    expect(describeIndicatorPhrase({ key: "foreignersArrived", count: { value: 0, unit: "lượt" } })).toBe(
      "không có người nước ngoài đến địa phương",
    );
  });

  it("uses the label of an indicator without a known key, and its note and breakdown", () => {
    expect(
      describeIndicator(
        {
          key: "legalEntries",
          count: { value: 10, unit: "trường hợp" },
          breakdown: [
            {
              label: "phụ nữ lấy chồng là người Trung Quốc về thăm thân",
              count: { value: 7, unit: "trường hợp" },
            },
            { label: "nhập cảnh để lao động", count: { value: 3, unit: "trường hợp" } },
          ],
        },
        h1y2024,
      ),
    ).toBe(
      "Trong 6 tháng đầu năm 2024, có 10 trường hợp nhập cảnh hợp pháp (trong đó: 07 trường hợp phụ nữ lấy chồng là người Trung Quốc về thăm thân; 03 trường hợp nhập cảnh để lao động).",
    );
    expect(
      describeIndicator({
        label: "nhóm nhiệm vụ trọng tâm được phê duyệt",
        count: { value: 3, unit: "nhóm nhiệm vụ" },
      }),
    ).toBe("Có 03 nhóm nhiệm vụ trọng tâm được phê duyệt.");
    expect(
      describeIndicator({
        key: "citizensViolatingForeignLaw",
        count: { value: 3, unit: "trường hợp" },
        note: "về cư trú",
      }),
    ).toBe("Có 03 trường hợp công dân vi phạm pháp luật nước ngoài (về cư trú).");
  });

  it("joins a section's indicators in one sentence", () => {
    expect(
      describeIndicators(
        [
          { key: "citizensExitedIllegally", count: { value: 0 } },
          { key: "legalEntries", count: { value: 10 } },
          { key: "citizensViolatingForeignLaw", count: { value: 3 } },
          { key: "citizensInAccidentsAbroad", count: { value: 0 } },
        ],
        h1y2024,
      ),
    ).toEqual([
      "Trong 6 tháng đầu năm 2024, không có trường hợp công dân xuất cảnh trái phép; có 10 trường hợp nhập cảnh hợp pháp; 03 trường hợp công dân vi phạm pháp luật nước ngoài; không có trường hợp công dân bị tai nạn tại nước ngoài.",
    ]);
    expect(describeIndicators([], h1y2024)).toEqual([]);
  });
});

const outbound: Delegation[] = [
  {
    direction: "outbound",
    name: "Thăm quan, du lịch để mở mang kiến thức, hiểu biết về quản lý xã hội.",
    countries: ["Trung Quốc"],
    headRank: "Phó Giám đốc Sở",
    content: "Chuyến thăm quan, du lịch tại Trương Gia Giới, Phượng Hoàng Cổ Trấn",
    members: 11,
    from: "2019-04-27",
    to: "2019-05-01",
    funding: "Kinh phí cá nhân",
    decisions: [
      {
        kind: "Quyết định",
        code: "657/QĐ-UBND",
        date: "2019-04-09",
        title: "về việc cho phép Đoàn công chức đi thăm quan",
      },
    ],
  },
  {
    direction: "outbound",
    name: "Tham dự Triển lãm CommunicAsia 2019",
    countries: ["Singapore"],
    members: 1,
    days: 5,
  },
  {
    direction: "outbound",
    name: "Bồi dưỡng ngắn hạn tại Học viện cán bộ Bách Sắc",
    members: 1,
    from: "2019-07-03",
    to: "2019-07-11",
  },
  {
    direction: "outbound",
    name: "Bồi dưỡng ngắn hạn tại Trường Đại học Daejin",
    members: 1,
    from: "2019-09-24",
    to: "2019-10-02",
  },
];

describe("delegations", () => {
  it("computes totals from the rows (members, days from dates)", () => {
    expect(totalsOf(outbound)).toEqual({
      delegations: { value: 4, unit: "đoàn" },
      persons: { value: 14, unit: "lượt người" },
      days: { value: 28, unit: "ngày" },
    });
  });

  it("writes the totals sentence with leading zeros", () => {
    expect(describeDelegationTotals("outbound", totalsOf(outbound), y2019)).toBe(
      "Trong năm 2019, có 04 đoàn ra với tổng số 14 lượt người, 28 ngày.",
    );
    expect(describeDelegationTotals("inbound", { delegations: { value: 0 } }, y2019)).toBe(
      "Trong năm 2019, không có đoàn vào.",
    );
  });

  it("compares stated totals with the previous year's", () => {
    expect(
      describeDelegationTotals(
        "outbound",
        {
          delegations: { value: 4 },
          persons: { value: 14, unit: "lượt công chức, viên chức" },
          days: { value: 28 },
        },
        { ...y2019, previousYear: 2018 },
        { previous: { delegations: { value: 1 } } },
      ),
    ).toBe(
      "Trong năm 2019, có 04 đoàn ra với tổng số 14 lượt công chức, viên chức, 28 ngày (tăng 300% so với cùng kỳ năm 2018).",
    );
  });

  it("writes each delegation as a '- ' line", () => {
    expect(describeDelegation(outbound[0]!)).toBe(
      "- Thăm quan, du lịch để mở mang kiến thức, hiểu biết về quản lý xã hội (Trung Quốc). Thời gian: từ ngày 27/4/2019 đến ngày 01/5/2019 (05 ngày). Số thành viên: 11 người. Trưởng đoàn: Phó Giám đốc Sở. Nội dung: Chuyến thăm quan, du lịch tại Trương Gia Giới, Phượng Hoàng Cổ Trấn. Kinh phí: Kinh phí cá nhân. Văn bản cho phép: Quyết định số 657/QĐ-UBND ngày 09/4/2019 về việc cho phép Đoàn công chức đi thăm quan.",
    );
    expect(
      describeDelegation({
        direction: "inbound",
        name: "Đoàn công tác Công ty cổ phần Giáo dục EZ Việt Nam",
        host: "Sở Giáo dục và Đào tạo",
        content: "trao đổi về chương trình học bổng Tân Hướng Nam",
        from: "2024-05-07",
        to: "2024-05-07",
      }),
    ).toBe(
      "- Đoàn công tác Công ty cổ phần Giáo dục EZ Việt Nam. Thời gian: ngày 07/5/2024. Nội dung: trao đổi về chương trình học bổng Tân Hướng Nam. Đơn vị chủ trì đón tiếp: Sở Giáo dục và Đào tạo.",
    );
    expect(describeDelegation(outbound[1]!)).toBe(
      "- Tham dự Triển lãm CommunicAsia 2019 (Singapore). Thời gian: 05 ngày. Số thành viên: 01 người.",
    );
  });

  it("leads the lines with the totals, computed when none are stated", () => {
    const lines = describeDelegations({ delegations: outbound }, y2019);
    expect(lines[0]).toBe("Trong năm 2019, có 04 đoàn ra với tổng số 14 lượt người, 28 ngày, cụ thể:");
    expect(lines).toHaveLength(5);
    expect(lines.slice(1).every((l) => l.startsWith("- "))).toBe(true);
  });

  it("says there were none in either direction in one sentence", () => {
    expect(
      describeDelegations(
        { totals: { outbound: { delegations: { value: 0 } }, inbound: { delegations: { value: 0 } } } },
        h1y2026,
      ),
    ).toEqual(["Trong 6 tháng đầu năm 2026, không có đoàn ra, đoàn vào."]);
  });

  it("writes a notice's stated totals of both directions", () => {
    expect(
      describeDelegationTotalsPair({
        outbound: { delegations: { value: 9 }, persons: { value: 114, unit: "lượt công chức, viên chức" } },
        inbound: { delegations: { value: 21 }, persons: { value: 175, unit: "lượt người nước ngoài" } },
      }),
    ).toEqual([
      "Có 09 đoàn ra với tổng số 114 lượt công chức, viên chức; 21 đoàn vào với tổng số 175 lượt người nước ngoài.",
    ]);
  });
});

describe("aid", () => {
  const usd = {
    amount: 50000,
    currency: "USD",
    equivalent: { amount: 1.2e9, currency: "VND", qualifier: "about" as const },
  };

  it("writes money with its equivalent", () => {
    expect(describeMoney(usd)).toBe("50.000 USD (tương đương khoảng 1,2 tỷ đồng)");
  });

  it("writes a project with value, in-kind aid and beneficiaries", () => {
    expect(
      describeAidProject({
        donor: "Tổ chức Good Neighbors",
        donorCountry: "Hàn Quốc",
        title: "Nước sạch cho trường học",
        field: "giáo dục",
        committed: usd,
        inKind: [{ description: "200 bộ bàn ghế", estimatedValue: { amount: 1e8, currency: "VND" } }],
        beneficiaries: { value: 1200, unit: "học sinh" },
      }),
    ).toBe(
      "- Dự án “Nước sạch cho trường học” do Tổ chức Good Neighbors (Hàn Quốc) tài trợ, lĩnh vực giáo dục, trị giá cam kết 50.000 USD (tương đương khoảng 1,2 tỷ đồng); viện trợ hiện vật: 200 bộ bàn ghế (trị giá ước tính 100 triệu đồng); đối tượng hưởng lợi: 1.200 học sinh.",
    );
  });

  it("writes committed against received", () => {
    expect(
      describeAidProject({
        donor: "Quỹ Hỗ trợ ABC",
        title: "Dự án sinh kế",
        committed: { amount: 30000, currency: "USD" },
        received: { amount: 10000, currency: "USD" },
      }),
    ).toBe("- Dự án sinh kế do Quỹ Hỗ trợ ABC tài trợ, trị giá cam kết 30.000 USD, đã tiếp nhận 10.000 USD.");
  });

  it("leads with the number of projects and the summed committed value, never as received", () => {
    const lines = describeAid(
      {
        projects: [
          { donor: "A", title: "Dự án X", committed: { amount: 30000, currency: "USD" } },
          { donor: "B", title: "Dự án Y", committed: { amount: 20000, currency: "USD" } },
        ],
      },
      h1y2024,
    );
    expect(lines[0]).toBe(
      "Trong 6 tháng đầu năm 2024, trên địa bàn có 02 dự án, khoản viện trợ phi chính phủ nước ngoài với tổng trị giá cam kết 50.000 USD, cụ thể:",
    );
    expect(lines).toHaveLength(3);
  });

  it("writes an investment project", () => {
    expect(
      describeInvestmentProject({
        kind: "FDI",
        title: "Nhà máy may Việt Hàn",
        investor: "Công ty TNHH ABC",
        country: "Hàn Quốc",
        capital: { amount: 12069992, currency: "USD" },
        status: "đang xây dựng",
      }),
    ).toBe(
      // An exact figure with no short form keeps every digit ("12,1 triệu" would round it).
      "- Dự án FDI “Nhà máy may Việt Hàn” của Công ty TNHH ABC (Hàn Quốc), vốn đầu tư 12.069.992 USD; tình trạng: đang xây dựng.",
    );
  });
});

describe("lowerFirst: a label inside a sentence", () => {
  it("lower-cases an ordinary first word and keeps acronyms and proper names", () => {
    expect(lowerFirst("Điểm tham quan “Bãi đá nhảy”")).toBe("điểm tham quan “Bãi đá nhảy”");
    expect(lowerFirst("UBND xã")).toBe("UBND xã");
    expect(lowerFirst("Sở Ngoại vụ đề nghị hỗ trợ")).toBe("Sở Ngoại vụ đề nghị hỗ trợ");
    expect(lowerFirst("Hội Hữu nghị Việt - Lào")).toBe("Hội Hữu nghị Việt - Lào");
    expect(lowerFirst("Trung Quốc")).toBe("Trung Quốc");
  });
});
