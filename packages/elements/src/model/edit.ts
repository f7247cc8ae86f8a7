/**
 * One edit of the document: the value set at its path, then optional objects and lists that the
 * edit left empty are removed (a cleared "Kinh phí" is absent, not `{}` that fails validation).
 */
import { getAt, type Obj, setAt } from "./path";
import { type Path, type Schema, schemaAt, unwrap } from "./schema";

export function applyEdit(root: Schema, doc: Obj, path: Path, value: unknown): Obj {
  let out = setAt(doc, path, value) as Obj;
  for (let i = path.length; i >= 1; i--) {
    const p = path.slice(0, i);
    const v = getAt(out, p);
    if (v === undefined && i === path.length) continue;
    const empty = Array.isArray(v)
      ? v.length === 0
      : !!v && typeof v === "object" && Object.keys(v).length === 0;
    if (!empty) break;
    const s = schemaAt(root, p, out);
    if (s === undefined || !unwrap(s).optional) break;
    out = setAt(out, p, undefined) as Obj;
  }
  return out;
}
