/**
 * `consolidate(reports, { units, request?, previous? })`: the receiving body's report (tổng hợp),
 * in the same model as the units' reports, and a record that traces every figure to the unit
 * documents and JSON paths it came from. Errors are data: it never throws on bad input.
 *
 * The reports are trusted to be valid documents of the model (run `validate` on each first, as a
 * portal does on upload); anything that is not a report is left out with an issue.
 */
import { periodLabel } from "../format/periods";
import { areaLabel, fieldLabel } from "../labels";
import { AREA_IDS, SCHEMA_VERSION } from "../model/constants";
import type { ReportDocument } from "../model/document";
import type { Frame } from "../model/frame";
import type { Period } from "../model/values";
import type { Issue, IssuePath } from "../validate/issues";
import { type BuildContext, type PreviousPlace, SectionBuilder } from "./builder";
import { receive, reportingStatus } from "./intake";
import { maxItems } from "./limits";
import { consolidationIssue, INPUT_FIELDS } from "./messages";
import { sharedPath } from "./paths";
import { present } from "./present";
import type {
  ConsolidatedArea,
  ConsolidateOptions,
  ConsolidationRecord,
  ConsolidationResult,
  ReportInput,
  Unit,
} from "./types";
import { descendants, indexUnits } from "./units";

/** Sections of a report other than the areas: [record key, path in the body, object id of the label, kind]. */
const SECTIONS: [string, string[], string, "section" | "recommendations"][] = [
  ["context", ["context"], "ReportBody", "section"],
  ["assessment.advantages", ["assessment", "advantages"], "Assessment", "section"],
  ["assessment.difficulties", ["assessment", "difficulties"], "Assessment", "section"],
  ["assessment.causes", ["assessment", "causes"], "Assessment", "section"],
  ["assessment.objectiveCauses", ["assessment", "objectiveCauses"], "Assessment", "section"],
  ["assessment.subjectiveCauses", ["assessment", "subjectiveCauses"], "Assessment", "section"],
  ["outlook", ["outlook"], "ReportBody", "section"],
  ["directions", ["directions"], "ReportBody", "section"],
  ["recommendations", ["recommendations"], "ReportBody", "recommendations"],
];

const at = (o: unknown, keys: readonly string[]): unknown =>
  keys.reduce<unknown>(
    (v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined),
    o,
  );

/** "Ủy ban nhân dân tỉnh Quảng Ninh" → "Quảng Ninh" (the place line of the date). */
function placeOf(name: string): string {
  return name
    .replace(/^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/iu, "")
    .replace(/^(tỉnh|thành phố|xã|phường|đặc khu)\s+/iu, "");
}

function frameOf(
  options: ConsolidateOptions,
  receiver: Unit | undefined,
  period: Period,
  issues: Issue[],
): Frame {
  const lang = options.lang ?? "vi";
  let label: string;
  try {
    label = periodLabel(period);
  } catch {
    label = `từ ${period.from} đến ${period.to}`;
  }
  const prev = options.previous?.frame;
  const name = receiver?.name ?? "(Cơ quan tổng hợp)";
  const frame: Frame = {
    issuingBody: { name: name.toLocaleUpperCase("vi") },
    number: null,
    symbol: "BC-UBND",
    place: placeOf(name),
    subject: `Tổng hợp kết quả công tác đối ngoại ${label}`,
    recipients: { list: [], archive: ["VT"] },
    signature: { authority: "none", name: "(Người ký)" },
    status: "draft",
  };
  if (prev) {
    for (const k of ["parentBody", "issuingBody", "symbol", "place", "recipients", "signature"] as const)
      if (prev[k] !== undefined) (frame as Record<string, unknown>)[k] = structuredClone(prev[k]);
  }
  Object.assign(frame, options.frame ?? {});
  if (!prev?.signature && !options.frame?.signature)
    issues.push(
      consolidationIssue(
        "consolidate.signer-missing",
        ["frame", "signature", "name"],
        "warning",
        INPUT_FIELDS[lang].signer,
        {},
        lang,
      ),
    );
  return frame;
}

