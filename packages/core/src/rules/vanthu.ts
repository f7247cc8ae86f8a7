/**
 * What a văn thư (records clerk) checks in the frame before a document goes out: the issuing
 * body written in full, a subject that does not repeat the kind, "Lưu: VT" first, a signer and
 * an archive line, the two-level authority (TM. + KT.).
 */
import { kindName } from "../format/kind-names";
import type { DocumentRule as Rule } from "./context";

/**
 * Abbreviations of common phrases: NĐ 30 (Phụ lục I, I.1) lets only the parent body abbreviate
 * them; the issuing body's name is written in full ("ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH").
 */
const ABBREVIATED = /(^|[\s(])(UBND|HĐND|UBMTTQ|MTTQ|BCH|BTV|BCĐ|TT|VP|UB)(?=$|[\s,.)])/u;

/** The issuing body on its own line is not abbreviated ("UBND XÃ BÌNH THÀNH"). */
export const issuingBodyInFull: Rule = ({ doc, report }) => {
  const name = doc.frame.issuingBody.name.normalize("NFC").toLocaleUpperCase("vi");
  const m = ABBREVIATED.exec(name);
  if (m !== null)
    report("frame.body-abbreviated", ["frame", "issuingBody", "name"], "warning", {
      name: doc.frame.issuingBody.name,
      abbreviation: m[2],
    });
};

/**
 * The subject does not start with the kind's own word: under BÁO CÁO, "Báo cáo kết quả …"
 * reads "BÁO CÁO / Báo cáo kết quả …" and "Trên đây là báo cáo báo cáo …".
 */
export const subjectNotKind: Rule = ({ doc, report }) => {
  const kind = kindName(doc).toLocaleLowerCase("vi");
  const subject = doc.frame.subject.normalize("NFC").trim().toLocaleLowerCase("vi");
  if (subject === kind || subject.startsWith(`${kind} `))
    report("frame.subject-repeats-kind", ["frame", "subject"], "warning", { kind: kindName(doc) });
};

/** "Lưu: VT, …": the văn thư's copy is named first (NĐ 30, Phụ lục I, ô 9b). */
export const archiveVtFirst: Rule = ({ doc, report }) => {
  const first = doc.frame.recipients.archive[0]?.trim();
  if (first === undefined) return;
  if (!/^VT(?=$|[\s,.;(])/u.test(first))
    report("frame.archive-vt-first", ["frame", "recipients", "archive", 0], "warning", { first });
};

/**
 * A signer's name and an archive line: left out only in an excerpt whose source text ends
 * before the signature (`frame.excerpt`).
 */
export const signedAndArchived: Rule = ({ doc, report }) => {
  const f = doc.frame;
  if (f.excerpt !== undefined) return;
  if (f.signature.name === undefined)
    report("frame.signature-name-missing", ["frame", "signature", "name"], "error");
  if (f.recipients.archive.length === 0)
    report("frame.archive-missing", ["frame", "recipients", "archive"], "error");
};

/** A second level ("KT. CHỦ TỊCH") goes under "TM." (NĐ 30: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"). */
export const secondAuthorityUnderTm: Rule = ({ doc, report }) => {
  const s = doc.frame.signature;
  if (s.second === undefined) return;
  const path = ["frame", "signature", "second"];
  if (s.authority !== "TM")
    report("signature.second-needs-tm", path, "error", { authority: `${s.authority}.` });
  if (s.second.authority === "KT" && s.title && !s.title.toLocaleUpperCase("vi").startsWith("PHÓ"))
    report("signature.deputy-title", ["frame", "signature", "title"], "warning", { title: s.title });
  if (!s.title)
    report("signature.title-needed", ["frame", "signature", "title"], "warning", {
      authority: `${s.second.authority}.`,
    });
};
