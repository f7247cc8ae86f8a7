/**
 * examples/portal/server.mjs on its own (no browser): mounts, content types, path traversal, and the
 * /submit answer (validation with the built core, escaped HTML).
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORE, exampleDocument, type Server, startServer } from "./helpers";

let server: Server;

beforeAll(async () => {
  const { existsSync } = await import("node:fs");
  if (!existsSync(CORE)) throw new Error("@doingoai/core is not built: run `pnpm build` first.");
  server = await startServer();
});
afterAll(() => server?.stop());

/** A raw GET: `fetch` would normalise `..` away before sending it. */
function rawGet(path: string): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c) => {
        body += c;
      });
      res.on("end", () =>
        ok({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }),
      );
    });
    req.on("error", fail);
    req.end();
  });
}

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return fetch(new URL("/submit", server.url), { method: "POST", body, headers });
}

describe("static files", () => {
  it("serves the portal, the documents and their listing with the right content types", async () => {
    const home = await fetch(server.url);
    expect(home.status).toBe(200);
    expect(home.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await home.text()).toContain('<html lang="vi">');

    const css = await fetch(new URL("/portal.css", server.url));
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const js = await fetch(new URL("/portal.js", server.url));
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");

    const json = await fetch(new URL("/documents/ke-hoach-2024-xa-binh-thanh.json", server.url));
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await json.json()).kind).toBe("plan");

    const listing = await fetch(new URL("/documents/", server.url));
    const html = await listing.text();
    expect(html).toContain("ke-hoach-2024-xa-binh-thanh.json");
    expect(html).toContain('lang="vi"');

    const redirect = await fetch(new URL("/documents", server.url), { redirect: "manual" });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe("/documents/");
  });

  it("sends security headers and a CSP the components must live with", async () => {
    const res = await fetch(server.url);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it.each([
    "/../package.json",
    "/%2e%2e/package.json",
    "/documents/../../package.json",
    "/documents/..%2f..%2fpackage.json",
    "/elements/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json",
    "/documents/%00.json",
    "/..%5c..%5cpackage.json",
  ])("refuses path traversal: %s", async (path) => {
    const res = await rawGet(path);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body).not.toContain('"name": "doingoai-workspace"');
  });

  it("answers 404 in Vietnamese, with the path escaped", async () => {
    const res = await rawGet("/khong-co-%3Cscript%3Ealert(1)%3C/script%3E");
    expect(res.status).toBe(404);
    expect(res.body).toContain("Không tìm thấy trang");
    expect(res.body).not.toContain("<script>alert(1)");
    expect(res.body).toContain("&lt;script&gt;");
  });

  it("rejects a malformed URL escape with 400", async () => {
    expect((await rawGet("/%E0%A4%A")).status).toBe(400);
  });
});

describe("POST /submit", () => {
  it("validates an urlencoded `document` and says it is valid", async () => {
    const doc = await exampleDocument("ke-hoach-2024-xa-binh-thanh");
    const res = await post(new URLSearchParams({ document: JSON.stringify(doc) }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await res.text();
    expect(html).toContain("Văn bản hợp lệ.");
    expect(html).toContain("Kế hoạch");
  });

  it("validates a multipart `document` and answers JSON when asked", async () => {
    const doc = await exampleDocument("bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu");
    const form = new FormData();
    form.set("document", JSON.stringify(doc));
    form.set("other", "x");
    const res = await post(form, { Accept: "application/json" });
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer.ok).toBe(true);
    expect(answer.fields.map((f: { name: string }) => f.name)).toEqual(["document", "other"]);
  });

  it("lists the issues of an invalid document, escaped", async () => {
    const doc = (await exampleDocument("ke-hoach-2024-xa-binh-thanh")) as {
      frame: { subject: unknown; place: unknown };
    };
    doc.frame.subject = 42;
    doc.frame.place = "<script>alert('xss')</script>";
    const res = await post(new URLSearchParams({ document: JSON.stringify(doc) }));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("Văn bản chưa hợp lệ");
    expect(html).toContain("Trích yếu");
    expect(html).not.toContain("<script>alert('xss')</script>");
    expect(html).toContain("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;");
  });

  it("says so when the JSON is malformed or the field is missing", async () => {
    const bad = await post(new URLSearchParams({ document: "{ không phải JSON" }), {
      Accept: "application/json",
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).issues[0].code).toBe("document.not-json");

    const missing = await post(new URLSearchParams({ khac: "1" }));
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain("không gửi trường");
  });

  it("refuses other content types and methods", async () => {
    expect((await post("{}", { "Content-Type": "application/json" })).status).toBe(415);
    expect((await fetch(new URL("/submit", server.url))).status).toBe(405);
  });
});
