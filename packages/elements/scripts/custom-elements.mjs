/**
 * Writes `custom-elements.json` (Custom Elements Manifest 2.1) from the JSDoc of the component
 * classes: `@tag @summary @attr @event @slot @csspart @cssprop` on each class, and the JSDoc of
 * public members (of the class and of the form base class it extends). Run after each build
 * (tsup `onSuccess`) or by hand: `node scripts/custom-elements.mjs`. `--check` exits 1 when the
 * file is out of date. A test (`src/manifest.test.ts`) does the same check.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PKG = join(dirname(fileURLToPath(import.meta.url)), "..");
const COMPONENTS = "src/components";

/** The JSDoc block that ends right before `index` (blank lines allowed), as lines without `*`. */
function docBefore(src, index) {
  const before = src.slice(0, index).replace(/\s+$/, "");
  if (!before.endsWith("*/")) return undefined;
  const start = before.lastIndexOf("/**");
  if (start < 0) return undefined;
  return before
    .slice(start + 3, -2)
    .split("\n")
    .map((l) => l.replace(/^\s*\* ?/, "").trimEnd());
}

/** Description (text before the first tag) and tags (`@name rest`, continuation lines joined). */
function parseDoc(lines) {
  const text = [];
  const tags = [];
  for (const line of lines ?? []) {
    const m = /^@(\w+)\s*(.*)$/.exec(line.trim());
    if (m) tags.push({ tag: m[1], text: m[2] });
    else if (tags.length) tags[tags.length - 1].text += line.trim() ? ` ${line.trim()}` : "";
    else text.push(line);
  }
  return {
    description: text
      .join("\n")
      .trim()
      .replace(/\n(?!\n)/g, " "),
    tags,
  };
}

/** `name - description` → { name, description }. */
function named(text) {
  const m = /^(\S+)\s*(?:-\s*)?(.*)$/.exec(text.trim());
  return { name: m?.[1] ?? text.trim(), description: (m?.[2] ?? "").trim() };
}

/** Public members of a class body with a JSDoc comment: getters/setters (fields) and methods. */
function members(src, classStart) {
  const body = src.slice(classStart);
  const end = body.search(/\n}\n/);
  const cls = end < 0 ? body : body.slice(0, end);
  const out = new Map();
  const re = /\n {2}(?:(get|set)\s+|async\s+|(declare)\s+)?([a-zA-Z]\w*)\s*[(:]/g;
  for (let m = re.exec(cls); m; m = re.exec(cls)) {
    const [, get, declared, name] = m;
    const accessor = get ?? declared;
    if (["constructor", "render", "if", "for", "switch", "return"].includes(name)) continue;
    const doc = docBefore(cls, m.index + 1);
    if (!doc || out.has(name)) continue;
    const { description } = parseDoc(doc);
    if (!description) continue;
    out.set(name, accessor ? { kind: "field", name, description } : { kind: "method", name, description });
  }
  return [...out.values()];
}

function classesOf(path) {
  const src = readFileSync(join(PKG, path), "utf8");
  const out = [];
  const re = /export (?:abstract )?class (\w+) extends (\w+)/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const { description, tags } = parseDoc(docBefore(src, m.index));
    out.push({ path, name: m[1], superclass: m[2], description, tags, members: members(src, m.index) });
  }
  return out;
}

export function buildManifest() {
  const files = readdirSync(join(PKG, COMPONENTS), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => f.split("\\").join("/"))
    .sort()
    .map((f) => `${COMPONENTS}/${f}`);
  const all = files.flatMap(classesOf);
  const byName = new Map(all.map((c) => [c.name, c]));
  const modules = [];
  const definitions = [];
  for (const c of all) {
    const tag = c.tags.find((t) => t.tag === "tag")?.text.trim();
    if (!tag) continue;
    const list = (name) => c.tags.filter((t) => t.tag === name).map((t) => named(t.text));
    const base = byName.get(c.superclass);
    const inherited = (base?.members ?? [])
      .filter((m) => !c.members.some((x) => x.name === m.name))
      .map((m) => ({ ...m, inheritedFrom: { name: base.name, module: base.path } }));
    const declaration = {
      kind: "class",
      description: c.description,
      name: c.name,
      tagName: tag,
      customElement: true,
      summary: c.tags.find((t) => t.tag === "summary")?.text.trim() ?? "",
      superclass: base ? { name: base.name, module: base.path } : { name: c.superclass, package: "lit" },
      attributes: list("attr"),
      events: list("event").map((e) => ({ ...e, type: { text: "CustomEvent" } })),
      slots: list("slot"),
      cssParts: list("csspart"),
      cssProperties: list("cssprop"),
      members: [...c.members, ...inherited],
    };
    modules.push({
      kind: "javascript-module",
      path: c.path,
      declarations: [declaration],
      exports: [{ kind: "js", name: c.name, declaration: { name: c.name, module: c.path } }],
    });
    definitions.push({
      kind: "custom-element-definition",
      name: tag,
      declaration: { name: c.name, module: c.path },
    });
  }
  modules.push({ kind: "javascript-module", path: "src/define.ts", declarations: [], exports: definitions });
  return { schemaVersion: "2.1.0", readme: "README.md", modules };
}

export function manifestText() {
  return `${JSON.stringify(buildManifest(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = join(PKG, "custom-elements.json");
  const text = manifestText();
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {}
    if (current !== text) {
      console.error("custom-elements.json is out of date: run node scripts/custom-elements.mjs");
      process.exit(1);
    }
  } else writeFileSync(file, text);
}
