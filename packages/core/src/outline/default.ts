/**
 * The default report outline: the newest seed's (004, UBND xã Tây Yên Tử, 2026) eleven areas,
 * difficulties and causes, directions, recommendations. A province passes its own outline.
 */
import type { ReportOutline } from "../model/outline";

export const DEFAULT_REPORT_OUTLINE: ReportOutline = {
  parts: [
    {
      part: "results",
      title: "Kết quả triển khai công tác đối ngoại {period}",
      areas: [
        { area: "delegations", title: "Công tác tổ chức và quản lý đoàn ra, đoàn vào" },
        { area: "international-agreements", title: "Công tác ký kết và thực hiện các thỏa thuận quốc tế" },
        {
          area: "international-conferences",
          title: "Công tác tổ chức và quản lý hội nghị, hội thảo quốc tế",
        },
        { area: "economic-diplomacy", title: "Công tác ngoại giao kinh tế" },
        {
          area: "ngo-aid",
          title:
            "Công tác quản lý hoạt động, vận động và sử dụng viện trợ của các tổ chức phi chính phủ nước ngoài (PCPNN)",
        },
        { area: "cultural-diplomacy", title: "Công tác ngoại giao văn hóa" },
        {
          area: "external-information",
          title:
            "Công tác thông tin đối ngoại và quản lý hoạt động thông tin, báo chí của phóng viên nước ngoài tại địa phương",
        },
        { area: "consular", title: "Công tác lãnh sự và bảo hộ công dân" },
        { area: "overseas-vietnamese", title: "Công tác đối với người Việt Nam ở nước ngoài" },
        { area: "awards", title: "Các hình thức khen thưởng cấp Nhà nước, cấp tỉnh" },
        { area: "people-to-people", title: "Công tác đối ngoại nhân dân tại địa phương" },
      ],
    },
    {
      part: "assessment",
      title: "Khó khăn, vướng mắc, nguyên nhân",
      difficulties: "Những khó khăn, hạn chế, vướng mắc trong quá trình triển khai công tác đối ngoại",
      causes: "Nguyên nhân",
      objectiveCauses: "Nguyên nhân khách quan",
      subjectiveCauses: "Nguyên nhân chủ quan",
    },
    {
      part: "directions",
      title: "Phương hướng và dự kiến kế hoạch công tác đối ngoại {nextPeriod}",
      outlook: "Dự báo tình hình",
      tasks: "Nhiệm vụ và giải pháp công tác đối ngoại {nextPeriod}",
    },
    {
      part: "recommendations",
      title:
        "Đề xuất giải pháp, kiến nghị để nâng cao chất lượng, hiệu quả công tác đối ngoại nói chung của cơ quan, địa phương",
      marker: "number",
    },
  ],
};
