// A document at the limits of core's LIMITS table, to measure how long LibreOffice takes to open
// the DOCX of the largest valid document (docs/security.md gives the figure):
//
//   pnpm build && node tests/security/max-document.mjs /tmp/max.docx
//   time soffice --headless --convert-to pdf --outdir /tmp /tmp/max.docx
//
// It takes the 2019 annual report (with its delegations appendix), gives it 300 delegations and
// free-table appendices up to the document's table-row budget (20 columns each), and fills its
// narratives up to the character budget; it checks that the result is valid and just under the
// budgets, then writes the DOCX.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(fileURLToPath(import.meta.url), "../../..");
const { LIMITS, validate } = await import(join(root, "packages/core/dist/index.js"));
const { renderDocx } = await import(join(root, "packages/render/dist/index.js"));
const { example } = await import(join(root, "packages/core/dist/fixtures/index.js"));

const d = example("bao-cao-nam-2019-so-tttt-lang-son");
const facts = d.body.areas.delegations.facts;
const one = facts.delegations[0];
const DELEGATIONS = 300;
facts.delegations = Array.from({ length: DELEGATIONS }, () => structuredClone(one));
delete facts.totals;
const columns = LIMITS.tableColumns;
let rows = LIMITS.documentTableRows - DELEGATIONS;
const cell = (r, c) => `Ô ${r + 1}.${c + 1} đối ngoại`;
while (rows > 0) {
  const n = Math.min(rows, LIMITS.tableRows);
  d.appendices.push({
    title: `BẢNG SỐ LIỆU ${d.appendices.length + 1}`,
    table: {
      type: "free",
      table: {
        columns: Array.from({ length: columns }, (_, c) => `Cột ${c + 1}`),
        rows: Array.from({ length: n }, (_, r) => Array.from({ length: columns }, (_, c) => cell(r, c))),
      },
    },
  });
  rows -= n;
}
// Fill the narrative up to the character budget, in paragraphs of at most LIMITS.paragraph.
const count = (v) =>
  typeof v === "string"
    ? v.length
    : v && typeof v === "object"
      ? Object.values(v).reduce((n, x) => n + count(x), 0)
      : 0;
const sentence = "Công tác đối ngoại nhân dân tiếp tục được triển khai đồng bộ, hiệu quả trên địa bàn tỉnh. ";
let room = LIMITS.documentText - count(d) - 1000;
d.body.intro = [];
while (room > 100) {
  const n = Math.min(room, LIMITS.paragraph);
  d.body.intro.push(
    sentence
      .repeat(Math.ceil(n / sentence.length))
      .slice(0, n)
      .trim(),
  );
  room -= n;
}
const r = validate(d);
if (!r.ok) throw new Error(JSON.stringify(r.issues.filter((i) => i.severity === "error").slice(0, 5)));
const bytes = await renderDocx(r.value);
const out = process.argv[2] ?? "max-document.docx";
writeFileSync(out, bytes);
console.log(
  JSON.stringify({
    out,
    bytes: bytes.length,
    characters: count(r.value),
    tableRows: LIMITS.documentTableRows,
    json: JSON.stringify(r.value).length,
  }),
);
