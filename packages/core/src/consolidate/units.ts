/**
 * The reporting units as data: checked (duplicate ids, unknown parents, cycles) with errors as
 * data, ordered as a tree, and matched to the issuing bodies of the reports they send.
 */
import type { Lang } from "../i18n";
import { toneKey } from "../text";
import type { Issue } from "../validate/issues";
import { consolidationIssue, INPUT_FIELDS } from "./messages";
import type { Unit } from "./types";

export interface UnitIndex {
  /** The usable units by id (the first of duplicate ids). */
  byId: Map<string, Unit>;
  /** Unit ids in tree order: each unit followed by the units below it, in list order. */
  order: string[];
  /** Position of each unit id in `order`. */
  rank: Map<string, number>;
  /** Ids of the units below each unit, in list order. */
  children: Map<string, string[]>;
  /** The one unit without a parent, when there is exactly one. */
  root?: string;
  /** Tone keys of names and aliases → unit id (built on first use: most inboxes name the unit). */
  readonly names: Map<string, string>;
}

/** Prefixes of an issuing body's name that the unit's own name leaves out. */
const BODY_PREFIXES = ["Ủy ban nhân dân", "UBND"].map((p) => `${toneKey(p)} `);

function nameKeys(name: string): string[] {
  const k = toneKey(name);
  const keys = [k];
  for (const p of BODY_PREFIXES) if (k.startsWith(p)) keys.push(k.slice(p.length));
  return keys;
}

const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** Check the unit list and index it. Never throws; problems are issues. */
export function indexUnits(units: readonly Unit[], lang: Lang = "vi"): { index: UnitIndex; issues: Issue[] } {
  const issues: Issue[] = [];
  const field = INPUT_FIELDS[lang].unit;
  const byId = new Map<string, Unit>();
  const position = new Map<string, number>();
  const list = Array.isArray(units) ? units : [];
  list.forEach((u, i) => {
    const f = () => field(i + 1, isText(u?.id) ? u.id : undefined);
    if (!u || typeof u !== "object" || !isText(u.id) || !isText(u.name) || !isText(u.level)) {
      const missing =
        !u || typeof u !== "object"
          ? "not an object"
          : !isText(u.id)
            ? "id"
            : !isText(u.name)
              ? "name"
              : "level";
      issues.push(
        consolidationIssue(
          "units.invalid",
          ["units", i],
          "error",
          f(),
          { detail: lang === "vi" ? `thiếu ${missing}` : `missing ${missing}` },
          lang,
        ),
      );
      return;
    }
    const first = position.get(u.id);
    if (first !== undefined) {
      issues.push(
        consolidationIssue(
          "units.duplicate-id",
          ["units", i, "id"],
          "error",
          f(),
          { id: u.id, first: first + 1 },
          lang,
        ),
      );
      return;
    }
    byId.set(u.id, u);
    position.set(u.id, i);
  });

  const parentOf = new Map<string, string>();
  for (const [id, u] of byId) {
    if (u.parent === undefined || u.parent === null) continue;
    const i = position.get(id)!;
    if (!byId.has(u.parent)) {
      issues.push(
        consolidationIssue(
          "units.unknown-parent",
          ["units", i, "parent"],
          "error",
          field(i + 1, id),
          { parent: u.parent },
          lang,
        ),
      );
    } else parentOf.set(id, u.parent);
  }

  // Cycles: follow parents; a chain that comes back to a unit on it is a cycle (reported once).
  const inCycle = new Set<string>();
  const settled = new Set<string>();
  for (const id of byId.keys()) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let cur: string | undefined = id;
    while (cur !== undefined && !settled.has(cur) && !onChain.has(cur)) {
      chain.push(cur);
      onChain.add(cur);
      cur = parentOf.get(cur);
    }
    if (cur !== undefined && onChain.has(cur)) {
      const cycle = chain.slice(chain.indexOf(cur));
      for (const c of cycle) inCycle.add(c);
      const i = position.get(cur)!;
      issues.push(
        consolidationIssue(
          "units.cycle",
          ["units", i, "parent"],
          "error",
          field(i + 1, cur),
          { chain: [...cycle, cur] },
          lang,
        ),
      );
    }
    for (const c of chain) settled.add(c);
  }
  // A unit on a cycle has no usable parent.
  for (const c of inCycle) parentOf.delete(c);

  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const id of byId.keys()) {
    const p = parentOf.get(id);
    if (p === undefined) roots.push(id);
    else {
      const c = children.get(p);
      if (c) c.push(id);
      else children.set(p, [id]);
    }
  }
  const order: string[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const id = stack.pop()!;
    order.push(id);
    const c = children.get(id);
    if (c) for (let k = c.length - 1; k >= 0; k--) stack.push(c[k]!);
  }
  const rank = new Map(order.map((id, i) => [id, i]));

  let names: Map<string, string> | undefined;
  const nameIndex = () => {
    if (names) return names;
    names = new Map<string, string>();
    for (const [id, u] of byId) {
      for (const n of [u.name, ...(Array.isArray(u.aliases) ? u.aliases : [])]) {
        if (!isText(n)) continue;
        for (const k of nameKeys(n)) if (!names.has(k)) names.set(k, id);
      }
    }
    return names;
  };
  const root = roots.filter((r) => !inCycle.has(r));
  const index: UnitIndex = {
    byId,
    order,
    rank,
    children,
    root: root.length === 1 ? root[0] : undefined,
    get names() {
      return nameIndex();
    },
  };
  return { index, issues };
}

/** Check a unit list: duplicate ids, unknown parents, cycles, missing fields. */
export function validateUnits(units: readonly Unit[], lang: Lang = "vi"): Issue[] {
  return indexUnits(units, lang).issues;
}

/** The unit whose name or alias is the issuing body's name ("ỦY BAN NHÂN DÂN XÃ TIÊN YÊN" → "Xã Tiên Yên"). */
export function unitOfIssuer(index: UnitIndex, issuer: string): string | undefined {
  for (const k of nameKeys(issuer)) {
    const id = index.names.get(k);
    if (id !== undefined) return id;
  }
  return undefined;
}

/** Every unit below `id`, in tree order. */
export function descendants(index: UnitIndex, id: string): string[] {
  const out: string[] = [];
  const stack = [...(index.children.get(id) ?? [])].reverse();
  while (stack.length) {
    const c = stack.pop()!;
    out.push(c);
    const cc = index.children.get(c);
    if (cc) for (let k = cc.length - 1; k >= 0; k--) stack.push(cc[k]!);
  }
  return out;
}
