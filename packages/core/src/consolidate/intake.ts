/**
 * The reports as received: each one tied to its unit, dated, checked for its period and for a
 * second report of the same unit; and the reporting status of every unit (expected, submitted,
 * on time, late, missing).
 */
import type { Lang } from "../i18n";
import type { ReportDocument } from "../model/document";
import type { Period } from "../model/values";
import type { Issue } from "../validate/issues";
import { consolidationIssue, INPUT_FIELDS } from "./messages";
import type {
  ReceivedReport,
  ReportInput,
  ReportingStatus,
  ReportRequest,
  SubmissionDateSource,
  UnitStatus,
} from "./types";
import { type UnitIndex, unitOfIssuer } from "./units";

export interface Received {
  record: ReceivedReport;
  doc: ReportDocument;
}

const FULL_DATE = /^\d{4}-\d\d-\d\d/;

function isSubmission(
  x: unknown,
): x is { document: unknown; unit?: unknown; submittedAt?: unknown; source?: unknown } {
  return typeof x === "object" && x !== null && "document" in x && !("kind" in x);
}

/** The submission date: given with the report, else its latest digital signature, else its full issue date. */
function submissionDate(given: unknown, doc: ReportDocument): { at?: string; from?: SubmissionDateSource } {
  if (typeof given === "string" && FULL_DATE.test(given)) return { at: given, from: "input" };
  const sigs = doc.frame.digitalSignatures ?? [];
  let latest: string | undefined;
  for (const s of sigs)
    if (latest === undefined || Date.parse(s.signedAt) > Date.parse(latest)) latest = s.signedAt;
  if (latest) return { at: latest, from: "digital-signature" };
  const d = doc.frame.date;
  if (typeof d === "string" && /^\d{4}-\d\d-\d\d$/.test(d)) return { at: d, from: "issue-date" };
  return {};
}

const samePeriod = (a: Period, b: Period) => a.from === b.from && a.to === b.to;

/**
 * Tie each input to its unit and date; keep, per unit, the latest report of the period; issues for
 * everything left out. Returns the reports to consolidate in the units' tree order.
 */
