import { describe, expect, it } from "vitest";
import { encodePayloadJson, PAYLOAD_NAMESPACE, payloadFiles, payloadJsonOf } from "./payload";

const itemOf = (json: string) => payloadFiles(json).find((f) => f.path === "customXml/item1.xml")!.data;

describe("payload", () => {
  it("round-trips hostile strings through the XML part", () => {
    const value = { s: "a\u0000b\u001f<>&\"'\ud800\udc00x\uFFFE\uFFFF]]>😀\u2028", n: [1, null, true] };
    const json = encodePayloadJson(value)!;
    expect(json).not.toMatch(/[\u0000-\u001f\uFFFE\uFFFF]/);
    const xml = itemOf(json);
    const content = xml.slice(xml.indexOf('encoding="json">') + 16, xml.lastIndexOf("</doingoai:document>"));
    expect(content).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
    expect(JSON.parse(payloadJsonOf(xml)!)).toEqual(value);
  });

  it("has no JSON form for undefined", () => {
    expect(encodePayloadJson(undefined)).toBeUndefined();
  });

  it("finds the document whatever prefix, quotes and escaping a re-saving application uses", () => {
    const json = '{"a":"<b>&amp;"}';
    const variants = [
      `<?xml version="1.0"?>\n<ns0:document xmlns:ns0='${PAYLOAD_NAMESPACE}'>{"a":"&lt;b&gt;&amp;amp;"}</ns0:document>`,
      `<document xmlns="${PAYLOAD_NAMESPACE}">{&#34;a&#34;:&quot;&#x3C;b>&amp;amp;"}</document>`,
      `<d:document xmlns:d="${PAYLOAD_NAMESPACE}"><![CDATA[{"a":"<b>&amp;"}]]></d:document>`,
    ];
    for (const xml of variants) expect(payloadJsonOf(xml)).toBe(json);
  });

  it("ignores parts that are not ours", () => {
    expect(payloadJsonOf('<document xmlns="urn:other">{}</document>')).toBeUndefined();
    expect(payloadJsonOf(`<b:Sources xmlns:b="${PAYLOAD_NAMESPACE}">{}</b:Sources>`)).toBeUndefined();
    expect(payloadJsonOf(`<document xmlns="${PAYLOAD_NAMESPACE}"><x/></document>`)).toBeUndefined();
    expect(payloadJsonOf(`<document xmlns="${PAYLOAD_NAMESPACE}">&bogus;</document>`)).toBeUndefined();
  });
});
