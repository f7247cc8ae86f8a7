/**
 * Report requests (công văn đề nghị báo cáo): the NĐ 09/2019 cut-off presets, the example request
 * as a valid document of the model, what `consolidate` reads of it, and a unit's report started
 * from it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cutOffPreset, cutOffWindow, provinceDeadline } from "../format/cut-off";
import { validate } from "../index";
import type { RequestDocument } from "../model/document";
import { consolidate } from "./consolidate";
import { reportFromRequest, requestOf } from "./request";

const root = join(__dirname, "../../../..");
const request = JSON.parse(
  readFileSync(
    join(
      root,
      "examples/documents/cong-van-de-nghi-bao-cao-6-thang-dau-nam-2026-so-ngoai-vu-quang-ninh.json",
    ),
    "utf8",
  ),
) as RequestDocument;
const units = JSON.parse(readFileSync(join(root, "examples/consolidation/units.json"), "utf8"));

describe("NĐ 09/2019 Điều 12: cut-off windows run from the 15th to the 14th", () => {
  it("month, quarter, halves, nine months (provincial) and year", () => {
    expect(cutOffPreset("month", 2026, 1)).toEqual({ from: "2025-12-15", to: "2026-01-14" });
    expect(cutOffPreset("month", 2026, 7)).toEqual({ from: "2026-06-15", to: "2026-07-14" });
    expect(cutOffPreset("quarter", 2026, 1)).toEqual({ from: "2025-12-15", to: "2026-03-14" });
    expect(cutOffPreset("quarter", 2026, 3)).toEqual({ from: "2026-06-15", to: "2026-09-14" });
    expect(cutOffPreset("first-half", 2026)).toEqual({ from: "2025-12-15", to: "2026-06-14" });
    expect(cutOffPreset("second-half", 2026)).toEqual({ from: "2026-06-15", to: "2026-12-14" });
    expect(cutOffPreset("nine-months", 2026)).toEqual({ from: "2025-12-15", to: "2026-09-14" });
    expect(cutOffPreset("year", 2026)).toEqual({ from: "2025-12-15", to: "2026-12-14" });
    expect(() => cutOffPreset("month", 2026, 13)).toThrow(RangeError);
    expect(() => cutOffPreset("quarter", 2026, 0)).toThrow(RangeError);
  });

  it("Điều 13.1: a province reports to the Government by the 25th of the period's last month", () => {
    expect(provinceDeadline({ to: "2026-06-30" })).toBe("2026-06-25");
  });
});

describe("the example request", () => {
  it("is a valid report-request document whose cut-off is the decree's first-half window", () => {
    const v = validate(request);
    expect(v.issues).toEqual([]);
    expect(v.ok).toBe(true);
    expect(request.body.cutOff).toEqual(cutOffPreset("first-half", 2026));
  });

  it("gives consolidate its period, deadline and the expected units", () => {
    const r = requestOf(request);
    expect(r).toEqual({
      period: { from: "2026-01-01", to: "2026-06-30" },
      deadline: "2026-06-15",
      expected: units.filter((u: { parent?: string }) => u.parent).map((u: { id: string }) => u.id),
    });
    // A unit the request names that the list does not know is an issue of the consolidation.
    const withStranger = structuredClone(request);
    withStranger.body.units.push({ name: "Xã Bình Thành", id: "xa-binh-thanh" });
    const c = consolidate([], { units, request: requestOf(withStranger) });
    expect(c.issues.map((i) => i.code)).toContain("request.unknown-unit");
  });

  it("starts a unit's report: its period, the basis citing the request, addressed to the requester", () => {
    const report = reportFromRequest(request, { name: "Xã Tiên Yên" }, "Sở Ngoại vụ tỉnh Quảng Ninh");
    const v = validate(report);
    expect(v.ok).toBe(true);
    expect(report.body.period).toEqual(request.body.period);
    expect(report.frame.basis?.[0]?.citation).toMatchObject({
      kind: "Công văn",
      code: "412/SNgV-VP",
      date: "2026-05-20",
      issuer: "Sở Ngoại vụ tỉnh Quảng Ninh",
    });
    expect(report.frame.recipients.addressees).toEqual(["Sở Ngoại vụ tỉnh Quảng Ninh"]);
    expect(Object.keys(report.body.areas)).toEqual(request.body.areas);
    expect(report.frame.status).toBe("draft");
  });
});

describe("the rules of a report request", () => {
  const codes = (doc: RequestDocument) => validate(doc).issues.map((i) => [i.code, i.path.join(".")]);

  it("the decree's window of a period of whole months; none for an ad-hoc period", () => {
    expect(cutOffWindow({ from: "2026-07-01", to: "2026-09-30" })).toEqual(cutOffPreset("quarter", 2026, 3));
    expect(cutOffWindow({ from: "2026-01-01", to: "2026-12-31" })).toEqual(cutOffPreset("year", 2026));
    expect(cutOffWindow({ from: "2026-02-01", to: "2026-02-28" })).toEqual(cutOffPreset("month", 2026, 2));
    expect(cutOffWindow({ from: "2026-03-10", to: "2026-04-20" })).toBeUndefined();
  });

  it("a deadline on or before the cut-off is an error; a cut-off off the decree's window a warning", () => {
    const early = structuredClone(request);
    early.body.deadline = early.body.cutOff!.to;
    expect(codes(early)).toEqual([["request.deadline-before-cut-off", "body.deadline"]]);
    const off = structuredClone(request);
    off.body.cutOff = { from: "2025-12-20", to: "2026-06-10" };
    expect(codes(off)).toEqual([["request.cut-off-window", "body.cutOff"]]);
    // A thematic request has no preset window.
    off.body.reportClass = "thematic";
    expect(codes(off)).toEqual([]);
  });

  it("each unit is asked once (by id or by name), each area once, and the request has addressees", () => {
    const twice = structuredClone(request);
    twice.body.units.push({ name: "Sở Tài Chính" }, { name: "Sở mới", id: "so-ngoai-vu" });
    twice.body.areas!.push("consular");
    delete twice.frame.recipients.addressees;
    const found = validate(twice, { lang: "en" }).issues;
    expect(found.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["request.unit-duplicate", "body.units.64"],
      ["request.unit-duplicate", "body.units.65"],
      ["request.listed-twice", "body.areas.13"],
      ["request.addressees-missing", "frame.recipients.addressees"],
    ]);
    expect(found[0]!.message).toContain("is already on line 2");
    expect(found.map((i) => i.severity)).toEqual(["error", "error", "warning", "error"]);
    // Two ids of one name may be two units: a warning only.
    const namesake = structuredClone(request);
    namesake.body.units.push({ name: "Sở Y tế", id: "so-y-te-2" });
    expect(validate(namesake).issues.map((i) => [i.code, i.severity])).toEqual([
      ["request.unit-duplicate", "warning"],
    ]);
  });
});
