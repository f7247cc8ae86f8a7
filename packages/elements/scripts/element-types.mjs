/**
 * Files derived from `custom-elements.json` (never written by hand; `scripts/custom-elements.mjs`
 * writes them, a test fails when one is stale):
 * - `src/generated/elements.ts`: `HTMLElementTagNameMap`, the events of each tag (and the union
 *   of all in `HTMLElementEventMap`), the attributes and settable properties of each tag;
 * - `src/react.ts`: React 19 JSX types (`import type {} from "@doingoai/elements/react"`);
 * - `src/vue.ts`: Vue `GlobalComponents` (`import type {} from "@doingoai/elements/vue"`);
 * - `vscode.html-custom-data.json` (VS Code `html.customData`) and `web-types.json` (JetBrains).
 */

/** Where the type names used in the manifest's type texts come from. */
const TYPE_SOURCES = { Document: "@doingoai/core/lite", Issue: "@doingoai/core/lite" };
const BUILT_IN = new Set(["CustomEvent", "Event", "Record", "Partial", "Array"]);

const HEADER = "// Generated from custom-elements.json by scripts/element-types.mjs: do not edit.\n";
const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const pascal = (s) => camel(s).replace(/^./, (c) => c.toUpperCase());
const q = (s) => JSON.stringify(s);

function elementsOf(manifest) {
  return manifest.modules
    .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, module: m.path })))
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const publicFields = (d) =>
  (d.members ?? []).filter(
    (m) =>
      m.kind === "field" &&
      !m.static &&
      !m.readonly &&
      m.privacy !== "private" &&
      m.privacy !== "protected" &&
      !m.name.startsWith("_"),
  );

