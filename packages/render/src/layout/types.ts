/**
 * The layout tree: built once from a core document, written by the DOCX writer and the HTML
 * writer. Both writers take content only from here, so they never disagree on content.
 * Text is plain (already cleaned); writers escape it for their format.
 */

/** A run of text with its emphasis. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Heading levels: 1 = "I." (bold; the layout gives its case: upper for "I.", as typed for "1. Mục tiêu"), 2 = "1.", 3 = "1.1." or "a)", 4 = deeper. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type Block =
  | {
      type: "heading";
      level: HeadingLevel;
      /** "I.", "1.", "2.1.", "a)" — empty for an unnumbered heading. */
      marker: string;
      text: string;
      /**
       * Text that follows the heading on the same line ("10. Khen thưởng: Không."). The runs carry
       * their own separator (`[{ text: ": " }, { text: "Không.", bold: false }]`): writers append
       * them as they are, right after `text`.
       */
      tail?: Run[];
    }
  | {
      type: "paragraph";
      runs: Run[];
      /** body: justified with first-line indent; basis: italic basis line; closing; center. */
      role: "body" | "basis" | "closing" | "center";
      /**
       * A draft's stand-in for a section not answered yet ("(Chưa có nội dung)", italic): writers
       * may show it muted; it never appears in an issued document.
       */
      placeholder?: boolean;
    }
  | { type: "table"; table: Table };

export interface TableColumn {
  title: string;
  /** Width in twentieths of a point (twips); writers must use these explicit widths. */
  width: number;
  align?: "left" | "center" | "right";
}

export interface Table {
  /** A caption above the table (a free table's own title), bold, centred. */
  caption?: string;
  columns: TableColumn[];
  rows: string[][];
  /** Repeat the header row on each page. */
  repeatHeader: boolean;
}

/**
 * The frame's header: the state style of NĐ 30/2020 or the Party style of Hướng dẫn 36-HD/VPTW
 * (documents of Party committees, whose symbol reads kind/issuer: "KH/ĐU").
 *
 * State: left — parent body (upright), issuing body (bold), a short rule, "Số: 05/BC-UBND";
 * right — Quốc hiệu, Tiêu ngữ with a rule as long as the text, the date line (italic).
 * Party: left — parent body (upright), issuing body (bold), a centred "*" line, "Số 21-KH/ĐU";
 * right — "ĐẢNG CỘNG SẢN VIỆT NAM" (bold, 15 pt) with a rule as long as the text, no Tiêu ngữ,
 * the date line (italic).
 */
export interface HeaderBlock {
  /** Which of the two frames; absent means "state". */
  style?: "state" | "party";
  parentBody?: string;
  issuingBody: string;
  /** "Số: 05/BC-UBND" or "Số:       /BC-UBND"; in the Party style "Số 21-KH/ĐU" (no colon). */
  numberLine: string;
  /** The right column's title: Quốc hiệu, or in the Party style "ĐẢNG CỘNG SẢN VIỆT NAM". */
  nationalTitle: string;
  /** Tiêu ngữ "Độc lập - Tự do - Hạnh phúc"; absent in the Party style. */
  motto?: string;
  dateLine: string;
  urgency?: string;
  /** A công văn's subject under the number: "V/v …" (12–13 pt, upright, centred, 6 pt below). */
  excerpt?: string;
}

export interface SignatureBlock {
  /** "Nơi nhận:" 12 pt bold italic, then the list 11 pt ("- Sở Ngoại vụ;" … "- Lưu: VT."). */
  recipientsHeading: string;
  recipients: string[];
  /** Upper-case bold lines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]. */
  authorityLines: string[];
  /** Signer's name, bold, below the space for the signature and seal. */
  name: string;
}

export interface AppendixLayout {
  /** "Phụ lục" or "Phụ lục I" when there are two or more. */
  label: string;
  title: string;
  /** "(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm … của …)". */
  attachedTo: string;
  table: Table;
  note?: string;
  landscape: boolean;
}

export interface Layout {
  lang: "vi";
  /** For document properties and the HTML <title>. */
  title: string;
  header: HeaderBlock;
  /**
   * The addressees after "Kính gửi:", when the document has them: one name as it is
   * (`["Sở Ngoại vụ tỉnh Lạng Sơn"]` → "Kính gửi: Sở Ngoại vụ tỉnh Lạng Sơn"), or for several one
   * line each with its marker and end ("- Sở Ngoại vụ;" … "- Sở Nội vụ."). Writers add "Kính gửi:".
   */
  addressees?: string[];
  /** "BÁO CÁO", "KẾ HOẠCH", "THÔNG BÁO"; empty for a công văn (no title: `header.excerpt`). */
  kindTitle: string;
  /** The subject (trích yếu), one or more lines, bold, with a short rule below. */
  subject: string;
  body: Block[];
  signature: SignatureBlock;
  appendices: AppendixLayout[];
  /** A draft (dự thảo): both writers mark its first page "DỰ THẢO", on screen and in print. */
  draft: boolean;
  /**
   * One line per digital signature the document carries ("Văn bản được ký số lúc 08:21 ngày
   * 17/5/2024"), for the HTML note after the signature block. Metadata only: the DOCX leaves it
   * out (Word shows its own signature information). A draft has none (it is not signed).
   */
  digitalSignatures?: string[];
}
