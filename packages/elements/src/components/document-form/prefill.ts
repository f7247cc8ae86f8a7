/**
 * What the portal knows of the person's unit, given to a form as attributes or properties:
 * issuing body, parent body, place, signer's name and title, recipients. They fill a new
 * document only — the empty document the form starts from (also after "Bỏ bản nháp" or
 * "Bắt đầu văn bản mới") — never a draft or a value the portal gives, and never a field that
 * already holds something.
 */
import type { PropertyDeclarations } from "lit";
import type { Obj } from "../../model/path";

export interface Prefill {
  issuingBody?: string | undefined;
  parentBody?: string | undefined;
  place?: string | undefined;
  signerName?: string | undefined;
  signerTitle?: string | undefined;
  recipients?: string[] | undefined;
}

/** A list in an attribute: entries separated by ";" or new lines. */
export const listConverter = {
  fromAttribute: (v: string | null) =>
    v === null
      ? undefined
      : v
          .split(/[;\n]/)
          .map((s) => s.trim())
          .filter(Boolean),
  toAttribute: (v: unknown) => (Array.isArray(v) ? v.join("; ") : null),
};

/**
 * The Lit properties of the prefill, with their attributes. The components write them out in
 * their own `static properties` (the manifest analyzer reads those); `prefill.test.ts` checks
 * that they match this table.
 */
export const PREFILL_PROPERTIES: PropertyDeclarations = {
  issuingBody: { type: String, attribute: "issuing-body" },
  parentBody: { type: String, attribute: "parent-body" },
  place: { type: String },
  signerName: { type: String, attribute: "signer-name" },
  signerTitle: { type: String, attribute: "signer-title" },
  recipients: { attribute: "recipients", converter: listConverter },
};

export const PREFILL_KEYS = Object.keys(PREFILL_PROPERTIES) as (keyof Prefill)[];

const isObj = (v: unknown): v is Obj => !!v && typeof v === "object" && !Array.isArray(v);
const empty = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
const given = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/**
 * `doc` with the prefill in its frame where the frame has nothing yet (`over`: also over the
 * values given in `over`, the placeholders of a document made by the kit, e.g. "(Người ký)").
 */
export function applyPrefill(doc: Obj, p: Prefill, over: readonly unknown[] = []): Obj {
  if (!isObj(doc.frame)) return doc;
  const frame: Obj = { ...doc.frame };
  const free = (v: unknown) => empty(v) || over.includes(v);
  if (given(p.issuingBody)) {
    const body: Obj = isObj(frame.issuingBody) ? { ...frame.issuingBody } : {};
    if (free(body.name)) body.name = p.issuingBody.trim();
    frame.issuingBody = body;
  }
  if (given(p.parentBody) && free(frame.parentBody)) frame.parentBody = p.parentBody.trim();
  if (given(p.place) && free(frame.place)) frame.place = p.place.trim();
  if (given(p.signerName) || given(p.signerTitle)) {
    const sig: Obj = isObj(frame.signature) ? { ...frame.signature } : {};
    if (given(p.signerName) && free(sig.name)) sig.name = p.signerName.trim();
    if (given(p.signerTitle) && free(sig.title)) sig.title = p.signerTitle.trim();
    frame.signature = sig;
  }
  const list = (p.recipients ?? []).filter(given).map((s) => s.trim());
  if (list.length) {
    const rec: Obj = isObj(frame.recipients) ? { ...frame.recipients } : {};
    const had = Array.isArray(rec.list) ? (rec.list as unknown[]).filter((x) => !empty(x)) : [];
    rec.list = [...had, ...list.filter((x) => !had.includes(x))];
    frame.recipients = rec;
  }
  return { ...doc, frame };
}
