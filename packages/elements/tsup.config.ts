/**
 * Three builds:
 * 1. the library: one ESM and one CJS module per source module (`dist/index.*`, `dist/define.*`,
 *    `dist/react.*`, `dist/vue.*`…; declarations by scripts/build/declarations.mjs): lit, core and
 *    render stay imports, for the portal's own bundler, which tree-shakes by module;
 * 2. the browser bundle `dist/doingoai-elements.min.js`: one minified ESM file with lit, the
 *    model IR and Vietnamese labels (`@doingoai/core/lite`), tags registered; core's validation,
 *    the DOCX writer, the HTML preview writer and the English texts are left out and imported on
 *    first use from the files of build 3, next to the bundle;
 * 3. `dist/validator.js`, `dist/docx-writer.js`, `dist/html-preview.js`, `dist/lang-en.js`
 *    (core's English pack and the elements' English strings, for `lang="en"`) and
 *    `dist/paste-rows.js` (a table pasted into rows): each self-contained (`validator.js` and
 *    `paste-rows.js` with their own copies of core's language registry and the strings, handed
 *    the page's languages when they load).
 *
 * The bundle is built from the sources (`@doingoai/source` condition). It carries no zod: the
 * forms and core's validation read the model IR; `scripts/bundle-size.mjs` reports the gzip size
 * and warns when zod comes back.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";
import ts from "typescript";
import { keepModules, moduleEntries } from "../../scripts/build/modules";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * Whitespace out of the `html` and `css` templates of the components (indentation is most of
 * their size): runs of white space with a newline become one space in `html` (HTML collapses
 * them anyway); `css` loses comments and the spaces around `{ } ; , >` and after `:`.
 */
export function minifyTemplates(src: string, file: string): string {
  const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true);
  const edits: [number, number, string][] = [];
  const visit = (n: ts.Node) => {
    if (ts.isTaggedTemplateExpression(n) && ts.isIdentifier(n.tag) && ["html", "css"].includes(n.tag.text)) {
      const css = n.tag.text === "css";
      const t = n.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(t)
        ? [t]
        : [t.head, ...t.templateSpans.map((s) => s.literal)];
      for (const p of parts) {
        const start = p.getStart(sf) + 1;
        const end = p.getEnd() - (ts.isTemplateHead(p) || ts.isTemplateMiddle(p) ? 2 : 1);
        const text = src.slice(start, end);
        const out = css
          ? text
              .replace(/\/\*[\s\S]*?\*\//g, "")
              .replace(/\s+/g, " ")
              .replace(/\s*([{};,>])\s*/g, "$1")
              .replace(/:\s+/g, ":")
              .replace(/;}/g, "}")
          : text.replace(/\s*\n\s*/g, " ");
        if (out !== text) edits.push([start, end, out]);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  let out = src;
  for (const [a, b, text] of edits.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + text + out.slice(b);
  return out;
}

const compactTemplates: Plugin = {
  name: "compact-templates",
  setup(build) {
    build.onLoad({ filter: /[\\/]elements[\\/]src[\\/]components[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, "utf8"), args.path),
      loader: "ts",
    }));
  },
};

/**
 * The files loaded on first use, next to the bundle: name → the entry module it is built from,
 * and the module whose dynamic `import()` in the bundle it serves. Matched by resolved file, not
 * by specifier: renaming a module breaks the build here instead of inlining it into the bundle.
 */
export const LAZY = {
  "docx-writer": { entry: "src/lazy/docx.ts", serves: "@doingoai/render/docx" },
  "html-preview": { entry: "src/lazy/html.ts", serves: "@doingoai/render/html" },
  "lang-en": { entry: "src/strings/en.ts", serves: "./src/strings/en.ts" },
  "paste-rows": { entry: "src/lazy/paste.ts", serves: "./src/lazy/paste.ts" },
  validator: { entry: "src/components/form/validator.ts", serves: "./src/components/form/validator.ts" },
} as const;

/** Every dynamic `import()` of the bundle must be one of LAZY: it becomes `import("./name.js")`. */
const lazyChunks: Plugin = {
  name: "lazy-chunks",
  setup(build) {
    const opts = { kind: "dynamic-import" as const, resolveDir: process.cwd(), pluginData: "lazy" };
    let served: Map<string, string> | undefined;
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== "dynamic-import" || args.pluginData === "lazy") return undefined;
      if (!served) {
        served = new Map();
        for (const [name, { entry, serves }] of Object.entries(LAZY)) {
          if (!existsSync(entry)) return { errors: [{ text: `lazy entry ${entry} (${name}) is missing` }] };
          const r = await build.resolve(serves, opts);
          if (r.errors.length) return { errors: r.errors };
          served.set(r.path, `./${name}.js`);
        }
      }
      const r = await build.resolve(args.path, {
        ...opts,
        importer: args.importer,
        resolveDir: args.resolveDir,
      });
      const file = served.get(r.path);
      if (file) return { path: file, external: true };
      return {
        errors: [
          { text: `import("${args.path}") in ${args.importer} is not a lazy file of the bundle (LAZY)` },
        ],
      };
    });
  },
};

const browser = {
  format: ["esm"] as "esm"[],
  platform: "browser" as const,
  target: "es2022",
  minify: true,
  treeshake: true,
  splitting: false,
  noExternal: [/.*/],
  esbuildOptions(o: { conditions?: string[]; legalComments?: string; charset?: string }) {
    o.conditions = ["@doingoai/source", "browser", "module", "import", "default"];
    o.legalComments = "none";
    o.charset = "utf8";
  },
  outExtension: () => ({ js: ".js" }),
  loader: { ".json": "json" } as const,
};

export default defineConfig([
  {
    // One output module per source module (scripts/build/modules.ts); declarations by
    // scripts/build/declarations.mjs (package `build`).
    // (`src/lazy/docx.ts` and `html.ts` are entries of the browser bundle's files only.)
    entry: moduleEntries("src", fileURLToPath(new URL(".", import.meta.url))).filter(
      (f) => !["src/bundle.ts", "src/lazy/docx.ts", "src/lazy/html.ts"].includes(f),
    ),
    format: ["esm", "cjs"],
    dts: false,
    clean: false, // the package's build script empties dist/ (the three builds run together)
    sourcemap: true,
    target: "es2022",
    external: [/^@doingoai\//, /^lit($|\/)/],
    // Templates without their indentation here too: a portal's minifier leaves the text of
    // template literals as it is, so this is what its bundle carries.
    esbuildPlugins: [keepModules, compactTemplates],
    // The reference page from the custom-elements manifest (written before tsup by the package
    // `build`: scripts/custom-elements.mjs, with the types derived from it).
    onSuccess: "node scripts/reference-docs.mjs",
  },
  {
    ...browser,
    entry: { "doingoai-elements.min": "src/bundle.ts" },
    clean: false,
    metafile: true,
    esbuildPlugins: [lazyChunks, compactTemplates],
    // Size and content of the bundle (budget: 45 KB gzip, no zod).
    onSuccess: "node scripts/bundle-size.mjs",
  },
  {
    ...browser,
    entry: Object.fromEntries(Object.entries(LAZY).map(([name, { entry }]) => [name, entry])),
    clean: false,
  },
]);
