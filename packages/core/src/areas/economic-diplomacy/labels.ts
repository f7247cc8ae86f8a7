/** Labels of the area (Vietnamese and English): its title, its short name, its own fields. */
import type { AreaLabels } from "../types";

export const vi = {
  title: "Ngoại giao kinh tế",
  short: "Ngoại giao kinh tế",
  fields: {
    labourMarkets: "Thị trường lao động",
    exportImport: {
      label: "Kim ngạch xuất nhập khẩu",
      hint: "Có thể ghi mức tăng, giảm như văn bản nêu và các phần (xuất khẩu, nhập khẩu)",
    },
    figures: {
      label: "Các số liệu tiền khác",
      hint: "Ví dụ: vốn FDI đăng ký mới; số liệu lũy kế của giai đoạn khác",
    },
  },
  rows: { figures: "số liệu thứ {n}" },
} as const satisfies AreaLabels;

export const en = {
  title: "Economic diplomacy",
  short: "Economic diplomacy",
  fields: {
    labourMarkets: "Labour markets",
    exportImport: {
      label: "Import-export turnover",
      hint: "May carry the change the document states and its parts (export, import)",
    },
    figures: {
      label: "Other money figures",
      hint: "For example: newly registered FDI capital; cumulative amounts of other periods",
    },
  },
  rows: { figures: "figure {n}" },
} as const satisfies AreaLabels<typeof vi>;
