/**
 * The kinds of administrative documents and their abbreviations in a symbol (NĐ 30/2020,
 * Phụ lục III, bảng I): the one table the symbol check, the title and the closing sentence read.
 */
import type { Document } from "../model/document";

/** Abbreviation → name of the kind, as Phụ lục III lists them ("BC" → "Báo cáo"). */
export const KIND_NAMES = {
  NQ: "Nghị quyết",
  QĐ: "Quyết định",
  CT: "Chỉ thị",
  QC: "Quy chế",
  QyĐ: "Quy định",
  TC: "Thông cáo",
  TB: "Thông báo",
  HD: "Hướng dẫn",
  CTr: "Chương trình",
  KH: "Kế hoạch",
  PA: "Phương án",
  ĐA: "Đề án",
  DA: "Dự án",
  BC: "Báo cáo",
  BB: "Biên bản",
  TTr: "Tờ trình",
  HĐ: "Hợp đồng",
  CĐ: "Công điện",
  BGN: "Bản ghi nhớ",
  BTT: "Bản thỏa thuận",
  GUQ: "Giấy ủy quyền",
  GM: "Giấy mời",
  GGT: "Giấy giới thiệu",
  GNP: "Giấy nghỉ phép",
  PG: "Phiếu gửi",
  PC: "Phiếu chuyển",
  PB: "Phiếu báo",
  SY: "Bản sao y",
  TrS: "Bản trích sao",
  SL: "Bản sao lục",
} as const;
export type KindAbbreviation = keyof typeof KIND_NAMES;

/**
 * The abbreviation of a document's kind: BC, KH or CTr (a programme), TB; none for a công văn (a
 * report request), whose symbol is the issuer and the drafting unit (638/SNgV-LS).
 */
export function kindAbbreviation(
  doc: Pick<Document, "kind"> & { body?: unknown },
): KindAbbreviation | undefined {
  if (doc.kind === "report") return "BC";
  if (doc.kind === "plan") {
    const variant = (doc.body as { variant?: string } | undefined)?.variant;
    return variant === "programme" ? "CTr" : "KH";
  }
  if (doc.kind === "conclusion-notice") return "TB";
  return undefined;
}

/** The name of a document's kind in running text: "Báo cáo", "Kế hoạch", "Chương trình", "Thông báo", "Công văn". */
export function kindName(doc: Pick<Document, "kind"> & { body?: unknown }): string {
  const abbreviation = kindAbbreviation(doc);
  return abbreviation === undefined ? "Công văn" : KIND_NAMES[abbreviation];
}

/** The kind abbreviation a symbol starts with ("KH" of "KH-UBND" or of the Party "KH/ĐU"). */
export function symbolKind(symbol: string): string {
  return symbol.trim().replace(/^\//, "").split(/[-/]/)[0] ?? "";
}
