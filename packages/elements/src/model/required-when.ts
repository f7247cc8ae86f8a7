/**
 * Fields the model leaves optional that one of core's rules requires once another field of the
 * same object says so (NĐ 30): whoever signs for someone (TM., KT., TL., TUQ., Q.) names them; an
 * issued document has its number and its full date. The form drops "(không bắt buộc)" from such a
 * field's label and says why it is required the moment the other field makes it so, instead of
 * an error only at submit. `required-when.test.ts` checks each entry against `validate`.
 */
import type { StringKey } from "../strings/strings";
import type { Obj } from "./path";

export interface RequiredWhen {
  /** The object holding both fields (dotted path) and the field that becomes required. */
  readonly object: string;
  readonly key: string;
  /** When, from the object's own values. */
  readonly when: (obj: Obj) => boolean;
  /** The issue code core reports when the field is still missing. */
  readonly code: string;
  /** Why it is required, said in the field's hint. */
  readonly because: StringKey;
}

const signsForSomeone = (o: Obj) => typeof o.authority === "string" && o.authority !== "none";
const issued = (o: Obj) => o.status === "issued";

export const REQUIRED_WHEN: readonly RequiredWhen[] = [
  {
    object: "frame.signature",
    key: "onBehalfOf",
    when: signsForSomeone,
    code: "signature.authority-needs-body",
    because: "requiredWithAuthority",
  },
  {
    object: "frame",
    key: "number",
    when: issued,
    code: "frame.issued-incomplete",
    because: "requiredWhenIssued",
  },
];

const byField = new Map(REQUIRED_WHEN.map((r) => [`${r.object}|${r.key}`, r]));

/** Why the field `key` of the object at `objectKey` is required now (undefined: it is not). */
export function requiredNow(objectKey: string, key: string, obj: Obj): StringKey | undefined {
  const r = byField.get(`${objectKey}|${key}`);
  return r?.when(obj) ? r.because : undefined;
}
