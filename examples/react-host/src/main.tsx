/**
 * A React 19 page hosting the doingoai document form. The components come from the package
 * (`@doingoai/elements/define` registers the tags); a portal without a bundler would load the
 * single-file bundle with a <script type="module"> instead.
 */
import "@doingoai/elements/define";
import type { Document } from "@doingoai/core";
import { type FormEvent, StrictMode, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import example from "../../documents/bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu.json";
import { DocumentForm, type DocumentFormElement } from "./DocumentForm";

const EXAMPLE = example as unknown as Document;

function App() {
  // What we hand to the element; a new object identity means "show this document".
  const [loaded, setLoaded] = useState<Document>(() => structuredClone(EXAMPLE));
  const [changes, setChanges] = useState(0);
  const [status, setStatus] = useState("Chưa gửi.");
  const form = useRef<DocumentFormElement>(null);
  const latest = useRef<Document | null>(null);

  async function send(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    // The element is form-associated: its JSON is in the form's FormData like any field.
    const data = new FormData(e.currentTarget);
    const json = String(data.get("document") ?? "");
    setStatus(`Đang gửi ${json.length.toLocaleString("vi-VN")} ký tự…`);
    try {
      const res = await fetch("/submit", {
        method: "POST",
        headers: { Accept: "application/json" },
        body: new URLSearchParams(data as unknown as Record<string, string>),
      });
      const answer = (await res.json()) as { ok: boolean; issues?: { message: string }[]; error?: string };
      setStatus(
        answer.ok
          ? "Máy chủ: văn bản hợp lệ, đã tiếp nhận."
          : `Máy chủ: văn bản chưa hợp lệ — ${answer.error ?? answer.issues?.map((i) => i.message).join("; ")}`,
      );
    } catch (err) {
      setStatus(`Không gửi được: ${(err as Error).message}`);
    }
  }

  return (
    <>
      <header>
        <h1>doingoai trong một ứng dụng React</h1>
      </header>
      <main>
        <div className="toolbar">
          <button type="button" onClick={() => setLoaded(structuredClone(EXAMPLE))}>
            Nạp lại văn bản mẫu
          </button>
          <button type="button" onClick={() => form.current?.reset()}>
            Xóa trắng biểu mẫu
          </button>
        </div>
        <form method="post" action="/submit" onSubmit={send}>
          <DocumentForm
            ref={form}
            kind="report"
            name="document"
            autosaveKey="react-host"
            document={loaded}
            onChange={(value) => {
              latest.current = value;
              setChanges((n) => n + 1);
            }}
            onSubmit={() => setStatus("Biểu mẫu: văn bản hợp lệ (doingoai-submit).")}
            onInvalid={(issues) => setStatus(`Biểu mẫu: còn ${issues.length} vấn đề cần sửa.`)}
          />
          <p>
            <button type="submit">Gửi báo cáo</button>
          </p>
        </form>
        <p className="status" role="status" data-testid="status">
          {status} Số lần thay đổi: <span data-testid="changes">{changes}</span>.
        </p>
      </main>
    </>
  );
}

createRoot(document.getElementById("root") as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
