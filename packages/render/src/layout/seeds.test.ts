/** The layout of the five seeds: the structure a clerk reads, as the original documents have it. */
import { DRAFT_BLANK, NUMBER_BLANK } from "@doingoai/core";
import { describe, expect, it } from "vitest";
import { buildLayout } from "./build";
import { blockText, EXAMPLES, example, headings, under } from "./testing";

describe("seed 000 — báo cáo 6 tháng đầu năm 2024, UBND huyện Văn Quan", () => {
  const doc = example(EXAMPLES.vanQuan2024);
  const layout = buildLayout(doc);

  it("has the NĐ 30 header of a draft: blank number and day kept", () => {
    expect(layout.header).toEqual({
      style: "state",
      issuingBody: "ỦY BAN NHÂN DÂN HUYỆN VĂN QUAN",
      numberLine: `Số: ${NUMBER_BLANK}/BC-UBND`,
      nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      dateLine: `Văn Quan, ngày ${DRAFT_BLANK} tháng 5 năm 2024`,
    });
    expect(layout.header.numberLine).toMatch(/^Số: +\/BC-UBND$/);
    expect(layout.kindTitle).toBe("BÁO CÁO");
    expect(layout.subject).toBe(
      "Tình hình, kết quả công tác đối ngoại 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2024",
    );
    expect(layout.draft).toBe(true);
  });

  it("notes the digital signatures in Vietnam time, once per distinct line, once issued", () => {
    // The seed carries four timestamps: 08:21:46 and three of the same second, 09:14:02. As a
    // draft (its status) it is not signed: no note (NĐ 30), as in the DOCX.
    expect(layout.digitalSignatures).toBeUndefined();
    const issued = example(EXAMPLES.vanQuan2024);
    issued.frame.status = "issued";
    expect(buildLayout(issued).digitalSignatures).toEqual([
      "Văn bản được ký số lúc 08:21 ngày 17/5/2024",
      "Văn bản được ký số lúc 09:14 ngày 17/5/2024",
    ]);
  });

  it("keeps the basis entry's own sentence, then the intro", () => {
    expect(layout.body[0]).toEqual({
      type: "paragraph",
      role: "basis",
      runs: [
        {
          text: "Thực hiện Công văn số 448/SNgV-LSHTQT ngày 08 tháng 5 năm 2024 của Sở Ngoại vụ tỉnh Lạng Sơn về việc báo cáo kết quả công tác đối ngoại 6 tháng đầu năm và phương hướng nhiệm vụ 6 tháng cuối năm 2024.",
        },
      ],
    });
    expect(blockText(layout.body[1]!)).toBe(
      "UBND huyện Văn Quan báo cáo tình hình, kết quả công tác đối ngoại 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024 như sau:",
    );
  });

  it("follows its own outline: parts I–VI, areas 1.–5.", () => {
    expect(headings(layout)).toEqual([
      "[1] I. BỐI CẢNH TÌNH HÌNH CÔNG TÁC ĐỐI NGOẠI",
      "[1] II. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH",
      "[1] III. KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2024",
      "[2] 1. Công tác tổ chức quản lý đoàn ra, đoàn vào",
      "[2] 2. Công tác vận động và quản lý viện trợ Phi chính phủ nước ngoài",
      "[2] 3. Công tác văn hóa ngoại giao văn hóa",
      "[2] 4. Công tác thông tin đối ngoại và quản lý các hoạt động thông tin, báo chí phóng viên nước ngoài tại địa phương",
      "[2] 5. Công tác lãnh sự và bảo hộ công dân",
      "[1] IV. KHÓ KHĂN, VƯỚNG MẮC, NGUYÊN NHÂN",
      "[2] 1. Thuận lợi",
      "[2] 2. Khó khăn",
      "[2] 3. Nguyên nhân",
      "[1] V. PHƯƠNG HƯỚNG VÀ DỰ KIẾN KẾ HOẠCH CÔNG TÁC ĐỐI NGOẠI TRONG 6 THÁNG CUỐI NĂM 2024",
      "[1] VI. ĐỀ XUẤT, KIẾN NGHỊ GIẢI PHÁP, ĐỂ NÂNG CAO CHẤT LƯỢNG, HIỆU QUẢ CÔNG TÁC ĐỐI NGOẠI",
    ]);
  });

  it("keeps the narrative verbatim and adds no sentence from facts beside it", () => {
    const consular = under(layout, "[2] 5. Công tác lãnh sự và bảo hộ công dân");
    expect(consular).toHaveLength(2);
    expect(consular[1]).toContain("huyện ghi nhận 10 trường hợp nhập cảnh hợp pháp");
    expect(under(layout, "[2] 2. Công tác vận động và quản lý viện trợ Phi chính phủ nước ngoài")).toEqual([
      "Trong 6 tháng đầu năm 2024, không có dự án viện trợ Phi chính phủ nước ngoài nào triển khai mới trên địa bàn huyện.",
    ]);
  });

  it("writes the recommendations as '- ' lines (the outline's dash marker)", () => {
    const recs = under(
      layout,
      "[1] VI. ĐỀ XUẤT, KIẾN NGHỊ GIẢI PHÁP, ĐỂ NÂNG CAO CHẤT LƯỢNG, HIỆU QUẢ CÔNG TÁC ĐỐI NGOẠI",
    );
    expect(recs.slice(0, 4).every((r) => r.startsWith("- "))).toBe(true);
    expect(recs[4]).toMatch(/^Trên đây là báo cáo về tình hình.*huyện Văn Quan\.\/\.$/);
  });

  it("ends with the closing and the signature block of an acting chairman", () => {
    const last = layout.body.at(-1)!;
    expect(last.type === "paragraph" && last.role).toBe("closing");
    expect(layout.signature).toEqual({
      recipientsHeading: "Nơi nhận:",
      recipients: [
        "- Sở Ngoại vụ;",
        "- CT, các PCT UBND huyện;",
        "- CVP, các PCVP HĐND&UBND huyện;",
        "- Lưu: VT.",
      ],
      authorityLines: ["Q. CHỦ TỊCH"],
      name: "Hứa Phong Lan",
    });
    expect(layout.appendices).toEqual([]);
  });
});

