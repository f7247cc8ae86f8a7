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

describe("the receiving body's frame", () => {
  const frameFile = join(ex, "frame.json");

  it("--frame frame.json sets the frame; flags override its parts", async () => {
    const reports = someReports(["so-ngoai-vu", "xa-dam-ha"]);
    const out = join(fresh(), "tong-hop.json");
    const r = await cli(
      "consolidate",
      reports,
      "--units",
      units,
      "--frame",
      frameFile,
      "--place",
      "Hạ Long",
      "--number",
      "125",
      "--signer",
      "Nguyễn Văn Bình",
      "--out",
      out,
    );
    expect(r.err).not.toContain("consolidate.signer-missing");
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    expect(validate(doc).ok).toBe(true);
    expect(doc.frame.issuingBody).toEqual({ name: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", abbreviation: "UBND" });
    expect(doc.frame.recipients.addressees).toEqual(["Bộ Ngoại giao"]);
    expect(doc.frame.place).toBe("Hạ Long");
    expect(doc.frame.number).toBe(125);
    // The signer's name replaced; the title and authority of the file kept.
    expect(doc.frame.signature).toEqual({
      authority: "KT",
      onBehalfOf: "CHỦ TỊCH",
      title: "PHÓ CHỦ TỊCH",
      name: "Nguyễn Văn Bình",
    });
  });

  it("flags alone give the issuing body, parent body, symbol and signer", async () => {
    const reports = someReports(["so-y-te"]);
    const out = join(fresh(), "tong-hop.json");
    const r = await cli(
      "consolidate",
      reports,
      "--units",
      units,
      "--issuing-body",
      "SỞ NGOẠI VỤ",
      "--parent-body",
      "UBND TỈNH QUẢNG NINH",
      "--symbol",
      "BC-SNgV",
      "--signer",
      "Lê Thị Mai",
      "--signer-title",
      "GIÁM ĐỐC",
      "--out",
      out,
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    expect(doc.frame).toMatchObject({
      issuingBody: { name: "SỞ NGOẠI VỤ" },
      parentBody: "UBND TỈNH QUẢNG NINH",
      symbol: "BC-SNgV",
      signature: { authority: "none", name: "Lê Thị Mai", title: "GIÁM ĐỐC" },
    });
  });

  it("a wrong frame is a clear error and nothing is written", async () => {
    const dir = fresh();
    const reports = someReports(["so-y-te"]);
    const out = join(dir, "x.json");
    const badNumber = await cli("consolidate", reports, "--units", units, "--number", "12a", "--out", out);
    expect(badNumber.code).toBe(2);
    expect(badNumber.err).toContain("--number");
    const badAuthority = await cli(
      "consolidate",
      reports,
      "--units",
      units,
      "--authority",
      "KTT",
      "--out",
      out,
      "--lang",
      "en",
    );
    expect(badAuthority.code).toBe(2);
    expect(badAuthority.err).toContain("Invalid option --authority (TM, KT, TL, TUQ, Q or none)");
    writeFileSync(join(dir, "f.json"), JSON.stringify(["SỞ NGOẠI VỤ"]));
    const notObject = await cli(
      "consolidate",
      reports,
      "--units",
      units,
      "--frame",
      join(dir, "f.json"),
      "--out",
      out,
    );
    expect(notObject.code).toBe(1);
    expect(notObject.err).toContain("phải là một đối tượng thể thức văn bản");
    writeFileSync(
      join(dir, "g.json"),
      JSON.stringify({ symbol: "bao cao", signature: { authority: "KT", name: "Trần Văn C" }, ky: 1 }),
    );
    const wrongParts = await cli(
      "consolidate",
      reports,
      "--units",
      units,
      "--frame",
      join(dir, "g.json"),
      "--out",
      out,
    );
    expect(wrongParts.code).toBe(1);
    expect(wrongParts.err).toContain("thể thức văn bản không hợp lệ; chưa ghi tệp");
    expect(wrongParts.err).toMatch(/frame\.symbol: .*\[schema\.format\]/);
    expect(wrongParts.err).toMatch(/frame: .*: ky\. .*\[schema\.unknown-key\]/);
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
