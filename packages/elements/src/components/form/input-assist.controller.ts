/**
 * What the inputs do as people type, listened to once at the form's root (before the form reads
 * the input, see `form-events.controller.ts`):
 * - **Limits, never silent**: a paste or a drop longer than the room left under the field's
 *   `maxlength` is refused as a whole, with a message under the field saying so (the text is
 *   still on the clipboard: nothing is cut, nothing typed is lost, and a book pasted by mistake
 *   never reaches the form). A key typed at the limit shows the same kind of message.
 * - **The counter** near the limit is seen on every keystroke and heard (politely) after a pause.
 * - **Numbers** are regrouped as typed ("1250000" → "1.250.000"), the caret kept after its digit.
 * - **Dates**: the button beside a date opens the browser's picker; the day picked is written
 *   into the field as 15/06/2026 and read like a typed one.
 * - **Tables pasted into a row** (Excel, Word) fill as many rows (`paste-rows.ts`); **Word's
 *   bullets** ("•", "-", "1." before a tab) are taken off text pasted into a field.
 */
import { type Lang, LIMITS } from "@doingoai/core/ui";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { loadPaste, mayBeRows } from "../../lazy/load-paste";
import { cleanBullets } from "../../model/bullets";
import { formatDate, parseDate, regroup } from "../../model/formats";
import { keyPath, type Obj } from "../../model/path";
import type { Path } from "../../model/schema";
import { t } from "../../strings/strings";
import { COUNT_FROM, longestLine, numberFormat } from "./input-templates";

type Host = ReactiveControllerHost & { readonly renderRoot: Node | undefined; readonly uiLang: Lang };
type Field = HTMLInputElement | HTMLTextAreaElement;
type PasteCode = Awaited<ReturnType<typeof loadPaste>>;

/** How long typing pauses before the counter is announced. */
const ANNOUNCE_AFTER_MS = 1000;

export class InputAssistController implements ReactiveController {
  #root: (Node & ParentNode) | undefined;
  #live: HTMLElement | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: Host,
    /** The document, and how to change it (for tables pasted into rows); without them: no rows pasted. */
    private readonly doc?: () => Obj,
    private readonly edit?: (path: Path, value: unknown) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot as (Node & ParentNode) | undefined;
    if (!root || root === this.#root) return;
    this.#root = root;
    root.addEventListener("paste", this.#onPaste as EventListener, true);
    root.addEventListener("drop", this.#onDrop as EventListener, true);
    root.addEventListener("beforeinput", this.#onBeforeInput as EventListener, true);
    root.addEventListener("input", this.#onInput, true);
    root.addEventListener("click", this.#onClick);
    root.addEventListener("change", this.#onChange, true);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  #text(key: Parameters<typeof t>[1], params?: Record<string, string | number>): string {
    return t(this.host.uiLang, key, params);
  }

  #n(n: number): string {
    return numberFormat(this.host.uiLang).format(n);
  }

  /** One polite live region of this form (made on first use, kept if the form re-renders). */
  #say(text: string): void {
    const root = this.#root;
    if (!root) return;
    if (!this.#live?.isConnected) {
      this.#live = document.createElement("div");
      this.#live.className = "vh";
      this.#live.setAttribute("aria-live", "polite");
      this.#live.dataset.live = "input";
      root.appendChild(this.#live);
    }
    const live = this.#live;
    // The same text again must be heard again: empty first, then set.
    live.textContent = "";
    setTimeout(() => {
      live.textContent = text;
    }, 50);
  }

  /** Show (or clear, with "") the note under a field, and say it. */
  #note(el: Field, text: string): void {
    const note = el.id
      ? (this.#root?.querySelector<HTMLElement>(`#${CSS.escape(el.id)}-note`) ?? null)
      : null;
    // Unchanged (the common case: no note while typing): no DOM write, no style invalidation.
    if (note && note.textContent !== text) {
      note.textContent = text;
      note.hidden = text === "";
    }
    if (text) this.#say(text);
  }

  /** Whether `insert` may replace the selection of `el`; if not, say why and refuse. */
  #fits(el: Field, insert: string): boolean {
    const max = el.maxLength;
    if (!(max > 0)) return true;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    const room = max - (el.value.length - (end - start));
    if (insert.length > room) {
      this.#note(
        el,
        this.#text("pasteTooLong", {
          n: this.#n(insert.length),
          room: this.#n(Math.max(0, room)),
          max: this.#n(max),
        }),
      );
      return false;
    }
    if (el.dataset.k === "narrative") {
      // The paragraph the caret is in, with the pasted text: each paragraph within its limit.
      const from = el.value.lastIndexOf("\n", start - 1) + 1;
      const to = el.value.indexOf("\n", end);
      const merged = el.value.slice(from, start) + insert + el.value.slice(end, to < 0 ? undefined : to);
      const longest = longestLine(merged);
      if (longest > LIMITS.paragraph) {
        this.#note(
          el,
          this.#text("pasteParagraphTooLong", { n: this.#n(longest), max: this.#n(LIMITS.paragraph) }),
        );
        return false;
      }
    }
    return true;
  }

