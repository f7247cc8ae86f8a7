/** Frame rules: issued documents are complete; the symbol starts with the kind; signature authority. */
import { kindAbbreviation, symbolKind } from "../format/kind-names";
import type { DocumentRule as Rule } from "./context";

/** An issued document has its number and a full date. */
export const issuedIsComplete: Rule = ({ doc, report }) => {
  const f = doc.frame;
  if (f.status !== "issued") return;
  if (f.number === undefined || f.number === null)
    report("frame.issued-incomplete", ["frame", "number"], "error", { missing: "number" });
  if (f.date?.length !== 10)
    report("frame.issued-incomplete", ["frame", "date"], "error", { missing: "date" });
};

/**
 * The symbol starts with the abbreviation of the kind the title names (NĐ 30, Phụ lục III): BC
 * under BÁO CÁO, KH under KẾ HOẠCH, CTr under CHƯƠNG TRÌNH, TB under THÔNG BÁO.
 */
export const symbolMatchesKind: Rule = ({ doc, report }) => {
  // A công văn (a report request) has no kind abbreviation: issuer-drafting unit (638/SNgV-LS).
  const abbreviation = kindAbbreviation(doc);
  if (abbreviation === undefined) return;
  const expected = [abbreviation];
  if (symbolKind(doc.frame.symbol) !== expected[0])
    report("frame.symbol-kind", ["frame", "symbol"], "warning", { symbol: doc.frame.symbol, expected });
};

const COLLECTIVE = /(ỦY|UỶ) BAN|BAN |HỘI ĐỒNG|THƯỜNG TRỰC|TẬP THỂ|ĐOÀN |ĐẢNG ỦY|ĐẢNG UỶ/u;
const EXAMPLES = {
  TM: "ỦY BAN NHÂN DÂN",
  KT: "GIÁM ĐỐC",
  TL: "CHỦ TỊCH",
  TUQ: "GIÁM ĐỐC",
  Q: "CHỦ TỊCH",
} as const;

/** Signing authority consistent with the titles (NĐ 30: TM., KT., TL., TUQ., Q.). */
export const signatureAuthority: Rule = ({ doc, report }) => {
  const s = doc.frame.signature;
  const path = ["frame", "signature"];
  if (s.authority === "none") {
    if (s.onBehalfOf) report("signature.authority-extra", [...path, "onBehalfOf"], "warning");
    return;
  }
  if (!s.onBehalfOf) {
    report("signature.authority-needs-body", [...path, "onBehalfOf"], "error", {
      authority: `${s.authority}.`,
      example: EXAMPLES[s.authority],
    });
    return;
  }
  const upper = s.onBehalfOf.toLocaleUpperCase("vi");
  if (s.authority === "TM" && !COLLECTIVE.test(upper))
    report("signature.collective", [...path, "onBehalfOf"], "warning", { onBehalfOf: s.onBehalfOf });
  if ((s.authority === "KT" || s.authority === "TL" || s.authority === "TUQ") && !s.title)
    report("signature.title-needed", [...path, "title"], "warning", { authority: `${s.authority}.` });
  if (s.authority === "KT" && s.title && !s.title.toLocaleUpperCase("vi").startsWith("PHÓ"))
    report("signature.deputy-title", [...path, "title"], "warning", { title: s.title });
};
