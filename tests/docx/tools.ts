/**
 * The external tools the DOCX tests use: xmllint (OOXML schema), LibreOffice (does it open, what
 * does it print) and pdftotext/pdfinfo. A missing tool fails the test with what to install; CI
 * installs them. The schemas are the project's own copy in tests/ooxml-schemas.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

const INSTALL: Record<string, string> = {
  xmllint: "apt-get install -y libxml2-utils",
  soffice: "apt-get install -y libreoffice-writer-nogui fonts-liberation2",
  pdftotext: "apt-get install -y poppler-utils",
  pdfinfo: "apt-get install -y poppler-utils",
};

/** Fails with the command to install `tool` when it is not on the PATH. */
export function requireTool(tool: string): void {
  const found = /^[\w.-]+$/.test(tool)
    ? spawnSync("sh", ["-c", `command -v ${tool}`], { encoding: "utf8" })
    : undefined;
  if (found?.status !== 0) {
    const install = INSTALL[tool] ?? `install ${tool} with the system's package manager`;
    throw new Error(
      `${tool} is not installed; the DOCX tests need it (CI installs it). Install it with: ${install}`,
    );
  }
}

export const SCHEMA_DIR = fileURLToPath(new URL("../ooxml-schemas/", import.meta.url));
export const WML_SCHEMA = join(SCHEMA_DIR, "microsoft/wml-2010.xsd");
export const CUSTOM_XML_PROPS_SCHEMA = join(
  SCHEMA_DIR,
  "ISO-IEC29500-4_2016/shared-customXmlDataProperties.xsd",
);

const made: string[] = [];

/** Removes the temporary directories made so far (call it in `afterAll`). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh temporary directory, removed by `removeTempDirs`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `doingoai-${prefix}-`));
  made.push(dir);
  return dir;
}

export interface SchemaResult {
  file: string;
  valid: boolean;
}

/** Validates XML files against a schema with xmllint, one call for all; per-file results and output. */
export function validateXml(
  files: string[],
  schema = WML_SCHEMA,
): { results: SchemaResult[]; output: string } {
  requireTool("xmllint");
  const run = spawnSync("xmllint", ["--noout", "--schema", schema, ...files], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout}${run.stderr}`;
  const results = files.map((file) => ({ file, valid: output.includes(`${file} validates`) }));
  return { results, output };
}

/** Writes named files under a new directory; returns their paths by name. */
export function writeFiles(dir: string, files: Record<string, Uint8Array | string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, data);
    out[name] = path;
  }
  return out;
}

/**
 * Converts DOCX files to PDF in one LibreOffice call with a profile of its own (two conversions
 * sharing a profile can exit 0 with no PDF). Returns each input's PDF path, or undefined.
 */
export function convertToPdf(docxFiles: string[], outDir: string): Map<string, string | undefined> {
  return convert(docxFiles, outDir, "pdf");
}

/** Opens DOCX files in LibreOffice and saves them again as DOCX (in `outDir`), as a clerk would. */
export function resaveDocx(docxFiles: string[], outDir: string): Map<string, string | undefined> {
  return convert(docxFiles, outDir, "docx");
}

function convert(
  docxFiles: string[],
  outDir: string,
  format: "pdf" | "docx",
): Map<string, string | undefined> {
  requireTool("soffice");
  const profile = tempDir("lo-profile");
  spawnSync(
    "soffice",
    [
      "--headless",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      format === "pdf" ? "pdf" : "docx:MS Word 2007 XML",
      "--outdir",
      outDir,
      ...docxFiles,
    ],
    { encoding: "utf8", timeout: 300_000 },
  );
  return new Map(
    docxFiles.map((file) => {
      const out = join(outDir, basename(file).replace(/\.docx$/, `.${format}`));
      return [file, existsSync(out) ? out : undefined];
    }),
  );
}

/** The text of a PDF in its layout (pages `first`..`last` when given), whitespace runs collapsed to one space. */
export function pdfText(pdf: string, first?: number, last?: number): string {
  requireTool("pdftotext");
  const range = [...(first ? ["-f", String(first)] : []), ...(last ? ["-l", String(last)] : [])];
  const text = execFileSync("pdftotext", ["-layout", ...range, pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** The lines of a PDF page as `pdftotext -layout` prints them, spaces collapsed, empty lines left out. */
export function pdfLines(pdf: string, page: number): string[] {
  requireTool("pdftotext");
  const text = execFileSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return text
    .normalize("NFC")
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "");
}

/** Number of pages and the size of the first page in points. */
export function pdfPages(pdf: string): { pages: number; sizes: [number, number][] } {
  requireTool("pdfinfo");
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "1000", pdf], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
    ([, w, h]) => [Number(w), Number(h)] as [number, number],
  );
  return { pages, sizes };
}
