import { describe, expect, it } from "vitest";
import { cleanText, detectLegacyEncoding, needsCleaning, sameName, toneKey } from "./hygiene";

/** Characters XML 1.0 forbids: C0 except TAB/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

// ------------------------------------------------------------------------------------------
// Legacy encoders for the tests: Unicode Vietnamese → TCVN3 (ABC) and → VNI, read as Latin-1.

/** TCVN3: each vowel with its marks, in the order plain, grave, hook, tilde, acute, dot below. */
const TCVN3_VOWELS: Record<string, string> = {
  aàảãáạ: "aµ¶·¸¹",
  ăằẳẵắặ: "¨»¼½¾Æ",
  âầẩẫấậ: "©ÇÈÉÊË",
  eèẻẽéẹ: "eÌÎÏÐÑ",
  êềểễếệ: "ªÒÓÔÕÖ",
  iìỉĩíị: "i×ØÜÝÞ",
  oòỏõóọ: "oßáâãä",
  ôồổỗốộ: "«åæçèé",
  ơờởỡớợ: "¬êëìíî",
  uùủũúụ: "uïñòóô",
  ưừửữứự: "\u00ADõö÷øù",
  yỳỷỹýỵ: "yúûüýþ",
};
const TCVN3: Map<string, string> = new Map([
  ["đ", "®"],
  ["Đ", "§"],
  ["Ă", "¡"],
  ["Â", "¢"],
  ["Ê", "£"],
  ["Ô", "¤"],
  ["Ơ", "¥"],
  ["Ư", "¦"],
]);
for (const [uni, legacy] of Object.entries(TCVN3_VOWELS)) {
  [...uni].forEach((ch, i) => {
    TCVN3.set(ch, legacy[i]!);
    // .VnTimeH (capitals) fonts reuse the lower-case codes for toned capitals.
    if (!TCVN3.has(ch.toUpperCase())) TCVN3.set(ch.toUpperCase(), legacy[i]!.toUpperCase());
  });
}
function toTcvn3(s: string): string {
  return [...s.normalize("NFC")].map((ch) => TCVN3.get(ch) ?? ch).join("");
}

/** VNI: base letter, then a character for the vowel mark and/or the tone. */
const VNI_TONE: Record<string, string> = {
  "\u0301": "ù",
  "\u0300": "ø",
  "\u0309": "û",
  "\u0303": "õ",
  "\u0323": "ï",
};
const VNI_CIRCUMFLEX: Record<string, string> = {
  "": "â",
  "\u0301": "á",
  "\u0300": "à",
  "\u0309": "å",
  "\u0303": "ã",
  "\u0323": "ä",
};
const VNI_BREVE: Record<string, string> = {
  "": "ê",
  "\u0301": "é",
  "\u0300": "è",
  "\u0309": "ú",
  "\u0303": "ü",
  "\u0323": "ë",
};
const VNI_I: Record<string, string> = {
  "\u0301": "í",
  "\u0300": "ì",
  "\u0309": "æ",
  "\u0303": "ó",
  "\u0323": "ò",
};
function vniChar(ch: string): string {
  if (ch === "đ") return "ñ";
  if (ch === "Đ") return "Ñ";
  const [base = "", ...marks] = [...ch.normalize("NFD")];
  const upper = base !== base.toLowerCase();
  const b = base.toLowerCase();
  const tone = marks.find((m) => m in VNI_TONE) ?? "";
  const shape = marks.find((m) => m === "\u0302" || m === "\u0306" || m === "\u031B");
  let out: string;
  if (shape === "\u0302") out = b + VNI_CIRCUMFLEX[tone]!;
  else if (shape === "\u0306") out = b + VNI_BREVE[tone]!;
  else if (shape === "\u031B") out = (b === "o" ? "ô" : "ö") + (tone === "" ? "" : VNI_TONE[tone]!);
  else if (tone === "") out = b;
  else if (b === "i") out = VNI_I[tone]!;
  else if (b === "y" && tone === "\u0323") out = "î";
  else out = b + VNI_TONE[tone]!;
  return upper ? out.toUpperCase() : out;
}
function toVni(s: string): string {
  return [...s.normalize("NFC")].map(vniChar).join("");
}

