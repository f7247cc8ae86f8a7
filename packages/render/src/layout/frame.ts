/**
 * The NĐ 30 frame of every kind: header block, kind title, basis, closing, signature block,
 * addressees.
 */
import {
  type BasisEntry,
  type Document,
  type Frame,
  formatCitation,
  formatDateLine,
  formatDocumentNumber,
  type Signature,
} from "@doingoai/core";
import { lowerFirst, stripEnd } from "../sentences/phrase";
import { addresseeLines, bodyName, closingText, recipientLines, upper } from "./text";
import { para } from "./tree";
import type { Block, HeaderBlock, SignatureBlock } from "./types";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

const URGENCY: Readonly<Record<NonNullable<Frame["urgency"]>, string>> = {
  khan: "KHẨN",
  "thuong-khan": "THƯỢNG KHẨN",
  "hoa-toc": "HỎA TỐC",
};

/** The header block: bodies, "Số: …" (blank number in a draft), Quốc hiệu, Tiêu ngữ, date line. */
export function headerBlock(frame: Frame): HeaderBlock {
  return {
    ...(frame.parentBody === undefined ? {} : { parentBody: upper(frame.parentBody.trim()) }),
    issuingBody: upper(frame.issuingBody.name.trim()),
    numberLine: formatDocumentNumber(frame.number ?? null, frame.symbol),
    nationalTitle: NATIONAL_TITLE,
    motto: MOTTO,
    dateLine: formatDateLine(frame.place, frame.date),
    ...(frame.urgency === undefined ? {} : { urgency: URGENCY[frame.urgency] }),
  };
}

/** The kind as the title writes it: BÁO CÁO, KẾ HOẠCH or CHƯƠNG TRÌNH, THÔNG BÁO. */
export function kindTitle(doc: Document): string {
  if (doc.kind === "report") return "BÁO CÁO";
  if (doc.kind === "plan") return doc.body.variant === "programme" ? "CHƯƠNG TRÌNH" : "KẾ HOẠCH";
  return "THÔNG BÁO";
}

/** The kind in running text: "Báo cáo", "Kế hoạch", "Chương trình", "Thông báo". */
export function kindWord(doc: Document): string {
  const t = kindTitle(doc);
  return t.charAt(0) + t.slice(1).toLowerCase();
}

/**
 * One basis line: the entry's own sentence when it has one, else "Thực hiện Công văn số
 * 448/SNgV-LSHTQT ngày 08/5/2024 của Sở Ngoại vụ …;" — the last line ends with ".".
 */
export function basisLine(entry: BasisEntry, last: boolean): string {
  if (entry.text !== undefined && entry.text.trim() !== "") return entry.text.trim();
  const citation = formatCitation(entry.citation, { dateStyle: entry.dateStyle ?? "short" });
  return `${entry.verb} ${stripEnd(citation)}${last ? "." : ";"}`;
}

/** The basis paragraphs (role "basis"). */
export function basisBlocks(frame: Frame): Block[] {
  const list = frame.basis ?? [];
  return list.map((entry, i) => para(basisLine(entry, i === list.length - 1), "basis"));
}

/**
 * The closing paragraph: the document's own, else "Trên đây là báo cáo {subject}"; always ending
 * "./.".
 */
export function closingBlock(doc: Document): Block {
  const own = doc.body.closing;
  if (own !== undefined && own.trim() !== "") return para(closingText(own), "closing");
  const subject = lowerFirst(stripEnd(doc.frame.subject.trim()));
  const text =
    doc.kind === "report"
      ? `Trên đây là báo cáo ${subject}`
      : doc.kind === "plan"
        ? `Trên đây là ${kindWord(doc)} ${subject}, đề nghị các cơ quan, đơn vị liên quan tổ chức thực hiện`
        : `${bodyName(doc.frame.issuingBody.name)} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện`;
  return para(closingText(text), "closing");
}

/**
 * The authority lines (ô 7a): "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"; "KT. GIÁM ĐỐC" / "PHÓ GIÁM
 * ĐỐC"; "Q. CHỦ TỊCH"; the title alone when the head signs as such.
 */
export function authorityLines(s: Signature): string[] {
  const on = s.onBehalfOf?.trim();
  const title = s.title?.trim();
  if (s.authority === "none") return [upper(title ?? on ?? "")].filter((l) => l !== "");
  if (s.authority === "Q") {
    // Acting head: "Q. CHỦ TỊCH" on one line; "Q. GIÁM ĐỐC" over a second title when both are given.
    if (on !== undefined && title !== undefined && on !== title) return [`Q. ${upper(on)}`, upper(title)];
    return [`Q. ${upper(title ?? on ?? "")}`];
  }
  const lines = [`${s.authority}. ${upper(on ?? (s.authority === "TM" ? "ỦY BAN NHÂN DÂN" : ""))}`];
  if (title !== undefined) lines.push(upper(title));
  return lines;
}

/** The signature block: recipients ("- …;" lines, the last "- Lưu: VT, NTT."), authority, name. */
export function signatureBlock(frame: Frame): SignatureBlock {
  return {
    recipientsHeading: "Nơi nhận:",
    recipients: recipientLines(frame.recipients.list, frame.recipients.archive),
    authorityLines: authorityLines(frame.signature),
    name: frame.signature.name.trim(),
  };
}

/** The addressees after "Kính gửi:", when the document names them. */
export function addressees(frame: Frame): string[] | undefined {
  const list = frame.recipients.addressees;
  return list === undefined || list.length === 0 ? undefined : addresseeLines(list);
}
