import { Document, NUMBER_BLANK } from "@doingoai/core";
import { describe, expect, it } from "vitest";
import { buildLayout } from "../layout/build";
import { EXAMPLES, example } from "../layout/testing";
import type { Layout } from "../layout/types";
import { escapeHtml, layoutToHtml, renderHtml, renderHtmlFragment } from "./index";

/** The text of the first <style> element. */
function styleOf(html: string): string {
  const m = /<style>([\s\S]*?)<\/style>/.exec(html);
  if (m === null) throw new Error("no <style>");
  return m[1]!;
}

/** Every selector of a stylesheet, with the at-rules met on the way (`@media` blocks are walked into). */
function selectors(css: string): { selectors: string[]; atRules: string[] } {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const out = { selectors: [] as string[], atRules: [] as string[] };
  let i = 0;
  const walk = (end: number) => {
    while (i < end) {
      const open = text.indexOf("{", i);
      if (open < 0 || open > end) {
        i = end;
        return;
      }
      const prelude = text.slice(i, open).trim();
      // Find the matching close brace.
      let depth = 1;
      let j = open + 1;
      while (depth > 0 && j < text.length) {
        if (text[j] === "{") depth++;
        else if (text[j] === "}") depth--;
        j++;
      }
      if (prelude.startsWith("@")) {
        out.atRules.push(prelude);
        if (prelude.startsWith("@media")) {
          i = open + 1;
          walk(j - 1);
        }
      } else {
        for (const s of prelude.split(",")) out.selectors.push(s.trim());
      }
      i = j;
    }
  };
  walk(text.length);
  return out;
}

/** Start tags of a page: name and attribute text. */
function tags(html: string): { name: string; attrs: string }[] {
  const out: { name: string; attrs: string }[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g))
    out.push({ name: m[1]!.toLowerCase(), attrs: m[2]! });
  return out;
}

const ALLOWED_TAGS = new Set([
  "html",
  "head",
  "meta",
  "title",
  "style",
  "body",
  "div",
  "article",
  "header",
  "footer",
  "section",
  "table",
  "caption",
  "colgroup",
  "col",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "p",
  "span",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "br",
  "strong",
  "em",
]);

