/** The CLI's own words, Vietnamese first, English with `--lang en`. */
type Fn1 = (a: string) => string;
export interface Strings {
  usage: string;
  valid: (file: string, warnings: number) => string;
  invalid: (file: string, errors: number, warnings: number) => string;
  error: string;
  warning: string;
  cannotRead: (file: string, why: string) => string;
  unreadable: Fn1;
  unknownCommand: Fn1;
  badOption: Fn1;
  needFile: string;
  needFormat: string;
  needOut: string;
  wrote: Fn1;
  notRendered: Fn1;
  renderFailed: (file: string, why: string) => string;
  noJson: Fn1;
  badKind: Fn1;
  tooLarge: (file: string, why: string) => string;
  notRegular: Fn1;
  outIsInput: (out: string, input: string) => string;
  outNotFile: Fn1;
  needReports: string;
  needUnits: string;
  needConsolidateFormat: string;
  badPeriod: Fn1;
  notJson: (option: string, file: string, why: string) => string;
  badUnits: Fn1;
  badInbox: Fn1;
  badRequest: (file: string, why: string) => string;
  badPrevious: Fn1;
  leftOutInvalid: Fn1;
  badFrame: (file: string, why: string) => string;
  badFrameParts: (file: string | undefined) => string;
  consolidated: (
    reports: number,
    s: {
      expected: number;
      submitted: number;
      onTime: number;
      late: number;
      missing: number;
      excluded: number;
    },
  ) => string;
  consolidatedInvalid: string;
  /** How stdin (`-`) is named in messages, and the file name of its outputs. */
  stdinName: string;
  stdinFile: string;
}

