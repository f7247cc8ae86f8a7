/**
 * Three builds:
 * 1. the library (`dist/index.*`, `dist/define.*`, ESM + CJS + types): lit, core and render stay
 *    imports, for the portal's own bundler;
 * 2. the browser bundle `dist/doingoai-elements.min.js`: one minified ESM file with lit, core
 *    validation and Vietnamese labels (`@doingoai/core/lite`), tags registered; the DOCX writer,
 *    the HTML preview writer and the English texts are left out and imported on first use from
 *    the files of build 3, next to the bundle;
 * 3. `dist/docx-writer.js`, `dist/html-preview.js` and `dist/lang-en.js` (core's English pack and
 *    the elements' English strings, for `lang="en"`): each self-contained.
 *
 * The bundle is built from the sources (`@doingoai/source` condition). It carries no zod: the
 * forms and core's validation read the model IR; `scripts/bundle-size.mjs` reports the gzip size
 * and warns when zod comes back.
 */
import { readFile } from "node:fs/promises";
import { defineConfig, type Options } from "tsup";
import ts from "typescript";

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

/** What the bundle imports on first use (`import(…)`) → the file next to it that holds it. */
const LAZY: Record<string, string> = {
  "@doingoai/render/docx": "./docx-writer.js",
  "@doingoai/render/html": "./html-preview.js",
  // src/strings/strings.ts → src/strings/en.ts
  "./en": "./lang-en.js",
};

/** The lazy writers and the English texts, as files next to the bundle. */
const lazyChunks: Plugin = {
  name: "lazy-chunks",
  setup(build) {
    build.onResolve({ filter: /^(@doingoai\/render\/(docx|html)|\.\/en)$/ }, (args) =>
      args.kind === "dynamic-import" &&
      (args.path !== "./en" || /[\\/]strings[\\/]strings\.ts$/.test(args.importer))
        ? { path: LAZY[args.path]!, external: true }
        : undefined,
    );
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
    entry: { index: "src/index.ts", define: "src/define.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: ["index.*", "define.*", "chunk-*"],
    sourcemap: true,
    target: "es2022",
    external: [/^@doingoai\//, /^lit($|\/)/],
    // The custom-elements manifest, from the JSDoc of the classes.
    onSuccess: "node scripts/custom-elements.mjs && node scripts/reference-docs.mjs",
  },
  {
    ...browser,
    entry: { "doingoai-elements.min": "src/bundle.ts" },
    clean: ["doingoai-elements.min.*"],
    metafile: true,
    esbuildPlugins: [lazyChunks, compactTemplates],
    // Size and content of the bundle (budget: 45 KB gzip, no zod).
    onSuccess: "node scripts/bundle-size.mjs",
  },
  {
    ...browser,
    entry: {
      "docx-writer": "src/lazy/docx.ts",
      "html-preview": "src/lazy/html.ts",
      "lang-en": "src/strings/en.ts",
    },
    clean: ["docx-writer.*", "html-preview.*", "lang-en.*"],
  },
]);
