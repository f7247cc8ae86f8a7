// Smaller declarations of the zod schemas, without touching the model: tsc writes the inferred
// type of `export const Document = z.discriminatedUnion(…)` in full, with every schema it uses
// expanded again (model/document.d.ts ≈ 1 MB). Here each exported constant's type that appears
// verbatim inside another one is replaced there by `typeof Name` (imported type-only under an
// alias). The same text in the same scope denotes the same type, so the declarations mean
// exactly what they meant; they are only shorter and cheaper to check.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import ts from "typescript";

const MIN = 120; // shorter types are left inline (a `typeof` saves little)
const norm = (s) => s.replace(/\s+/g, " ").trim();

/** `files`: absolute paths of `.d.ts` files (extensionless relative imports, as tsc wrote them). */
export function dedupeDeclarations(files) {
  const decls = [];
  const parsed = new Map();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    parsed.set(file, { text, sf });
    for (const st of sf.statements) {
      if (!ts.isVariableStatement(st) || !st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
        continue;
      for (const d of st.declarationList.declarations)
        if (d.type && ts.isIdentifier(d.name))
          decls.push({ file, name: d.name.text, node: d.type, type: norm(d.type.getText(sf)) });
    }
  }
  // Types used elsewhere, longest first; the same text declared twice keeps its first name.
  const candidates = [];
  const seen = new Set();
  for (const d of [...decls].sort((a, b) => b.type.length - a.type.length))
    if (d.type.length >= MIN && !seen.has(d.type)) {
      seen.add(d.type);
      candidates.push(d);
    }
  let saved = 0;
  for (const [file, { text, sf }] of parsed) {
    const mine = decls.filter((d) => d.file === file);
    if (!mine.length) continue;
    const imports = new Map(); // alias → [name, from]
    const edits = [];
    for (const d of mine) {
      let type = d.type;
      for (const c of candidates) {
        if (c === d || c.type.length >= type.length) continue;
        let at = type.indexOf(c.type);
        if (at < 0) continue;
        // Constants of the same name in several files (each area's `indicators`) need aliases of their own.
        const alias = `__${c.name}_${candidates.indexOf(c)}`;
        const ref = c.file === file ? `typeof ${c.name}` : `typeof ${alias}`;
        if (c.file !== file) {
          let from = relative(dirname(file), c.file).replace(/\.d\.ts$/, "");
          if (!from.startsWith(".")) from = `./${from}`;
          imports.set(alias, [c.name, from]);
        }
        let out = "";
        while (at >= 0) {
          const before = type[at - 1] ?? " ";
          const after = type[at + c.type.length] ?? " ";
          const whole = !/[\w$.]/.test(before) && !/[\w$.<]/.test(after);
          out += type.slice(0, at) + (whole ? ref : c.type);
          type = type.slice(at + c.type.length);
          at = type.indexOf(c.type);
        }
        type = out + type;
      }
      if (type !== d.type) edits.push([d.node.getStart(sf), d.node.getEnd(), type]);
    }
    if (!edits.length) continue;
    let out = text;
    for (const [a, b, t] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + t + out.slice(b);
    const head = [...imports].map(
      ([alias, [name, from]]) => `import type { ${name} as ${alias} } from "${from}";`,
    );
    out = `${head.join("\n")}${head.length ? "\n" : ""}${out}`;
    // Pretty again (one type per line was collapsed by the text replacement).
    const printed = ts
      .createPrinter()
      .printFile(ts.createSourceFile(file, out, ts.ScriptTarget.Latest, true));
    saved += text.length - printed.length;
    writeFileSync(file, printed);
  }
  return saved;
}
