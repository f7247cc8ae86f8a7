/**
 * A table pasted into a row of a list (Excel's tab-separated text, Word's or Excel's HTML table):
 * the rows are filled from the row pasted into, one pasted row each (see `model/paste.ts`), in a
 * single edit of the list. The inputs of rows that were already there are updated as if typed, so
 * that what they show is what the document holds. The result is said and shown under the field.
 */
import type { Lang } from "@doingoai/core/lite";
import { emptyOf, fieldsOf } from "../../model/fields";
import { pasteRows, rowColumns, shownText, tableFromClipboard } from "../../model/paste";
import { getAt, keyPath, type Obj, pathKey } from "../../model/path";
import { DOCUMENT_SCHEMAS, type Path, schemaAt } from "../../model/schema";
import { t } from "../../strings/strings";

export interface PasteContext {
  lang: Lang;
  doc: Obj;
  edit(path: Path, value: unknown): void;
  /** After the form has rendered the edit. */
  rendered(): Promise<unknown>;
  query(selector: string): HTMLInputElement | HTMLTextAreaElement | null;
  /** Show `text` under the field pasted into and say it (polite). */
  report(text: string): void;
}

/** The innermost list a field's path is in: its path, the row, the field of the row (if any). */
function rowOf(path: Path): { list: Path; row: number; key: string | undefined } | undefined {
  for (let j = path.length - 1; j > 0; j--) {
    const i = path[j];
    if (typeof i === "number") {
      const key = path[j + 1];
      return { list: path.slice(0, j), row: i, key: typeof key === "string" ? key : undefined };
    }
  }
  return undefined;
}

/**
 * The field whose note shows what a paste into `el` did: `el` when it has a note under it (an
 * input), else the first field of its row that has one (a choice such as a delegation's direction).
 */
export function noteFieldOf(
  el: HTMLElement,
  query: (selector: string) => Element | null,
): HTMLInputElement | HTMLTextAreaElement | null {
  const own = query(`#${CSS.escape(el.id)}-note`);
  if (own) return el as HTMLInputElement;
  const where = rowOf(keyPath(el.dataset.p ?? ""));
  if (!where) return null;
  const note = query(`[id^="${CSS.escape(`f-${pathKey([...where.list, where.row])}.`)}"][id$="-note"]`);
  return note
    ? (query(`#${CSS.escape(note.id.slice(0, -"-note".length))}`) as HTMLInputElement | null)
    : null;
}

/** Paste `data` as rows when the field `el` is in a list row and the clipboard holds a table. */
export function pasteAsRows(
  el: HTMLElement,
  data: Pick<DataTransfer, "getData">,
  ctx: PasteContext,
): boolean {
  const where = rowOf(keyPath(el.dataset.p ?? ""));
  if (!where) return false;
  // On a choice, one cell too: the browser pastes nothing into a <select> ("Đoàn vào" chooses it).
  const choice = el.dataset.k === "select";
  const single = choice ? data.getData("text/plain").trim() : "";
  const table = tableFromClipboard(data) ?? (single ? [[single]] : undefined);
  if (!table || (!choice && table.length === 1 && table[0]!.length < 2)) return false;
  const kind = ctx.doc.kind as keyof typeof DOCUMENT_SCHEMAS;
  const root = DOCUMENT_SCHEMAS[kind];
  if (root === undefined) return false;
  const parent = schemaAt(root, where.list.slice(0, -1), ctx.doc);
  const name = where.list.at(-1);
  const field = parent === undefined ? undefined : fieldsOf(parent, ctx.lang).find((f) => f.key === name);
  if (field?.kind !== "list") return false;
  const text = (key: Parameters<typeof t>[1], p?: Record<string, string | number>) => t(ctx.lang, key, p);
  if (field.max !== undefined && where.row + table.length > field.max) {
    ctx.report(text("pasteTooManyRows", { max: field.max, n: table.length }));
    return true;
  }
  const current = getAt(ctx.doc, where.list);
  const before = Array.isArray(current) ? current : [];
  const itemSchema = schemaAt(root, [...where.list, 0], ctx.doc);
  const empty = () => (itemSchema === undefined ? {} : emptyOf(itemSchema));
  const r = pasteRows(field, before, where.row, where.key, table, ctx.lang, empty);
  ctx.edit(where.list, r.list);
  const parts = [text("pastedRows", { n: r.count })];
  if (r.extraColumns) parts.push(text("pastedExtra"));
  if (r.unread.length)
    parts.push(
      text("pastedUnread", {
        n: r.unread.length,
        cells: r.unread
          .map((u) =>
            text(u.reason === "not-in-list" ? "pastedCellNotInList" : "pastedCell", {
              row: field.rowLabel(u.row),
              field: u.field,
              text: u.text,
            }),
          )
          .join("; "),
      }),
    );
  void ctx.rendered().then(() => {
    // Rows that were there: their inputs take the pasted text as if typed (what was typed before is replaced).
    const cols = field.item.kind === "group" ? rowColumns(field.item) : [];
    for (let i = where.row; i < Math.min(before.length, where.row + r.count); i++) {
      const targets = cols.length ? cols.map((c) => ({ f: c, p: [...where.list, i, c.key] })) : [];
      if (!cols.length) targets.push({ f: field.item, p: [...where.list, i] });
      for (const { f, p } of targets) {
        const input = ctx.query(`[data-p="${CSS.escape(pathKey(p))}"]`);
        const value = getAt(r.list, p.slice(where.list.length));
        if (!input || input.dataset.k === "select" || value === undefined || typeof value === "object")
          continue;
        const shown = shownText(f, value);
        if (input.value === shown) continue;
        input.value = shown;
        input.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
      }
    }
    ctx.report(parts.join(" "));
  });
  return true;
}