describe("renderHtml — a standalone A4 page", () => {
  const html = renderHtml(example(EXAMPLES.sttttLangSon2019));

  it("is a Vietnamese HTML page with A4 print styles and Times New Roman", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>Báo cáo: Tình hình, kết quả công tác đối ngoại năm 2019</title>");
    const css = styleOf(html);
    expect(css).toContain("@page{size:A4;margin:20mm 15mm 20mm 30mm;@top-center{content:counter(page);");
    expect(css).toContain("@page:first{@top-center{content:none}}");
    expect(css).toMatch(/font-family:"Times New Roman"/);
    expect(css).toMatch(/font-size:14pt/);
    expect(css).toMatch(/text-align:justify;text-indent:1\.27cm/);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("has the header as a two-column table, the kind as <h1>, headings as <h2>/<h3>", () => {
    expect(html).toContain('<header class="dng-header"><table class="dng-frame" role="presentation">');
    expect(html).toContain('<p class="dng-parent">UBND TỈNH\u00A0LẠNG\u00A0SƠN</p>');
    expect(html).toContain(
      '<p class="dng-issuer"><span class="dng-ruled">SỞ THÔNG TIN<br>VÀ TRUYỀN THÔNG</span></p>',
    );
    // A long name breaks between "ỦY BAN NHÂN DÂN" (kept whole by no-break spaces) and its place.
    expect(renderHtml(example(EXAMPLES.tayYenTu2026))).toContain(
      '<span class="dng-ruled">ỦY\u00A0BAN\u00A0NHÂN\u00A0DÂN<br>XÃ\u00A0TÂY\u00A0YÊN\u00A0TỬ</span>',
    );
    expect(html).toContain(`<p class="dng-number">Số: ${NUMBER_BLANK}/BC-STTTT</p>`);
    expect(html).toContain(
      '<p class="dng-motto"><span class="dng-ruled">Độc lập - Tự do - Hạnh phúc</span></p>',
    );
    expect(html).toContain('<h1 class="dng-kind">BÁO CÁO</h1>');
    expect(html).toContain("<h2>I. ĐÁNH GIÁ CHUNG</h2>");
    expect(html).toContain("<h3>2. Công tác tổ chức quản lý đoàn ra, đoàn vào</h3>");
    expect(html).toContain('<p class="dng-basis">Thực hiện Công văn số 638/SNgV-LS');
    expect(html).not.toMatch(/<(ol|ul|li)[\s>]/);
  });

  it('writes the appendix table with <thead> and <th scope="col">, widths from the layout', () => {
    expect(html).toContain('<section class="dng-page dng-appendix dng-landscape">');
    expect(html).toContain(
      '<thead><tr><th scope="col">Số TT</th><th scope="col">Danh nghĩa Đoàn và tính chất hoạt động</th>',
    );
    expect(html).toContain('<th scope="col">Kinh phí/ Nguồn chi</th></tr></thead>');
    expect(html).toContain('<td class="dng-c">01</td><td>Thăm quan, du lịch để mở mang kiến thức');
    const widths = [...html.matchAll(/<col style="width:([\d.]+)%">/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(9);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 1);
  });

  it("writes the signature block beside 'Nơi nhận:'", () => {
    expect(html).toContain(
      '<p class="dng-recipients-heading">Nơi nhận:</p><p class="dng-recipient">- Sở Ngoại vụ;</p>',
    );
    expect(html).toContain(
      '<p class="dng-authority">KT. GIÁM ĐỐC</p><p class="dng-authority">PHÓ GIÁM ĐỐC</p>',
    );
    expect(html).toContain('<p class="dng-name">Lê Hải Yến</p>');
  });

  it("writes a bare 'Không' after the heading, not bold, and a draft's placeholder muted", () => {
    const h = renderHtml(example(EXAMPLES.tayYenTu2026));
    expect(h).toContain(
      '<h3>10. Các hình thức khen thưởng cấp Nhà nước, cấp tỉnh: <span class="dng-n">Không.</span></h3>',
    );
    const draft = Document.parse({
      schemaVersion: 1,
      kind: "report",
      frame: {
        issuingBody: { name: "UBND XÃ A" },
        symbol: "BC-UBND",
        place: "A",
        subject: "Báo cáo",
        recipients: { list: [], archive: ["VT"] },
        signature: { authority: "none", title: "CHỦ TỊCH", name: "B" },
        status: "draft",
      },
      body: { period: { from: "2026-01-01", to: "2026-06-30" }, areas: {} },
    });
    expect(renderHtml(draft)).toContain('<p class="dng-placeholder"><em>(Chưa có nội dung)</em></p>');
  });

  it("renders all five seeds with every level of heading the notice needs", () => {
    const notice = renderHtml(example(EXAMPLES.notice2024));
    // The notice's sections start at "1.": <h2>, then 1.1 <h3>, points a) <h4> — no level skipped.
    expect(notice).toContain("<h2>1. Đánh giá chung</h2><p>");
    expect(notice).toContain(
      '<h3>3.2. Nhiệm vụ cụ thể</h3><h4 class="dng-point">a) Công tác lãnh sự, hợp tác quốc tế</h4>',
    );
    expect(notice).toContain('<h4 class="dng-point">đ) Công tác nội bộ của Sở</h4>');
    for (const name of Object.values(EXAMPLES)) {
      const page = renderHtml(example(name));
      for (const t of tags(page)) expect(ALLOWED_TAGS.has(t.name), t.name).toBe(true);
    }
  });
});

describe("renderHtmlFragment — embeddable, styles scoped", () => {
  const fragment = renderHtmlFragment(example(EXAMPLES.tayYenTu2026));

  it("is a fragment: no doctype, html, head or body", () => {
    expect(fragment).not.toMatch(/<!doctype|<html[\s>]|<head[\s>]|<body[\s>]/i);
    expect(fragment).toContain('<div class="dng-doc" lang="vi">');
  });

  it("has no global selector: every selector starts with the root class", () => {
    const { selectors: list, atRules } = selectors(styleOf(fragment));
    expect(list.length).toBeGreaterThan(40);
    for (const s of list) expect(s, s).toMatch(/^\.dng-doc(?=$|[\s.:>+~[])/);
    expect(atRules.every((a) => a.startsWith("@media"))).toBe(true);
  });

  it("resets the root so host element styles do not leak in", () => {
    expect(styleOf(fragment)).toContain(
      ".dng-doc,.dng-doc *,.dng-doc *::before,.dng-doc *::after{all:revert;",
    );
  });

  it("can leave the styles out for a host that loads them once", () => {
    expect(renderHtmlFragment(example(EXAMPLES.tayYenTu2026), { styles: false })).not.toContain("<style>");
  });

  it("the standalone page's only unscoped rules are the page-level ones", () => {
    const { selectors: list, atRules } = selectors(styleOf(renderHtml(example(EXAMPLES.tayYenTu2026))));
    expect(list.filter((s) => !s.startsWith(".dng-doc"))).toEqual(["html", "body", "html", "body"]);
    expect(atRules).toContain("@page");
  });
});

describe("escaping", () => {
  it("escapes the five markup characters and removes what HTML forbids", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
    expect(escapeHtml("a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\nh")).toBe("abcdef\tg\nh");
    expect(escapeHtml("Công tác đối ngoại 2026")).toBe("Công tác đối ngoại 2026");
    expect(escapeHtml("ok 😀")).toBe("ok 😀");
    expect(escapeHtml("lone \uD800 high, lone \uDC00 low")).toBe("lone  high, lone  low");
  });

  const PAYLOADS = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '"><svg onload=alert(1)>',
    "javascript:alert(1)",
    "ctl\u0000\u0001\u001b\u007f\u0085end",
    "' onmouseover='alert(1)",
  ];
  /** Keys whose strings are structure (enums, dates, area references), not text a person types. */
  const STRUCTURE = new Set([
    "kind",
    "answer",
    "direction",
    "status",
    "authority",
    "verb",
    "part",
    "area",
    "areas",
    "from",
    "to",
    "date",
    "signedOn",
    "since",
    "rateDate",
    "currency",
    "key",
    "level",
    "type",
    "variant",
    "span",
    "frequencies",
    "dateStyle",
    "qualifier",
    "urgency",
    "id",
    "marker",
    "signedAt",
    "abbreviation",
  ]);

  /** Every text string of a document with a hostile payload appended. */
  function poison<T>(value: T, n = { i: 0 }, key = ""): T {
    if (typeof value === "string") {
      if (STRUCTURE.has(key)) return value;
      return `${value} ${PAYLOADS[n.i++ % PAYLOADS.length]}` as T;
    }
    if (Array.isArray(value)) return value.map((v) => poison(v, n, key)) as T;
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, n, k)])) as T;
    }
    return value;
  }

  function assertInert(html: string): void {
    for (const t of tags(html)) {
      expect(ALLOWED_TAGS.has(t.name), `tag <${t.name}>`).toBe(true);
      expect(t.attrs, `attributes of <${t.name}>`).not.toMatch(/\son[a-z]+\s*=/i);
      expect(t.attrs).not.toMatch(/javascript:|href|src=/i);
    }
    expect(html).not.toMatch(/<script|<img|<svg/i);
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("&quot;&gt;&lt;svg onload=alert(1)&gt;");
    expect(html).toContain("&#39; onmouseover=&#39;alert(1)");
    expect(html).toContain("javascript:alert(1)");
  }

  for (const name of Object.values(EXAMPLES)) {
    it(`keeps hostile text in every field inert (${name})`, () => {
      const doc = poison(example(name));
      assertInert(renderHtml(doc));
      assertInert(renderHtmlFragment(doc));
    });
  }

  it("keeps hostile text inert in every field of a layout, tables and captions included", () => {
    const bad = PAYLOADS.join(" ");
    const layout: Layout = {
      lang: "vi",
      title: bad,
      header: {
        parentBody: bad,
        issuingBody: bad,
        numberLine: bad,
        nationalTitle: bad,
        motto: bad,
        dateLine: bad,
        urgency: bad,
      },
      addressees: [bad, bad],
      kindTitle: bad,
      subject: bad,
      body: [
        {
          type: "heading",
          level: 1,
          marker: bad,
          text: bad,
          tail: [{ text: bad, bold: false, italic: true }],
        },
        { type: "paragraph", role: "basis", runs: [{ text: bad, bold: true }] },
        {
          type: "table",
          table: {
            caption: bad,
            columns: [{ title: bad, width: Number.NaN, align: "right" }],
            rows: [[bad, bad]],
            repeatHeader: true,
          },
        },
      ],
      signature: { recipientsHeading: bad, recipients: [bad], authorityLines: [bad], name: bad },
      appendices: [
        {
          label: bad,
          title: bad,
          attachedTo: bad,
          note: bad,
          landscape: true,
          table: { columns: [{ title: bad, width: 100 }], rows: [[bad]], repeatHeader: true },
        },
      ],
      draft: true,
      digitalSignatures: [bad, bad],
    };
    assertInert(layoutToHtml(layout, { standalone: true }));
    assertInert(layoutToHtml(layout, { standalone: false }));
    assertInert(
      layoutToHtml({ ...layout, header: { ...layout.header, style: "party" } }, { standalone: true }),
    );
  });

  it("takes no markup from a layout's structural fields either (role, level, align)", () => {
    const layout = buildLayout(example(EXAMPLES.tayYenTu2026));
    const evil = '"><script>alert(1)</script>';
    layout.body.unshift(
      { type: "paragraph", role: evil as "body", runs: [{ text: "a" }] },
      { type: "heading", level: 9 as 1, marker: "", text: "b" },
      {
        type: "table",
        table: {
          columns: [{ title: "c", width: 1, align: evil as "left" }],
          rows: [["d"]],
          repeatHeader: false,
        },
      },
    );
    const html = layoutToHtml(layout, { standalone: true });
    expect(html).not.toContain("<script");
    expect(html).toContain("<p>a</p><h5>b</h5>");
    expect(html).toContain("<h2>I. KẾT QUẢ TRIỂN KHAI");
  });

  it("renders 100 kB of text escaped, in full", () => {
    const doc = example(EXAMPLES.tayYenTu2026);
    if (doc.kind !== "report") throw new Error("expected a report");
    const big = "<b>x</b>".repeat(12_500);
    doc.body.intro = [big];
    const html = renderHtml(doc);
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;".repeat(12_500));
    expect(html).not.toContain("<b>");
  });

  it("builds the same layout the DOCX writer gets (one source of content)", () => {
    const doc = example(EXAMPLES.vanQuan2024);
    expect(renderHtml(doc)).toBe(layoutToHtml(buildLayout(doc), { standalone: true }));
  });
});