const SENTENCE =
  "Công tác đối ngoại của tỉnh Lạng Sơn trong 6 tháng đầu năm đã đạt được nhiều kết quả quan trọng, góp phần tăng cường quan hệ hữu nghị với các địa phương của Trung Quốc.";

describe("legacy encoders used by these tests", () => {
  it("produce the well-known legacy forms", () => {
    expect(toTcvn3("Công tác đối ngoại")).toBe("C«ng t¸c ®èi ngo¹i");
    expect(toVni("Công tác đối ngoại")).toBe("Coâng taùc ñoái ngoaïi");
    expect(toVni("Người")).toBe("Ngöôøi");
  });
});

describe("cleanText", () => {
  it("returns clean text unchanged, as the same string", () => {
    const s = "Công tác đối ngoại 6 tháng đầu năm 2024.\nTỉnh Lạng Sơn 😀";
    expect(needsCleaning(s)).toBe(false);
    expect(cleanText(s)).toBe(s);
    expect(cleanText("")).toBe("");
  });

  it("normalises line ends and tabs", () => {
    expect(cleanText("a\r\nb\rc\nd")).toBe("a\nb\nc\nd");
    expect(cleanText("Số:\t05/BC-UBND")).toBe("Số: 05/BC-UBND");
  });

  it("repairs ƣ/Ƣ from PDF fonts", () => {
    expect(cleanText("Ngƣời nƣớc ngoài")).toBe("Người nước ngoài");
    expect(cleanText("TRƢỜNG")).toBe("TRƯỜNG");
    // ƣ followed by a combining tone composes into one letter
    expect(cleanText("Trƣ\u0300ng")).toBe("Trừng");
  });

  it("composes NFD input to NFC", () => {
    const nfd = "Công tác đối ngoại của Ủy ban nhân dân tỉnh".normalize("NFD");
    expect(nfd).not.toBe(nfd.normalize("NFC"));
    expect(needsCleaning(nfd)).toBe(true);
    expect(cleanText(nfd)).toBe("Công tác đối ngoại của Ủy ban nhân dân tỉnh");
  });

  it("removes every C0 control except LF, turning TAB into a space and CR into LF", () => {
    let all = "";
    for (let c = 0; c < 0x20; c++) all += String.fromCharCode(c);
    expect(cleanText(all)).toBe(" \n\n");
    expect(cleanText(`a${all}b`)).toBe("a \n\nb");
  });

  it("removes DEL, C1 controls, BOM, noncharacters and lone surrogates; keeps valid pairs", () => {
    expect(cleanText("\uFEFFBáo\u007F cáo\u0085\u009F")).toBe("Báo cáo");
    expect(cleanText("a\uFFFEb\uFFFFc")).toBe("abc");
    expect(cleanText("x\uD800y\uDC00z😀")).toBe("xyz😀");
    expect(cleanText("😀\uD83D")).toBe("😀");
  });

  it("leaves nothing XML 1.0 forbids, for every BMP character", () => {
    let all = "";
    for (let c = 0; c <= 0xffff; c++) all += String.fromCharCode(c);
    const out = cleanText(all);
    expect(XML_INVALID.test(out)).toBe(false);
    expect(out).toBe(out.normalize("NFC"));
    expect(cleanText(out)).toBe(out); // idempotent
  });
});

