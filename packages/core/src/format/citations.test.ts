import { describe, expect, it } from "vitest";
import {
  formatCitation,
  formatDocumentNumber,
  isPartySymbol,
  NUMBER_BLANK,
  parseCitationCode,
} from "./citations";

describe("parseCitationCode", () => {
  it("reads state-style codes", () => {
    expect(parseCitationCode("448/SNgV-LSHTQT")).toEqual({
      style: "state",
      number: 448,
      issuer: "SNgV",
      parts: ["SNgV", "LSHTQT"],
    });
    expect(parseCitationCode("03/2021/TT-BNG")).toEqual({
      style: "state",
      number: 3,
      year: 2021,
      kindAbbr: "TT",
      issuer: "BNG",
      parts: ["TT", "BNG"],
    });
    expect(parseCitationCode("47/NQ-CP")).toMatchObject({
      style: "state",
      number: 47,
      kindAbbr: "NQ",
      issuer: "CP",
    });
    expect(parseCitationCode("30/2020/NĐ-CP")).toMatchObject({ year: 2020, kindAbbr: "NĐ", issuer: "CP" });
    expect(parseCitationCode("1234/QĐ-UBND")).toMatchObject({ kindAbbr: "QĐ", issuer: "UBND" });
    expect(parseCitationCode("123/KH-UBND-NV")).toMatchObject({
      kindAbbr: "KH",
      issuer: "UBND",
      parts: ["KH", "UBND", "NV"],
    });
    expect(parseCitationCode("108/2016/QH13")).toEqual({
      style: "state",
      number: 108,
      year: 2016,
      issuer: "QH13",
      parts: ["QH13"],
    });
  });

  it("reads Party-style codes", () => {
    expect(parseCitationCode("57-KL/TW")).toEqual({
      style: "party",
      number: 57,
      kindAbbr: "KL",
      issuer: "TW",
      parts: ["KL", "TW"],
    });
    expect(parseCitationCode("149-KH/TU")).toMatchObject({
      style: "party",
      number: 149,
      kindAbbr: "KH",
      issuer: "TU",
    });
    expect(parseCitationCode("25-CT/TW")).toMatchObject({ kindAbbr: "CT", issuer: "TW" });
  });

  it("tolerates spaces around and NFD", () => {
    expect(parseCitationCode(" 47/QĐ-TTg ".normalize("NFD"))).toMatchObject({
      kindAbbr: "QĐ",
      issuer: "TTg",
    });
  });

  it("returns null for junk", () => {
    for (const junk of [
      "",
      "abc",
      "12",
      "12/",
      "/BC-UBND",
      "BC-UBND",
      "12/BC UBND",
      "12//BC",
      "57-KL",
      "12/BC-",
      "1234567/BC",
    ]) {
      expect(parseCitationCode(junk)).toBeNull();
    }
  });
});