export const STRINGS: Record<"vi" | "en", Strings> = {
  vi: {
    usage: `Cách dùng: doingoai <lệnh> [tùy chọn]

Lệnh:
  validate <tệp.json…|-> [--json] [--lang en] Kiểm tra văn bản (mã thoát 0: hợp lệ, 1: không hợp lệ);
                                              «-» đọc từ đầu vào chuẩn
  render <tệp.json|thư mục|-> --format docx|html|both --out <đường dẫn> [--fragment]
                                              Xuất văn bản ra DOCX và/hoặc HTML theo Nghị định 30/2020
  consolidate <thư mục|tệp.json…> --units <đơn vị.json> --out <tệp> [--format json|docx|html]
              [--request <yêu cầu.json>] [--previous <kỳ trước.json>] [--inbox <hộp thư.json>]
              [--period 2026-01-01..2026-06-30|2026|2026-H1|2026-Q3] [--record <bản ghi.json>]
              [--frame <thể thức.json>] [--issuing-body <cơ quan ban hành>] [--parent-body <cơ quan chủ quản>]
              [--place <địa danh>] [--number <số>] [--symbol <ký hiệu>] [--signer <họ tên người ký>]
              [--signer-title <chức vụ>] [--authority TM|KT|TL|TUQ|Q|none] [--on-behalf-of <thay mặt>]
                                              Tổng hợp báo cáo của các đơn vị thành báo cáo tổng hợp
  schema [--kind report|plan|conclusion-notice|report-request]
                                              In lược đồ JSON (draft 2020-12) ra màn hình
  help                                        Hướng dẫn này
  --version                                   In số phiên bản

Ví dụ:
  pnpm doingoai validate examples/documents/ke-hoach-2024-xa-binh-thanh.json
  pnpm doingoai render examples/documents --format both --out out/
  pnpm doingoai consolidate --inbox examples/consolidation/inbox.json \\
    --units examples/consolidation/units.json --request examples/consolidation/request.json \\
    --out out/tong-hop.docx`,
    valid: (f: string, w: number) => `✓ ${f}: hợp lệ${w ? ` (${w} cảnh báo)` : ""}`,
    invalid: (f: string, e: number, w: number) =>
      `✗ ${f}: không hợp lệ — ${e} lỗi${w ? `, ${w} cảnh báo` : ""}`,
    error: "lỗi",
    warning: "cảnh báo",
    cannotRead: (f: string, why: string) => `✗ ${f}: không đọc được tệp (${why})`,
    unreadable: (why: string) => `Không đọc được tệp (${why}).`,
    unknownCommand: (c: string) => `Lệnh không hợp lệ: «${c}». Gõ «doingoai help» để xem các lệnh.`,
    badOption: (why: string) => `Tùy chọn không hợp lệ: ${why}`,
    needFile: "Thiếu tệp văn bản (.json).",
    needFormat: "Thiếu hoặc sai --format (docx, html hoặc both).",
    needOut: "Thiếu --out <đường dẫn>.",
    wrote: (f: string) => `  → ${f}`,
    notRendered: (f: string) => `✗ ${f}: không xuất được vì văn bản không hợp lệ.`,
    renderFailed: (f: string, why: string) => `✗ ${f}: lỗi khi xuất văn bản (${why})`,
    noJson: (d: string) => `Thư mục ${d} không có tệp .json nào.`,
    badKind: (k: string) =>
      `Loại văn bản không hợp lệ: «${k}» (report, plan, conclusion-notice, report-request).`,
    tooLarge: (f: string, why: string) =>
      `✗ ${f}: tệp quá lớn để là một văn bản (${why}); không đọc tệp này.`,
    notRegular: (f: string) => `  bỏ qua ${f}: không phải tệp thường (FIFO, socket, thiết bị…).`,
    outIsInput: (o: string, i: string) =>
      `--out ${o} sẽ ghi đè lên tệp đầu vào ${i}; hãy chọn đường dẫn khác. Chưa ghi tệp nào.`,
    outNotFile: (o: string) =>
      `--out ${o} đã có và không phải tệp thường; hãy chọn đường dẫn khác. Chưa ghi tệp nào.`,
    needReports: "Thiếu báo cáo của các đơn vị (thư mục, tệp .json hoặc --inbox).",
    needUnits: "Thiếu --units <tệp danh sách đơn vị .json>.",
    needConsolidateFormat: "Thiếu hoặc sai --format (json, docx hoặc html; hoặc đuôi tệp --out).",
    badPeriod: (p: string) =>
      `Kỳ báo cáo không hợp lệ: «${p}» (ví dụ 2026-01-01..2026-06-30, 2026, 2026-H1, 2026-Q3).`,
    notJson: (o: string, f: string, why: string) => `✗ ${o} ${f}: không phải JSON hợp lệ (${why}).`,
    badUnits: (f: string) =>
      `✗ --units ${f}: phải là một danh sách đơn vị [{ "id", "name", "level", "parent"? }].`,
    badInbox: (f: string) =>
      `✗ --inbox ${f}: phải là một danh sách [{ "file", "unit"?, "submittedAt"? }] (đường dẫn tính từ thư mục của tệp này).`,
    badRequest: (f: string, why: string) => `✗ --request ${f}: yêu cầu báo cáo không hợp lệ (cần ${why}).`,
    badPrevious: (f: string) =>
      `✗ --previous ${f}: không phải báo cáo hợp lệ; không so sánh được với kỳ trước.`,
    leftOutInvalid: (f: string) => `✗ ${f}: báo cáo không hợp lệ; không đưa vào tổng hợp.`,
    badFrame: (f: string, why: string) =>
      why.startsWith("--")
        ? `Tùy chọn ${why} không hợp lệ (${why === "--number" ? "số văn bản là số nguyên dương, tối đa 6 chữ số" : "TM, KT, TL, TUQ, Q hoặc none"}).`
        : `✗ --frame ${f}: phải là một đối tượng thể thức văn bản ${why}.`,
    badFrameParts: (f) =>
      `✗ ${f ? `--frame ${f} và các tùy chọn` : "Các tùy chọn"} thể thức văn bản không hợp lệ; chưa ghi tệp:`,
    consolidated: (n, st) =>
      `Tổng hợp ${n} báo cáo: ${st.submitted}/${st.expected} đơn vị đã báo cáo (${st.onTime} đúng hạn, ${st.late} quá hạn), ${st.missing} chưa báo cáo, ${st.excluded} không dùng được.`,
    consolidatedInvalid: "✗ Báo cáo tổng hợp không hợp lệ; không ghi tệp.",
    stdinName: "(đầu vào chuẩn)",
    stdinFile: "stdin",
  },
  en: {
    usage: `Usage: doingoai <command> [options]

Commands:
  validate <file.json…|-> [--json] [--lang en]
                                              Validate documents (exit 0: valid, 1: invalid);
                                              "-" reads standard input
  render <file.json|folder|-> --format docx|html|both --out <path> [--fragment]
                                              Render documents to DOCX and/or HTML (Decree 30/2020)
  consolidate <folder|file.json…> --units <units.json> --out <file> [--format json|docx|html]
              [--request <request.json>] [--previous <previous.json>] [--inbox <inbox.json>]
              [--period 2026-01-01..2026-06-30|2026|2026-H1|2026-Q3] [--record <record.json>]
              [--frame <frame.json>] [--issuing-body <name>] [--parent-body <name>] [--place <place>]
              [--number <n>] [--symbol <symbol>] [--signer <name>] [--signer-title <title>]
              [--authority TM|KT|TL|TUQ|Q|none] [--on-behalf-of <body or title>]
                                              Consolidate the units' reports into one report
  schema [--kind report|plan|conclusion-notice|report-request]
                                              Print the JSON Schema (draft 2020-12)
  help                                        This help
  --version                                   Print the version

Examples:
  pnpm doingoai validate examples/documents/ke-hoach-2024-xa-binh-thanh.json --lang en
  pnpm doingoai render examples/documents --format both --out out/
  pnpm doingoai consolidate --inbox examples/consolidation/inbox.json \\
    --units examples/consolidation/units.json --request examples/consolidation/request.json \\
    --out out/consolidated.docx --lang en`,
    valid: (f: string, w: number) => `✓ ${f}: valid${w ? ` (${w} warning(s))` : ""}`,
    invalid: (f: string, e: number, w: number) =>
      `✗ ${f}: invalid — ${e} error(s)${w ? `, ${w} warning(s)` : ""}`,
    error: "error",
    warning: "warning",
    cannotRead: (f: string, why: string) => `✗ ${f}: cannot read the file (${why})`,
    unreadable: (why: string) => `Cannot read the file (${why}).`,
    unknownCommand: (c: string) => `Unknown command: “${c}”. Run “doingoai help” for the commands.`,
    badOption: (why: string) => `Invalid option: ${why}`,
    needFile: "Missing document file (.json).",
    needFormat: "Missing or invalid --format (docx, html or both).",
    needOut: "Missing --out <path>.",
    wrote: (f: string) => `  → ${f}`,
    notRendered: (f: string) => `✗ ${f}: not rendered because the document is invalid.`,
    renderFailed: (f: string, why: string) => `✗ ${f}: rendering failed (${why})`,
    noJson: (d: string) => `The folder ${d} has no .json file.`,
    badKind: (k: string) => `Invalid kind: “${k}” (report, plan, conclusion-notice, report-request).`,
    tooLarge: (f: string, why: string) =>
      `✗ ${f}: the file is too large to be a document (${why}); not read.`,
    notRegular: (f: string) => `  skipped ${f}: not a regular file (FIFO, socket, device…).`,
    outIsInput: (o: string, i: string) =>
      `--out ${o} would overwrite the input file ${i}; choose another path. Nothing was written.`,
    outNotFile: (o: string) =>
      `--out ${o} exists and is not a regular file; choose another path. Nothing was written.`,
    needReports: "Missing the units' reports (a folder, .json files or --inbox).",
    needUnits: "Missing --units <units .json file>.",
    needConsolidateFormat: "Missing or invalid --format (json, docx or html; or the extension of --out).",
    badPeriod: (p: string) =>
      `Invalid period: “${p}” (for example 2026-01-01..2026-06-30, 2026, 2026-H1, 2026-Q3).`,
    notJson: (o: string, f: string, why: string) => `✗ ${o} ${f}: not valid JSON (${why}).`,
    badUnits: (f: string) =>
      `✗ --units ${f}: must be a list of units [{ "id", "name", "level", "parent"? }].`,
    badInbox: (f: string) =>
      `✗ --inbox ${f}: must be a list [{ "file", "unit"?, "submittedAt"? }] (paths relative to its folder).`,
    badRequest: (f: string, why: string) => `✗ --request ${f}: invalid report request (needs ${why}).`,
    badPrevious: (f: string) =>
      `✗ --previous ${f}: not a valid report; no comparison with the previous period.`,
    leftOutInvalid: (f: string) => `✗ ${f}: invalid report; left out of the consolidation.`,
    badFrame: (f: string, why: string) =>
      why.startsWith("--")
        ? `Invalid option ${why} (${why === "--number" ? "a document number is a positive integer of at most 6 digits" : "TM, KT, TL, TUQ, Q or none"}).`
        : `✗ --frame ${f}: must be a frame object ${why}.`,
    badFrameParts: (f) =>
      `✗ ${f ? `--frame ${f} and the frame options are` : "The frame options are"} not valid; nothing was written:`,
    consolidated: (n, st) =>
      `Consolidated ${n} reports: ${st.submitted}/${st.expected} units reported (${st.onTime} on time, ${st.late} late), ${st.missing} missing, ${st.excluded} not usable.`,
    consolidatedInvalid: "✗ The consolidated report is invalid; nothing was written.",
    stdinName: "(standard input)",
    stdinFile: "stdin",
  },
};
