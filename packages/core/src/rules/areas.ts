/** Area rules: outline references resolve, content is never left out of the outline, custom ids. */
import type { AreaId } from "../model/areas";
import { AREA_IDS } from "../model/constants";
import type { DocumentRule as Rule } from "./context";

const STANDARD = new Set<string>(AREA_IDS);

/** Every area the report's outline names exists; every area with content appears in it. */
export const outlineCoversAreas: Rule = ({ doc, report }) => {
  if (doc.kind !== "report") return;
  const body = doc.body;
  const custom = new Set((body.customAreas ?? []).map((c) => `custom:${c.id}`));
  const outline = body.outline;
  const listed = new Set<string>();
  outline?.parts.forEach((p, i) => {
    const refs =
      p.part === "results" ? p.areas.map((a, j) => ({ ref: a.area, path: ["areas", j, "area"] })) : [];
    if (p.part === "area") refs.push({ ref: p.area, path: ["area"] });
    for (const { ref, path } of refs) {
      listed.add(ref);
      if (!STANDARD.has(ref) && !custom.has(ref))
        report("outline.area-unknown", ["body", "outline", "parts", i, ...path], "error", { area: ref });
    }
  });
  if (!outline) return; // the default outline lists the standard areas; the renderer appends the rest
  for (const id of Object.keys(body.areas) as AreaId[]) {
    if (body.areas[id]?.answer === "content" && !listed.has(id))
      report("outline.area-not-listed", ["body", "areas", id], "warning");
  }
  body.customAreas?.forEach((c, i) => {
    if (c.answer.answer === "content" && !listed.has(`custom:${c.id}`))
      report("outline.area-not-listed", ["body", "customAreas", i], "warning");
  });
};

/** Custom area ids are unique, and `custom:<id>` references name a declared custom area. */
export const customAreasResolve: Rule = ({ doc, report }) => {
  const declared = ("customAreas" in doc.body ? doc.body.customAreas : undefined) ?? [];
  const ids = new Set<string>();
  declared.forEach((c, i) => {
    if (ids.has(c.id))
      report("area.duplicate-custom", ["body", "customAreas", i, "id"], "error", { id: c.id });
    ids.add(c.id);
  });
  const check = (refs: readonly string[] | undefined, path: (string | number)[]) => {
    refs?.forEach((r, j) => {
      if (r.startsWith("custom:") && !ids.has(r.slice(7)))
        report("area.custom-unknown", [...path, j], "error", { id: r.slice(7) });
      else if (!r.startsWith("custom:") && !STANDARD.has(r))
        report("outline.area-unknown", [...path, j], "error", { area: r });
    });
  };
  if (doc.kind === "report-request") check(doc.body.areas, ["body", "areas"]);
  if (doc.kind === "plan")
    for (const [i, c] of doc.body.content.entries()) check(c.areas, ["body", "content", i, "areas"]);
  if (doc.kind === "conclusion-notice") {
    for (const part of ["assessment", "tasks"] as const)
      doc.body[part]?.items?.forEach((it, i) => {
        check(it.areas, ["body", part, "items", i, "areas"]);
        for (const [k, sub] of (it.items ?? []).entries())
          check(sub.areas, ["body", part, "items", i, "items", k, "areas"]);
      });
  }
};
