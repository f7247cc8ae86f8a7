/**
 * How the source document travels inside the DOCX: a custom XML data part, the place Word keeps
 * an application's data (it survives opening and saving in Word and LibreOffice):
 *
 *   customXml/item1.xml              <doingoai:document xmlns:doingoai="urn:doingoai:document">{JSON}</…>
 *   customXml/itemProps1.xml         ds:datastoreItem with a fixed itemID and a schemaRef to the namespace
 *   customXml/_rels/item1.xml.rels   item1 → itemProps1 (customXmlProps)
 *   word/_rels/document.xml.rels     document → ../customXml/item1.xml (customXml)
 *   [Content_Types].xml              Override for /customXml/itemProps1.xml (item1 is application/xml)
 *
 * The JSON is the text content of one element, XML-escaped. JSON.stringify already escapes the C0
 * controls and lone surrogates; U+FFFE and U+FFFF, legal in JSON but not in XML, are escaped here.
 * A reader finds the part by its namespace, not by its number, as Word renumbers custom XML parts.
 */

export const PAYLOAD_NAMESPACE = "urn:doingoai:document";
export const PAYLOAD_ITEM_ID = "{6F1B3C52-2D4E-4B8A-9C0D-1A2B3C4D5E6F}";
export const PAYLOAD_PATH = "customXml/item1.xml";
export const PAYLOAD_PROPS_PATH = "customXml/itemProps1.xml";
export const PAYLOAD_RELS_PATH = "customXml/_rels/item1.xml.rels";
export const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
export const REL_CUSTOM_XML_PROPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
export const CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

function escapeXmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** The JSON of `value`, safe as XML 1.0 character data; undefined when it has no JSON form. */
export function encodePayloadJson(value: unknown): string | undefined {
  const json = JSON.stringify(value);
  if (json === undefined) return undefined;
  return json.replace(/[\uFFFE\uFFFF]/g, (c) => (c === "\uFFFE" ? "\\ufffe" : "\\uffff"));
}

/** The three files of the custom XML part, by path. */
export function payloadFiles(json: string): { path: string; data: string }[] {
  return [
    {
      path: PAYLOAD_PATH,
      data: `${XML_DECLARATION}<doingoai:document xmlns:doingoai="${PAYLOAD_NAMESPACE}" encoding="json">${escapeXmlText(json)}</doingoai:document>`,
    },
    {
      path: PAYLOAD_PROPS_PATH,
      data: `${XML_DECLARATION}<ds:datastoreItem ds:itemID="${PAYLOAD_ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${PAYLOAD_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    },
    {
      path: PAYLOAD_RELS_PATH,
      data: `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps1.xml"/></Relationships>`,
    },
  ];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXmlText(text: string): string | undefined {
  let bad = false;
  const out = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) {
        bad = true;
        return whole;
      }
      return String.fromCodePoint(code);
    }
    const named = ENTITIES[ref];
    if (named === undefined) bad = true;
    return named ?? whole;
  });
  return bad ? undefined : out;
}

/**
 * The JSON text of a custom XML part if it is ours: its root element is `document` in our
 * namespace, whatever prefix a re-saving application gave it. Undefined otherwise.
 */
export function payloadJsonOf(xml: string): string | undefined {
  const body = xml.replace(/^\uFEFF?\s*(<\?xml[^>]*\?>)?\s*/, "");
  const open = /^<(?:([A-Za-z_][\w.-]*):)?document\b([^>]*)>/.exec(body);
  if (!open) return undefined;
  const [tag, prefix, attributes] = open;
  const declares = prefix ? `xmlns:${prefix}=` : "xmlns=";
  const namespaced = new RegExp(`${declares}(["'])${PAYLOAD_NAMESPACE.replace(/[.:]/g, "\\$&")}\\1`);
  if (!namespaced.test(attributes ?? "")) return undefined;
  const close = `</${prefix ? `${prefix}:` : ""}document>`;
  const end = body.lastIndexOf(close);
  if (end < tag.length) return undefined;
  let content = body.slice(tag.length, end);
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(content);
  if (cdata) return cdata[1];
  content = content.trim();
  if (content.includes("<")) return undefined;
  return unescapeXmlText(content);
}
