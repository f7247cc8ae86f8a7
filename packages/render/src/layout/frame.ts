/**
 * The NĐ 30 frame of every kind: header block, kind title, basis, closing, signature block,
 * addressees.
 */
import {
  type BasisEntry,
  type Document,
  ENUM_PHRASES,
  type Frame,
  formatCitation,
  formatDateLine,
  formatDateShort,
  formatDocumentNumber,
  isPartySymbol,
  kindName,
  type Signature,
} from "@doingoai/core";
import { lowerFirst, stripEnd } from "../sentences/phrase";
import { addresseeLines, bodyName, closingText, recipientLines, upper } from "./text";
import { para } from "./tree";
import type { Block, HeaderBlock, SignatureBlock } from "./types";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
/** The mark of a draft (dự thảo), on its first page in both writers, on screen and in print. */
export const DRAFT_MARK = "DỰ THẢO";
/** The title of a Party document's header (Hướng dẫn 36-HD/VPTW), in place of Quốc hiệu and Tiêu ngữ. */
export const PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM";

/** "HỎA TỐC": the urgency mark as the header writes it. */
const urgencyMark = (u: NonNullable<Frame["urgency"]>): string =>
  ENUM_PHRASES.Urgency[u].toLocaleUpperCase("vi");

/** Whether a frame is a Party document's (symbol in the Party style, kind/issuer: "KH/ĐU"). */
export function isPartyFrame(frame: Frame): boolean {
  return isPartySymbol(frame.symbol.trim().replace(/^\//, ""));
}

/**
 * The number line: core's "Số: 05/BC-UBND"; the Party style writes "Số" without a colon
 * ("Số 21-KH/ĐU", "Số      -KH/ĐU" in a draft).
 */
export function numberLine(frame: Frame): string {
  const line = formatDocumentNumber(frame.number ?? null, frame.symbol);
  return isPartyFrame(frame) && line.startsWith("Số: ") ? `Số ${line.slice("Số: ".length)}` : line;
}

/**
 * The header block: bodies, "Số: …" (blank number in a draft), Quốc hiệu, Tiêu ngữ, date line;
 * for a Party document, "ĐẢNG CỘNG SẢN VIỆT NAM" instead of Quốc hiệu and Tiêu ngữ and "Số 21-KH/ĐU".
 */
export function headerBlock(frame: Frame): HeaderBlock {
  const party = isPartyFrame(frame);
  return {
    style: party ? "party" : "state",
    ...(frame.parentBody === undefined ? {} : { parentBody: upper(frame.parentBody.trim()) }),
    issuingBody: upper(frame.issuingBody.name.trim()),
    numberLine: numberLine(frame),
    nationalTitle: party ? PARTY_TITLE : NATIONAL_TITLE,
    ...(party ? {} : { motto: MOTTO }),
    dateLine: formatDateLine(frame.place, frame.date),
    ...(frame.urgency === undefined ? {} : { urgency: urgencyMark(frame.urgency) }),
  };
}

/**
 * The kind as the title writes it: BÁO CÁO, KẾ HOẠCH or CHƯƠNG TRÌNH, THÔNG BÁO (core's table of
 * NĐ 30 Phụ lục III, the one the symbol check reads).
 */
export function kindTitle(doc: Document): string {
  return upper(kindName(doc));
}

/** The kind in running text: "Báo cáo", "Kế hoạch", "Chương trình", "Thông báo". */
export function kindWord(doc: Document): string {
  return kindName(doc);
}

/**
 * One basis line: the entry's own sentence when it has one, else "Thực hiện Công văn số
 * 448/SNgV-LSHTQT ngày 08/5/2024 của Sở Ngoại vụ …;" — the last line ends with ".".
 */
export function basisLine(entry: BasisEntry, last: boolean): string {
  if (entry.text !== undefined && entry.text.trim() !== "") return entry.text.trim();
  const cited = [entry.citation, ...(entry.citations ?? [])].map((c) =>
    stripEnd(formatCitation(c, { dateStyle: entry.dateStyle ?? "short" })),
  );
  // "Căn cứ A; B và C;": several texts of one paragraph joined by ";", the last by "và".
  const joined =
    cited.length === 1 ? cited[0]! : `${cited.slice(0, -1).join("; ")} và ${cited[cited.length - 1]!}`;
  return `${entry.verb.trim()} ${joined}${last ? "." : ";"}`;
}

/** The basis paragraphs (role "basis"). */
export function basisBlocks(frame: Frame): Block[] {
  const list = frame.basis ?? [];
  return list.map((entry, i) => para(basisLine(entry, i === list.length - 1), "basis"));
}

/**
 * The subject as the closing sentence names it, without the kind's own word at its start: under
 * BÁO CÁO, "Báo cáo kết quả công tác …" is closed as "Trên đây là báo cáo kết quả công tác …",
 * never "báo cáo báo cáo".
 */
export function closingSubject(doc: Document): string {
  const subject = lowerFirst(stripEnd(doc.frame.subject.trim()));
  const kind = kindWord(doc).toLowerCase();
  const rest = subject.toLowerCase().startsWith(`${kind} `) ? subject.slice(kind.length + 1).trimStart() : "";
  return rest === "" ? subject : rest;
}

/**
 * The closing paragraph: the document's own, else "Trên đây là báo cáo {subject}"; always ending
 * "./.".
 */
export function closingBlock(doc: Document): Block {
  const own = doc.body.closing;
  const excerpt = excerptNote(doc);
  if (excerpt !== undefined && (own === undefined || own.trim() === "")) return excerpt;
  if (own !== undefined && own.trim() !== "") return para(closingText(own), "closing");
  const subject = closingSubject(doc);
  const text =
    doc.kind === "report"
      ? `Trên đây là báo cáo ${subject}`
      : doc.kind === "plan"
        ? `Trên đây là ${kindWord(doc)} ${subject}, đề nghị các cơ quan, đơn vị liên quan tổ chức thực hiện`
        : `${bodyName(doc.frame.issuingBody.name)} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện`;
  return para(closingText(text), "closing");
}

/**
 * The last line of an excerpt (`frame.excerpt`): "(Nguồn: … — văn bản gốc còn tiếp)", in italic,
 * where the source text ends. The document generates no closing sentence of its own then.
 */
export function excerptNote(doc: Document): Block | undefined {
  const source = doc.frame.excerpt?.source.trim();
  if (source === undefined) return undefined;
  return {
    type: "paragraph",
    role: "body",
    runs: [{ text: `(Nguồn: ${source} — văn bản gốc còn tiếp)`, italic: true }],
  };
}

/** The closing paragraphs: the closing, and after a typed closing of an excerpt, its note. */
export function closingBlocks(doc: Document): Block[] {
  const note = excerptNote(doc);
  const own = doc.body.closing;
  if (note !== undefined && (own === undefined || own.trim() === "")) return [note];
  return note === undefined ? [closingBlock(doc)] : [closingBlock(doc), note];
}

/** How the Party style writes the signing authorities (Hướng dẫn 36-HD/VPTW): "T/M", "K/T", "T/L", "T/UQ". */
const PARTY_AUTHORITY: Readonly<Record<"TM" | "KT" | "TL" | "TUQ", string>> = {
  TM: "T/M",
  KT: "K/T",
  TL: "T/L",
  TUQ: "T/UQ",
};

/**
 * The authority lines (ô 7a): "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"; "KT. GIÁM ĐỐC" / "PHÓ GIÁM
 * ĐỐC"; "Q. CHỦ TỊCH"; the title alone when the head signs as such. A Party document writes
 * "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ".
 */
export function authorityLines(s: Signature, party = false): string[] {
  const on = s.onBehalfOf?.trim();
  const title = s.title?.trim();
  if (s.authority === "none") return [upper(title ?? on ?? "")].filter((l) => l !== "");
  if (s.authority === "Q") {
    // Acting head: "Q. CHỦ TỊCH" on one line; "Q. GIÁM ĐỐC" over a second title when both are given.
    if (on !== undefined && title !== undefined && on !== title) return [`Q. ${upper(on)}`, upper(title)];
    return [`Q. ${upper(title ?? on ?? "")}`];
  }
  const mark = party ? PARTY_AUTHORITY[s.authority] : `${s.authority}.`;
  const body = upper(on ?? (s.authority === "TM" && !party ? "ỦY BAN NHÂN DÂN" : ""));
  const lines = [body === "" ? mark : `${mark} ${body}`];
  // Two levels (NĐ 30, Phụ lục I): "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
  if (s.second !== undefined) {
    const second = party ? PARTY_AUTHORITY[s.second.authority] : `${s.second.authority}.`;
    lines.push(`${second} ${upper(s.second.onBehalfOf.trim())}`);
  }
  if (title !== undefined) lines.push(upper(title));
  return lines;
}

/**
 * The signature block: recipients ("- …;" lines, the last "- Lưu: VT, NTT."), authority, name.
 * An excerpt whose source ends before them has no recipients (no "Nơi nhận:") and may have no name.
 */
export function signatureBlock(frame: Frame): SignatureBlock {
  const { list, archive } = frame.recipients;
  const none = list.length === 0 && archive.length === 0;
  return {
    recipientsHeading: none ? "" : "Nơi nhận:",
    recipients: none ? [] : recipientLines(list, archive).slice(0, archive.length === 0 ? -1 : undefined),
    authorityLines: authorityLines(frame.signature, isPartyFrame(frame)),
    name: frame.signature.name?.trim() ?? "",
  };
}

/** Vietnam's time zone, UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/**
 * When a digital signature was made, in Vietnam time: "08:21 ngày 17/5/2024". The instant is
 * taken with its own offset ("2024-05-17T01:21:46Z" is 08:21 in Hà Nội); undefined when the
 * timestamp cannot be read.
 */
export function signedAtText(signedAt: string): string | undefined {
  const ms = Date.parse(signedAt);
  if (!Number.isFinite(ms)) return undefined;
  const local = new Date(ms + VIETNAM_OFFSET_MS);
  const iso = local.toISOString();
  return `${iso.slice(11, 16)} ngày ${formatDateShort(iso.slice(0, 10))}`;
}

/**
 * The note lines of the document's digital signatures: "Văn bản được ký số lúc 08:21 ngày
 * 17/5/2024", with the signer and organisation when given ("… bởi Nguyễn Văn A, UBND huyện Văn
 * Quan"). Lines that would read the same are written once (seed 000 carries three signatures
 * of the same second with nothing else to tell them apart). A draft has none.
 */
export function digitalSignatureLines(frame: Frame): string[] {
  const out: string[] = [];
  // A draft is not signed (NĐ 30): no signature note, whatever the source carries.
  if (frame.status === "draft") return out;
  for (const sig of frame.digitalSignatures ?? []) {
    const at = signedAtText(sig.signedAt);
    if (at === undefined) continue;
    const who = [sig.signer?.trim(), sig.organization?.trim()].filter((w): w is string => !!w);
    const line = `Văn bản được ký số${who.length > 0 ? ` bởi ${who.join(", ")}` : ""} lúc ${at}`;
    if (!out.includes(line)) out.push(line);
  }
  return out;
}

/** The addressees after "Kính gửi:", when the document names them. */
export function addressees(frame: Frame): string[] | undefined {
  const list = frame.recipients.addressees;
  return list === undefined || list.length === 0 ? undefined : addresseeLines(list);
}
