/**
 * Stable ids of list rows, for Lit `repeat` and for focus after add / remove / move. Rows of the
 * document are plain data without ids; the ids live here, by the stable key of their list
 * (nested lists are keyed by their parent row's id, so they follow it when it moves).
 */
export class RowKeys {
  #lists = new Map<string, string[]>();
  #next = 0;

  /** The ids of the rows of list `listKey`, made to match its length. */
  get(listKey: string, length: number): string[] {
    let ids = this.#lists.get(listKey);
    if (!ids) {
      ids = [];
      this.#lists.set(listKey, ids);
    }
    while (ids.length < length) ids.push(`r${++this.#next}`);
    if (ids.length > length) ids.length = length;
    return ids;
  }

  /** A new id appended to the list (the new row). */
  append(listKey: string, length: number): string {
    const ids = this.get(listKey, length);
    const id = `r${++this.#next}`;
    ids.push(id);
    return id;
  }

  remove(listKey: string, index: number): void {
    this.#lists.get(listKey)?.splice(index, 1);
  }

  move(listKey: string, from: number, to: number): void {
    const ids = this.#lists.get(listKey);
    if (!ids) return;
    const [id] = ids.splice(from, 1);
    if (id !== undefined) ids.splice(to, 0, id);
  }

  clear(): void {
    this.#lists.clear();
  }
}