/** Consolidate the units' reports of one period into the receiving body's report. */
export function consolidate(
  reports: readonly ReportInput[],
  options: ConsolidateOptions,
): ConsolidationResult {
  const lang = options.lang ?? "vi";
  const issues: Issue[] = [];
  const { index, issues: unitIssues } = indexUnits(options.units ?? [], lang);
  issues.push(...unitIssues);
  const fields = INPUT_FIELDS[lang];

  let receiver = options.receiver ?? index.root;
  if (receiver === undefined || !index.byId.has(receiver)) {
    issues.push(
      consolidationIssue(
        "units.receiver-unknown",
        ["receiver"],
        "warning",
        fields.receiver,
        { receiver: options.receiver },
        lang,
      ),
    );
    receiver = undefined;
  }
  const request = options.request;
  const expectedIds: string[] = [];
  if (request?.expected) {
    request.expected.forEach((id, i) => {
      if (index.byId.has(id)) expectedIds.push(id);
      else
        issues.push(
          consolidationIssue(
            "request.unknown-unit",
            ["request", "expected", i],
            "error",
            fields.request,
            { unit: id },
            lang,
          ),
        );
    });
  } else expectedIds.push(...(receiver ? descendants(index, receiver) : index.order));
  const expected = new Set(expectedIds);

  const { period: found, records, used } = receive(reports, index, request, expected, lang, issues);
  const period: Period = found ?? { from: "1970-01-01", to: "1970-01-01" };

  let previous = options.previous;
  if (previous && !(previous.body?.period?.to < period.from)) {
    const p = previous.body?.period;
    issues.push(
      consolidationIssue(
        "consolidate.previous-period",
        ["previous", "body", "period"],
        "warning",
        fields.previous,
        { from: p?.from, to: p?.to },
        lang,
      ),
    );
    previous = undefined;
  }
  const previousYear = previous ? Number(previous.body.period.from.slice(0, 4)) : undefined;
  const place = (path: string[]): PreviousPlace | undefined =>
    previous ? { answer: at(previous.body, path), path: ["body", ...path], year: previousYear } : undefined;

  const ctx: BuildContext = {
    lang,
    issues,
    provenance: [],
    comparisons: [],
    unitName: (id) => index.byId.get(id)?.name ?? id,
    reportPath: (source) => ["reports", records.find((r) => r.source === source)?.index ?? -1],
  };
  const areaBuilders = AREA_IDS.map(
    (id) => new SectionBuilder(id, areaLabel(id, lang), ["body", "areas", id], "area"),
  );
  const sectionBuilders = SECTIONS.map(
    ([key, path, objectId, kind]) =>
      new SectionBuilder(key, fieldLabel(path[path.length - 1]!, objectId, lang), ["body", ...path], kind),
  );
  const custom = new Map<string, { title: string; builder: SectionBuilder }>();

  const areaPaths = AREA_IDS.map((id) => sharedPath(["body", "areas", id]));
  const sectionPaths = SECTIONS.map(([, path]) => sharedPath(["body", ...path]));
  for (const { record, doc } of used) {
    const from = { unit: record.unit!, report: record.source };
    const body = doc.body as unknown as Record<string, unknown>;
    const areas = (body.areas ?? {}) as Record<string, unknown>;
    for (let k = 0; k < AREA_IDS.length; k++)
      areaBuilders[k]!.add(from, areas[AREA_IDS[k]!], areaPaths[k]!, ctx);
    const assessment = (body.assessment ?? {}) as Record<string, unknown>;
    for (let k = 0; k < SECTIONS.length; k++) {
      const [, path] = SECTIONS[k]!;
      const answer = path.length === 1 ? body[path[0]!] : assessment[path[1]!];
      sectionBuilders[k]!.add(from, answer, sectionPaths[k]!, ctx);
    }
    (doc.body.customAreas ?? []).forEach((c, i) => {
      let entry = custom.get(c.id);
      if (!entry) {
        entry = {
          title: c.title,
          builder: new SectionBuilder(
            `custom:${c.id}`,
            c.title,
            ["body", "customAreas", "*", "answer"],
            "section",
          ),
        };
        custom.set(c.id, entry);
      }
      entry.builder.add(from, c.answer, ["body", "customAreas", i, "answer"], ctx);
    });
  }

  const areas: Record<string, ConsolidatedArea> = {};
  const docAreas: Record<string, unknown> = {};
  AREA_IDS.forEach((id, k) => {
    const { answer, record } = areaBuilders[k]!.build(["body", "areas", id], ctx, place(["areas", id]));
    areas[id] = record;
    if (answer) docAreas[id] = answer;
  });
  const body: Record<string, unknown> = { period: { ...period } };
  const assessment: Record<string, unknown> = {};
  const sectionAnswers: Record<string, unknown> = {};
  SECTIONS.forEach(([key, path], k) => {
    const docPath: IssuePath = ["body", ...path];
    const { answer, record } = sectionBuilders[k]!.build(docPath, ctx, place(path));
    areas[key] = record;
    if (!answer) return;
    if (path[0] === "assessment") assessment[path[1]!] = answer;
    else sectionAnswers[key] = answer;
  });
  if (sectionAnswers.context) body.context = sectionAnswers.context;
  body.areas = docAreas;
  const customAreas: unknown[] = [];
  for (const [id, { title, builder }] of custom) {
    const i = customAreas.length;
    const { answer, record } = builder.build(["body", "customAreas", i, "answer"], ctx);
    areas[`custom:${id}`] = record;
    if (answer) customAreas.push({ id, title, answer });
  }
  if (customAreas.length) body.customAreas = customAreas;
  if (Object.keys(assessment).length) body.assessment = assessment;
  for (const key of ["outlook", "directions", "recommendations"])
    if (sectionAnswers[key]) body[key] = sectionAnswers[key];

  const record = {
    period,
    ...(receiver ? { receiver } : {}),
    reports: records,
    status: reportingStatus(index, expected, records, request?.deadline),
    areas,
    provenance: ctx.provenance,
    comparisons: ctx.comparisons,
  };
  const appendices = presentSums(
    record,
    body,
    [
      ...AREA_IDS.map((id) => ({ id, title: areaLabel(id, "vi") })),
      ...[...custom].map(([id, c]) => ({ id: `custom:${id}`, title: c.title })),
    ],
    index.order,
    ctx,
    new Map(used.map(({ record: r, doc }) => [r.source, doc])),
    request?.deadline,
  );

  const document = {
    schemaVersion: SCHEMA_VERSION,
    ...(options.id ? { id: options.id } : {}),
    kind: "report",
    frame: frameOf(options, receiver ? index.byId.get(receiver) : undefined, period, issues),
    body,
    appendices,
  } as unknown as ReportDocument;

  return { document, record, issues };
}

