// Bootstrap helpers for the two README commands: they must work on a fresh Debian machine with
// only Node 20+ and npm, so they install pnpm and the system tools the tests use when missing.
import { execFileSync, spawnSync } from "node:child_process";

export const PNPM_VERSION = "12.21.0";

function has(cmd, args = ["--version"]) {
  const r = spawnSync(cmd, args, { stdio: "ignore" });
  return r.status === 0;
}

export function sh(cmd, args, opts = {}) {
  console.log(`$ ${[cmd, ...args].join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

export function must(cmd, args, opts) {
  const code = sh(cmd, args, opts);
  if (code !== 0) {
    console.error(`✗ «${[cmd, ...args].join(" ")}» thoát với mã ${code} / exited with ${code}`);
    process.exit(code);
  }
}

/** The pnpm command to use: an installed pnpm 12, or one installed now with npm. */
export function ensurePnpm() {
  try {
    const v = execFileSync("pnpm", ["--version"], { encoding: "utf8" }).trim();
    if (v.startsWith("12.")) return "pnpm";
  } catch {}
  const code = sh("npm", ["install", "-g", "--allow-scripts=pnpm", `pnpm@${PNPM_VERSION}`]);
  if (code === 0 && has("pnpm")) return "pnpm";
  console.error(`✗ Không cài được pnpm ${PNPM_VERSION}. Hãy chạy: npm install -g pnpm@${PNPM_VERSION}`);
  process.exit(1);
}

const TOOLS = {
  chromium: { check: ["/usr/bin/chromium", ["--version"]], packages: ["chromium"] },
  soffice: { check: ["soffice", ["--version"]], packages: ["libreoffice-writer-nogui", "fonts-liberation2"] },
  pdftotext: { check: ["pdftotext", ["-v"]], packages: ["poppler-utils"] },
  xmllint: { check: ["xmllint", ["--version"]], packages: ["libxml2-utils"] },
};

/** Install the Debian packages of the tools that are missing (root and apt-get needed). */
export function ensureSystemTools(names) {
  const missing = names.filter((n) => !has(...TOOLS[n].check));
  if (missing.length === 0) return;
  const pkgs = missing.flatMap((n) => TOOLS[n].packages);
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root || !has("apt-get", ["--version"])) {
    console.error(
      `✗ Thiếu công cụ / missing tools: ${missing.join(", ")}. Cài bằng / install with:\n  sudo apt-get update && sudo apt-get install -y ${pkgs.join(" ")}`,
    );
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  must("apt-get", ["update", "-qq"], { env });
  must("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...pkgs], { env });
}
