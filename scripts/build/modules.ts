/**
 * The published JavaScript of every package keeps the module boundaries of its sources: one
 * output file per source file (ESM `.js` and CommonJS `.cjs`), relative imports kept as imports
 * (with the extension Node needs), JSON inlined into the module that imports it. Bundlers then
 * tree-shake by module, and `"sideEffects"` in `package.json` names real files.
 *
 * Used by each package's `tsup.config.ts`: `entry: moduleEntries()`, `esbuildPlugins: [keepModules]`.
 */
import { readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

const SKIP = /(\.test\.ts|\.d\.ts)$|[\\/]testing[\\/]/;

/**
 * Every source module of `src/` (tests and test helpers left out), as tsup entries relative to
 * the package. `packageDir`: the package's folder (tsup runs there; a test importing the config
 * from elsewhere passes it through the config's own location).
 */
export function moduleEntries(dir = "src", packageDir = process.cwd()): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(join(packageDir, d), { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".ts") && !SKIP.test(p)) out.push(p.replaceAll("\\", "/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** Relative imports of `.ts` modules stay imports of the sibling output file (`.js` or `.cjs`). */
export const keepModules: Plugin = {
  name: "keep-modules",
  setup(build) {
    const ext = build.initialOptions.format === "cjs" ? ".cjs" : ".js";
    build.onResolve({ filter: /^\.\.?(\/|$)/ }, async (args) => {
      if (args.kind === "entry-point" || args.pluginData === "keep-modules") return undefined;
      const r = await build.resolve(args.path, {
        importer: args.importer,
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: "keep-modules",
      });
      if (r.errors.length || !r.path.endsWith(".ts")) return undefined; // JSON and the like: inlined
      let rel = relative(dirname(args.importer), r.path).replaceAll("\\", "/").replace(/\.ts$/, ext);
      if (!rel.startsWith(".")) rel = `./${rel}`;
      return { path: rel, external: true };
    });
  },
};