function elementsTs(els) {
  const names = new Set();
  for (const d of els)
    for (const e of d.events ?? [])
      for (const [n] of (e.type?.text ?? "").matchAll(/\b[A-Z]\w*/g)) names.add(n);
  const imports = new Map();
  for (const n of [...names].sort()) {
    if (BUILT_IN.has(n)) continue;
    const from = TYPE_SOURCES[n];
    if (!from) throw new Error(`element-types: no source for the type ${n} (add it to TYPE_SOURCES)`);
    imports.set(from, [...(imports.get(from) ?? []), n]);
  }
  const out = [HEADER];
  for (const [from, ns] of imports) out.push(`import type { ${ns.join(", ")} } from ${q(from)};`);
  for (const d of els)
    out.push(
      `import type { ${d.name} } from ${q(`../${d.module.replace(/^src\//, "").replace(/\.ts$/, "")}`)};`,
    );
  out.push("");
  const allEvents = new Map();
  for (const d of els) {
    const events = d.events ?? [];
    out.push(`/** Events of \`<${d.tagName}>\` (bubbling, composed). */`);
    if (!events.length) out.push(`export type ${d.name}Events = Record<never, never>;`, "");
    else {
      out.push(`export interface ${d.name}Events {`);
      for (const e of events) {
        const type = e.type?.text ?? "CustomEvent";
        out.push(`  /** ${e.description ?? ""} */`, `  ${q(e.name)}: ${type};`);
        allEvents.set(e.name, [...(allEvents.get(e.name) ?? []), type]);
      }
      out.push("}", "");
    }
    out.push(`/** Attributes of \`<${d.tagName}>\`. */`, `export interface ${d.name}Attributes {`);
    for (const a of d.attributes ?? []) {
      const type = a.fieldName ? `${d.name}[${q(a.fieldName)}]` : (a.type?.text ?? "string | boolean");
      out.push(`  /** ${a.description ?? ""} */`, `  ${q(a.name)}?: ${type};`);
    }
    out.push("}", "");
    const fields = publicFields(d).map((m) => q(m.name));
    out.push(
      `/** Properties of \`<${d.tagName}>\` a host may set. */`,
      `export type ${d.name}Properties = Partial<Pick<${d.name}, ${fields.join(" | ") || "never"}>>;`,
      "",
    );
  }
  out.push("/** Every event of the tags, by name. */", "export interface DoingoaiEvents {");
  for (const [name, types] of allEvents) out.push(`  ${q(name)}: ${[...new Set(types)].join(" | ")};`);
  out.push("}", "", "declare global {", "  interface HTMLElementTagNameMap {");
  for (const d of els) out.push(`    ${q(d.tagName)}: ${d.name};`);
  out.push("  }", "  interface HTMLElementEventMap extends DoingoaiEvents {}", "}", "");
  return out.join("\n");
}

function reactTs(els) {
  const out = [
    HEADER,
    "/**",
    ' * React 19 JSX types of the tags: `import type {} from "@doingoai/elements/react"` once in the app.',
    " * Attributes and properties (React 19 sets a prop as a property when the element has one) and",
    " * events as `on<event-name>` (React 19 adds a listener for the name after `on`).",
    " */",
    'import type { DetailedHTMLProps, HTMLAttributes } from "react";',
    `import type { ${els.flatMap((d) => [`${d.name}Attributes`, `${d.name}Events`, `${d.name}Properties`]).join(", ")} } from "./generated/elements";`,
    ...els.map(
      (d) =>
        `import type { ${d.name} } from ${q(`./${d.module.replace(/^src\//, "").replace(/\.ts$/, "")}`)};`,
    ),
    "",
    "type Handlers<E> = { [K in keyof E as `on${K & string}`]?: (event: E[K]) => void };",
    "type Props<C, A, P, E> = Omit<DetailedHTMLProps<HTMLAttributes<C>, C>, keyof A | keyof P> & A & P & Handlers<E>;",
    "",
    'declare module "react" {',
    "  namespace JSX {",
    "    interface IntrinsicElements {",
  ];
  for (const d of els)
    out.push(
      `      ${q(d.tagName)}: Props<${d.name}, ${d.name}Attributes, ${d.name}Properties, ${d.name}Events>;`,
    );
  out.push("    }", "  }", "}", "");
  return out.join("\n");
}

function vueTs(els) {
  const out = [
    HEADER,
    "/**",
    ' * Vue 3 template types of the tags: `import type {} from "@doingoai/elements/vue"` once in the app',
    ' * (and `isCustomElement: (tag) => tag.startsWith("doingoai-")` in the compiler options).',
    " */",
    'import type { DefineComponent } from "vue";',
    `import type { ${els.flatMap((d) => [`${d.name}Events`, `${d.name}Properties`]).join(", ")} } from "./generated/elements";`,
    "",
    "type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;",
    "type Handlers<E> = { [K in keyof E as `on${Capitalize<Camel<K & string>>}`]?: (event: E[K]) => void };",
    "",
    'declare module "vue" {',
    "  interface GlobalComponents {",
  ];
  for (const d of els) {
    const attrs = (d.attributes ?? [])
      .filter((a) => !a.fieldName)
      .map((a) => `${camel(a.name)}?: ${a.type?.text ?? "string | boolean"}`);
    out.push(
      `    ${q(d.tagName)}: DefineComponent<${d.name}Properties & Handlers<${d.name}Events>${attrs.length ? ` & { ${attrs.join("; ")} }` : ""}>;`,
    );
  }
  out.push("  }", "}", "");
  return out.join("\n");
}

function vscodeData(els) {
  return {
    $schema:
      "https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json",
    version: 1.1,
    tags: els.map((d) => ({
      name: d.tagName,
      description: [
        d.summary || d.description,
        ...(d.events ?? []).map((e) => `Event ${e.name}: ${e.description}`),
      ]
        .filter(Boolean)
        .join("\n\n"),
      attributes: (d.attributes ?? []).map((a) => ({
        name: a.name,
        description:
          `${a.description ?? ""}${a.type ? `\n\nType: ${a.type.text}` : ""}${a.default ? `\n\nDefault: ${a.default}` : ""}`.trim(),
        ...(a.type?.text === "boolean" ? { valueSet: "v" } : {}),
      })),
    })),
  };
}

function webTypes(els, pkg) {
  return {
    $schema: "https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json",
    name: pkg.name,
    version: pkg.version,
    "description-markup": "markdown",
    contributions: {
      html: {
        elements: els.map((d) => ({
          name: d.tagName,
          description: d.summary || d.description,
          attributes: (d.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description,
            ...(a.default ? { default: a.default } : {}),
            value: { type: a.type?.text ?? "string", required: false },
          })),
          events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description })),
          js: {
            properties: publicFields(d).map((m) => ({
              name: m.name,
              description: m.description,
              type: m.type?.text,
            })),
            events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description })),
          },
        })),
      },
    },
  };
}

const json = (o) => `${JSON.stringify(o, null, 2)}\n`;

/** path (relative to the package) → generated text. */
export function derivedFiles(manifest, pkg = { name: "@doingoai/elements", version: "0.0.0" }) {
  const els = elementsOf(manifest);
  return {
    "src/generated/elements.ts": elementsTs(els),
    "src/react.ts": reactTs(els),
    "src/vue.ts": vueTs(els),
    "vscode.html-custom-data.json": json(vscodeData(els)),
    "web-types.json": json(webTypes(els, pkg)),
  };
}
