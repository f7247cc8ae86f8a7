/**
 * Rules of a report request (công văn đề nghị báo cáo, NĐ 09/2019/NĐ-CP): the deadline comes after
 * the data are cut off (Điều 8.5.b: at least a working day after the cut-off; without a cut-off,
 * after the period's end); a periodic request's cut-off is the decree's window for its period
 * (Điều 12: the 15th of the month before to the 14th); each unit, area and table is asked once
 * (two ids of one name: a warning);
 * the request has its addressees ("Kính gửi:").
 */
import { cutOffWindow } from "../format/cut-off";
import { formatDateShort as d } from "../format/dates";
import { toneKey } from "../text";
import type { DocumentRule } from "./context";

export const requestConsistent: DocumentRule = ({ doc, report }) => {
  if (doc.kind !== "report-request") return;
  const b = doc.body;
  if (b.cutOff) {
    if (b.deadline <= b.cutOff.to)
      report("request.deadline-before-cut-off", ["body", "deadline"], "error", {
        deadline: d(b.deadline),
        cutOff: d(b.cutOff.to),
      });
  } else if (b.deadline < b.period.to)
    report("request.deadline-before-period-end", ["body", "deadline"], "warning", {
      deadline: d(b.deadline),
      end: d(b.period.to),
    });
  if (b.reportClass === "periodic" && b.cutOff) {
    const w = cutOffWindow(b.period);
    if (w && (w.from !== b.cutOff.from || w.to !== b.cutOff.to))
      report("request.cut-off-window", ["body", "cutOff"], "warning", { from: d(w.from), to: d(w.to) });
  }
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  b.units.forEach((u, i) => {
    const byId = u.id === undefined ? undefined : ids.get(u.id);
    const byName = names.get(toneKey(u.name));
    const first = byId ?? byName;
    // The same unit twice (same id, or same name where an id is missing) is an error; two ids of
    // one name may be two units that share a name: a warning to check.
    const twoIds = byId === undefined && u.id !== undefined && b.units[first ?? 0]?.id !== undefined;
    if (first !== undefined)
      report("request.unit-duplicate", ["body", "units", i], twoIds ? "warning" : "error", {
        unit: u.name,
        first: first + 1,
      });
    if (u.id !== undefined && byId === undefined) ids.set(u.id, i);
    if (byName === undefined) names.set(toneKey(u.name), i);
  });
  for (const key of ["areas", "tables"] as const) {
    const seen = new Set<string>();
    b[key]?.forEach((x, i) => {
      const k = toneKey(x);
      if (seen.has(k)) report("request.listed-twice", ["body", key, i], "warning", { item: x });
      seen.add(k);
    });
  }
  if (!doc.frame.recipients.addressees?.length)
    report("request.addressees-missing", ["frame", "recipients", "addressees"], "error");
};
