// Writes docs/elements-reference.md from custom-elements.json: the tables integrators read are
// generated from the manifest (itself generated from the classes' JSDoc), never kept by hand.
// Run after the manifest (`node scripts/custom-elements.mjs`); a test fails when it is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const manifestPath = join(here, "../custom-elements.json");
const outPath = join(here, "../../../docs/elements-reference.md");

const cell = (s) =>
  String(s ?? "")
    .replace(/\|/g, "\\|")
    .replace(/\n+/g, " ");

/** The reference page of a manifest, as Markdown. */
export function referenceMarkdown(manifest) {
  const out = [
    "# Web components reference",
    "",
    "Generated from [`packages/elements/custom-elements.json`](../packages/elements/custom-elements.json)",
    "(itself generated from the JSDoc of the classes) by `packages/elements/scripts/reference-docs.mjs`.",
    "Do not edit by hand: run `pnpm build` (or `node packages/elements/scripts/reference-docs.mjs`).",
    "",
  ];
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  decls.sort((a, b) => a.tagName.localeCompare(b.tagName));
  for (const d of decls) {
    out.push(`## \`<${d.tagName}>\``, "");
    if (d.summary) out.push(cell(d.summary), "");
    const table = (title, head, rows) => {
      if (!rows.length) return;
      out.push(`### ${title}`, "", `| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`);
      for (const r of rows) out.push(`| ${r.map(cell).join(" | ")} |`);
      out.push("");
    };
    const code = (t) => (t ? `\`${t}\`` : "");
    table(
      "Attributes",
      ["attribute", "property", "type", "default", "description"],
      (d.attributes ?? []).map((a) => [
        `\`${a.name}\``,
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        a.description,
      ]),
    );
    table(
      "Properties and methods",
      ["member", "kind", "type", "description"],
      (d.members ?? [])
        .filter(
          (m) => !m.static && m.privacy !== "private" && m.privacy !== "protected" && !m.name.startsWith("_"),
        )
        .map((m) => [`\`${m.name}\``, m.kind, code(m.type?.text ?? m.return?.type?.text), m.description]),
    );
    table(
      "Events",
      ["event", "type", "description"],
      (d.events ?? []).map((e) => [`\`${e.name}\``, code(e.type?.text), e.description]),
    );
    table(
      "Slots",
      ["slot", "description"],
      (d.slots ?? []).map((s) => [`\`${s.name || "(default)"}\``, s.description]),
    );
    table(
      "CSS parts",
      ["part", "description"],
      (d.cssParts ?? []).map((p) => [`\`::part(${p.name})\``, p.description]),
    );
    table(
      "CSS custom properties",
      ["property", "description"],
      (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description]),
    );
  }
  return `${out.join("\n").trimEnd()}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(outPath, referenceMarkdown(JSON.parse(readFileSync(manifestPath, "utf8"))));
  console.log("wrote docs/elements-reference.md");
}