export function receive(
  inputs: readonly ReportInput[],
  index: UnitIndex,
  request: ReportRequest | undefined,
  expected: ReadonlySet<string>,
  lang: Lang,
  issues: Issue[],
): { period: Period | undefined; records: ReceivedReport[]; used: Received[] } {
  const field = INPUT_FIELDS[lang].report;
  const records: ReceivedReport[] = [];
  const candidates: Received[] = [];
  (Array.isArray(inputs) ? inputs : []).forEach((input, i) => {
    const wrapped = isSubmission(input);
    const doc = (wrapped ? input.document : input) as ReportDocument;
    const given = wrapped && typeof input.source === "string" ? input.source : undefined;
    const docId = doc && typeof doc === "object" && typeof doc.id === "string" ? doc.id : undefined;
    const source = given ?? docId ?? `#${i + 1}`;
    const record: ReceivedReport = { source, index: i, used: false };
    records.push(record);
    if (
      !doc ||
      typeof doc !== "object" ||
      doc.kind !== "report" ||
      !doc.body?.period ||
      !doc.frame?.issuingBody
    ) {
      const kind = doc && typeof doc === "object" ? (doc as { kind?: unknown }).kind : undefined;
      issues.push(
        consolidationIssue(
          "consolidate.not-a-report",
          ["reports", i],
          "error",
          field(source),
          { kind },
          lang,
        ),
      );
      record.excludedFor = ["consolidate.not-a-report"];
      return;
    }
    const named = wrapped && typeof input.unit === "string" ? input.unit : undefined;
    const unit =
      named !== undefined
        ? index.byId.has(named)
          ? named
          : undefined
        : unitOfIssuer(index, doc.frame.issuingBody.name);
    const { at, from } = submissionDate(wrapped ? input.submittedAt : undefined, doc);
    if (at) {
      record.submittedAt = at;
      record.submittedAtFrom = from;
    }
    if (unit === undefined) {
      issues.push(
        consolidationIssue(
          "consolidate.unit-unknown",
          ["reports", i, ...(named ? ["unit"] : ["frame", "issuingBody", "name"])],
          "error",
          field(source),
          {
            issuer: named ?? doc.frame.issuingBody.name,
          },
          lang,
        ),
      );
      record.excludedFor = ["consolidate.unit-unknown"];
      return;
    }
    record.unit = unit;
    candidates.push({ record, doc });
  });

  // The period: the request's, else the one most reports state (the first of equals).
  let period = request?.period;
  if (!period) {
    const tally = new Map<string, { p: Period; n: number }>();
    for (const c of candidates) {
      const k = `${c.doc.body.period.from}|${c.doc.body.period.to}`;
      const t = tally.get(k);
      if (t) t.n++;
      else tally.set(k, { p: c.doc.body.period, n: 1 });
    }
    let best: { p: Period; n: number } | undefined;
    for (const t of tally.values()) if (!best || t.n > best.n) best = t;
    period = best?.p;
  }

  const byUnit = new Map<string, Received[]>();
  for (const c of candidates) {
    const p = c.doc.body.period;
    if (period && !samePeriod(p, period)) {
      issues.push(
        consolidationIssue(
          "consolidate.other-period",
          ["reports", c.record.index, "body", "period"],
          "error",
          field(c.record.source),
          {
            from: p.from,
            to: p.to,
            expectedFrom: period.from,
            expectedTo: period.to,
          },
          lang,
        ),
      );
      c.record.excludedFor = ["consolidate.other-period"];
      continue;
    }
    const list = byUnit.get(c.record.unit!);
    if (list) list.push(c);
    else byUnit.set(c.record.unit!, [c]);
  }

  const used: Received[] = [];
  for (const [unit, list] of byUnit) {
    // The latest submission wins; equal or unknown dates: the later input.
    const sorted = [...list].sort((a, b) => {
      const x = a.record.submittedAt ?? "";
      const y = b.record.submittedAt ?? "";
      return x === y ? a.record.index - b.record.index : x < y ? -1 : 1;
    });
    const kept = sorted[sorted.length - 1]!;
    if (list.length > 1) {
      const dropped = sorted.slice(0, -1);
      for (const d of dropped) d.record.excludedFor = ["consolidate.duplicate-unit"];
      issues.push(
        consolidationIssue(
          "consolidate.duplicate-unit",
          ["reports", kept.record.index],
          "warning",
          field(kept.record.source),
          {
            unit: index.byId.get(unit)!.name,
            count: list.length,
            kept: kept.record.source,
            dropped: dropped.map((d) => d.record.source),
          },
          lang,
        ),
      );
    }
    if (!expected.has(unit))
      issues.push(
        consolidationIssue(
          "consolidate.unit-not-expected",
          ["reports", kept.record.index],
          "warning",
          field(kept.record.source),
          {
            unit: index.byId.get(unit)!.name,
          },
          lang,
        ),
      );
    kept.record.used = true;
    used.push(kept);
  }
  used.sort((a, b) => (index.rank.get(a.record.unit!) ?? 0) - (index.rank.get(b.record.unit!) ?? 0));
  return { period, records, used };
}

/** The reporting status of every expected unit, and of any other unit that sent a report. */
export function reportingStatus(
  index: UnitIndex,
  expected: ReadonlySet<string>,
  records: readonly ReceivedReport[],
  deadline: string | undefined,
): ReportingStatus {
  const usedBy = new Map<string, ReceivedReport>();
  const sentBy = new Set<string>();
  for (const r of records) {
    if (r.unit === undefined) continue;
    sentBy.add(r.unit);
    if (r.used) usedBy.set(r.unit, r);
  }
  const status: ReportingStatus = {
    expected: expected.size,
    submitted: 0,
    onTime: 0,
    late: 0,
    undated: 0,
    missing: 0,
    excluded: 0,
    units: [],
  };
  for (const id of index.order) {
    if (!expected.has(id) && !sentBy.has(id)) continue;
    const u = index.byId.get(id)!;
    const s: UnitStatus = {
      unit: id,
      name: u.name,
      level: u.level,
      expected: expected.has(id),
      state: "missing",
    };
    const r = usedBy.get(id);
    if (r) {
      s.report = r.source;
      if (r.submittedAt) s.submittedAt = r.submittedAt;
      const day = r.submittedAt?.slice(0, 10);
      s.state = !deadline || !day ? "submitted" : day <= deadline ? "on-time" : "late";
    } else if (sentBy.has(id)) s.state = "excluded";
    status.units.push(s);
    if (!s.expected) continue;
    if (s.state === "missing") status.missing++;
    else if (s.state === "excluded") status.excluded++;
    else {
      status.submitted++;
      if (s.state === "on-time") status.onTime++;
      else if (s.state === "late") status.late++;
      else status.undated++;
    }
  }
  return status;
}