describe("seed 001 — báo cáo năm 2019, Sở Thông tin và Truyền thông Lạng Sơn, with its appendix", () => {
  const layout = buildLayout(example(EXAMPLES.sttttLangSon2019));

  it("has the parent body over the issuing body", () => {
    expect(layout.header.parentBody).toBe("UBND TỈNH LẠNG SƠN");
    expect(layout.header.issuingBody).toBe("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
    expect(layout.header.numberLine).toBe(`Số: ${NUMBER_BLANK}/BC-STTTT`);
  });

  it("numbers the parts I–IV and the areas of the results", () => {
    expect(headings(layout)).toEqual([
      "[1] I. ĐÁNH GIÁ CHUNG",
      "[1] II. KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI NĂM 2019",
      "[2] 1. Tình hình quán triệt thực hiện chủ trương, đường lối và các quy định của Đảng và nhà nước về công tác đối ngoại; quy chế quản lý thống nhất các hoạt động đối ngoại tại cơ quan, đơn vị, địa phương.",
      "[2] 2. Công tác tổ chức quản lý đoàn ra, đoàn vào",
      "[2] 3. Công tác thông tin đối ngoại và quản lý các hoạt động thông tin, báo chí phóng viên nước ngoài tại địa phương.",
      "[1] III. ĐÁNH GIÁ CHUNG",
      "[2] 1. Ưu điểm",
      "[2] 2. Hạn chế",
      "[2] 3. Nguyên nhân",
      "[1] IV. DỰ KIẾN CHƯƠNG TRÌNH ĐỐI NGOẠI NĂM 2020",
    ]);
  });

  it("signs for the director", () => {
    expect(layout.signature.authorityLines).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]);
    expect(layout.signature.name).toBe("Lê Hải Yến");
    expect(layout.signature.recipients.at(-1)).toBe("- Lưu: VP, VT.");
  });

  it("has the outbound-delegation appendix with seed 001's columns, in landscape", () => {
    expect(layout.appendices).toHaveLength(1);
    const a = layout.appendices[0]!;
    expect(a.label).toBe("Phụ lục");
    expect(a.title).toBe("BẢNG TỔNG HỢP ĐOÀN RA NĂM 2019");
    expect(a.attachedTo).toBe(
      `(Kèm theo Báo cáo số ${NUMBER_BLANK}/BC-STTTT ngày ${DRAFT_BLANK} tháng 10 năm 2019 của Sở Thông tin và Truyền thông)`,
    );
    expect(a.landscape).toBe(true);
    expect(a.table.repeatHeader).toBe(true);
    expect(a.table.columns.map((c) => c.title)).toEqual([
      "Số TT",
      "Danh nghĩa Đoàn và tính chất hoạt động",
      "Đến nước",
      "Cấp trưởng đoàn",
      "Nội dung hoạt động và đối tác",
      "Số thành viên đoàn",
      "Số ngày",
      "Thời gian thực hiện",
      "Kinh phí/ Nguồn chi",
    ]);
  });

  it("gives explicit widths that fit a landscape A4 page inside 30/15 mm margins", () => {
    const widths = layout.appendices[0]!.table.columns.map((c) => c.width);
    expect(widths.every((w) => Number.isInteger(w) && w >= 600)).toBe(true);
    const total = widths.reduce((a, b) => a + b, 0);
    expect(total).toBe(16838 - 1701 - 850);
    expect(total).toBeLessThanOrEqual(14570);
  });

  it("takes the rows from the document's delegations: leading zeros, dates as the seed writes them", () => {
    const rows = layout.appendices[0]!.table.rows;
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual([
      "01",
      "Thăm quan, du lịch để mở mang kiến thức, hiểu biết về quản lý xã hội.",
      "Trung Quốc",
      "Phó Giám đốc Sở",
      "Chuyến thăm quan, du lịch tại Trương Gia Giới, Phượng Hoàng Cổ Trấn -Trung Quốc",
      "11",
      "05",
      "Từ ngày 27/4/2019 đến ngày 01/5/2019.",
      "Kinh phí cá nhân",
    ]);
    expect(rows.map((r) => [r[0], r[5], r[6]])).toEqual([
      ["01", "11", "05"],
      ["02", "01", "05"],
      ["03", "01", "09"],
      ["04", "01", "09"],
    ]);
    expect(rows[3]![7]).toBe("Từ ngày 24/9/2019 đến ngày 02/10/2019.");
  });
});

