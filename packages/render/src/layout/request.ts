/**
 * The body of a report request (công văn đề nghị báo cáo), as NĐ 09/2019 asks a reporting regime
 * to state it: the opening (its own paragraphs, else "Để tổng hợp, báo cáo …"), then 1. the content
 * (areas of the outline, tables), 2. the cut-off dates, 3. the deadline, 4. the units, 5. how to
 * send, 6. whom to contact. A công văn has no kind title: its subject goes under the number as
 * "V/v …" (`requestExcerpt`).
 */
import { areaLabel, ENUM_PHRASES, formatDateShort, periodLabel, type RequestDocument } from "@doingoai/core";
import { endSentence, lowerFirst, stripEnd } from "../sentences/phrase";
import { closingText } from "./text";
import { narrativeBlocks, para } from "./tree";
import type { Block } from "./types";

/** "V/v đề nghị báo cáo kết quả công tác đối ngoại 6 tháng đầu năm 2026" (ô 5b of NĐ 30). */
export function requestExcerpt(doc: RequestDocument): string {
  const s = stripEnd(doc.frame.subject.trim());
  return /^v\/v\s/i.test(s) ? s : `V/v ${lowerFirst(s)}`;
}

function label(p: { from: string; to: string }): string {
  try {
    return periodLabel(p);
  } catch {
    return `từ ngày ${formatDateShort(p.from)} đến ngày ${formatDateShort(p.to)}`;
  }
}

/** The numbered items of the request. */
export function requestBody(doc: RequestDocument): Block[] {
  const b = doc.body;
  const out: Block[] = narrativeBlocks(b.intro);
  if (out.length === 0)
    out.push(
      para(
        `Để tổng hợp, báo cáo kết quả công tác đối ngoại ${label(b.period)} theo chế độ báo cáo ${ENUM_PHRASES.ReportClass[b.reportClass]}, ${doc.frame.issuingBody.name.trim()} đề nghị các cơ quan, đơn vị báo cáo như sau:`,
      ),
    );
  let n = 0;
  const item = (title: string, text: string) => out.push(para(`${++n}. ${title}: ${endSentence(text)}`));
  const areas = (b.areas ?? []).map((a) =>
    a.startsWith("custom:") ? a.slice(7) : lowerFirst(areaLabel(a as Parameters<typeof areaLabel>[0])),
  );
  item(
    "Nội dung báo cáo",
    `kết quả công tác đối ngoại ${label(b.period)}${areas.length ? `, gồm: ${areas.join("; ")}` : ""}`,
  );
  if (b.tables?.length) item("Biểu mẫu số liệu", b.tables.map((t) => stripEnd(t.trim())).join("; "));
  if (b.cutOff)
    item(
      "Thời gian chốt số liệu",
      `từ ngày ${formatDateShort(b.cutOff.from)} đến hết ngày ${formatDateShort(b.cutOff.to)}`,
    );
  item("Thời hạn gửi báo cáo", `trước ngày ${formatDateShort(b.deadline)}`);
  item("Đơn vị thực hiện báo cáo", b.units.map((u) => u.name.trim()).join(", "));
  if (b.submission) item("Phương thức gửi báo cáo", stripEnd(b.submission.trim()));
  if (b.contact) item("Đầu mối liên hệ", stripEnd(b.contact.trim()));
  return out;
}

/** The closing: the document's own, else "Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./." */
export function requestClosing(doc: RequestDocument): Block {
  const own = doc.body.closing?.trim();
  return para(closingText(own || "Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện"), "closing");
}
