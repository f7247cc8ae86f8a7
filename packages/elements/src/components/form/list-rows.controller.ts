/**
 * Rows of the lists of a form: their stable ids (Lit `repeat` keys, focus targets), which rows are
 * open, and the row actions — add, remove, move — with the focus moved where the person expects
 * it and the change announced. Per-row state (typed text, touched fields, issues) follows its row.
 */
import type { Lang } from "@doingoai/core/lite";
import type { ReactiveControllerHost } from "lit";
import { emptyOf, rowLabelOf } from "../../model/fields";
import { getAt, moveItem } from "../../model/path";
import { type Path, type Schema, schemaAt } from "../../model/schema";
import { t } from "../../strings/strings";
import { lowerFirst } from "./field-templates";
import { FOCUSABLE } from "./focus";
import { RowKeys } from "./row-keys";

/** Lists longer than this start with their rows closed. */
export const OPEN_ROWS_UP_TO = 20;

export interface ListRowsOptions {
  doc(): unknown;
  schema(): Schema;
  lang(): Lang;
  /** Set the list at `path`. */
  edit(path: Path, value: unknown[]): void;
  /** Rows moved: per-row state follows (`map`: old index → new, undefined when removed). */
  remap(listPath: Path, map: (i: number) => number | undefined): void;
  announce(text: string): void;
  /** Focus what `find` gives once the form has rendered. */
  focusLater(find: () => HTMLElement | null | undefined): void;
  /** Focus a row just added, after the frame that shows it (keys typed before then land in it). */
  focusNew(find: () => HTMLElement | null | undefined): void;
  query(selector: string): HTMLElement | null;
}

/** A controller without lifecycle of its own: its host calls it and renders. */
export class ListRowsController {
  #ids = new RowKeys();
  #open = new Map<string, boolean>();
  #versions = new Map<string, number>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly o: ListRowsOptions,
  ) {}

  /** A new value: new rows. */
  clear(): void {
    this.#ids.clear();
    this.#open.clear();
  }

  ids(listKey: string, length: number): string[] {
    return this.#ids.get(listKey, length);
  }

  isOpen(rowId: string, length: number): boolean {
    return this.#open.get(rowId) ?? length <= OPEN_ROWS_UP_TO;
  }

  version(rowId: string): number {
    return this.#versions.get(rowId) ?? 0;
  }

  /** Open or close a row ("Mở"/"Thu gọn"). */
  toggle(rowId: string, open: boolean, skey: string): void {
    this.#open.set(rowId, open);
    this.#touchRows(skey);
    this.host.requestUpdate();
  }

  /** Re-render the rows of a stable key (`…#r12.decisions#r45`): their guards see a new version. */
  #touchRows(skey: string): void {
    for (const m of skey.matchAll(/#(r\d+)/g))
      this.#versions.set(m[1]!, (this.#versions.get(m[1]!) ?? 0) + 1);
  }

  #listOf(path: Path): unknown[] {
    const v = getAt(this.o.doc(), path);
    return Array.isArray(v) ? v : [];
  }

  #label(path: Path, n: number): string {
    const key = [...path].reverse().find((k): k is string => typeof k === "string") ?? "";
    return lowerFirst(rowLabelOf(key, n, this.o.lang()));
  }

  add(path: Path, skey: string): void {
    const list = this.#listOf(path);
    const el = schemaAt(this.o.schema(), [...path, 0], this.o.doc());
    const item = el === undefined ? undefined : emptyOf(el);
    const id = this.#ids.append(skey, list.length);
    this.#open.set(id, true);
    this.o.edit(path, [...list, item === undefined ? "" : item]);
    this.o.announce(t(this.o.lang(), "added", { row: this.#label(path, list.length + 1) }));
    this.o.focusNew(() => this.o.query(`#row-${id}`)?.querySelector<HTMLElement>("input, select, textarea"));
  }

  remove(path: Path, skey: string, i: number): void {
    const list = this.#listOf(path);
    const label = this.#label(path, i + 1);
    this.#ids.remove(skey, i);
    this.o.remap(path, (j) => (j === i ? undefined : j > i ? j - 1 : j));
    this.o.edit(
      path,
      list.filter((_, j) => j !== i),
    );
    this.o.announce(t(this.o.lang(), "removed", { row: label }));
    const ids = this.#ids.get(skey, list.length - 1);
    const next = ids[i] ?? ids[i - 1];
    this.o.focusLater(() =>
      next
        ? this.o.query(`#row-${next}`)?.querySelector<HTMLElement>(FOCUSABLE)
        : this.o.query(`[id="add-${skey}"]`),
    );
  }

  move(path: Path, skey: string, i: number, dir: "up" | "down"): void {
    const list = this.#listOf(path);
    const to = dir === "up" ? i - 1 : i + 1;
    if (to < 0 || to >= list.length) return;
    const id = this.#ids.get(skey, list.length)[i]!;
    this.#ids.move(skey, i, to);
    this.o.remap(path, (j) => (j === i ? to : j === to ? i : j));
    this.o.edit(path, moveItem(list, i, to));
    this.o.announce(t(this.o.lang(), "moved", { n: to + 1 }));
    const other = dir === "up" ? "down" : "up";
    this.o.focusLater(() => this.o.query(`#${dir}-${id}`) ?? this.o.query(`#${other}-${id}`));
  }

  /** The stable key of the list or field at `path` (rows by id), as the templates compute it. */
  stableKey(path: Path): string {
    let s = "";
    for (let j = 0; j < path.length; j++) {
      const k = path[j]!;
      if (typeof k === "number") {
        const ids = this.#ids.get(s, this.#listOf(path.slice(0, j)).length);
        s = `${s}#${ids[k] ?? k}`;
      } else s = s ? `${s}.${k}` : k;
    }
    return s;
  }

  /** Open every row on the way to `path` (to focus a field inside closed rows). */
  reveal(path: Path): void {
    for (let j = 0; j < path.length; j++) {
      if (typeof path[j] !== "number") continue;
      const listPath = path.slice(0, j);
      const id = this.#ids.get(this.stableKey(listPath), this.#listOf(listPath).length)[path[j] as number];
      if (id) this.#open.set(id, true);
    }
    this.#touchRows(this.stableKey(path));
    this.host.requestUpdate();
  }
}
