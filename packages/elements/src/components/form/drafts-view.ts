/**
 * What the form shows about its draft (see `drafts.controller.ts`): the notice (another tab
 * saved this draft, a draft that could not be opened, "Bỏ bản nháp?" and its undo), the earlier
 * versions with "Khôi phục", and the sent state. Buttons carry `data-a`, run by `draftActions`;
 * what changes is also said in the form's live region.
 */
import type { Lang } from "@doingoai/core/lite";
import { html, nothing, type TemplateResult } from "lit";
import { formatSavedAt } from "../../storage/drafts";
import type { VersionReason } from "../../storage/versions";
import { type StringKey, t } from "../../strings/strings";
import type { DraftController } from "./drafts.controller";

const REASONS: Record<VersionReason, StringKey> = {
  auto: "versionAuto",
  discarded: "versionDiscarded",
  "before-restore": "versionBeforeRestore",
  reset: "versionReset",
  "other-tab": "versionOtherTab",
  replaced: "versionReplaced",
  sent: "versionSent",
  "unsaved-tab": "versionUnsavedTab",
};

const UNREADABLE: Record<string, StringKey> = {
  "draft.malformed": "unreadableMalformed",
  "document.version-unknown": "unreadableVersion",
  "draft.other-kind": "unreadableKind",
};

const button = (a: string, label: string, secondary = true, extra?: { id?: string; name?: string }) =>
  html`<button type="button" class="button button--small${secondary ? " button--secondary" : ""}" part="button"
    data-a=${a} data-id=${extra?.id ?? nothing} aria-label=${extra?.name ?? nothing}>${label}</button>`;

/** The notice about the draft, or nothing. */
export function renderDraftNotice(d: DraftController, lang: Lang): TemplateResult | typeof nothing {
  const n = d.notice;
  if (!n) return nothing;
  const tx = (k: StringKey, p?: Record<string, string | number>) => t(lang, k, p);
  if (n.kind === "conflict")
    return html`<div class="notice notice--warning" part="draft-notice" data-notice="conflict">
      <p><strong>${tx("otherTabSaved", { time: formatSavedAt(new Date(n.at), lang) })}</strong></p>
      <p>${tx("conflictHint")}</p>
      <div class="notice__buttons">${button("conflict-theirs", tx("useOtherTab"), false)}${button("conflict-mine", tx("keepThisTab"))}</div>
    </div>`;
  if (n.kind === "unreadable")
    return html`<div class="notice notice--warning" part="draft-notice" data-notice="unreadable">
      <p><strong>${tx("unreadableDraft")}</strong> ${tx(UNREADABLE[n.reason] ?? "unreadableMalformed")}</p>
      <p>${tx("unreadableKept", { key: n.aside })}</p>
      <div class="notice__buttons">${button("unreadable-download", tx("downloadDraftFile"))}${button("notice-dismiss", tx("dismiss"))}</div>
    </div>`;
  if (n.kind === "confirm-discard")
    return html`<div class="notice notice--warning" part="draft-notice" data-notice="confirm-discard" role="group" aria-labelledby="discard-title">
      <p id="discard-title"><strong>${tx("confirmDiscardTitle")}</strong> ${tx("confirmDiscardText")}</p>
      <div class="notice__buttons">${button("discard-confirm", tx("discardDraft"), false)}${button("discard-cancel", tx("keepDraft"))}</div>
    </div>`;
  return html`<div class="notice" part="draft-notice" data-notice="discarded">
    <p>${tx("draftDiscarded")}</p>
    <div class="notice__buttons">${button("restore-version", tx("undo"), false, { id: n.version })}${button("notice-dismiss", tx("dismiss"))}</div>
  </div>`;
}

/** "Các phiên bản trước (n)": each version's time and why it was kept, with "Khôi phục". */
export function renderVersions(d: DraftController, lang: Lang): TemplateResult | typeof nothing {
  if (d.versions.length === 0) return nothing;
  return html`<details class="versions" part="versions">
    <summary>${t(lang, "versionsTitle", { n: d.versions.length })}</summary>
    <ul>
      ${d.versions.map((v) => {
        const time = formatSavedAt(new Date(v.savedAt), lang);
        return html`<li><span>${time} · ${t(lang, REASONS[v.reason] ?? "versionAuto")}</span>
          ${button("restore-version", t(lang, "restoreVersion"), true, { id: v.id, name: t(lang, "restoreVersionOf", { time }) })}</li>`;
      })}
    </ul>
  </details>`;
}

/** The sent state, shown instead of the form. */
export function renderSent(d: DraftController, lang: Lang): TemplateResult {
  return html`<div class="sent" part="sent" data-sent>
    <h2 id="view-heading" tabindex="-1">${t(lang, "sentTitle")}</h2>
    <p><strong>${d.sentText()}</strong></p>
    <p>${t(lang, "sentHint")}</p>
    <div class="buttons">${button("start-new", t(lang, "startNew"), false)}</div>
  </div>`;
}

/** The draft actions of the notices' buttons, by their `data-a` name (`el` is the button). */
export function draftActions(
  d: DraftController,
  el: HTMLElement,
  form: { discard(): Promise<void>; startNew(): Promise<void> },
): Record<string, () => unknown> {
  return {
    discard: () => d.askDiscard(),
    "discard-cancel": () => d.cancelDiscard(),
    "discard-confirm": () => form.discard(),
    "restore-version": () => d.restoreVersion(el.dataset.id ?? ""),
    "conflict-theirs": () => d.resolve("theirs"),
    "conflict-mine": () => d.resolve("mine"),
    "unreadable-download": () => d.downloadUnreadable(),
    "notice-dismiss": () => d.dismiss(),
    "start-new": () => form.startNew(),
  };
}
