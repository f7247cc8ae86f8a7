/**
 * Hand-built layouts for the DOCX writer's tests: a report shaped like seed 001 (header block,
 * basis, headings, a body table, signature, a 9-column landscape appendix) and a hostile variant.
 */
import type { Layout, Table } from "../../layout/types";

const DELEGATION_COLUMNS: Table["columns"] = [
  { title: "Số TT", width: 700, align: "center" },
  { title: "Danh nghĩa đoàn và tính chất hoạt động", width: 2600 },
  { title: "Đến nước", width: 1300 },
  { title: "Cấp trưởng đoàn", width: 1700 },
  { title: "Nội dung hoạt động và đối tác", width: 3200 },
  { title: "Số thành viên đoàn", width: 1100, align: "center" },
  { title: "Số ngày", width: 900, align: "center" },
  { title: "Thời gian thực hiện", width: 1400, align: "center" },
  { title: "Kinh phí/ Nguồn chi", width: 1387 },
];

export function reportLayout(): Layout {
  return {
    lang: "vi",
    title: "Báo cáo tình hình, kết quả công tác đối ngoại năm 2019",
    header: {
      parentBody: "UBND TỈNH LẠNG SƠN",
      issuingBody: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
      numberLine: "Số:       /BC-STTTT",
      nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      dateLine: "Lạng Sơn, ngày     tháng 10 năm 2019",
    },
    kindTitle: "BÁO CÁO",
    subject: "Tình hình, kết quả công tác đối ngoại năm 2019",
    body: [
      {
        type: "paragraph",
        role: "basis",
        runs: [
          {
            text: "Thực hiện Công văn số 638/SNgV-LS ngày 3/10/2019 của Sở Ngoại vụ báo cáo tình hình, kết quả công tác đối ngoại năm 2019.",
          },
        ],
      },
      {
        type: "paragraph",
        role: "body",
        runs: [{ text: "Sở Thông tin và Truyền thông báo cáo kết quả thực hiện như sau:" }],
      },
      { type: "heading", level: 1, marker: "I.", text: "KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM 2019" },
      { type: "heading", level: 2, marker: "1.", text: "Công tác thông tin đối ngoại" },
      {
        type: "paragraph",
        role: "body",
        runs: [
          { text: "Năm 2019 có " },
          { text: "45 cơ quan báo chí", bold: true },
          { text: " với " },
          { text: "127 phóng viên", italic: true },
          { text: " tham gia đưa tin về các hoạt động đối ngoại của tỉnh." },
        ],
      },
      {
        type: "heading",
        level: 3,
        marker: "a)",
        text: "Đoàn ra",
        tail: [{ text: ": 04 đoàn/12 lượt người." }],
      },
      { type: "heading", level: 4, marker: "", text: "Đoàn vào" },
      {
        type: "table",
        table: {
          columns: [
            { title: "STT", width: 800, align: "center" },
            { title: "Chỉ tiêu", width: 5355 },
            { title: "Số lượng", width: 3200, align: "right" },
          ],
          rows: [
            ["1", "Tin, bài được đăng tải", "1.250"],
            ["2", "Phóng viên nước ngoài", "12"],
          ],
          repeatHeader: true,
        },
      },
      { type: "paragraph", role: "center", runs: [{ text: "(Số liệu tính đến ngày 15/10/2019)" }] },
      {
        type: "paragraph",
        role: "closing",
        runs: [{ text: "Trên đây là báo cáo tình hình, kết quả công tác đối ngoại năm 2019./." }],
      },
    ],
    signature: {
      recipientsHeading: "Nơi nhận:",
      recipients: ["- Sở Ngoại vụ;", "- Lãnh đạo Sở;", "- Lưu: VP, VT."],
      authorityLines: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
      name: "Lê Hải Yến",
    },
    appendices: [
      {
        label: "Phụ lục",
        title: "Bảng tổng hợp đoàn ra năm 2019",
        attachedTo:
          "(Kèm theo Báo cáo số       /BC-STTTT ngày     tháng 10 năm 2019 của Sở Thông tin và Truyền thông)",
        table: {
          columns: DELEGATION_COLUMNS,
          rows: Array.from({ length: 40 }, (_, i) => [
            String(i + 1),
            `Đoàn công tác số ${i + 1} của Sở Thông tin và Truyền thông`,
            "Trung Quốc",
            "Phó Giám đốc Sở",
            "Làm việc với Cục Thông tin Quảng Tây về hợp tác thông tin đối ngoại",
            "5",
            "3",
            "12-14/6/2019",
            "Ngân sách tỉnh",
          ]),
          repeatHeader: true,
        },
        landscape: true,
      },
    ],
    draft: true,
  };
}

/** Every string a hostile one: controls, markup, a lone surrogate, U+FFFE/FFFF, a 100 kB paragraph. */
export const HOSTILE = `a\u0000b\u0001\u0008\u000B\u000C\u000E\u001F<>&"'\ud800 \udc00x\uFFFE\uFFFF\ttab\r\nline]]>`;

export function hostileLayout(): Layout {
  const layout = reportLayout();
  const big = "Đoạn văn rất dài <&> ".repeat(5000);
  layout.title = HOSTILE;
  layout.header = {
    parentBody: HOSTILE,
    issuingBody: HOSTILE,
    numberLine: HOSTILE,
    nationalTitle: HOSTILE,
    motto: HOSTILE,
    dateLine: HOSTILE,
    urgency: HOSTILE,
  };
  layout.kindTitle = HOSTILE;
  layout.subject = HOSTILE;
  layout.addressees = [HOSTILE, HOSTILE];
  layout.body.push(
    { type: "heading", level: 1, marker: HOSTILE, text: HOSTILE, tail: [{ text: HOSTILE }] },
    { type: "paragraph", role: "body", runs: [{ text: HOSTILE }, { text: big }] },
    {
      type: "table",
      table: {
        columns: [
          { title: HOSTILE, width: Number.NaN },
          { title: HOSTILE, width: -5 },
        ],
        rows: [[HOSTILE], [HOSTILE, HOSTILE, HOSTILE]],
        repeatHeader: false,
      },
    },
  );
  layout.signature = {
    recipientsHeading: HOSTILE,
    recipients: [HOSTILE],
    authorityLines: [HOSTILE],
    name: HOSTILE,
  };
  layout.appendices[0]!.title = HOSTILE;
  layout.appendices[0]!.attachedTo = HOSTILE;
  layout.appendices[0]!.note = HOSTILE;
  return layout;
}