describe("seed 002 — thông báo kết luận 2024, UBND tỉnh Lạng Sơn", () => {
  const layout = buildLayout(example(EXAMPLES.notice2024));

  it("is a THÔNG BÁO with its session intro first", () => {
    expect(layout.kindTitle).toBe("THÔNG BÁO");
    expect(blockText(layout.body[0]!)).toMatch(
      /^Thực hiện Chương trình công tác tháng 3\/2024 của UBND tỉnh, ngày 26\/3\/2024/,
    );
  });

  it("numbers 1. assessment (1.1…), 2. limitations, 3. tasks (3.1, 3.2 with a)…đ)), 4., 5.", () => {
    expect(headings(layout)).toEqual([
      "[2] 1. Đánh giá chung",
      "[3] 1.1. Công tác lãnh sự, hợp tác quốc tế",
      "[3] 1.2. Công tác quản lý biên giới",
      "[3] 1.3. Công tác quản trị nội bộ của Sở",
      "[2] 2. Hạn chế, khó khăn",
      "[2] 3. Về nhiệm vụ trong thời gian tới",
      "[3] 3.1. Công tác lãnh đạo, chỉ đạo",
      "[3] 3.2. Nhiệm vụ cụ thể",
      "[4] a) Công tác lãnh sự, hợp tác quốc tế",
      "[4] b) Công tác quản lý biên giới",
      "[4] c) Công tác thông tin đối ngoại",
      "[4] d) Công tác phối hợp",
      "[4] đ) Công tác nội bộ của Sở",
      "[2] 4. Đề xuất, kiến nghị của Sở Ngoại vụ",
      "[2] 5. Nhiệm vụ của UBND các huyện biên giới: quan tâm rà soát, bố trí công chức làm công tác đối ngoại phải thông thạo tiếng Trung Quốc để đáp ứng yêu cầu công tác đối ngoại, quản lý biên giới tại địa phương.",
    ]);
  });

  it("puts the summary's closing paragraph after the items", () => {
    const after = under(layout, "[3] 1.3. Công tác quản trị nội bộ của Sở");
    expect(after.at(-1)).toMatch(/^Những kết quả nêu trên đã đóng góp tích cực/);
  });

  it("answers the requests as '4.1. Đối với …: …'", () => {
    const answers = under(layout, "[2] 4. Đề xuất, kiến nghị của Sở Ngoại vụ");
    expect(answers[0]).toBe(
      "4.1. Đối với kiến nghị bổ sung 01 biên chế công chức: UBND tỉnh giao Sở Nội vụ nghiên cứu, đề xuất UBND tỉnh bổ sung 01 biên chế viên chức cho Trung tâm Thông tin và Dịch vụ đối ngoại, đảm bảo tạo điều kiện để Sở Ngoại vụ hoàn thành nhiệm vụ.",
    );
    expect(answers[1]).toMatch(/^4\.2\. Đối với các kiến nghị về cơ chế, chính sách/);
  });

  it("writes the other body's task on the heading's line, not bold", () => {
    const five = layout.body.find((b) => b.type === "heading" && b.marker === "5.");
    expect(five?.type === "heading" && five.tail).toEqual([
      { text: ": " },
      {
        text: "quan tâm rà soát, bố trí công chức làm công tác đối ngoại phải thông thạo tiếng Trung Quốc để đáp ứng yêu cầu công tác đối ngoại, quản lý biên giới tại địa phương.",
        bold: false,
      },
    ]);
  });

  it("signs by order of the chairman", () => {
    expect(layout.signature.authorityLines).toEqual(["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]);
    expect(layout.signature.recipients.at(-1)).toBe("- Lưu: VT, NTT.");
    expect(blockText(layout.body.at(-1)!)).toBe(
      "UBND tỉnh thông báo để các cơ quan, đơn vị liên quan tổ chức thực hiện./.",
    );
  });
});

describe("seed 003 — kế hoạch 2024, UBND xã Bình Thành", () => {
  const layout = buildLayout(example(EXAMPLES.planBinhThanh2024));

  it("is a KẾ HOẠCH with I purpose/requirements, II content, III implementation", () => {
    expect(layout.kindTitle).toBe("KẾ HOẠCH");
    expect(layout.header.parentBody).toBe("UBND HUYỆN ĐỊNH HÓA");
    const hs = headings(layout);
    expect(hs.slice(0, 4)).toEqual([
      "[1] I. MỤC ĐÍCH, YÊU CẦU",
      "[2] 1. Mục đích",
      "[2] 2. Yêu cầu",
      "[1] II. NỘI DUNG",
    ]);
    expect(hs.filter((h) => h.startsWith("[1]"))).toEqual([
      "[1] I. MỤC ĐÍCH, YÊU CẦU",
      "[1] II. NỘI DUNG",
      "[1] III. TỔ CHỨC THỰC HIỆN",
    ]);
    const iii = hs.indexOf("[1] III. TỔ CHỨC THỰC HIỆN");
    expect(hs.slice(iii + 1)).toEqual([
      "[2] 1. Văn phòng – thống kê xã",
      "[2] 2. Văn hóa – xã hội xã",
      "[2] 3. Công chức Địa chính – nông nghiệp – xây dựng và môi trường xã, khuyến nông, cán bộ phụ trách Nông thôn mới xã",
      "[2] 4. Công chức Tài chính – kế toán xã",
      "[2] 5. Công an xã",
      "[2] 6. Các bộ phận chuyên môn, đoàn thể xã và các Trưởng xóm",
    ]);
    expect(hs.slice(4, iii)).toHaveLength(9);
  });

  it("does not repeat the reporting duty the unit's own tasks already state", () => {
    const office = under(layout, "[2] 1. Văn phòng – thống kê xã");
    expect(office).toHaveLength(3);
    expect(office[2]).toContain("báo cáo định kỳ (6 tháng, năm), đột xuất với UBND huyện");
  });

  it("signs on behalf of the committee and leaves the whole date blank", () => {
    expect(layout.signature.authorityLines).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
    expect(layout.header.dateLine).toBe(
      `Bình Thành, ngày ${DRAFT_BLANK} tháng ${DRAFT_BLANK} năm ${DRAFT_BLANK}`,
    );
  });
});

describe("seed 004 — báo cáo 6 tháng đầu năm 2026, UBND xã Tây Yên Tử", () => {
  const layout = buildLayout(example(EXAMPLES.tayYenTu2026));

  it("numbers the eleven areas and writes a bare 'Không' on the heading's line", () => {
    const hs = headings(layout);
    expect(hs[0]).toBe("[1] I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI 6 THÁNG ĐẦU NĂM 2026");
    expect(
      hs
        .filter((h) => h.startsWith("[2]"))
        .slice(0, 11)
        .map((h) => h.split(" ")[1]),
    ).toEqual(Array.from({ length: 11 }, (_, i) => `${i + 1}.`));
    expect(hs).toContain("[2] 10. Các hình thức khen thưởng cấp Nhà nước, cấp tỉnh: Không.");
    expect(under(layout, "[2] 10. Các hình thức khen thưởng cấp Nhà nước, cấp tỉnh: Không.")).toEqual([]);
  });

  it("keeps a 'nothing to report' answer's own sentence", () => {
    expect(
      under(
        layout,
        "[2] 5. Công tác quản lý hoạt động, vận động và sử dụng viện trợ của các tổ chức phi chính phủ nước ngoài (PCPNN)",
      ),
    ).toEqual(["Không tiếp nhận khoản viện trợ nào của các tổ chức phi chính phủ"]);
  });

  it("splits the causes into 2.1 and 2.2", () => {
    const hs = headings(layout);
    const i = hs.indexOf("[2] 2. Nguyên nhân");
    expect(hs.slice(i, i + 3)).toEqual([
      "[2] 2. Nguyên nhân",
      "[3] 2.1. Nguyên nhân khách quan",
      "[3] 2.2. Nguyên nhân chủ quan",
    ]);
    expect(under(layout, "[2] 2. Nguyên nhân")).toEqual([]);
  });

  it("numbers the recommendations and signs as chairman", () => {
    const hs = headings(layout);
    expect(hs.at(-1)).toBe(
      "[1] IV. ĐỀ XUẤT GIẢI PHÁP, KIẾN NGHỊ ĐỂ NÂNG CAO CHẤT LƯỢNG, HIỆU QUẢ CÔNG TÁC ĐỐI NGOẠI NÓI CHUNG CỦA CƠ QUAN, ĐỊA PHƯƠNG",
    );
    const recs = under(layout, hs.at(-1)!);
    expect(recs[0]).toMatch(/^1\. Đề nghị UBND tỉnh/);
    expect(recs[1]).toMatch(/^2\. Đề nghị cấp trên/);
    expect(recs[2]).toBe("UBND xã Tây Yên Tử trân trọng báo cáo./.");
    expect(layout.signature.authorityLines).toEqual(["CHỦ TỊCH"]);
    expect(layout.signature.recipients[1]).toBe("- Mail: ngoai.vubacninh@gmail.com;");
  });
});
