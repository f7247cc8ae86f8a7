/**
 * The `doingoai` command line, as a function that tests call in-process:
 * `run(argv, io)` returns the exit code (0 valid/done, 1 invalid input, 2 usage error).
 */
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, extname } from "node:path";
import { parseArgs } from "node:util";
import {
  type Issue,
  type Lang,
  SCHEMA_NAMES,
  type SchemaName,
  toJsonSchema,
  validateJson,
} from "@doingoai/core";
import { renderDocx, renderHtml, renderHtmlFragment } from "@doingoai/render";
import { consolidateCommand } from "./consolidate";
import { inputsOf, readInput } from "./files";
import { plannedOutputs, refuseUnsafe } from "./outputs";
import { STRINGS, type Strings } from "./strings";

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Standard input, read for the file name `-` (process.stdin by default). */
  stdin?: () => NodeJS.ReadableStream;
}

/** The version of this package (package.json sits beside src/ and dist/). */
export function version(): string {
  return JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
}

const nodeIo: Io = {
  out: (l) => process.stdout.write(`${l}\n`),
  err: (l) => process.stderr.write(`${l}\n`),
};

function issueLines(issues: Issue[], s: Strings): string[] {
  return issues.map((i) => {
    const where = i.path.length ? `${i.path.join(".")}: ` : "";
    return `  ${i.severity === "error" ? s.error : s.warning}  ${where}${i.message}  [${i.code}]`;
  });
}

/** The text of `file` (`-` is stdin), or why not, as the CLI words it. */
async function readText(
  file: string,
  s: Strings,
  io: Io,
): Promise<{ text?: string; why?: string; code?: string }> {
  const r = await readInput(file, io.stdin);
  if ("text" in r) return { text: r.text };
  return r.tooLarge
    ? { why: s.tooLarge(nameOf(file, s), r.why), code: "file.too-large" }
    : { why: s.cannotRead(nameOf(file, s), r.why), code: "file.unreadable" };
}

const nameOf = (file: string, s: Strings) => (file === "-" ? s.stdinName : file);

async function validateCommand(
  files: string[],
  json: boolean,
  lang: Lang,
  s: Strings,
  io: Io,
): Promise<number> {
  if (files.length === 0) {
    io.err(s.needFile);
    return 2;
  }
  let code = 0;
  const results: unknown[] = [];
  for (const file of files) {
    const { text, why, code: readCode } = await readText(file, s, io);
    if (text === undefined) {
      code = 1;
      if (json)
        results.push({
          file,
          ok: false,
          issues: [{ code: readCode, path: [], severity: "error", message: why }],
        });
      else io.err(why!);
      continue;
    }
    const r = validateJson(text, { lang });
    if (!r.ok) code = 1;
    if (json) {
      results.push({ file, ok: r.ok, issues: r.issues });
      continue;
    }
    const errors = r.issues.filter((i) => i.severity === "error").length;
    const warnings = r.issues.length - errors;
    const name = nameOf(file, s);
    (r.ok ? io.out : io.err)(r.ok ? s.valid(name, warnings) : s.invalid(name, errors, warnings));
    for (const line of issueLines(r.issues, s)) (r.ok ? io.out : io.err)(line);
  }
  if (json) io.out(JSON.stringify(files.length === 1 ? results[0] : results, null, 2));
  return code;
}

