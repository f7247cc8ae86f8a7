/**
 * Document migrations: a document (or a saved form draft) carries its `schemaVersion`; older
 * versions are brought to the current one step by step. Each step is a pure function.
 *
 * Version 0 is the format of the 0.x previews: no `schemaVersion`, section answers written as
 * `{ "state": "blank" | "nothing" | "content", … }`, and the archive line kept as the last
 * recipient ("Lưu: VT, VP.").
 */
import { SCHEMA_VERSION } from "./constants";

export interface Migration {
  from: number;
  to: number;
  description: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

const STATE_TO_ANSWER: Record<string, string> = { blank: "unanswered", nothing: "none", content: "content" };

/**
 * Sets an own key. Never `out[k] = v`: with k = "__proto__" that would replace the prototype
 * and hide the value from validation and from `JSON.stringify` (a document's data lost).
 */
function setOwn(out: Record<string, unknown>, k: string, v: unknown): void {
  Object.defineProperty(out, k, { value: v, writable: true, enumerable: true, configurable: true });
}

function renameStates(node: unknown, depth = 0): unknown {
  if (depth > 64) throw new RangeError("input nested too deeply");
  if (Array.isArray(node)) return node.map((n) => renameStates(n, depth + 1));
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  const obj = node as Record<string, unknown>;
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (k === "state" && typeof v === "string" && Object.hasOwn(STATE_TO_ANSWER, v))
      setOwn(out, "answer", STATE_TO_ANSWER[v]);
    else setOwn(out, k, renameStates(v, depth + 1));
  }
  return out;
}

function splitArchive(frame: unknown): unknown {
  if (!frame || typeof frame !== "object") return frame;
  const f = frame as Record<string, unknown>;
  const r = f.recipients;
  if (!Array.isArray(r)) return frame;
  const list = r.filter((x) => typeof x === "string") as string[];
  const last = list.at(-1) ?? "";
  const m = /^\s*-?\s*Lưu\s*:?\s*(.*?)[.;]?\s*$/u.exec(last);
  const archive = m
    ? m[1]!
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : ["VT"];
  return { ...f, recipients: { list: m ? list.slice(0, -1) : list, archive } };
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    description:
      "0.x preview → 1: `state` answers become `answer`; the archive line leaves the recipient list",
    up(doc) {
      const out = renameStates(doc) as Record<string, unknown>;
      if (Object.hasOwn(out, "frame")) setOwn(out, "frame", splitArchive(out.frame));
      setOwn(out, "schemaVersion", 1);
      return out;
    },
  },
];

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; from: number }
  | { ok: false; code: "document.version-unknown"; version: unknown };

/** Bring `doc` to the current schema version. A document without `schemaVersion` is version 0. */
export function migrate(doc: Record<string, unknown>): MigrationResult {
  const v = Object.hasOwn(doc, "schemaVersion") ? (doc.schemaVersion ?? 0) : 0;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > SCHEMA_VERSION)
    return { ok: false, code: "document.version-unknown", version: v };
  let cur = doc;
  for (let version = v; version < SCHEMA_VERSION; version++) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) return { ok: false, code: "document.version-unknown", version: v };
    cur = step.up(cur);
  }
  return { ok: true, value: cur, from: v };
}
