/**
 * The portal's own script: tabs, "Điền thử" (fill with an example document), and showing what
 * the form submitted. The forms are plain `<form method="post" action="/submit">`: without this
 * script they still submit (the server answers with a page); with it, the answer is shown here.
 */

const $ = (sel, root = document) => root.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

/* ---------- Today's date, the Vietnamese way ---------- */
const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const today = new Date();
const todayEl = $("#hom-nay");
if (todayEl)
  todayEl.textContent = `${WEEKDAYS[today.getDay()]}, ngày ${today.getDate()}/${today.getMonth() + 1}/${today.getFullYear()}`;

/* ---------- Tabs (WAI-ARIA tabs pattern, automatic activation) ---------- */
const tablist = $('[role="tablist"]');
const tabs = tablist ? [...tablist.querySelectorAll('[role="tab"]')] : [];

function selectTab(tab, { focus = false, updateHash = false } = {}) {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute("aria-selected", String(selected));
    t.tabIndex = selected ? 0 : -1;
    const panel = document.getElementById(t.getAttribute("aria-controls"));
    panel.hidden = !selected;
  }
  if (focus) tab.focus();
  if (updateHash) history.replaceState(null, "", `#${tab.getAttribute("aria-controls")}`);
}

if (tablist && tabs.length) {
  for (const t of tabs) {
    const panel = document.getElementById(t.getAttribute("aria-controls"));
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", t.id);
  }
  tablist.hidden = false;
  $(".tabs")?.classList.add("tabs--enhanced");
  tablist.addEventListener("click", (e) => {
    const tab = e.target.closest('[role="tab"]');
    if (tab) selectTab(tab, { updateHash: true });
  });
  tablist.addEventListener("keydown", (e) => {
    const i = tabs.indexOf(document.activeElement);
    if (i < 0) return;
    const next = {
      ArrowRight: tabs[(i + 1) % tabs.length],
      ArrowLeft: tabs[(i - 1 + tabs.length) % tabs.length],
      Home: tabs[0],
      End: tabs.at(-1),
    }[e.key];
    if (!next) return;
    e.preventDefault();
    selectTab(next, { focus: true, updateHash: true });
  });
  const fromHash = tabs.find((t) => `#${t.getAttribute("aria-controls")}` === location.hash);
  selectTab(fromHash ?? tabs[0]);
}

/* ---------- Event log (for integrators) ---------- */
const log = $("#nhat-ky");
function logEvent(text) {
  if (!log) return;
  const time = new Date().toLocaleTimeString("vi-VN");
  log.prepend(el("li", {}, `${time} ${text}`));
  while (log.children.length > 30) log.lastElementChild.remove();
}

for (const form of document.querySelectorAll("form.submission")) {
  let changes = 0;
  const counter = el("li");
  form.addEventListener("doingoai-change", () => {
    changes++;
    counter.textContent = `${form.id}: doingoai-change ×${changes}`;
    if (log && !counter.isConnected) log.prepend(counter);
  });
  form.addEventListener("doingoai-invalid", (e) =>
    logEvent(`${form.id}: doingoai-invalid (${e.detail?.issues?.length ?? 0} vấn đề)`),
  );
  form.addEventListener("doingoai-submit", () => logEvent(`${form.id}: doingoai-submit`));
  form.addEventListener("doingoai-sent", (e) =>
    logEvent(`${form.id}: doingoai-sent${e.detail?.receipt ? ` (số tiếp nhận ${e.detail.receipt})` : ""}`),
  );
  form.addEventListener("invalid", () => logEvent(`${form.id}: invalid (trình duyệt chặn gửi)`), true);
}

/* ---------- "Điền thử": load an example document into a form ---------- */
for (const button of document.querySelectorAll("[data-load]")) {
  button.addEventListener("click", async () => {
    const select = document.getElementById(button.dataset.load);
    const form = document.getElementById(select.dataset.target);
    const field = form.querySelector("doingoai-document-form");
    button.disabled = true;
    try {
      const res = await fetch(`/documents/${encodeURIComponent(select.value)}.json`);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const doc = await res.json();
      await customElements.whenDefined("doingoai-document-form");
      // "Lập báo cáo kỳ sau": frame and outline kept, figures as the comparison base.
      if ("next" in button.dataset) field.startFrom(doc);
      else field.value = doc;
      logEvent(
        `${form.id}: đã ${"next" in button.dataset ? "lập kỳ sau từ" : "điền"} văn bản mẫu ${select.value}`,
      );
    } catch (e) {
      logEvent(`${form.id}: không tải được văn bản mẫu (${e.message})`);
    } finally {
      button.disabled = false;
    }
  });
}

