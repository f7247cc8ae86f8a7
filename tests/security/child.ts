/**
 * Runs a script of this folder in a child Node process and reads the one JSON line it prints:
 * a hostile input can then neither take the test runner down nor hide its memory use in it.
 * The scripts import the built packages (`pnpm build` first), as an integrator's server would.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const root = join(__dirname, "../..");
export const renderDist = join(root, "packages/render/dist/index.js");
export const coreDist = join(root, "packages/core/dist/index.js");

export function child<T>(script: string, args: string[], timeoutMs = 20_000): T {
  for (const dist of [renderDist, coreDist])
    if (!existsSync(dist)) throw new Error(`${dist} is missing: run pnpm build first`);
  const r = spawnSync(process.execPath, [join(__dirname, script), ...args], {
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  if (r.status !== 0)
    throw new Error(`${script} ${args.join(" ")} exited ${r.status} ${r.signal ?? ""}\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as T;
}
