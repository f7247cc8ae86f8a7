/**
 * The standard areas as render writes them, one module each, in a map typed by area: a new area
 * in core's `AreaId` without a renderer here fails `tsc`. The sentences of an area's section and
 * the appendix tables built from its facts are found through this map only.
 */
import { type Appendix, AREA_IDS, type AreaId, type Areas } from "@doingoai/core";
import type { Table } from "../layout/types";
import { areaFacts, type FactsOf } from "../sentences/facts";
import type { SentenceContext } from "../sentences/phrase";
import { awards } from "./awards";
import { consular } from "./consular";
import { culturalDiplomacy } from "./cultural-diplomacy";
import { delegations } from "./delegations";
import { direction } from "./direction";
import { economicDiplomacy } from "./economic-diplomacy";
import { externalInformation } from "./external-information";
import { internationalAgreements } from "./international-agreements";
import { internationalConferences } from "./international-conferences";
import { ngoAid } from "./ngo-aid";
import { organisationTraining } from "./organisation-training";
import { overseasVietnamese } from "./overseas-vietnamese";
import { peopleToPeople } from "./people-to-people";
import type { AreaAppendixRefs, AreaRenderer, TypedTable } from "./types";

export type { AreaAppendixRefs, AreaRenderer, AreaTable, TypedTable, TypedTableType } from "./types";

/** A renderer for every standard area, typed by the area's facts. */
export type AreaRenderers = { readonly [K in AreaId]: AreaRenderer<FactsOf<K>> };

export const AREA_RENDERERS: AreaRenderers = {
  delegations,
  "international-agreements": internationalAgreements,
  "international-conferences": internationalConferences,
  "economic-diplomacy": economicDiplomacy,
  "ngo-aid": ngoAid,
  "cultural-diplomacy": culturalDiplomacy,
  "external-information": externalInformation,
  consular,
  "overseas-vietnamese": overseasVietnamese,
  awards,
  "people-to-people": peopleToPeople,
  direction,
  "organisation-training": organisationTraining,
};

/**
 * The sentences of a section of a standard area from its facts, in the order a clerk writes them:
 * figures first, then the lists ("- " lines), then the texts implemented; the reference to the
 * section's appendix (`refs.section`) last.
 */
export function describeAreaFacts<K extends AreaId>(
  area: K,
  facts: FactsOf<K>,
  ctx: SentenceContext = {},
  refs: AreaAppendixRefs = {},
): string[] {
  const renderer: AreaRenderer<FactsOf<K>> = AREA_RENDERERS[area];
  const out = renderer.sentences(facts, ctx, refs);
  return refs.section !== undefined && out.length > 0 ? [...out, refs.section] : out;
}

function tableIn<K extends AreaId>(
  area: K,
  areas: Areas | undefined,
  spec: TypedTable,
  width: number,
): Table | undefined {
  const renderer: AreaRenderer<FactsOf<K>> = AREA_RENDERERS[area];
  const facts = areas === undefined ? undefined : areaFacts(areas, area);
  for (const t of renderer.tables ?? []) {
    const table = t.table(facts, spec, width);
    if (table !== undefined) return table;
  }
  return undefined;
}

/**
 * An appendix table built from the facts of the area that owns its type, in a report's `areas`
 * (a plan or a notice has none: the table has no rows).
 */
export function typedAppendixTable(areas: Areas | undefined, spec: TypedTable, width: number): Table {
  for (const area of AREA_IDS) {
    const table = tableIn(area, areas, spec, width);
    if (table !== undefined) return table;
  }
  return { columns: [], rows: [], repeatHeader: true };
}

/** The area that builds a typed appendix table, and where its section refers to it. */
export function tableOwner(spec: TypedTable): { area: AreaId; slot: keyof AreaAppendixRefs } | undefined {
  for (const area of AREA_IDS) {
    const slot = slotIn(area, spec);
    if (slot !== undefined) return { area, slot };
  }
  return undefined;
}

function slotIn<K extends AreaId>(area: K, spec: TypedTable): keyof AreaAppendixRefs | undefined {
  const renderer: AreaRenderer<FactsOf<K>> = AREA_RENDERERS[area];
  for (const t of renderer.tables ?? []) {
    const slot = t.ref(spec);
    if (slot !== undefined) return slot;
  }
  return undefined;
}

/**
 * The references each area's section makes to the appendices built from its facts (NĐ 30, Phụ
 * lục I §III.1a: the text points to each appendix), the first appendix of each kind:
 * "(Chi tiết tại Phụ lục kèm theo)", "(Chi tiết tại Phụ lục II kèm theo)". Free tables have no
 * section of their own to refer from.
 */
export function areaAppendixRefs(
  appendices: readonly Appendix[],
  label: (index: number) => string,
): Partial<Record<AreaId, AreaAppendixRefs>> {
  const refs: Partial<Record<AreaId, AreaAppendixRefs>> = {};
  appendices.forEach((a, i) => {
    if (a.table.type === "free") return;
    const owner = tableOwner(a.table);
    if (owner === undefined) return;
    const mine: AreaAppendixRefs = refs[owner.area] ?? {};
    mine[owner.slot] ??= `(Chi tiết tại ${label(i)} kèm theo)`;
    refs[owner.area] = mine;
  });
  return refs;
}