  #field(e: Event): Field | undefined {
    const el = e.target as Element | null;
    return el &&
      (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) &&
      el.dataset.p !== undefined
      ? el
      : undefined;
  }

  #onPaste = (e: ClipboardEvent) => {
    // A table pasted on a choice of a row (a delegation's direction) fills rows from that column.
    // The browser pastes nothing into a <select>: the clipboard is read now, the code loads.
    const choice = e.target;
    if (choice instanceof HTMLSelectElement && choice.dataset.p !== undefined && e.clipboardData) {
      e.preventDefault();
      const data = this.#clipboard(e.clipboardData);
      if (this.doc) void loadPaste().then((m) => this.#pasteRows(choice, data, m));
      return;
    }
    const el = this.#field(e);
    if (!el || !e.clipboardData) return;
    const text = e.clipboardData.getData("text/plain");
    const html = e.clipboardData.getData("text/html");
    if (this.doc && mayBeRows(el.dataset.p ?? "", text, html)) {
      // Maybe a table: its code loads on first use (lazy/load-paste.ts), so the paste is taken now.
      e.preventDefault();
      const at = [el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length] as const;
      const data = this.#clipboard(e.clipboardData);
      void loadPaste().then((m) => this.#pasteRows(el, data, m) || this.#insert(el, text, at));
      return;
    }
    const kind = el.dataset.k;
    const cleaned = kind === "text" || kind === "narrative" ? cleanBullets(text) : text;
    // Word's bullets taken off: the cleaned text is inserted instead, as a paste.
    if (cleaned !== text) e.preventDefault();
    if (!this.#insert(el, text, undefined, cleaned === text)) e.preventDefault();
  };

  /**
   * Pasted `text` (bullets taken off, line breaks as the field keeps them) inserted at `at`
   * (default: the selection) as a paste, or only checked when the browser inserts it (`check`);
   * false when it does not fit (said under the field).
   */
  #insert(el: Field, text: string, at?: readonly [number, number], check = false): boolean {
    const kind = el.dataset.k;
    const cleaned = kind === "text" || kind === "narrative" ? cleanBullets(text) : text;
    // What the browser will insert: line breaks as the field keeps them (none in an <input>).
    const insert =
      el instanceof HTMLTextAreaElement
        ? cleaned.replace(/\r\n?/g, "\n")
        : cleaned.replace(/[\r\n]+/g, " ").trim();
    if (!el.isConnected || !this.#fits(el, insert)) return false;
    if (check) return true;
    const [start, end] = at ?? [el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length];
    el.setRangeText(insert, start, end, "end");
    el.dispatchEvent(
      new InputEvent("input", { bubbles: true, composed: true, inputType: "insertFromPaste", data: insert }),
    );
    return true;
  }

  /** The clipboard's text and HTML, read while the paste event lasts. */
  #clipboard(c: DataTransfer): Pick<DataTransfer, "getData"> {
    const text = c.getData("text/plain");
    const html = c.getData("text/html");
    return { getData: (type: string) => (type === "text/html" ? html : text) };
  }

  #pasteRows(el: Field | HTMLSelectElement, data: Pick<DataTransfer, "getData">, m: PasteCode): boolean {
    const host = this.host as Host & { updateComplete?: Promise<unknown> };
    if (!this.doc || !this.edit) return false;
    const edit = this.edit;
    return m.pasteAsRows(el, data, {
      lang: this.host.uiLang,
      doc: this.doc(),
      edit,
      rendered: () => host.updateComplete ?? Promise.resolve(),
      query: (selector) => this.#root?.querySelector(selector) ?? null,
      report: (text) => {
        const own = el.isConnected ? el : this.#root?.querySelector<HTMLElement>(`#${CSS.escape(el.id)}`);
        const target = own ? m.noteFieldOf(own, (s) => this.#root?.querySelector(s) ?? null) : null;
        if (target) this.#note(target, text);
        else this.#say(text);
      },
    });
  }

  #onDrop = (e: DragEvent) => {
    const el = this.#field(e);
    const text = e.dataTransfer?.getData("text/plain");
    if (el && text && !this.#fits(el, text)) e.preventDefault();
  };

  #onBeforeInput = (e: InputEvent) => {
    const el = this.#field(e);
    if (!el || !(el.maxLength > 0) || !e.inputType.startsWith("insert") || e.inputType === "insertFromPaste")
      return;
    const selected = (el.selectionEnd ?? 0) - (el.selectionStart ?? 0);
    // A key at the limit: the browser drops it (maxlength); say so rather than drop it silently.
    if (selected === 0 && el.value.length >= el.maxLength)
      this.#note(el, this.#text("charsAtLimit", { max: this.#n(el.maxLength) }));
  };

  #onInput = (e: Event) => {
    const el = this.#field(e);
    if (!el) return;
    if (el.dataset.g && el instanceof HTMLInputElement) {
      const r = regroup(el.value, el.selectionStart ?? el.value.length, this.host.uiLang);
      if (r) {
        el.value = r.text;
        el.setSelectionRange(r.caret, r.caret);
      }
    }
    if (el.maxLength > 0) {
      this.#note(el, "");
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#announceCount(el), ANNOUNCE_AFTER_MS);
    }
  };

  #announceCount(el: Field): void {
    if (!el.isConnected) return;
    const narrative = el.dataset.k === "narrative";
    const n = narrative ? longestLine(el.value) : el.value.length;
    const max = narrative ? LIMITS.paragraph : el.maxLength;
    if (n < max * COUNT_FROM) return;
    if (n > max) this.#say(this.#text("charsOver", { n: this.#n(n - max) }));
    else if (n === max) this.#say(this.#text("charsAtLimit", { max: this.#n(max) }));
    else this.#say(this.#text("charsLeft", { n: this.#n(max - n) }));
  }

  #onClick = (e: Event) => {
    const use = (e.target as Element).closest<HTMLElement>("[data-use-total]");
    if (use) return this.#useTotal(use);
    const button = (e.target as Element).closest<HTMLElement>("[data-pick]");
    if (!button) return;
    const id = button.dataset.pick ?? "";
    const input = this.#root?.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
    if (!input) return;
    // The browser's date input behind the button is made on first use: two per delegation row,
    // each with inner fields of its own, were a quarter of what adding a row built.
    let picker = button.parentElement?.querySelector<HTMLInputElement>("input.picker-input");
    if (!picker) {
      picker = document.createElement("input");
      picker.type = "date";
      picker.className = "picker-input";
      picker.tabIndex = -1;
      picker.setAttribute("aria-hidden", "true");
      button.after(picker);
    }
    picker.dataset.pickFor = id;
    const iso = parseDate(input.value, input.dataset.k === "pdate");
    picker.value = typeof iso === "string" && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : "";
    try {
      picker.showPicker();
    } catch {
      picker.focus();
    }
  };

  /** "Dùng số này": the figure of the rows written into the total's input, as if typed. */
  #useTotal(button: HTMLElement): void {
    const key = button.dataset.useTotal ?? "";
    const n = Number(button.dataset.n);
    const input = this.#root?.querySelector<HTMLInputElement>(`[data-p="${CSS.escape(key)}"]`);
    if (!Number.isFinite(n)) return;
    if (!input) {
      // Its row is closed (an indicator's count): written into the document as it is.
      if (!this.edit || !key) return;
      this.edit(keyPath(key), n);
      const label =
        button
          .querySelector(".vh")
          ?.textContent?.trim()
          .replace(/^\((.*)\)$/, "$1") ?? "";
      this.#say(this.#text("totalUsed", { n: this.#n(n), label }));
      return;
    }
    input.value = numberFormat(this.host.uiLang).format(n);
    input.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
    input.focus();
    const label = input.labels?.[0]?.textContent?.trim() ?? "";
    this.#say(this.#text("totalUsed", { n: this.#n(n), label }));
  }

  #onChange = (e: Event) => {
    const picker = e.target as HTMLInputElement;
    const id = picker.dataset?.pickFor;
    if (!id || !picker.value) return;
    e.stopPropagation();
    const input = this.#root?.querySelector<HTMLInputElement>(`#${CSS.escape(id)}`);
    if (!input) return;
    input.value = formatDate(picker.value);
    input.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
    input.focus();
  };
}
