/**
 * What render knows of a standard area: the sentences of its section from its facts, and the
 * appendix tables built from them. One module per area (`./<area-id>.ts`), registered in
 * `AREA_RENDERERS` (`./index.ts`), typed by area so that a missing area fails `tsc`.
 */
import type { AppendixTable } from "@doingoai/core";
import type { Table } from "../layout/types";
import type { SentenceContext } from "../sentences/phrase";

/**
 * The references to appendices a section's sentences carry: after the delegations of a
 * direction (`outbound`, `inbound`), or after the whole section (`section`).
 */
export interface AreaAppendixRefs {
  outbound?: string;
  inbound?: string;
  section?: string;
}

/** Appendix tables built from an area's facts (every appendix table but a free one). */
export type TypedTable = Exclude<AppendixTable, { type: "free" }>;
export type TypedTableType = TypedTable["type"];
export type TableSpec<T extends TypedTableType> = Extract<TypedTable, { type: T }>;

/** How an appendix table of type `T` is built from an area's facts `F`. */
export interface AreaTableOf<F, T extends TypedTableType> {
  /** Where the body refers to the appendix (the reference is written once, at the first such appendix). */
  ref(spec: TableSpec<T>): keyof AreaAppendixRefs;
  /** The table, at `width` twips, from the area's facts (none when the area has no facts). */
  table(facts: F | undefined, spec: TableSpec<T>, width: number): Table;
}

/** An appendix table built from an area's facts, for the specs of its type (`undefined` for others). */
export interface AreaTable<F> {
  readonly type: TypedTableType;
  ref(spec: TypedTable): keyof AreaAppendixRefs | undefined;
  table(facts: F | undefined, spec: TypedTable, width: number): Table | undefined;
}

function isSpecOf<T extends TypedTableType>(type: T, spec: TypedTable): spec is TableSpec<T> {
  return spec.type === type;
}

/** An area's appendix table of type `type`. */
export function areaTable<F, T extends TypedTableType>(type: T, of: AreaTableOf<F, T>): AreaTable<F> {
  return {
    type,
    ref: (spec) => (isSpecOf(type, spec) ? of.ref(spec) : undefined),
    table: (facts, spec, width) => (isSpecOf(type, spec) ? of.table(facts, spec, width) : undefined),
  };
}

/** How a standard area is written. */
export interface AreaRenderer<F> {
  /**
   * The sentences of the section from its facts, in the order a clerk writes them, where the
   * section has no narrative. `refs` are the section's references to its appendices: a renderer
   * places `outbound` and `inbound` itself; `section` is added after its sentences.
   */
  sentences(facts: F, ctx: SentenceContext, refs: AreaAppendixRefs): string[];
  /** The appendix tables built from the area's facts. */
  tables?: readonly AreaTable<F>[];
}