describe("detectLegacyEncoding", () => {
  it("recognises TCVN3 (ABC)", () => {
    expect(detectLegacyEncoding("C«ng t¸c ®èi ngo¹i")).toBe("tcvn3");
    expect(detectLegacyEncoding(toTcvn3(SENTENCE))).toBe("tcvn3");
    expect(detectLegacyEncoding(toTcvn3("BÁO CÁO TÌNH HÌNH, KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI"))).toBe("tcvn3");
    expect(detectLegacyEncoding(toTcvn3("Lê Hải Yến"))).toBe("tcvn3");
    // toned letters that fall on Latin-1 letters: ViÖt, NguyÔn, hßa
    expect(detectLegacyEncoding("Céng hßa x· héi chñ nghÜa ViÖt Nam")).toBe("tcvn3");
    expect(detectLegacyEncoding(toTcvn3("Nguyễn Thị Thuý Hằng"))).toBe("tcvn3");
  });

  it("recognises VNI", () => {
    expect(detectLegacyEncoding("Coâng taùc ñoái ngoaïi")).toBe("vni");
    expect(detectLegacyEncoding(toVni(SENTENCE))).toBe("vni");
    expect(detectLegacyEncoding(toVni("BÁO CÁO TÌNH HÌNH, KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI"))).toBe("vni");
    expect(detectLegacyEncoding(toVni("Người nước ngoài cư trú"))).toBe("vni");
    expect(detectLegacyEncoding(toVni("Cộng hòa xã hội chủ nghĩa Việt Nam"))).toBe("vni");
    expect(detectLegacyEncoding(toVni("Nguyễn Thị Thuý Hằng"))).toBe("vni");
  });

  it("does not flag Unicode Vietnamese, NFC or NFD", () => {
    expect(detectLegacyEncoding(SENTENCE)).toBeNull();
    expect(detectLegacyEncoding(SENTENCE.normalize("NFD"))).toBeNull();
    expect(detectLegacyEncoding("Hoà Bình, Thanh Hoá, Khánh Hoà, xoá đói giảm nghèo")).toBeNull();
    expect(detectLegacyEncoding("Nguyễn Thị Thuý Hằng")).toBeNull();
    expect(detectLegacyEncoding("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeNull();
    expect(detectLegacyEncoding("Tòa án, khỏe, thuở, quà, hoà, loá mắt, toá")).toBeNull();
  });

  it("does not flag English, French, German or Spanish", () => {
    expect(
      detectLegacyEncoding("The Department of Foreign Affairs reported 12 delegations in 2024."),
    ).toBeNull();
    expect(
      detectLegacyEncoding(
        "Le maître a goûté le café où nous étions, près de l'aéroport, naïf et ému; Noël à Haïti.",
      ),
    ).toBeNull();
    expect(
      detectLegacyEncoding("Il a dit « Bonjour » et «Merci» — ©2024 Microsoft® Windows® Office®"),
    ).toBeNull();
    expect(
      detectLegacyEncoding("Café crème brûlée à la française, über naïve coöperation façade résumé"),
    ).toBeNull();
    expect(detectLegacyEncoding("São Paulo, Coração, não, põe, Camões; Ærø, Tromsø, Smørrebrød")).toBeNull();
    expect(detectLegacyEncoding("Schöne Grüße aus München: Bäume, Öl, Straße.")).toBeNull();
    expect(detectLegacyEncoding("¡Hola! El señor de España llegará mañana a las 10 µm ½ ¼.")).toBeNull();
  });

  it("needs more than one legacy word", () => {
    expect(detectLegacyEncoding("")).toBeNull();
    expect(detectLegacyEncoding("t¸c")).toBeNull();
    expect(detectLegacyEncoding(`t¸c ${"report ".repeat(30)}`)).toBeNull();
  });
});

describe("toneKey and sameName", () => {
  it("treat old and new tone placement as one name", () => {
    expect(sameName("HÒA", "HOÀ")).toBe(true);
    expect(sameName("Ủy ban nhân dân", "Uỷ ban nhân dân")).toBe(true);
    expect(sameName("Thanh Hóa", "Thanh Hoá")).toBe(true);
    expect(sameName("thuý", "thúy")).toBe(true);
    expect(sameName("Khánh Hòa", "KHÁNH HOÀ")).toBe(true);
  });

  it("ignore NFD, case, spacing, ƣ and Ð", () => {
    expect(sameName("Lạng Sơn".normalize("NFD"), "  LẠNG   SƠN ")).toBe(true);
    expect(sameName("Trƣờng", "Trường")).toBe(true);
    expect(sameName("ÐINH", "Đinh")).toBe(true);
    expect(toneKey("Thanh Hóa")).toBe(toneKey("THANH HOÁ"));
    expect(toneKey("Hòa")).toBe("hoà");
  });

  it("keep different tones and letters apart", () => {
    expect(sameName("Hòa", "Hóa")).toBe(false);
    expect(sameName("Hoà", "Hoa")).toBe(false);
    expect(sameName("Hoà", "Hỏa")).toBe(false);
    expect(sameName("Sơn", "Son")).toBe(false);
    expect(sameName("Đinh", "Dinh")).toBe(false);
    expect(sameName("Hòa Bình", "Hòa")).toBe(false);
  });
});
