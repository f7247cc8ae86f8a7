/**
 * "Tải về DOCX": the DOCX writer (`@doingoai/render/docx`, with the docx library) is imported only
 * when the button is clicked (in the browser bundle it is the chunk `docx-writer.js`), and the
 * file is handed to the browser through a Blob URL.
 */
import type { Document } from "@doingoai/core/lite";

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** A file name from the subject line: characters Windows forbids removed, at most 150 characters. */
export function docxFileName(subject: unknown, fallback: string): string {
  const clean = (typeof subject === "string" ? subject : "")
    .normalize("NFC")
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 150)
    .replace(/[. ]+$/, "");
  return `${clean || fallback}.docx`;
}

export async function renderDocxBytes(doc: Document): Promise<Uint8Array> {
  const { renderDocx } = await import("@doingoai/render/docx");
  return renderDocx(doc);
}

/** Offer `bytes` as a download named `fileName`. */
export function saveFile(bytes: Uint8Array, fileName: string, type = DOCX_MIME): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
