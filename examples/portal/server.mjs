#!/usr/bin/env node
/**
 * A zero-dependency web server for the example portal (node:http, node:fs only).
 *
 *   node examples/portal/server.mjs [--port 4173] [--host 127.0.0.1] [--fixtures]
 *
 *   /            examples/portal/          the example provincial portal page
 *   /elements/   packages/elements/dist/   the web components (single-file bundle + DOCX chunk)
 *   /documents/  examples/documents/       the example documents (JSON)
 *   /out/        out/                      rendered documents, when that folder exists
 *   /react/      examples/react-host/dist/ the React host build
 *   /vue/        examples/vue-host/dist/   the Vue host build
 *   /fixtures/   tests/browser/fixtures/   test pages, only with --fixtures
 *   POST /submit                           validates the `document` field with @doingoai/core
 *
 * `--port 0` picks a free port; the line "Cổng thông tin mẫu: http://HOST:PORT/" tells which
 * (tests read it). Stop with Ctrl+C or SIGTERM.
 */
import { createReadStream } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LIMITS, parseForm, readBody } from "./server-body.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const { MAX_BODY, MAX_FIELDS, MAX_ECHO } = LIMITS;

export { LIMITS };

const HELP = `Cổng thông tin mẫu — máy chủ thử nghiệm của doingoai

  node examples/portal/server.mjs [--port 4173] [--host 127.0.0.1] [--fixtures]

  --port N     cổng (mặc định 4173; 0 = chọn cổng trống)
  --host H     địa chỉ lắng nghe (mặc định 127.0.0.1)
  --fixtures   phục vụ thêm tests/browser/fixtures/ tại /fixtures/ (cho kiểm thử)
`;

