/**
 * `doingoai consolidate`: the units' reports of the example province into the receiving body's
 * report as JSON, DOCX or HTML; inputs are never overwritten, non-regular files are skipped,
 * errors are clear sentences (Vietnamese, English with --lang en).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validate } from "@doingoai/core";
import { readDocx } from "@doingoai/render";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../packages/cli/src/consolidate";
import { run } from "../../packages/cli/src/index";

const root = join(__dirname, "../..");
const ex = join(root, "examples/consolidation");
const units = join(ex, "units.json");
const request = join(ex, "request.json");
const inbox = join(ex, "inbox.json");
const fresh = () => mkdtempSync(join(tmpdir(), "doingoai-consolidate-"));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A folder with a few reports of the example province. */
function someReports(names: string[]): string {
  const dir = fresh();
  for (const n of names) copyFileSync(join(ex, "reports", `${n}.json`), join(dir, `${n}.json`));
  return dir;
}

describe("doingoai consolidate", () => {
  it("writes the consolidated report of the example inbox as DOCX, with the reporting status", async () => {
    const dir = fresh();
    const out = join(dir, "tong-hop.docx");
    const r = await cli(
      "consolidate",
      "--inbox",
      inbox,
      "--units",
      units,
      "--request",
      request,
      "--out",
      out,
    );
    // Two reports of the inbox are left out (another period, a unit of another province): exit 1.
    expect(r.code).toBe(1);
    expect(r.err).toContain("[consolidate.other-period]");
    expect(r.err).toContain("[consolidate.unit-unknown]");
    // The report is named once, in one pair of quotes.
    expect(r.err).toContain("«Báo cáo xa-binh-thanh.json»: cơ quan ban hành");
    expect(r.out).toContain("60/64 đơn vị đã báo cáo (56 đúng hạn, 4 quá hạn), 3 chưa báo cáo");
    const back = readDocx(readFileSync(out));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value.kind).toBe("report");
  });

  it("writes JSON (a valid report of the period) and the record beside it", async () => {
    const reports = someReports(["so-ngoai-vu", "xa-dam-ha", "phuong-ha-long"]);
    const out = join(fresh(), "tong-hop.json");
    const record = join(fresh(), "ban-ghi.json");
    const r = await cli(
      "consolidate",
      reports,
      "--units",
      units,
      "--period",
      "2026-H1",
      "--out",
      out,
      "--record",
      record,
    );
    expect(r.err).not.toContain("lỗi ");
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    const v = validate(doc);
    expect(v.ok).toBe(true);
    expect(doc.body.period).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    const rec = JSON.parse(readFileSync(record, "utf8"));
    expect(rec.record.status.submitted).toBe(3);
    expect(rec.record.reports.map((x: { source: string }) => x.source).sort()).toEqual([
      "phuong-ha-long.json",
      "so-ngoai-vu.json",
      "xa-dam-ha.json",
    ]);
  });

  it("writes HTML when --out ends in .html", async () => {
    const reports = someReports(["so-y-te", "xa-ba-che"]);
    const out = join(fresh(), "tong-hop.html");
    const r = await cli(
      "consolidate",
      join(reports, "so-y-te.json"),
      join(reports, "xa-ba-che.json"),
      "--units",
      units,
      "--out",
      out,
    );
    expect(r.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain("BÁO CÁO");
  });

  it("leaves out an invalid report with its issues, and still consolidates the others", async () => {
    const reports = someReports(["so-y-te", "xa-ba-che"]);
    writeFileSync(join(reports, "hong.json"), '{"kind":"report"');
    const out = join(fresh(), "tong-hop.json");
    const r = await cli("consolidate", reports, "--units", units, "--out", out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/hong\.json: báo cáo không hợp lệ; không đưa vào tổng hợp/);
    expect(JSON.parse(readFileSync(out, "utf8")).kind).toBe("report");
  });

  it("never overwrites an input: nothing is written", async () => {
    const dir = fresh();
    const u = join(dir, "units.json");
    copyFileSync(units, u);
    const before = readFileSync(u, "utf8");
    const reports = someReports(["so-y-te"]);
    const r = await cli("consolidate", reports, "--units", u, "--out", u, "--format", "json");
    expect(r.code).toBe(2);
    expect(r.err).toContain("sẽ ghi đè lên tệp đầu vào");
    expect(readFileSync(u, "utf8")).toBe(before);
    const r2 = await cli("consolidate", reports, "--units", u, "--out", join(reports, "so-y-te.json"));
    expect(r2.code).toBe(2);
  });

  it("skips a FIFO named *.json in the folder instead of blocking on it", async () => {
    const reports = someReports(["so-y-te"]);
    execFileSync("mkfifo", [join(reports, "ong.json")]);
    const out = join(fresh(), "tong-hop.json");
    const r = await cli("consolidate", reports, "--units", units, "--out", out);
    expect(r.code).toBe(0);
    expect(r.err).toContain("bỏ qua");
    expect(r.err).toContain("ong.json");
    expect(existsSync(out)).toBe(true);
  });

  it("usage errors are clear sentences, exit 2, in Vietnamese or English", async () => {
    const reports = someReports(["so-y-te"]);
    const out = join(fresh(), "x.json");
    const noUnits = await cli("consolidate", reports, "--out", out);
    expect(noUnits.code).toBe(2);
    expect(noUnits.err).toBe("Thiếu --units <tệp danh sách đơn vị .json>.");
    const en = await cli("consolidate", reports, "--out", out, "--lang", "en");
    expect(en.err).toBe("Missing --units <units .json file>.");
    expect((await cli("consolidate", "--units", units, "--out", out)).err).toContain("Thiếu báo cáo");
    const period = await cli("consolidate", reports, "--units", units, "--out", out, "--period", "2026-13");
    expect(period.code).toBe(2);
    expect(period.err).toContain("Kỳ báo cáo không hợp lệ: «2026-13»");
    const format = await cli("consolidate", reports, "--units", units, "--out", join(fresh(), "x.pdf"));
    expect(format.code).toBe(2);
    expect(format.err).toContain("--format");
    expect(existsSync(out)).toBe(false);
  });

  it("bad side files are reported, not thrown", async () => {
    const dir = fresh();
    const reports = someReports(["so-y-te"]);
    writeFileSync(join(dir, "u.json"), "{ khong phai json");
    const out = join(dir, "x.json");
    const notJson = await cli("consolidate", reports, "--units", join(dir, "u.json"), "--out", out);
    expect(notJson.code).toBe(1);
    expect(notJson.err).toContain("--units");
    expect(notJson.err).toContain("không phải JSON hợp lệ");
    writeFileSync(join(dir, "r.json"), JSON.stringify({ deadline: "2026-06-15" }));
    const badRequest = await cli(
      "consolidate",
      reports,
      "--units",
      units,
      "--request",
      join(dir, "r.json"),
      "--out",
      out,
    );
    expect(badRequest.code).toBe(1);
    expect(badRequest.err).toContain("period: { from, to }");
    mkdirSync(join(dir, "sub"));
    const missing = await cli("consolidate", reports, "--units", join(dir, "khong-co.json"), "--out", out);
    expect(missing.err).toContain("ENOENT");
    expect(existsSync(out)).toBe(false);
  });
});

describe("--period", () => {
  it("reads a range, a year, a half and a quarter; refuses anything else", () => {
    expect(parsePeriod("2026-01-01..2026-06-30")).toEqual({ from: "2026-01-01", to: "2026-06-30" });
    expect(parsePeriod("2025")).toEqual({ from: "2025-01-01", to: "2025-12-31" });
    expect(parsePeriod("2026-H2")).toEqual({ from: "2026-07-01", to: "2026-12-31" });
    expect(parsePeriod("2024-Q1")).toEqual({ from: "2024-01-01", to: "2024-03-31" });
    expect(parsePeriod("2024-q1")).toEqual({ from: "2024-01-01", to: "2024-03-31" });
    expect(parsePeriod("2026-02-30..2026-06-30")).toBeUndefined();
    expect(parsePeriod("2026-06-30..2026-01-01")).toBeUndefined();
    expect(parsePeriod("6 tháng")).toBeUndefined();
  });
});