describe("formatCitation", () => {
  it("writes a full citation with the subject last", () => {
    expect(
      formatCitation({
        kind: "Công văn",
        code: "448/SNgV-LSHTQT",
        date: "2024-05-08",
        issuer: "Sở Ngoại vụ tỉnh Lạng Sơn",
        title: "về việc báo cáo công tác đối ngoại 6 tháng đầu năm 2024",
      }),
    ).toBe(
      "Công văn số 448/SNgV-LSHTQT ngày 08/5/2024 của Sở Ngoại vụ tỉnh Lạng Sơn về việc báo cáo công tác đối ngoại 6 tháng đầu năm 2024",
    );
    expect(
      formatCitation({
        kind: "Nghị định",
        code: "30/2020/NĐ-CP",
        date: "2020-03-05",
        issuer: "Chính phủ",
        title: "Về công tác văn thư",
      }),
    ).toBe("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ Về công tác văn thư");
  });

  it("puts any title after the issuer, as written", () => {
    expect(
      formatCitation({
        kind: "Quyết định",
        code: "1234/QĐ-UBND",
        date: "2024-05-08",
        issuer: "UBND tỉnh Lạng Sơn",
        title: "ban hành Quy chế quản lý hoạt động đối ngoại",
      }),
    ).toBe(
      "Quyết định số 1234/QĐ-UBND ngày 08/5/2024 của UBND tỉnh Lạng Sơn ban hành Quy chế quản lý hoạt động đối ngoại",
    );
    expect(formatCitation({ kind: "Công văn", issuer: "Sở Ngoại vụ", title: "về việc báo cáo" })).toBe(
      "Công văn của Sở Ngoại vụ về việc báo cáo",
    );
  });

  it("names a text cited without number or date by its title, after the kind", () => {
    expect(
      formatCitation({ kind: "Chương trình", issuer: "UBND tỉnh", title: "công tác tháng 3/2024" }),
    ).toBe("Chương trình công tác tháng 3/2024 của UBND tỉnh");
    expect(formatCitation({ kind: "Luật", title: "Điều ước quốc tế" })).toBe("Luật Điều ước quốc tế");
  });

  it("leaves out what is missing or not wanted", () => {
    const c = {
      kind: "Kết luận" as const,
      code: "57-KL/TW",
      date: "2023-06-16",
      issuer: "Bộ Chính trị",
      title: "về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại",
    };
    expect(formatCitation(c, { withTitle: false })).toBe(
      "Kết luận số 57-KL/TW ngày 16/6/2023 của Bộ Chính trị",
    );
    expect(formatCitation(c, { withTitle: false, withIssuer: false })).toBe(
      "Kết luận số 57-KL/TW ngày 16/6/2023",
    );
    expect(formatCitation(c, { withTitle: false, dateStyle: "long" })).toBe(
      "Kết luận số 57-KL/TW ngày 16 tháng 6 năm 2023 của Bộ Chính trị",
    );
    expect(formatCitation({ kind: "Công văn", date: "2024-01-05", issuer: "Sở Ngoại vụ" })).toBe(
      "Công văn ngày 05/01/2024 của Sở Ngoại vụ",
    );
    expect(formatCitation({ kind: "Kế hoạch" })).toBe("Kế hoạch");
  });
});

describe("formatDocumentNumber", () => {
  it("writes the number line with a leading zero below 10", () => {
    expect(formatDocumentNumber(5, "BC-UBND")).toBe("Số: 05/BC-UBND");
    expect(formatDocumentNumber(123, "BC-UBND")).toBe("Số: 123/BC-UBND");
    expect(formatDocumentNumber(10, "/KH-UBND")).toBe("Số: 10/KH-UBND");
    expect(formatDocumentNumber(1234, "TB-VP")).toBe("Số: 1234/TB-VP");
    expect(formatDocumentNumber(13222, "CTr-UBND")).toBe("Số: 13222/CTr-UBND");
  });

  it("leaves a seven-space blank in a draft", () => {
    expect(NUMBER_BLANK).toBe("     ");
    expect(formatDocumentNumber(null, "BC-UBND")).toBe("Số:      /BC-UBND");
    expect(formatDocumentNumber(undefined, "BC-UBND")).toBe("Số:      /BC-UBND");
  });

  it("rejects a bad number or an empty symbol", () => {
    expect(() => formatDocumentNumber(0, "BC-UBND")).toThrow(/whole number ≥ 1, got 0/);
    expect(() => formatDocumentNumber(-5, "BC-UBND")).toThrow(RangeError);
    expect(() => formatDocumentNumber(2.5, "BC-UBND")).toThrow(RangeError);
    expect(() => formatDocumentNumber(5, " ")).toThrow(/symbol is empty/);
  });
});

describe("Party-style document numbers", () => {
  it("use a hyphen after the number", () => {
    expect(isPartySymbol("KH/ĐU")).toBe(true);
    expect(isPartySymbol("BC-UBND")).toBe(false);
    expect(formatDocumentNumber(12, "KH/ĐU")).toBe("Số: 12-KH/ĐU");
    expect(formatDocumentNumber(null, "KH/ĐU")).toBe(`Số: ${NUMBER_BLANK}-KH/ĐU`);
  });
});