function parseArgs(argv) {
  const opts = { port: 4173, host: "127.0.0.1", fixtures: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [key, inline] = a.startsWith("--") && a.includes("=") ? a.split(/=(.*)/s) : [a, undefined];
    const next = () => inline ?? argv[++i];
    if (key === "--port") opts.port = Number(next());
    else if (key === "--host") opts.host = String(next());
    else if (key === "--fixtures") opts.fixtures = true;
    else if (key === "--help" || key === "-h") {
      process.stdout.write(HELP);
      process.exit(0);
    } else {
      process.stderr.write(`Tham số không hợp lệ: ${a}\n\n${HELP}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    process.stderr.write(`Cổng không hợp lệ: ${opts.port}\n`);
    process.exit(2);
  }
  return opts;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".cjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".woff2": "font/woff2",
};

/** Security headers; the portal runs the components under a CSP a real portal could have. */
function securityHeaders(prefix) {
  // The Vue host compiles its template at run time (needs 'unsafe-eval'); see its README.
  const evalSrc = prefix === "/vue/" ? " 'unsafe-eval'" : "";
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy":
      `default-src 'self'; script-src 'self'${evalSrc}; style-src 'self' 'unsafe-inline'; ` +
      "img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; " +
      "frame-ancestors 'self'",
  };
}

export function escapeHtml(value) {
  return String(value).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c],
  );
}

/** Mount points: URL prefix → folder (relative to the repository root). */
function mounts(opts) {
  const list = [
    // DOINGOAI_ELEMENTS_DIST: serve another build of the elements (e.g. a frozen copy while
    // packages/elements is being rebuilt).
    ["/elements/", process.env.DOINGOAI_ELEMENTS_DIST ?? "packages/elements/dist"],
    ["/documents/", "examples/documents"],
    ["/out/", "out"],
    ["/react/", "examples/react-host/dist"],
    ["/vue/", "examples/vue-host/dist"],
  ];
  if (opts.fixtures) list.push(["/fixtures/", "tests/browser/fixtures"]);
  list.push(["/", "examples/portal"]);
  return list.map(([prefix, dir]) => ({ prefix, dir: resolve(ROOT, dir) }));
}

function page(title, body, { status = 200 } = {}) {
  const html = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/portal.css">
</head>
<body>
<a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<main id="noi-dung" class="plain-page" tabindex="-1">
${body}
</main>
</body>
</html>
`;
  return { status, type: TYPES[".html"], body: html };
}

function send(res, req, { status, type, body, headers = {} }, prefix = "/") {
  const buf = Buffer.from(body);
  res.writeHead(status, {
    "Content-Type": type,
    "Content-Length": buf.length,
    "Cache-Control": "no-store",
    ...securityHeaders(prefix),
    ...headers,
  });
  res.end(req.method === "HEAD" ? undefined : buf);
}

function notFound(res, req, pathname) {
  send(
    res,
    req,
    page(
      "Không tìm thấy trang",
      `<h1>Không tìm thấy trang</h1>
<p>Địa chỉ <code>${escapeHtml(pathname)}</code> không có trên máy chủ này.</p>
<p><a href="/">Về trang chủ</a></p>`,
      { status: 404 },
    ),
  );
}

/** Resolve a URL path inside `base`, refusing anything that leaves it (.., symlinks, NUL). */
async function safeResolve(base, rest) {
  if (rest.includes("\0")) return null;
  const target = resolve(base, `.${sep}${rest}`);
  if (target !== base && !target.startsWith(base + sep)) return null;
  try {
    const [realBase, real] = await Promise.all([realpath(base), realpath(target)]);
    if (real !== realBase && !real.startsWith(realBase + sep)) return null;
    return real;
  } catch {
    return null;
  }
}

async function listing(res, req, urlPath, dir, prefix) {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith("."))
    .sort((a, b) => Number(b.isDirectory()) - Number(a.isDirectory()) || a.name.localeCompare(b.name, "vi"));
  const base = urlPath.endsWith("/") ? urlPath : `${urlPath}/`;
  const items = entries
    .map((e) => {
      const name = e.isDirectory() ? `${e.name}/` : e.name;
      return `<li><a href="${escapeHtml(base + encodeURIComponent(e.name) + (e.isDirectory() ? "/" : ""))}">${escapeHtml(name)}</a></li>`;
    })
    .join("\n");
  const up =
    base !== prefix ? `<p><a href="../">↑ Thư mục cha</a></p>` : `<p><a href="/">← Về trang chủ</a></p>`;
  send(
    res,
    req,
    page(
      `Danh sách tệp: ${base}`,
      `<h1>Danh sách tệp <code>${escapeHtml(base)}</code></h1>
${up}
<ul class="file-list">
${items || "<li>(thư mục trống)</li>"}
</ul>`,
    ),
    prefix,
  );
}

async function serveStatic(req, res, url, opts) {
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(res, req, page("Yêu cầu không hợp lệ", "<h1>Địa chỉ không hợp lệ</h1>", { status: 400 }));
  }
  // Pages without their own icon (fixtures, hosts) ask for /favicon.ico: give the portal's.
  if (pathname === "/favicon.ico") pathname = "/favicon.svg";
  const mount = mounts(opts).find((m) => pathname === m.prefix.slice(0, -1) || pathname.startsWith(m.prefix));
  if (!mount) return notFound(res, req, pathname);
  if (pathname === mount.prefix.slice(0, -1)) {
    res.writeHead(301, { Location: mount.prefix });
    return res.end();
  }
  const file = await safeResolve(mount.dir, pathname.slice(mount.prefix.length));
  if (!file) return notFound(res, req, pathname);
  let info = await stat(file);
  let target = file;
  if (info.isDirectory()) {
    if (!pathname.endsWith("/")) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      return res.end();
    }
    const index = join(file, "index.html");
    const indexInfo = await stat(index).catch(() => null);
    if (!indexInfo?.isFile()) return listing(res, req, pathname, file, mount.prefix);
    target = index;
    info = indexInfo;
  }
  if (!info.isFile()) return notFound(res, req, pathname);
  const type = TYPES[extname(target).toLowerCase()] ?? "application/octet-stream";
  const headers = {
    "Content-Type": type,
    "Content-Length": info.size,
    "Cache-Control": "no-cache",
    "Last-Modified": info.mtime.toUTCString(),
    ...securityHeaders(mount.prefix),
  };
  if (extname(target) === ".docx") headers["Content-Disposition"] = "attachment";
  res.writeHead(200, headers);
  if (req.method === "HEAD") return res.end();
  createReadStream(target)
    .on("error", () => res.destroy())
    .pipe(res);
}

let corePromise;
/** The built core (packages/core/dist), loaded on the first submission. */
function loadCore() {
  corePromise ??= import(pathToFileURL(join(ROOT, "packages/core/dist/index.js")).href);
  return corePromise.catch((e) => {
    corePromise = undefined;
    throw e;
  });
}

function wantsJson(req) {
  return /\bapplication\/json\b/.test(req.headers.accept ?? "");
}

const SEVERITY = { error: "Lỗi", warning: "Cảnh báo" };

