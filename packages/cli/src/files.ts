/**
 * Inputs and outputs of the CLI, safe on whatever the arguments name: `-` is stdin; a folder
 * yields its regular `*.json` files only (a FIFO or a socket named `x.json` is skipped, never
 * opened: opening it would block); reads are bounded (a file larger than any valid document's
 * JSON could be is not read at all); and no output may be one of the inputs.
 */
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { LIMITS } from "@doingoai/core";

/** Bytes read at most: the JSON text limit in the widest UTF-8 (4 bytes per character). */
export const MAX_INPUT_BYTES = LIMITS.jsonText * 4;

export type ReadResult = { text: string } | { why: string; tooLarge?: true };

/** Reads a stream up to `max` bytes; past that, stops and says so. */
async function readBounded(stream: NodeJS.ReadableStream, max: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const b = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
      length += b.length;
      if (length > max) {
        (stream as { destroy?: () => void }).destroy?.();
        return { why: `> ${max} B`, tooLarge: true };
      }
      chunks.push(b);
    }
  } catch (e) {
    return { why: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  return { text: Buffer.concat(chunks).toString("utf8") };
}

/**
 * The text of `file` (`-`: `stdin`). A regular file larger than {@link MAX_INPUT_BYTES} is not
 * read; a pipe or a device named explicitly is read up to that limit.
 */
export async function readInput(
  file: string,
  stdin: () => NodeJS.ReadableStream = () => process.stdin,
): Promise<ReadResult> {
  if (file === "-") return readBounded(stdin(), MAX_INPUT_BYTES);
  try {
    const st = await stat(file);
    if (st.isDirectory()) return { why: "EISDIR" };
    if (!st.isFile()) return readBounded(createReadStream(file), MAX_INPUT_BYTES);
    if (st.size > MAX_INPUT_BYTES) return { why: `${st.size} B > ${MAX_INPUT_BYTES} B`, tooLarge: true };
    return { text: await readFile(file, "utf8") };
  } catch (e) {
    return { why: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}

/** The inputs a render target names: itself, or the regular `*.json` files of a folder (sorted). */
export async function inputsOf(
  target: string,
): Promise<{ files: string[]; folder: boolean; skipped: string[] }> {
  if (target === "-") return { files: ["-"], folder: false, skipped: [] };
  const st = await stat(target);
  if (!st.isDirectory()) return { files: [target], folder: false, skipped: [] };
  const files: string[] = [];
  const skipped: string[] = [];
  for (const name of (await readdir(target)).filter((n) => extname(n) === ".json").sort()) {
    const path = join(target, name);
    const s = await stat(path).catch(() => undefined);
    if (s?.isFile()) files.push(path);
    else skipped.push(path);
  }
  return { files, folder: true, skipped };
}

/** What identifies a file: device and inode when it exists (hard links, symlinks), else its path. */
async function identity(path: string): Promise<string> {
  const s = await stat(path).catch(() => undefined);
  return s ? `${s.dev}:${s.ino}` : `path:${resolve(path)}`;
}

/**
 * The first output that would overwrite an input (the same file by device and inode, or the
 * same path), or that exists and is not a regular file (writing to a FIFO would block).
 */
export async function unsafeOutput(
  inputs: string[],
  outputs: string[],
): Promise<{ output: string; input?: string } | undefined> {
  const byIdentity = new Map<string, string>();
  for (const i of inputs) if (i !== "-") byIdentity.set(await identity(i), i);
  for (const o of outputs) {
    const input = byIdentity.get(await identity(o)) ?? byIdentity.get(`path:${resolve(o)}`);
    if (input) return { output: o, input };
    const s = await stat(o).catch(() => undefined);
    if (s && !s.isFile()) return { output: o };
  }
  return undefined;
}
