/**
 * The one module between render and the `docx` library: what render takes from docx (its object
 * tree, the extension point for raw WordprocessingML, the packer) and the fixes render makes to
 * docx's output, in one place. Only public docx API is used; `adapter.test.ts` is the contract
 * that fails when a docx upgrade breaks what render relies on.
 */
import { type Document as DocxDocument, Packer } from "docx";
import { strFromU8, unzipSync } from "fflate";

export {
  AlignmentType,
  Document,
  FileChild,
  Header,
  type ISectionOptions,
  type IStylesOptions,
  type IXmlableObject,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "docx";

/** A file of the package written as given (a custom XML part, its properties, its relationships). */
export interface PackagePart {
  path: string;
  data: string;
}

/**
 * Parts that docx writes with markup the strict OOXML schema (ISO/IEC 29500 + Word's own
 * extensions, what the docx library's CI validates against) does not allow on them:
 * `mc:Ignorable` on the root of styles, settings, numbering, fonts and notes, and Word 2012's
 * `w15:restartNumberingAfterBreak` on abstract numbering. None of it changes how the document
 * looks (render uses no w14/w15 features); removing it makes every part schema-valid.
 */
export const STRICT_PARTS = [
  "word/styles.xml",
  "word/settings.xml",
  "word/numbering.xml",
  "word/fontTable.xml",
  "word/footnotes.xml",
  "word/endnotes.xml",
] as const;

/** The markup removed from the strict parts: the only patches render makes to docx's XML. */
export const STRICT_PATCHES: readonly RegExp[] = [
  / mc:Ignorable="[^"]*"/,
  / w15:restartNumberingAfterBreak="[^"]*"/g,
];

/** A part of docx's as the strict schema allows it. */
export function strictXml(xml: string): string {
  return STRICT_PATCHES.reduce((s, re) => s.replace(re, ""), xml);
}

const STYLE_ELEMENT = /<w:style [^>]*?w:styleId="([^"]*)"[^>]*>[\s\S]*?<\/w:style>/g;

/**
 * styles.xml as render wants it: only the styles whose ids are in `keep` (docx's unused defaults
 * are dropped), and widow/orphan control on in the paragraph defaults (docx's style options have
 * no setting for it; `w:widowControl` comes first in a `w:pPr` without a style).
 */
export function ownStyles(xml: string, keep: ReadonlySet<string>): string {
  return xml
    .replace(STYLE_ELEMENT, (element, id: string) => (keep.has(id) ? element : ""))
    .replace("<w:pPrDefault><w:pPr>", "<w:pPrDefault><w:pPr><w:widowControl/>");
}

const strictPartsOf = new WeakMap<() => DocxDocument, Promise<PackagePart[]>>();

/**
 * The strict parts of the documents `probe` stands for: they depend on a document's options
 * (styles, settings), not on its body or sections, which render never numbers or footnotes.
 * docx writes them once for `probe` (a document with those options and an empty body); each is
 * fixed once, then handed to every document as a package override (`adapter.test.ts` checks
 * they are the parts docx writes for each example). With `styles`, styles.xml keeps only the
 * styles of those ids.
 */
export function strictParts(probe: () => DocxDocument, styles?: ReadonlySet<string>): Promise<PackagePart[]> {
  let parts = strictPartsOf.get(probe);
  if (parts === undefined) {
    parts = Packer.pack(probe(), "uint8array", false).then((bytes) => {
      const files = unzipSync(bytes);
      return STRICT_PARTS.flatMap((path) => {
        const data = files[path];
        if (data === undefined) return [];
        const xml = strictXml(strFromU8(data));
        return [
          { path, data: styles !== undefined && path === "word/styles.xml" ? ownStyles(xml, styles) : xml },
        ];
      });
    });
    strictPartsOf.set(probe, parts);
  }
  return parts;
}

/** A relationship of the main document to a part of the package. */
export interface PartRelationship {
  id: string;
  type: Parameters<DocxDocument["Document"]["Relationships"]["addRelationship"]>[1];
  target: string;
}

/** A content type given to one part of the package. */
export interface PartContentType {
  contentType: string;
  partName: string;
}

/**
 * Packs a docx document (no prettifying; DEFLATE as docx zips) with `parts` added or replacing
 * docx's own, the main document's extra `relationships` and the package's extra `contentTypes`.
 */
export function packPackage(
  file: DocxDocument,
  parts: readonly PackagePart[],
  relationships: readonly PartRelationship[] = [],
  contentTypes: readonly PartContentType[] = [],
): Promise<Uint8Array> {
  for (const r of relationships) file.Document.Relationships.addRelationship(r.id, r.type, r.target);
  for (const c of contentTypes) file.ContentTypes.addOverride(c.contentType, c.partName);
  return Packer.pack(file, "uint8array", false, parts);
}
