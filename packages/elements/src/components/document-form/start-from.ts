/**
 * "Bắt đầu từ báo cáo kỳ trước": a new document from the last one of the same kind. Kept: the
 * frame (issuing body, symbol, place, recipients, signer, legal basis), the outline and the custom
 * areas' names, the appendices' layout. The new period is the same span one year later (so that
 * the last report's figures are the "same period last year"), and its figures become the
 * comparison base where the model has one: an indicator's `count` becomes its `previous` (the new
 * count is left to fill in), the delegation totals become `previousTotals` (with `previousYear`).
 * Everything that describes the old period (narratives, rows, number, date) is left out.
 */
import type { Obj } from "../../model/path";

type Period = { from: string; to: string };

const isObj = (v: unknown): v is Obj => !!v && typeof v === "object" && !Array.isArray(v);

/** The same date one year later (29/02 → 28/02). */
function nextYear(iso: string): string {
  const m = /^(\d{4})(-\d{2}-\d{2})?$/.exec(iso) ?? /^(\d{4})(-\d{2})$/.exec(iso);
  if (!m) return iso;
  const rest = m[2] === "-02-29" ? "-02-28" : (m[2] ?? "");
  return `${Number(m[1]) + 1}${rest}`;
}

const shift = (p: unknown): Period | undefined =>
  isObj(p) && typeof p.from === "string" && typeof p.to === "string"
    ? { from: nextYear(p.from), to: nextYear(p.to) }
    : undefined;

/**
 * The subject with the old period's year(s) as the new one's ("6 tháng đầu năm 2025" → "… 2026"):
 * the new period is the same span one year later, so only its years change.
 */
function newSubject(subject: unknown, from: Period | undefined): string | undefined {
  if (typeof subject !== "string" || !from) return typeof subject === "string" ? subject : undefined;
  const years = new Set([from.from.slice(0, 4), from.to.slice(0, 4)]);
  return subject.replace(/\b(\d{4})\b/g, (y) => (years.has(y) ? String(Number(y) + 1) : y));
}

/** An area's figures as next period's comparison base, or undefined when it has none. */
function carryFacts(facts: unknown, year: number | undefined): Obj | undefined {
  if (!isObj(facts)) return undefined;
  const out: Obj = {};
  if (Array.isArray(facts.indicators)) {
    const list = facts.indicators
      .filter(isObj)
      .filter((i) => isObj(i.count))
      .map((i) => {
        const { count, previous: _, breakdown: __, note: ___, ...rest } = i;
        return { ...rest, previous: count };
      });
    if (list.length) out.indicators = list;
  }
  if (isObj(facts.totals)) {
    out.previousTotals = facts.totals;
    if (year) out.previousYear = year;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The new document; `empty` is the form's empty document of the same kind (what is not carried
 * over stays as it is there).
 */
export function startFromPrevious(previous: Obj, empty: Obj): Obj {
  const doc: Obj = structuredClone(empty);
  const prevFrame = isObj(previous.frame) ? previous.frame : {};
  const prevBody = isObj(previous.body) ? previous.body : {};
  const oldPeriod = shift(prevBody.period) && (prevBody.period as Period);
  const period = shift(prevBody.period);

  const frame: Obj = { ...(isObj(doc.frame) ? doc.frame : {}) };
  for (const k of ["parentBody", "issuingBody", "symbol", "place", "basis", "recipients", "signature"])
    if (prevFrame[k] !== undefined) frame[k] = structuredClone(prevFrame[k]);
  const subject = newSubject(prevFrame.subject, oldPeriod);
  if (subject) frame.subject = subject;
  if ("status" in frame || "status" in prevFrame) frame.status = "draft";
  doc.frame = frame;

  const body: Obj = { ...(isObj(doc.body) ? doc.body : {}) };
  if (period) body.period = period;
  const directions = shift(prevBody.directionsPeriod);
  if (directions) body.directionsPeriod = directions;
  if (prevBody.outline !== undefined) body.outline = structuredClone(prevBody.outline);
  if (Array.isArray(prevBody.customAreas))
    body.customAreas = prevBody.customAreas
      .filter(isObj)
      .map((c) => ({ id: c.id, title: c.title, answer: { answer: "unanswered" } }));
  if (isObj(prevBody.areas)) {
    const year = oldPeriod ? Number(oldPeriod.to.slice(0, 4)) : undefined;
    const areas: Obj = { ...(isObj(body.areas) ? body.areas : {}) };
    for (const [id, a] of Object.entries(prevBody.areas)) {
      const facts = isObj(a) && a.answer === "content" ? carryFacts(a.facts, year) : undefined;
      if (facts) areas[id] = { answer: "content", facts };
    }
    body.areas = areas;
  }
  doc.body = body;

  if (Array.isArray(previous.appendices))
    doc.appendices = previous.appendices.filter(isObj).map((ap) => {
      const table = isObj(ap.table) ? ap.table : {};
      return {
        ...structuredClone(ap),
        table: table.type === "free" ? { ...structuredClone(table), rows: [] } : structuredClone(table),
      };
    });
  return doc;
}
