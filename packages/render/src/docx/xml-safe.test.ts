import { describe, expect, it } from "vitest";
import { hasInvalidXmlChars, xmlSafe } from "./xml-safe";

describe("xmlSafe", () => {
  it("drops C0 controls but keeps tab and line feed", () => {
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join("");
    expect(xmlSafe(`a${controls}b`)).toBe("a\t\n\nb");
  });

  it("normalises CR LF and CR to LF", () => {
    expect(xmlSafe("a\r\nb\rc")).toBe("a\nb\nc");
  });

  it("drops U+FFFE, U+FFFF and lone surrogates, keeps pairs", () => {
    expect(xmlSafe("x\uFFFE\uFFFFy")).toBe("xy");
    expect(xmlSafe("\ud800a\udc00b\ud800")).toBe("ab");
    expect(xmlSafe("emoji 😀 ok")).toBe("emoji 😀 ok");
  });

  it("leaves markup characters to the XML writer and Vietnamese untouched", () => {
    const text = `<>&"' Cộng hòa xã hội chủ nghĩa Việt Nam`;
    expect(xmlSafe(text)).toBe(text);
  });

  it("flags what it would remove", () => {
    expect(hasInvalidXmlChars("a\u0000")).toBe(true);
    expect(hasInvalidXmlChars("\ud800")).toBe(true);
    expect(hasInvalidXmlChars("a\tb\n😀")).toBe(false);
    expect(hasInvalidXmlChars(xmlSafe("\u0001\ud800\uFFFF"))).toBe(false);
  });
});