/* ---------- A report request received: the form offers to start the report from it ---------- */
for (const button of document.querySelectorAll("[data-request]")) {
  button.addEventListener("click", async () => {
    const form = document.getElementById(button.dataset.target);
    const field = form.querySelector("doingoai-document-form");
    try {
      const res = await fetch(`/documents/${encodeURIComponent(button.dataset.request)}.json`);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      await customElements.whenDefined("doingoai-document-form");
      field.request = await res.json();
      logEvent(`${form.id}: đã nhận công văn đề nghị báo cáo ${button.dataset.request}`);
    } catch (e) {
      logEvent(`${form.id}: không tải được công văn (${e.message})`);
    }
  });
}

/* ---------- Show what the form submitted and what the server answered ---------- */
const result = $("#ket-qua");
const resultBody = $("#ket-qua-noi-dung");

function fieldsTable(data) {
  const rows = [...data.entries()].map(([name, value]) => {
    const text = typeof value === "string" ? value : `(tệp ${value.name})`;
    const excerpt = text.length > 160 ? `${text.slice(0, 160)}…` : text;
    return el(
      "tr",
      {},
      el("th", { scope: "row" }, el("code", {}, name)),
      el("td", {}, `${text.length.toLocaleString("vi-VN")} ký tự`),
      el("td", {}, excerpt),
    );
  });
  return el(
    "table",
    { class: "fields-table" },
    el("caption", { class: "visually-hidden" }, "Các trường biểu mẫu đã gửi"),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, "Trường"),
        el("th", { scope: "col" }, "Độ dài"),
        el("th", { scope: "col" }, "Nội dung"),
      ),
    ),
    el("tbody", {}, ...rows),
  );
}

function showResult(data, answer) {
  resultBody.replaceChildren();
  let verdict;
  if (answer.error) verdict = el("p", { class: "verdict verdict--error" }, answer.error);
  else if (answer.ok)
    verdict = el(
      "p",
      { class: "verdict verdict--ok" },
      el("strong", {}, "Văn bản hợp lệ."),
      ` Máy chủ đã tiếp nhận${answer.kind ? ` (${answer.kind})` : ""}.`,
    );
  else
    verdict = el(
      "p",
      { class: "verdict verdict--error" },
      el("strong", {}, "Văn bản chưa hợp lệ: "),
      `${answer.issues.filter((i) => i.severity === "error").length} lỗi.`,
    );
  resultBody.append(verdict);
  if (answer.issues?.length) {
    const list = el("ol", { class: "issues" });
    for (const i of answer.issues)
      list.append(
        el(
          "li",
          { class: `issue issue--${i.severity}` },
          el("span", { class: "issue__severity" }, i.severity === "error" ? "Lỗi" : "Cảnh báo"),
          ` ${i.message}`,
          el("div", { class: "issue__meta" }, `Trường: ${i.field} · ${i.path.join(".")} · ${i.code}`),
        ),
      );
    resultBody.append(list);
  }
  resultBody.append(el("h3", {}, "Trình duyệt đã gửi (FormData)"), fieldsTable(data));
  if (answer.document) {
    let pretty = answer.document;
    try {
      pretty = JSON.stringify(JSON.parse(pretty), null, 2);
    } catch {}
    resultBody.append(
      el(
        "details",
        { class: "echo" },
        el("summary", {}, "Máy chủ nhận được trường document"),
        el("pre", {}, el("code", {}, pretty)),
      ),
    );
  }
  result.hidden = false;
  $("#tieu-de-ket-qua").focus();
}

for (const form of document.querySelectorAll("form.submission")) {
  form.addEventListener("submit", async (e) => {
    if (e.defaultPrevented) return;
    e.preventDefault();
    const data = new FormData(form, e.submitter);
    const submitButton = form.querySelector('[type="submit"]');
    submitButton.disabled = true;
    try {
      const res = await fetch(form.action, {
        method: "POST",
        headers: { Accept: "application/json" },
        body: new URLSearchParams(data),
      });
      const answer = await res.json();
      showResult(data, answer);
      // The server stored it: the form shows the sent state and keeps the draft marked sent.
      const field = form.querySelector("doingoai-document-form");
      if (answer.ok && field?.markSent) await field.markSent(answer.receipt);
    } catch (err) {
      showResult(data, { ok: false, error: `Không gửi được văn bản: ${err.message}` });
    } finally {
      submitButton.disabled = false;
    }
  });
}
