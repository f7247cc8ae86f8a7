/**
 * From a report request (công văn đề nghị báo cáo, `kind: "report-request"`) to what follows it:
 * - `requestOf`: the request as `consolidate` reads it (period, deadline, the expected unit ids);
 * - `reportFromRequest`: a unit's report started from it, as a form opens it: the period, the
 *   basis "Thực hiện Công văn số 412/SNgV-VP ngày 20/5/2026 của Sở Ngoại vụ …", "Kính gửi" the
 *   requesting body, the requested areas waiting for an answer.
 */
import { AREA_IDS, SCHEMA_VERSION } from "../model/constants";
import type { ReportDocument, RequestDocument } from "../model/document";
import type { ReportRequest } from "./types";

/** The request as `consolidate` reads it; units without an id are not expected by id. */
export function requestOf(doc: RequestDocument): ReportRequest {
  const ids = doc.body.units.map((u) => u.id).filter((id): id is string => id !== undefined);
  return {
    period: { from: doc.body.period.from, to: doc.body.period.to },
    deadline: doc.body.deadline,
    ...(ids.length ? { expected: ids } : {}),
  };
}

/** The issuing body as running text names it: as written when in mixed case, else capitalised once. */
function bodyName(name: string): string {
  const t = name.trim();
  if (t !== t.toLocaleUpperCase("vi")) return t;
  const lower = t.toLocaleLowerCase("vi");
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/**
 * A draft report of `unit` answering the request: period, basis citing the request, addressed to
 * the requesting body, each requested area not answered yet. The clerk fills in the rest.
 */
export function reportFromRequest(
  request: RequestDocument,
  unit: { name: string; abbreviation?: string },
  /** The requesting body as running text names it ("Sở Ngoại vụ tỉnh Quảng Ninh"); by default from its frame. */
  requester?: string,
): ReportDocument {
  const f = request.frame;
  const issuer = requester ?? bodyName(f.issuingBody.name);
  const code = f.number ? `${f.number}/${f.symbol}` : undefined;
  const areas: Record<string, { answer: "unanswered" }> = {};
  const requested = request.body.areas ?? AREA_IDS;
  for (const a of requested)
    if ((AREA_IDS as readonly string[]).includes(a)) areas[a] = { answer: "unanswered" };
  const subject = `Báo cáo kết quả công tác đối ngoại`;
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: "report",
    frame: {
      issuingBody: {
        name: unit.name.toLocaleUpperCase("vi"),
        ...(unit.abbreviation ? { abbreviation: unit.abbreviation } : {}),
      },
      number: null,
      symbol: `BC-${unit.abbreviation ?? "UBND"}`,
      place: f.place,
      subject,
      basis: [
        {
          verb: "Thực hiện",
          citation: {
            kind: "Công văn",
            ...(code ? { code } : {}),
            ...(f.date?.length === 10 ? { date: f.date } : {}),
            issuer,
            title: `về việc ${f.subject
              .trim()
              .replace(/^v\/v\s+/i, "")
              .replace(/^./, (c) => c.toLocaleLowerCase("vi"))}`,
          },
        },
      ],
      recipients: { addressees: [issuer], list: [issuer], archive: ["VT"] },
      signature: { authority: "none", name: "(Người ký)" },
      status: "draft",
    },
    body: {
      period: { ...request.body.period },
      areas,
    },
  } as unknown as ReportDocument;
}
