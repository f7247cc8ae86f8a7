/**
 * The request side of examples/portal/server.mjs: its limits, the bounded body reader and the form
 * parser. Zero dependencies (node:http's request, the platform's Fetch `Request`).
 */

/**
 * Limits that keep the server answering whatever clients send (copy them with the rest):
 * a body larger than MAX_BODY is refused with 413 before it is read (Content-Length) or as soon
 * as it passes the limit (chunked), and what follows is discarded, not stored; a form with more
 * than MAX_FIELDS fields is refused before it is parsed; the echo of the document in an answer
 * is cut at MAX_ECHO characters (validation itself returns at most a few hundred issues);
 * headers must arrive within HEADERS_TIMEOUT, the whole request within REQUEST_TIMEOUT; at most
 * MAX_CONNECTIONS sockets are open at once.
 */
export const LIMITS = Object.freeze({
  MAX_BODY: 10 * 1024 * 1024,
  MAX_FIELDS: 100,
  MAX_ECHO: 256 * 1024,
  MAX_HEADER_BYTES: 16 * 1024,
  HEADERS_TIMEOUT: 10_000,
  REQUEST_TIMEOUT: 30_000,
  KEEP_ALIVE_TIMEOUT: 5_000,
  /** How long the rest of a refused body is discarded before the connection is closed. */
  DRAIN_TIMEOUT: 5_000,
  MAX_CONNECTIONS: 200,
});

const { MAX_BODY, MAX_FIELDS } = LIMITS;

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * The request body, at most MAX_BODY bytes. Past that (or when Content-Length says so up front)
 * it rejects with 413 and discards the rest of the body without storing it, so that the 413 can
 * be sent and read (destroying the socket at once would give the client a TCP reset instead).
 */
export function readBody(req) {
  return new Promise((ok, fail) => {
    const refuse = () => {
      req.removeAllListeners("data");
      req.resume(); // discard, do not store
      const timer = setTimeout(() => req.socket.destroy(), LIMITS.DRAIN_TIMEOUT);
      timer.unref();
      req.socket.once("close", () => clearTimeout(timer));
      req.once("end", () => clearTimeout(timer));
      fail(new HttpError(413, "too large"));
    };
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > MAX_BODY) return refuse();
    const chunks = [];
    let size = 0;
    req.on("data", (c) => {
      size += c.length;
      if (size > MAX_BODY) refuse();
      else chunks.push(c);
    });
    req.on("end", () => ok(Buffer.concat(chunks)));
    req.on("error", fail);
  });
}

/** How many times `needle` occurs in `buf`, counting up to `max + 1`. */
function occurrences(buf, needle, max) {
  let n = 0;
  for (let at = buf.indexOf(needle); at >= 0 && n <= max; at = buf.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Parse an urlencoded or multipart body with the platform's own parser (Fetch API `Request`). */
export async function parseForm(req, body) {
  const type = req.headers["content-type"] ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return null;
  // Count the fields before parsing: millions of empty fields would block the event loop.
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  const fieldCount = /^multipart/i.test(type)
    ? occurrences(body, `--${boundary?.[1] ?? boundary?.[2] ?? ""}`, MAX_FIELDS + 1) - 1
    : occurrences(body, "&", MAX_FIELDS) + 1;
  if (fieldCount > MAX_FIELDS) throw new HttpError(413, "too many fields");
  const form = await new Request("http://localhost/submit", {
    method: "POST",
    headers: { "content-type": type },
    body,
  }).formData();
  const fields = [];
  for (const [name, value] of form.entries())
    fields.push(
      typeof value === "string"
        ? { name, text: value, size: value.length }
        : { name, text: await value.text(), size: value.size, file: value.name },
    );
  return fields;
}
