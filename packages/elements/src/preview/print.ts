/**
 * Print the document as it will be issued — A4 pages, NĐ 30 margins and page numbers — and not
 * the page around the form: its HTML page (`renderHtml`) in a hidden frame that only prints. The
 * frame runs no script (`sandbox` without `allow-scripts`); the writer escapes every text.
 */
import type { Document as DocumentData } from "@doingoai/core/lite";
import { loadPageRenderer } from "./renderer";

/** Print `doc` from a frame put in `root`; false when the document cannot be written yet. */
export async function printDocument(doc: DocumentData, root: ParentNode & Node): Promise<boolean> {
  let page: string;
  try {
    page = (await loadPageRenderer())(doc);
  } catch {
    return false;
  }
  // A frame of an earlier print whose dialog never said it closed.
  for (const old of root.querySelectorAll("iframe[data-print]")) old.remove();
  const owner = root.ownerDocument ?? globalThis.document;
  const frame = owner.createElement("iframe");
  frame.setAttribute("sandbox", "allow-same-origin allow-modals");
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  frame.dataset.print = "";
  frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden";
  const loaded = new Promise<void>((resolve) =>
    frame.addEventListener("load", () => resolve(), { once: true }),
  );
  frame.srcdoc = page;
  root.appendChild(frame);
  await loaded;
  const win = frame.contentWindow;
  // The print dialog blocks in some browsers and not in others: the frame goes after it closes.
  win?.addEventListener("afterprint", () => frame.remove(), { once: true });
  win?.focus();
  win?.print();
  return true;
}
