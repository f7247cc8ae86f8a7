/**
 * Label tables are typed against the schema: every key of every object of the model must
 * have a label (a missing or extra key is a type error), and `test/labels.test.ts` walks the
 * schema at run time to check the same for both languages.
 */
import type { z } from "zod";
import type { AidListing } from "../areas/ngo-aid/facts";
import type * as Pa from "../areas/partners";
import type { PrintChoice } from "../model/answer";
import type { AppendixTable } from "../model/appendix";
import type { AreaId } from "../model/areas";
import type { Document } from "../model/document";
import type * as F from "../model/facts";
import type * as Fr from "../model/frame";
import type { NumberStyle, OutlineMarker } from "../model/outline";
import type * as Pl from "../model/place";
import type * as P from "../model/plan";
import type * as Rq from "../model/request";
import type * as V from "../model/values";

type In<T extends z.ZodType> = z.input<T>;
/**
 * Every key of `T` and of the objects below it (through lists, unions and optional fields),
 * to a depth well beyond the model's.
 */
type DeepKeysOf<T, Depth extends unknown[] = []> = Depth["length"] extends 16
  ? never
  : T extends readonly (infer E)[]
    ? DeepKeysOf<E, Depth>
    : T extends object
      ? { [K in keyof T]-?: K | DeepKeysOf<NonNullable<T[K]>, [...Depth, 0]> }[keyof T]
      : never;

/** Every field key that appears in the model, derived from the document schema. */
export type FieldKey = DeepKeysOf<In<typeof Document>> & string;

/**
 * The enums of the model by their schema id (`.meta({ id })`), each with its values. The label
 * tables give a label to every value of every enum here, and `ENUM_PHRASES` the words running
 * text uses; `core/test/enums.test.ts` checks that every enum of the model IR has its id here.
 * `CitationKind` and `BasisVerb` are the document's own words and are shown as they are.
 */
export interface EnumValueMap {
  Qualifier: In<typeof V.Qualifier>;
  PeriodSpan: In<typeof V.PeriodSpan>;
  ReportingFrequency: In<typeof P.ReportingFrequency>;
  PlanVariant: In<typeof P.PlanVariant>;
  DateStyle: In<typeof Fr.DateStyle>;
  Authority: In<typeof Fr.Authority>;
  Urgency: In<typeof Fr.Urgency>;
  ReportClass: In<typeof Rq.ReportClass>;
  DocumentStatus: In<typeof Fr.DocumentStatus>;
  Direction: In<typeof F.Direction>;
  AgreementStatus: In<typeof F.AgreementStatus>;
  AgreementKind: In<typeof F.AgreementKind>;
  InvestmentKind: In<typeof F.InvestmentKind>;
  AwardLevel: In<typeof F.AwardLevel>;
  PartnershipKind: In<typeof F.PartnershipKind>;
  OutlineMarker: In<typeof OutlineMarker>;
  PrintChoice: In<typeof PrintChoice>;
  /** The kinds of appendix table (the discriminator of `AppendixTable`). */
  AppendixTable: In<typeof AppendixTable>["type"];
  NumberStyle: In<typeof NumberStyle>;
  SecondAuthority: In<typeof Fr.SecondAuthority>;
  PlaceRelation: In<typeof Pl.PlaceRelation>;
  PartnerLevel: In<typeof Pa.PartnerLevel>;
  ComparisonWording: In<typeof V.ComparisonWording>;
  ComparisonBaseKind: In<typeof V.ComparisonBaseKind>;
  MoneyStatus: In<typeof F.MoneyStatus>;
  AidKind: In<typeof F.AidKind>;
  AidListing: In<typeof AidListing>;
}
export type EnumId = keyof EnumValueMap;
/** Enums whose values are the document's own words, shown as they are. */
export type VerbatimEnumId = "CitationKind" | "BasisVerb";
/** A word for every value of every enum. */
export type EnumWords = { [E in EnumId]: Record<EnumValueMap[E], string> };

/** A label of one field: its name, and optionally a hint shown under the form field. */
export type FieldLabel = string | { label: string; hint: string };

/** The table of one language: a label for every key, and overrides per object (by schema id). */
export interface LabelTable {
  fields: Record<FieldKey, FieldLabel>;
  /** Labels that differ in one object: `{ Signature: { title: "Chức vụ" } }`. */
  byObject: Record<string, Partial<Record<FieldKey, FieldLabel>>>;
  areas: Record<AreaId, string>;
  kinds: Record<Document["kind"], string>;
  /** Labels of enum values (form options), by enum id and value. */
  enums: EnumWords;
  /** "Đoàn thứ {n}" for an array row: by the key of the array. */
  rows: Partial<Record<FieldKey, string>> & { default: string };
}