async function renderCommand(
  target: string | undefined,
  format: string | undefined,
  out: string | undefined,
  fragment: boolean,
  lang: Lang,
  s: Strings,
  io: Io,
): Promise<number> {
  if (!target) {
    io.err(s.needFile);
    return 2;
  }
  if (format !== "docx" && format !== "html" && format !== "both") {
    io.err(s.needFormat);
    return 2;
  }
  if (!out) {
    io.err(s.needOut);
    return 2;
  }
  let inputs: Awaited<ReturnType<typeof inputsOf>>;
  try {
    inputs = await inputsOf(target);
  } catch (e) {
    io.err(s.cannotRead(target, (e as NodeJS.ErrnoException).code ?? String(e)));
    return 1;
  }
  for (const skipped of inputs.skipped) io.err(s.notRegular(skipped));
  if (inputs.files.length === 0) {
    io.err(s.noJson(target));
    return 1;
  }
  const formats: ("docx" | "html")[] = format === "both" ? ["docx", "html"] : [format as "docx" | "html"];
  // One file to a file path (`--out a.docx`), or to a folder (a folder input, `both`, or a path ending in /).
  const outIsFolder = inputs.folder || formats.length > 1 || out.endsWith("/") || extname(out) === "";
  const outputs = plannedOutputs(inputs.files, formats, out, outIsFolder, s.stdinFile);
  // Nothing is written when any output would replace an input (or is a FIFO, a folder…).
  const refused = await refuseUnsafe(inputs.files, outputs, s);
  if (refused) {
    io.err(refused);
    return 2;
  }
  let code = 0;
  for (const file of inputs.files) {
    const { text, why } = await readText(file, s, io);
    if (text === undefined) {
      io.err(why!);
      code = 1;
      continue;
    }
    const r = validateJson(text, { lang });
    const name = nameOf(file, s);
    if (!r.ok) {
      io.err(s.notRendered(name));
      for (const line of issueLines(r.issues, s)) io.err(line);
      code = 1;
      continue;
    }
    io.out(s.valid(name, r.issues.length));
    for (const f of formats) {
      const path = outputs.get(file)![f]!;
      try {
        await mkdir(dirname(path), { recursive: true });
        const data =
          f === "docx"
            ? await renderDocx(r.value)
            : fragment
              ? renderHtmlFragment(r.value)
              : renderHtml(r.value);
        await writeFile(path, data);
        io.out(s.wrote(path));
      } catch (e) {
        io.err(s.renderFailed(file, e instanceof Error ? e.message : String(e)));
        code = 1;
      }
    }
  }
  return code;
}

/** Run the CLI with `argv` (without `node` and the script). Never throws on bad input. */
export async function run(argv: string[], io: Io = nodeIo): Promise<number> {
  // The language first (`--lang en` or `--lang=en`), so that even option errors speak it.
  const langAt = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const langValue =
    langAt < 0 ? "vi" : argv[langAt]!.startsWith("--lang=") ? argv[langAt]!.slice(7) : argv[langAt + 1];
  const lang: Lang = langValue === "en" ? "en" : "vi";
  const s = STRINGS[lang];
  if (langValue !== "vi" && langValue !== "en") {
    io.err(s.badOption(`--lang ${langValue ?? ""} (vi, en)`));
    return 2;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        lang: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        kind: { type: "string" },
        fragment: { type: "boolean" },
        units: { type: "string" },
        request: { type: "string" },
        previous: { type: "string" },
        inbox: { type: "string" },
        period: { type: "string" },
        record: { type: "string" },
        frame: { type: "string" },
        "issuing-body": { type: "string" },
        "parent-body": { type: "string" },
        place: { type: "string" },
        signer: { type: "string" },
        "signer-title": { type: "string" },
        authority: { type: "string" },
        "on-behalf-of": { type: "string" },
        number: { type: "string" },
        symbol: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (e) {
    io.err(s.badOption(e instanceof Error ? e.message : String(e)));
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.version || command === "version") {
    io.out(version());
    return 0;
  }
  if (values.help || !command || command === "help") {
    io.out(s.usage);
    return command || values.help ? 0 : 2;
  }
  switch (command) {
    case "validate":
      return validateCommand(rest, values.json === true, lang, s, io);
    case "render":
      if (rest.length > 1) {
        io.err(s.badOption(rest.slice(1).join(" ")));
        return 2;
      }
      return renderCommand(
        rest[0],
        values.format as string | undefined,
        values.out as string | undefined,
        values.fragment === true,
        lang,
        s,
        io,
      );
    case "consolidate": {
      const str = (k: string) => values[k] as string | undefined;
      return consolidateCommand(
        {
          targets: rest,
          units: str("units"),
          request: str("request"),
          previous: str("previous"),
          inbox: str("inbox"),
          period: str("period"),
          out: str("out"),
          format: str("format"),
          record: str("record"),
          frame: str("frame"),
          issuingBody: str("issuing-body"),
          parentBody: str("parent-body"),
          place: str("place"),
          signer: str("signer"),
          signerTitle: str("signer-title"),
          authority: str("authority"),
          onBehalfOf: str("on-behalf-of"),
          number: str("number"),
          symbol: str("symbol"),
        },
        lang,
        s,
        io,
      );
    }
    case "schema": {
      const kind = (values.kind as string | undefined) ?? "document";
      if (!SCHEMA_NAMES.includes(kind as SchemaName)) {
        io.err(s.badKind(kind));
        return 2;
      }
      io.out(JSON.stringify(toJsonSchema(kind as SchemaName), null, 2));
      return 0;
    }
    default:
      io.err(s.unknownCommand(command));
      io.err(s.usage);
      return 2;
  }
}
