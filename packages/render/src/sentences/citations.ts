/**
 * Cited texts and rankings in running text: "Kế hoạch số 308/KH-UBND ngày 29/12/2023 của UBND
 * huyện Văn Quan về …", "Chỉ số DDCI năm 2023 xếp thứ 15/25".
 */
import { type Citation, formatCitation, type Ranking } from "@doingoai/core";
import { capitalize, endSentence, opening, type SentenceContext, stripEnd } from "./phrase";

/**
 * A cited text as running text names it (the wording is core's `formatCitation`).
 * @example describeCitation({ kind: "Kế hoạch", code: "308/KH-UBND", date: "2023-12-29", issuer: "UBND huyện", title: "về hoạt động thông tin đối ngoại năm 2024" })
 *   === "Kế hoạch số 308/KH-UBND ngày 29/12/2023 của UBND huyện về hoạt động thông tin đối ngoại năm 2024"
 */
export function describeCitation(c: Citation, dateStyle?: "short" | "long"): string {
  return stripEnd(formatCitation(c, dateStyle === undefined ? undefined : { dateStyle }));
}

/**
 * The texts a unit issued in the period: "Trong 6 tháng đầu năm 2024, đã ban hành Kế hoạch số
 * 308/KH-UBND …; Công văn số 659/UBND-VHTT …."
 */
export function describeIssued(list: readonly Citation[], ctx: SentenceContext = {}): string[] {
  if (list.length === 0) return [];
  return [
    endSentence(capitalize(`${opening(ctx)}đã ban hành ${list.map((c) => describeCitation(c)).join("; ")}`)),
  ];
}

/**
 * The texts a section implements: "Tiếp tục quán triệt, triển khai thực hiện Chỉ thị số
 * 25-CT/TW ngày 08/8/2018 của Ban Bí thư …; Kết luận số 57-KL/TW …."
 */
export function describeCitations(list: readonly Citation[]): string[] {
  if (list.length === 0) return [];
  return [
    endSentence(
      `Tiếp tục quán triệt, triển khai thực hiện ${list.map((c) => describeCitation(c)).join("; ")}`,
    ),
  ];
}

/**
 * A ranking: "Chỉ số DDCI năm 2023 xếp thứ 15/25".
 * @example describeRanking({ label: "Chỉ số DDCI", rank: 15, of: 25, year: 2023 }) === "Chỉ số DDCI năm 2023 xếp thứ 15/25"
 */
export function describeRanking(r: Ranking): string {
  const label = stripEnd(r.label.trim());
  const year = r.year === undefined || label.includes(String(r.year)) ? "" : ` năm ${r.year}`;
  return `${label}${year} xếp thứ ${r.rank}/${r.of}`;
}

/** Rankings in one sentence: "Chỉ số DDCI năm 2023 xếp thứ 15/25; Chỉ số cải cách hành chính năm 2023 xếp thứ 11/20." */
export function describeRankings(list: readonly Ranking[]): string[] {
  if (list.length === 0) return [];
  return [endSentence(capitalize(list.map(describeRanking).join("; ")))];
}
