/** English messages of every issue code (part of the English language pack). */
import type { IssueCode, Msg } from "./messages-vi";
import { list } from "./messages-vi";

type Params = Record<string, unknown>;

const TYPE_EN: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  object: "an object",
  array: "a list",
  boolean: "true/false",
};

const TOO_LARGE_EN: Record<string, string> = {
  documentValues: "the values (items, cells, fields) of the whole document",
  documentText: "the characters of the whole document",
  documentTableRows: "the table rows of the whole document",
  jsonText: "the characters of the JSON file",
};

export const MESSAGES_EN = {
  "document.not-json": (_: string, p: Params) => `The file is not valid JSON: ${p.detail ?? ""}`.trim(),
  "document.empty": () => "The file is empty: there is no document in it.",
  "document.not-object": (_: string, p: Params) =>
    `A document must be a JSON object ({ … }), got ${p.received ?? "something else"}.`,
  "document.too-deep": () =>
    "The document is nested too deeply or refers to itself; it is not a document of the model.",
  "document.too-large": (_: string, p: Params) =>
    `The document is too large: ${TOO_LARGE_EN[String(p.limit)] ?? "its data"} exceed the limit of ${p.maximum}; no document of the model needs that much.`,
  "document.too-many-issues": (_: string, p: Params) =>
    `The document has ${p.total} issues; only the first ${p.shown} are shown. Fix them and check again.`,
  "document.unexpected": (_: string, p: Params) =>
    `The document could not be checked because of an unexpected error: ${p.detail ?? ""}`.trim(),
  "document.version-unknown": (_: string, p: Params) =>
    `Schema version ${p.version} is not supported (this release reads up to version ${p.current}).`,
  "schema.required": (f: string) => `“${f}” is required.`,
  "schema.type": (f: string, p: Params) => `“${f}” must be ${TYPE_EN[String(p.expected)] ?? p.expected}.`,
  "schema.not-integer": (f: string) => `“${f}” must be a whole number.`,
  "schema.too-small": (f: string, p: Params) =>
    p.origin === "array"
      ? `“${f}” needs at least ${p.minimum} item(s).`
      : p.origin === "string"
        ? Number(p.minimum) <= 1
          ? `“${f}” is required.`
          : `“${f}” needs at least ${p.minimum} characters.`
        : Number(p.minimum) === 0
          ? `“${f}” cannot be negative.`
          : `“${f}” must be at least ${p.minimum}.`,
  "schema.too-big": (f: string, p: Params) =>
    p.origin === "array"
      ? `“${f}” has too many items (at most ${p.maximum}).`
      : p.origin === "string"
        ? `“${f}” is too long (at most ${p.maximum} characters).`
        : `“${f}” must be at most ${p.maximum}.`,
  "schema.format": (f: string, p: Params) =>
    `“${f}” is not in the expected format${p.example ? ` (e.g. ${p.example})` : ""}.`,
  "schema.enum": (f: string, p: Params) => `“${f}” must be one of: ${list(p.values)}.`,
  "schema.unknown-key": (f: string, p: Params) =>
    `“${f}” has fields the document model does not know: ${list(p.keys)}. They would be lost if not fixed.`,
  "schema.union": (f: string, p: Params) =>
    p.discriminator ? `“${f}”: invalid type, choose one of: ${list(p.options)}.` : `“${f}” is not valid.`,
  "schema.invalid": (f: string) => `“${f}” is not valid.`,
  "date.impossible": (f: string) => `“${f}” is a date that does not exist.`,
  "period.order": (f: string) => `“${f}”: the start date must be on or before the end date.`,
  "date.outside-period": (f: string, p: Params) =>
    `“${f}” (${p.date}) is outside the reporting period (${p.from} – ${p.to}).`,
  "delegation.members": (f: string) => `“${f}”: a delegation has at least 1 member.`,
  "delegation.days": (f: string, p: Params) =>
    `“${f}” says ${p.days} days but ${p.from} to ${p.to} is ${p.expected} days.`,
  "totals.mismatch": (f: string, p: Params) =>
    `“${f}” states ${p.stated} but the rows add up to ${p.computed}.`,
  "citation.after-document": (f: string, p: Params) =>
    `“${f}” is dated ${p.date}, after the document itself (${p.documentDate}); check the date.`,
  "signature.authority-needs-body": (f: string, p: Params) =>
    `“${f}”: signing ${p.authority} needs the body or head signed for (e.g. ${p.example}).`,
  "signature.authority-extra": (f: string) =>
    `“${f}”: when the head signs as such, leave “on behalf of” empty.`,
  "signature.deputy-title": (f: string, p: Params) =>
    `“${f}”: KT. is signed by a deputy; the title “${p.title}” does not start with “PHÓ”.`,
  "signature.collective": (f: string, p: Params) =>
    `“${f}”: TM. signs on behalf of a collective body (e.g. ỦY BAN NHÂN DÂN); “${p.onBehalfOf}” does not look like one.`,
  "signature.title-needed": (f: string, p: Params) =>
    `“${f}”: signing ${p.authority} needs the signer's title.`,
  "frame.issued-incomplete": (f: string, p: Params) =>
    `“${f}”: an issued document needs ${p.missing === "number" ? "a number" : "a full date"}.`,
  "frame.symbol-kind": (f: string, p: Params) =>
    `“${f}” “${p.symbol}” should start with the abbreviation of the document kind (${list(p.expected)}).`,
  "outline.area-unknown": (f: string, p: Params) => `“${f}”: the area “${p.area}” is not in the document.`,
  "outline.area-not-listed": (f: string) =>
    `“${f}” has content but is not in the outline; it will be added at the end of the results.`,
  "area.custom-unknown": (f: string, p: Params) => `“${f}”: the custom area “${p.id}” is not declared.`,
  "area.duplicate-custom": (f: string, p: Params) => `“${f}”: the area id “${p.id}” is used twice.`,
  "indicator.label-missing": (f: string) => `“${f}”: an indicator without a standard key needs a name.`,
  "indicator.unknown-key": (f: string, p: Params) => `“${f}”: there is no standard indicator “${p.key}”.`,
  "indicator.breakdown": (f: string, p: Params) =>
    `“${f}”: the parts (${p.sum}) add up to more than the total (${p.total}).`,
  "table.row-width": (f: string, p: Params) =>
    `“${f}” has ${p.cells} cells but the table has ${p.columns} columns.`,
  "text.legacy-encoding": (f: string, p: Params) =>
    `“${f}” looks typed in the legacy ${String(p.encoding).toUpperCase()} encoding; convert it to Unicode first.`,
  "text.no-letters": (f: string) => `“${f}” needs visible letters, not only spaces or invisible characters.`,
  "text.invisible": (f: string) => `“${f}” has only spaces or invisible characters: it prints as nothing.`,
  "text.bidi-control": (f: string) =>
    `“${f}” contains text-direction (right-to-left) control characters that make it display reversed or out of order; remove them.`,
  "text.mixed-scripts": (f: string, p: Params) =>
    `“${f}” mixes Latin letters with look-alike ${list(p.scripts)} letters (for example “${p.sample}”); type it again in Vietnamese letters.`,
  "appendix.no-rows": (f: string) => `“${f}”: the appendix has no rows in the document's facts.`,
  "frame.body-abbreviated": (f: string, p: Params) =>
    `“${f}”: the issuing body is written in full (NĐ 30); only the parent body may abbreviate common phrases such as “${p.abbreviation}”.`,
  "frame.subject-repeats-kind": (f: string, p: Params) =>
    `“${f}” need not start with “${p.kind}”: the kind is printed on the line above.`,
  "frame.archive-vt-first": (f: string, p: Params) =>
    `“${f}”: the “Lưu” line names “VT” (the records office) first, not “${p.first}”.`,
  "frame.signature-name-missing": (f: string) =>
    `“${f}”: the signer's name is needed (it may be left out only in an excerpt whose source text continues).`,
  "frame.archive-missing": (f: string) =>
    `“${f}”: the “Lưu: VT, …” line is needed (it may be left out only in an excerpt whose source text continues).`,
  "signature.second-needs-tm": (f: string, p: Params) =>
    `“${f}”: a second signing level (KT., TL., TUQ.) goes only under “TM.”, not under “${p.authority}”.`,
  "period.span-dates": (f: string, p: Params) =>
    `“${f}”: the span “${p.span}” is ${p.nominal} months but the dates cover about ${p.months} months; correct the dates or leave the span out so that the label follows the dates.`,
  "money.parts-exceed": (f: string, p: Params) =>
    `“${f}”: the parts (${p.sum}) add up to more than the whole (${p.total}).`,
  "aid.rows-exceed-total": (f: string, p: Params) =>
    `“${f}”: the list has ${p.rows} aid projects and items, more than the stated total (${p.total}).`,
  "comparison.base": (f: string, p: Params) =>
    p.need === undefined
      ? `“${f}” does not go with the chosen kind of comparison; remove it.`
      : `“${f}”: the chosen kind of comparison needs the ${p.need === "year" ? "year" : "period"} compared with.`,
  "narrative.facts-left-out": (f: string, p: Params) =>
    `“${f}”: prints the narrative only, so ${p.count} typed facts the narrative does not state will not be in the document: ${p.facts} (${p.paths}).`,
  "request.deadline-before-cut-off": (f: string, p: Params) =>
    `“${f}” (${p.deadline}) must come after the cut-off date (${p.cutOff}): units need at least a working day after the cut-off to report (Decree 09/2019, Article 8).`,
  "request.deadline-before-period-end": (f: string, p: Params) =>
    `“${f}” (${p.deadline}) is before the last day of the period (${p.end}); state the cut-off dates or move the deadline.`,
  "request.cut-off-window": (f: string, p: Params) =>
    `“${f}” differs from the cut-off of Decree 09/2019 (Article 12) for this period: ${p.from} to ${p.to} (the 15th of the month before to the 14th of the last month); check it unless a provincial rule sets it.`,
  "request.unit-duplicate": (f: string, p: Params) =>
    `“${f}”: unit “${p.unit}” is already on line ${p.first}.`,
  "request.listed-twice": (f: string, p: Params) => `“${f}”: “${p.item}” is listed twice.`,
  "request.addressees-missing": (f: string) =>
    `“${f}”: a report request needs its addressees (“Kính gửi”), the units asked.`,
} satisfies Record<IssueCode, Msg>;
