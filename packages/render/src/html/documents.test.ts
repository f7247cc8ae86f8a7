/** HTML of whole documents: Party documents, the constructed full report, signatures, drafts. */
import { FULL_REPORT, MINIMAL_REPORT, PARTY_PLAN } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { EXAMPLES, example } from "../layout/testing";
import { renderHtml, renderHtmlFragment } from "./index";

/** The text of the first <style> element. */
function styleOf(html: string): string {
  const m = /<style>([\s\S]*?)<\/style>/.exec(html);
  if (m === null) throw new Error("no <style>");
  return m[1]!;
}

describe("Party documents (Hướng dẫn 36-HD/VPTW)", () => {
  const html = renderHtml(PARTY_PLAN);

  it("heads the right column with ĐẢNG CỘNG SẢN VIỆT NAM ruled its full length, no Quốc hiệu or Tiêu ngữ", () => {
    expect(html).toContain('<header class="dng-header dng-party">');
    expect(html).toContain(
      '<td class="dng-right"><p class="dng-party-title"><span class="dng-ruled">ĐẢNG CỘNG SẢN VIỆT NAM</span></p></td>',
    );
    expect(html).not.toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(html).not.toContain("Độc lập - Tự do - Hạnh phúc");
    expect(html.slice(html.indexOf("<body>"))).not.toContain("dng-motto");
    const css = styleOf(html);
    expect(css).toContain(".dng-doc .dng-party-title{font-size:15pt;font-weight:bold;");
    expect(css).toContain(".dng-doc .dng-party-title .dng-ruled::after{left:0;right:0}");
  });

  it("writes the bodies with a centred '*' instead of the short rule, then 'Số 21-KH/ĐU'", () => {
    expect(html).toContain(
      '<td class="dng-left"><p class="dng-parent">ĐẢNG BỘ XÃ\u00A0ĐÀM\u00A0THỦY</p><p class="dng-issuer">BAN THƯỜNG VỤ ĐẢNG ỦY</p><p class="dng-star" aria-hidden="true">*</p></td>',
    );
    expect(html).toContain('<p class="dng-number">Số 21-KH/ĐU</p>');
    expect(html).toContain('<p class="dng-date">Đàm Thủy, ngày 02 tháng 4 năm 2025</p>');
  });

  it("signs T/M BAN THƯỜNG VỤ / BÍ THƯ", () => {
    expect(html).toContain(
      '<p class="dng-authority">T/M BAN THƯỜNG VỤ</p><p class="dng-authority">BÍ THƯ</p><div class="dng-sign-space"></div><p class="dng-name">Hoàng Văn Bình</p>',
    );
  });

  it("keeps the state header for every seed", () => {
    for (const name of Object.values(EXAMPLES)) {
      const h = renderHtml(example(name));
      expect(h, name).toContain('<header class="dng-header"><table');
      expect(h, name).toContain('<p class="dng-national">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>');
    }
  });
});

describe("FULL_REPORT in HTML", () => {
  const html = renderHtml(FULL_REPORT);

  it("puts the urgency mark KHẨN under the number, as a stamp-sized box", () => {
    expect(html).toContain('<p class="dng-number">Số: 07/BC-UBND</p><p class="dng-urgency">KHẨN</p></td>');
    expect(styleOf(html)).toMatch(
      /\.dng-urgency\{[^}]*min-width:20mm;height:8mm;[^}]*border:1px solid #000;/,
    );
  });

  it("writes the corrected sentences from facts", () => {
    expect(html).toContain(
      "do Tổ chức Tầm nhìn Thế giới (World Vision, Hoa Kỳ) tài trợ, lĩnh vực nước sạch, vệ sinh,",
    );
    expect(html).toContain("(tương đương khoảng 1,05 tỷ đồng, theo tỷ giá ngày 01/02/2025)");
    expect(html).toContain("theo hợp đồng tại các thị trường Nhật Bản và Hàn Quốc.</p>");
    expect(html).toContain("<p>(Chi tiết tại Phụ lục kèm theo)</p>");
    expect(html).toContain(
      '<h3>2. Công tác ký kết và thực hiện các thỏa thuận quốc tế: <span class="dng-n">Không.</span></h3>',
    );
    expect(html).toContain('<table class="dng-table"><caption>Tuần tra song phương</caption>');
    expect(html).toContain('<tr><td>Mốc 840</td><td class="dng-c">01</td><td>Xử lý 01 trường hợp');
  });

  it("signs KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", () => {
    expect(html).toContain(
      '<p class="dng-authority">KT. CHỦ TỊCH</p><p class="dng-authority">PHÓ CHỦ TỊCH</p><div class="dng-sign-space"></div><p class="dng-name">Nông Thị Hoa</p>',
    );
  });
});

describe("digital signatures: a note after the signature block", () => {
  // Seed 000 carries its signatures; as issued, its page notes them (a draft is not signed).
  const seed = example(EXAMPLES.vanQuan2024);
  seed.frame.status = "issued";
  const NOTE =
    '</footer><div class="dng-signed"><p>Văn bản được ký số lúc 08:21 ngày 17/5/2024</p><p>Văn bản được ký số lúc 09:14 ngày 17/5/2024</p></div></article>';

  it("is in the standalone page and in the fragment, one line per signature", () => {
    expect(renderHtml(seed)).toContain(NOTE);
    expect(renderHtmlFragment(seed)).toContain(NOTE);
    expect(styleOf(renderHtmlFragment(seed))).toContain(
      ".dng-doc .dng-signed{margin-top:12pt;font-size:10pt;",
    );
  });

  it("escapes what the signature names", () => {
    const doc = structuredClone(FULL_REPORT);
    doc.frame.digitalSignatures = [{ signedAt: "2025-04-05T08:21:00+07:00", signer: '<b>"A"</b> & B' }];
    expect(renderHtmlFragment(doc)).toContain(
      '<div class="dng-signed"><p>Văn bản được ký số bởi &lt;b&gt;&quot;A&quot;&lt;/b&gt; &amp; B lúc 08:21 ngày 05/4/2025</p></div>',
    );
  });

  it("is absent when the document carries none", () => {
    expect(renderHtml(FULL_REPORT)).not.toContain('dng-signed"');
    expect(renderHtml(FULL_REPORT)).not.toContain("ký số");
  });
});

describe("draft mark", () => {
  const MARK = '<p class="dng-draft-mark" role="note">DỰ THẢO</p>';

  it("marks a draft's sheet with 'DỰ THẢO', in the page and in the fragment, printed too", () => {
    expect(renderHtml(MINIMAL_REPORT)).toContain(`<article class="dng-page dng-main">${MARK}<header`);
    expect(renderHtmlFragment(MINIMAL_REPORT)).toContain(MARK);
    const css = styleOf(renderHtml(MINIMAL_REPORT));
    expect(css).toContain(".dng-doc .dng-draft-mark{");
    expect(css).not.toMatch(/@media print\{[^@]*dng-draft-mark\{display:none/);
  });

  it("is not on an issued document", () => {
    expect(renderHtml(FULL_REPORT)).not.toContain("DỰ THẢO");
  });
});
