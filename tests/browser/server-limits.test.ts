/**
 * examples/portal/server.mjs as an example integrators can copy: bounded answers, 413 before reading a
 * too-large body (sent, not a TCP reset), a field count checked before parsing, timeouts and a
 * connection cap, and the event loop still answering while hostile requests come in.
 */

import { request } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../examples/portal/server-body.mjs";
import { CORE, type Server, startServer } from "./helpers";

let server: Server;
beforeAll(async () => {
  const { existsSync } = await import("node:fs");
  if (!existsSync(CORE)) throw new Error("@doingoai/core is not built: run `pnpm build` first.");
  server = await startServer();
});
afterAll(() => server?.stop());

/** POSTs `size` bytes to /submit, declared up front or chunked; resolves with the status read. */
function postBytes(size: number, chunked: boolean): Promise<{ status: number; body: string; ms: number }> {
  const { hostname, port } = new URL(server.url);
  const start = performance.now();
  return new Promise((ok, fail) => {
    const req = request(
      {
        hostname,
        port,
        path: "/submit",
        method: "POST",
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Accept: "application/json",
          ...(chunked ? {} : { "Content-Length": String(size) }),
        },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => {
          body += c;
        });
        res.on("end", () => ok({ status: res.statusCode ?? 0, body, ms: performance.now() - start }));
      },
    );
    req.on("error", fail);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

describe("the demo server's limits", () => {
  it("answers 413 (not a reset) to a body declared larger than the limit, before reading it", async () => {
    const r = await postBytes(LIMITS.MAX_BODY + 1024 * 1024, false);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error).toContain("quá lớn");
  });

  it("answers 413 to a chunked body once it passes the limit", async () => {
    const r = await postBytes(LIMITS.MAX_BODY * 2, true);
    expect(r.status).toBe(413);
  });

  it("refuses a form of millions of empty fields before parsing it, and stays responsive", async () => {
    const body = "a=&".repeat(3_000_000); // 9 MB
    const slow = fetch(new URL("/submit", server.url), {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
    });
    const res = await slow;
    expect(res.status).toBe(413);
    const text = await res.text();
    expect(text.length).toBeLessThan(1000);
    expect(JSON.parse(text).error).toContain(String(LIMITS.MAX_FIELDS));
  });

  it("bounds the echo of a large document in its answer", async () => {
    const doc = JSON.stringify({ kind: "plan", frame: { subject: "x".repeat(3_000_000) } });
    const res = await fetch(new URL("/submit", server.url), {
      method: "POST",
      body: new URLSearchParams({ document: doc }),
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html.length).toBeLessThan(LIMITS.MAX_ECHO + 100_000);
    expect(html).toContain("đã cắt bớt");
    const json = await fetch(new URL("/submit", server.url), {
      method: "POST",
      body: new URLSearchParams({ document: doc }),
      headers: { Accept: "application/json" },
    });
    const answer = await json.json();
    expect(answer.document).toBeUndefined();
    expect(answer.issues.length).toBeLessThanOrEqual(501);
  });

  it("closes a connection whose headers never finish (header timeout)", async () => {
    const { hostname, port } = new URL(server.url);
    const start = performance.now();
    const closed = await new Promise<string>((ok) => {
      const socket = connect(Number(port), hostname, () => socket.write("GET / HTTP/1.1\r\nHost: x\r\n"));
      let data = "";
      socket.on("data", (c) => {
        data += c;
      });
      socket.on("close", () => ok(data));
      socket.on("error", () => ok(data));
    });
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(LIMITS.HEADERS_TIMEOUT + 5_000);
    expect(closed === "" || closed.startsWith("HTTP/1.1 408")).toBe(true);
  }, 60_000);
});