function resultPage({ ok, issues, fields, documentText, kind }) {
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  const verdict = ok
    ? `<p class="verdict verdict--ok"><strong>Văn bản hợp lệ.</strong> Máy chủ đã tiếp nhận${
        kind ? ` (${escapeHtml(kind)})` : ""
      }${warnings ? `, kèm ${warnings} cảnh báo cần xem lại` : ""}.</p>`
    : `<p class="verdict verdict--error"><strong>Văn bản chưa hợp lệ:</strong> ${errors} lỗi${
        warnings ? `, ${warnings} cảnh báo` : ""
      }. Vui lòng quay lại biểu mẫu để sửa.</p>`;
  const list = issues.length
    ? `<h2>Các vấn đề</h2>
<ol class="issues">
${issues
  .map(
    (i) => `<li class="issue issue--${escapeHtml(i.severity)}"><span class="issue__severity">${escapeHtml(
      SEVERITY[i.severity] ?? i.severity,
    )}</span> ${escapeHtml(i.message)}
<div class="issue__meta"><span>Trường: ${escapeHtml(i.field)}</span> · <code>${escapeHtml(
      (i.path ?? []).join("."),
    )}</code> · <code>${escapeHtml(i.code)}</code></div></li>`,
  )
  .join("\n")}
</ol>`
    : "";
  const received = `<h2>Các trường đã nhận</h2>
<ul>
${fields.map((f) => `<li><code>${escapeHtml(f.name)}</code>: ${f.size.toLocaleString("vi-VN")} ký tự${f.file ? ` (tệp ${escapeHtml(f.file)})` : ""}</li>`).join("\n") || "<li>(không có trường nào)</li>"}
</ul>`;
  let pretty = documentText ?? "";
  try {
    if (pretty.length <= MAX_ECHO) pretty = JSON.stringify(JSON.parse(pretty), null, 2);
  } catch {}
  if (pretty.length > MAX_ECHO)
    pretty = `${pretty.slice(0, MAX_ECHO)}\n… (đã cắt bớt: ${documentText.length.toLocaleString("vi-VN")} ký tự)`;
  const echo = documentText
    ? `<details class="echo"><summary>Nội dung trường <code>document</code> đã gửi</summary>
<pre><code>${escapeHtml(pretty)}</code></pre></details>`
    : "";
  return page(
    ok ? "Đã tiếp nhận văn bản" : "Văn bản chưa hợp lệ",
    `<h1>Kết quả tiếp nhận văn bản</h1>
<div role="status">${verdict}</div>
${list}
${received}
${echo}
<p><a href="/">← Quay lại biểu mẫu</a></p>`,
    { status: ok ? 200 : 422 },
  );
}

/** The receipt number the demo gives an accepted document (a real portal stores it first). */
let receipts = 0;
const receiptNumber = () => `TN-${new Date().getFullYear()}-${String(++receipts).padStart(4, "0")}`;

