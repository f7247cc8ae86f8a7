/** Reading a rendered DOCX back in tests: its parts as text, the text of its runs, attributes. */
import { strFromU8, unzipSync } from "fflate";

/** The parts of a DOCX package as text, by path. */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

export function part(parts: Map<string, string>, path: string): string {
  const xml = parts.get(path);
  if (xml === undefined)
    throw new Error(`no part ${path} in the package (has ${[...parts.keys()].join(", ")})`);
  return xml;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

/**
 * The text of each paragraph (`w:p`) of a part, runs joined, tabs as "\t" and breaks as "\n";
 * no-break spaces (the frame's fixed phrases, docx/phrases.ts) read as the spaces they print as.
 */
export function paragraphTexts(xml: string): string[] {
  const out: string[] = [];
  for (const [p] of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let text = "";
    for (const [token, t] of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      text += t !== undefined ? unescapeXml(t) : token === "<w:tab/>" ? "\t" : "\n";
    }
    out.push(text.replace(/\u00A0/g, " "));
  }
  return out;
}

/** Every section's properties (`w:sectPr`) of document.xml, in order. */
export function sections(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map(([s]) => s);
}

/** The value of an attribute of the first element `name` in `xml`. */
export function attr(xml: string, name: string, attribute: string): string | undefined {
  const element = new RegExp(`<${name}(?=[ />])[^>]*>`).exec(xml)?.[0];
  if (!element) return undefined;
  return new RegExp(`\\s${attribute}="([^"]*)"`).exec(element)?.[1];
}

/** The target of a relationship by id in a .rels part. */
export function relTarget(rels: string, id: string): string | undefined {
  const rel = new RegExp(`<Relationship(?=[^>]*Id="${id}")[^>]*>`).exec(rels)?.[0];
  return rel ? /Target="([^"]*)"/.exec(rel)?.[1] : undefined;
}

/** The header parts of a section: `{ default, first }` paths under word/. */
export function sectionHeaders(sectPr: string, documentRels: string): { default?: string; first?: string } {
  const out: { default?: string; first?: string } = {};
  for (const [, type, id] of sectPr.matchAll(
    /<w:headerReference w:type="(default|first)" r:id="([^"]+)"\/>/g,
  )) {
    const target = relTarget(documentRels, id!);
    if (target) out[type as "default" | "first"] = `word/${target}`;
  }
  return out;
}