/** Keys of the lists that count as table rows of a document (the model's row budget). */
const TABLE_LISTS = new Set(["delegations", "projects", "agreements", "conferences"]);

function tableRows(v: unknown, key?: string): number {
  if (Array.isArray(v)) {
    const own = key !== undefined && TABLE_LISTS.has(key) ? v.length : 0;
    return v.reduce<number>((n, x) => n + tableRows(x), own);
  }
  if (!v || typeof v !== "object") return 0;
  let n = 0;
  for (const [k, x] of Object.entries(v)) n += tableRows(x, k);
  return n;
}

/**
 * The sums made visible: a first paragraph per area that states its summed figures (where the
 * area has a narrative: without one, the renderer writes the figures' sentences itself), the
 * reporting status at the head of the report, and the appendices (status, then per area).
 */
function presentSums(
  record: ConsolidationRecord,
  body: Record<string, unknown>,
  areas: { id: string; title: string }[],
  order: readonly string[],
  ctx: BuildContext,
  docs: Map<string, ReportDocument>,
  deadline: string | undefined,
) {
  const p = present(
    record,
    areas,
    order,
    ctx.unitName,
    (report, path) => at(docs.get(report), path as string[]),
    deadline,
    tableRows(body),
  );
  const docAreas = body.areas as Record<string, { answer: string; narrative?: string[] }>;
  const custom = (body.customAreas ?? []) as {
    id: string;
    answer: { answer: string; narrative?: string[] };
  }[];
  for (const [id, summary] of p.summaries) {
    const answer = id.startsWith("custom:")
      ? custom.find((c) => `custom:${c.id}` === id)?.answer
      : docAreas[id];
    if (answer?.answer !== "content" || !answer.narrative?.length) continue;
    const max = maxItems(["body", "areas", "delegations", "narrative"]) ?? Number.POSITIVE_INFINITY;
    answer.narrative = [summary, ...answer.narrative].slice(0, max);
  }
  const context = body.context as { answer: string; narrative?: string[] } | undefined;
  body.context =
    context?.answer === "content"
      ? { ...context, narrative: [p.status, ...(context.narrative ?? [])] }
      : { answer: "content", narrative: [p.status] };
  for (const id of p.cut)
    ctx.issues.push(
      consolidationIssue(
        "consolidate.appendix-left-out",
        ["appendices"],
        "warning",
        areas.find((a) => a.id === id)?.title ?? id,
        { area: id },
        ctx.lang,
      ),
    );
  return p.appendices;
}