async function submit(req, res) {
  let fields;
  try {
    fields = await parseForm(req, await readBody(req));
  } catch (e) {
    const status = e?.status ?? 400;
    const msg =
      status === 413
        ? e.message === "too many fields"
          ? `Biểu mẫu gửi lên có quá nhiều trường (tối đa ${MAX_FIELDS}).`
          : `Dữ liệu gửi lên quá lớn (tối đa ${MAX_BODY / 1024 / 1024} MB).`
        : "Không đọc được dữ liệu biểu mẫu đã gửi.";
    // A body refused for its size may still be arriving: it is discarded (readBody) until it ends
    // or DRAIN_TIMEOUT passes, and the connection is not closed under the sender meanwhile (it
    // would get a reset, EPIPE, instead of this answer). A form of too many fields was read whole.
    const headers = status === 413 && e.message === "too many fields" ? { Connection: "close" } : {};
    if (wantsJson(req))
      return send(res, req, {
        status,
        type: TYPES[".json"],
        body: JSON.stringify({ ok: false, error: msg }),
        headers,
      });
    return send(res, req, { ...page("Lỗi", `<h1>Lỗi</h1><p>${escapeHtml(msg)}</p>`, { status }), headers });
  }
  if (!fields) {
    const msg = "Chỉ nhận application/x-www-form-urlencoded hoặc multipart/form-data.";
    if (wantsJson(req))
      return send(res, req, {
        status: 415,
        type: TYPES[".json"],
        body: JSON.stringify({ ok: false, error: msg }),
      });
    return send(res, req, page("Lỗi", `<h1>Lỗi</h1><p>${escapeHtml(msg)}</p>`, { status: 415 }));
  }
  let core;
  try {
    core = await loadCore();
  } catch {
    const msg = "Chưa có bản build của @doingoai/core (packages/core/dist). Hãy chạy: pnpm build";
    if (wantsJson(req))
      return send(res, req, {
        status: 503,
        type: TYPES[".json"],
        body: JSON.stringify({ ok: false, error: msg }),
      });
    return send(
      res,
      req,
      page("Máy chủ chưa sẵn sàng", `<h1>Máy chủ chưa sẵn sàng</h1><p>${escapeHtml(msg)}</p>`, {
        status: 503,
      }),
    );
  }
  const langField = fields.find((f) => f.name === "lang")?.text;
  const lang = langField === "en" ? "en" : "vi";
  const documentText = fields.find((f) => f.name === "document")?.text;
  const result =
    documentText === undefined
      ? {
          ok: false,
          issues: [
            {
              code: "submit.missing-field",
              path: [],
              severity: "error",
              field: "document",
              message:
                lang === "en"
                  ? "The form sent no “document” field."
                  : "Biểu mẫu không gửi trường “document” (văn bản).",
            },
          ],
        }
      : core.validateJson(documentText, { lang });
  const kind = result.ok ? (core.kindLabel?.(result.value.kind, lang) ?? result.value.kind) : undefined;
  const summary = fields.map(({ name, size, file }) => ({ name, size, ...(file ? { file } : {}) }));
  if (wantsJson(req))
    return send(res, req, {
      status: result.ok ? 200 : 422,
      type: TYPES[".json"],
      body: JSON.stringify({
        ok: result.ok,
        kind,
        ...(result.ok ? { receipt: receiptNumber() } : {}),
        issues: result.issues,
        fields: summary,
        // The echo is bounded like the page's (the whole text only when it is short).
        document: documentText !== undefined && documentText.length > MAX_ECHO ? undefined : documentText,
      }),
    });
  send(res, req, resultPage({ ok: result.ok, issues: result.issues, fields: summary, documentText, kind }));
}

export function startServer(opts) {
  const server = createServer(
    {
      headersTimeout: LIMITS.HEADERS_TIMEOUT,
      requestTimeout: LIMITS.REQUEST_TIMEOUT,
      keepAliveTimeout: LIMITS.KEEP_ALIVE_TIMEOUT,
      maxHeaderSize: LIMITS.MAX_HEADER_BYTES,
      // How often the two timeouts above are enforced (Node's default is every 30 s).
      connectionsCheckingInterval: 1_000,
    },
    async (req, res) => {
      try {
        const url = new URL(req.url ?? "/", "http://localhost");
        if (url.pathname === "/submit") {
          if (req.method === "POST") return await submit(req, res);
          res.setHeader("Allow", "POST");
          return send(res, req, page("Phương thức không hợp lệ", "<h1>Chỉ nhận POST</h1>", { status: 405 }));
        }
        if (req.method !== "GET" && req.method !== "HEAD") {
          res.setHeader("Allow", "GET, HEAD");
          return send(
            res,
            req,
            page("Phương thức không hợp lệ", "<h1>Phương thức không hợp lệ</h1>", { status: 405 }),
          );
        }
        await serveStatic(req, res, url, opts);
      } catch (e) {
        process.stderr.write(`${e?.stack ?? e}\n`);
        if (!res.headersSent)
          send(
            res,
            req,
            page("Lỗi máy chủ", "<h1>Lỗi máy chủ</h1><p>Vui lòng thử lại sau.</p>", { status: 500 }),
          );
        else res.destroy();
      }
    },
  );
  server.maxConnections = LIMITS.MAX_CONNECTIONS;
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port, opts.host, () => ok(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = parseArgs(process.argv.slice(2));
  startServer(opts).then(
    (server) => {
      const { port } = server.address();
      const host = opts.host.includes(":") ? `[${opts.host}]` : opts.host;
      process.stdout.write(`Cổng thông tin mẫu: http://${host}:${port}/\n`);
      const stop = () => {
        server.close(() => process.exit(0));
        server.closeAllConnections();
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    },
    (e) => {
      process.stderr.write(
        e?.code === "EADDRINUSE"
          ? `Cổng ${opts.port} đang được dùng; chọn cổng khác với --port.\n`
          : `Không khởi động được máy chủ: ${e?.message ?? e}\n`,
      );
      process.exit(1);
    },
  );
}
