/**
 * Vietnamese labels of enum values (form options) and the words Vietnamese running text uses
 * for them, by enum id and value: the period span "year" is "Năm", the reporting frequency
 * "year" is "Hằng năm" in a form and "năm" in "báo cáo định kỳ (6 tháng, năm)".
 */
import type { EnumId, EnumWords } from "./types";

export const ENUM_LABELS_VI = {
  Qualifier: {
    exact: "chính xác",
    over: "trên",
    "more-than": "hơn",
    about: "khoảng",
    nearly: "gần",
    under: "dưới",
  },
  PeriodSpan: {
    h1: "6 tháng đầu năm",
    h2: "6 tháng cuối năm",
    year: "Năm",
    q1: "Quý I",
    q2: "Quý II",
    q3: "Quý III",
    q4: "Quý IV",
    "9m": "9 tháng",
    months: "Một số tháng",
    custom: "Khoảng thời gian khác",
  },
  ReportingFrequency: {
    month: "Hằng tháng",
    quarter: "Hằng quý",
    "6-months": "6 tháng",
    "9-months": "9 tháng",
    year: "Hằng năm",
    "ad-hoc": "Đột xuất",
  },
  PlanVariant: { plan: "Kế hoạch", programme: "Chương trình" },
  DateStyle: { short: "ngày 08/5/2024", long: "ngày 08 tháng 5 năm 2024" },
  Authority: {
    TM: "TM. (thay mặt)",
    KT: "KT. (ký thay)",
    TL: "TL. (thừa lệnh)",
    TUQ: "TUQ. (thừa ủy quyền)",
    Q: "Q. (quyền)",
    none: "Người đứng đầu ký",
  },
  NumberStyle: {
    "A.": "A., B., C.",
    "I.": "I., II., III.",
    "I-": "I-, II-, III-",
    "1.": "1., 2., 3.",
    "1.1.": "1.1., 1.2.",
    "a)": "a), b), c)",
    "-": "Gạch đầu dòng (-)",
    "+": "Dấu cộng (+)",
  },
  SecondAuthority: { KT: "KT. (ký thay)", TL: "TL. (thừa lệnh)", TUQ: "TUQ. (thừa ủy quyền)" },
  Urgency: { khan: "Khẩn", "thuong-khan": "Thượng khẩn", "hoa-toc": "Hỏa tốc" },
  ReportClass: { periodic: "Định kỳ", thematic: "Chuyên đề", "ad-hoc": "Đột xuất" },
  DocumentStatus: { draft: "Dự thảo", issued: "Đã ban hành" },
  Direction: { outbound: "Đoàn ra", inbound: "Đoàn vào" },
  AgreementStatus: {
    negotiating: "Đang đàm phán",
    signed: "Đã ký",
    implementing: "Đang thực hiện",
    completed: "Đã hoàn thành",
    expired: "Hết hiệu lực",
  },
  AgreementKind: { agreement: "Thỏa thuận", memorandum: "Biên bản ghi nhớ", other: "Khác" },
  InvestmentKind: {
    FDI: "FDI",
    ODA: "ODA",
    "overseas-vietnamese": "Của người Việt Nam ở nước ngoài",
    other: "Khác",
  },
  AwardLevel: { state: "Cấp Nhà nước", province: "Cấp tỉnh", other: "Khác" },
  PartnershipKind: {
    twinning: "Kết nghĩa",
    "friendship-association": "Hội hữu nghị",
    exchange: "Giao lưu",
    other: "Khác",
  },
  OutlineMarker: { dash: "Gạch đầu dòng (-)", number: "Đánh số (1., 2.)" },
  PrintChoice: { narrative: "Chỉ in nội dung đã viết", facts: "Chỉ in câu viết từ số liệu" },
  AppendixTable: {
    delegations: "Đoàn ra, đoàn vào (lấy từ số liệu)",
    "ngo-aid": "Viện trợ phi chính phủ nước ngoài (lấy từ số liệu)",
    agreements: "Thỏa thuận quốc tế (lấy từ số liệu)",
    conferences: "Hội nghị, hội thảo quốc tế (lấy từ số liệu)",
    free: "Bảng tự lập",
  },
  PlaceRelation: { at: "Tại", via: "Qua (cửa khẩu, tuyến đường)" },
  PartnerLevel: {
    country: "Quốc gia",
    province: "Tỉnh",
    district: "Huyện",
    commune: "Xã, bản",
    organisation: "Tổ chức",
  },
  ComparisonWording: { change: "Tăng, giảm …%", signed: "+…%, -…%", ratio: "Bằng …%" },
  ComparisonBaseKind: { "same-period": "Cùng kỳ năm", year: "Năm", period: "Giai đoạn, thời kỳ" },
  MoneyStatus: {
    committed: "Cam kết",
    mobilised: "Vận động",
    received: "Đã tiếp nhận",
    disbursed: "Đã giải ngân",
  },
  AidKind: { project: "Dự án", "non-project": "Phi dự án", emergency: "Viện trợ khẩn cấp" },
  AidListing: { all: "Toàn bộ", notable: "Một số tiêu biểu" },
} as const satisfies EnumWords;

/** "trên 70 lượt": the words before an approximate quantity (`exact` has none). */
export const QUALIFIER_PHRASES = {
  exact: "",
  over: "trên",
  "more-than": "hơn",
  about: "khoảng",
  nearly: "gần",
  under: "dưới",
} as const;

/** "6 tháng đầu năm 2024": the words of a nominal period span before its year. */
export const PERIOD_SPAN_PHRASES = {
  h1: "6 tháng đầu năm",
  h2: "6 tháng cuối năm",
  year: "năm",
  q1: "quý I năm",
  q2: "quý II năm",
  q3: "quý III năm",
  q4: "quý IV năm",
  "9m": "9 tháng đầu năm",
} as const;

/**
 * The words of the documents (always Vietnamese) for the enum values sentences and tables name,
 * as running text writes them (tables capitalise the first letter, headers upper-case):
 * "đoàn ra", "đang triển khai thực hiện", "báo cáo định kỳ (quý, 6 tháng, năm)", "trên 70 lượt".
 */
export const ENUM_PHRASES = {
  Qualifier: QUALIFIER_PHRASES,
  PeriodSpan: PERIOD_SPAN_PHRASES,
  ReportingFrequency: {
    month: "hằng tháng",
    quarter: "quý",
    "6-months": "6 tháng",
    "9-months": "9 tháng",
    year: "năm",
    "ad-hoc": "đột xuất",
  },
  Urgency: { khan: "khẩn", "thuong-khan": "thượng khẩn", "hoa-toc": "hỏa tốc" },
  ReportClass: { periodic: "định kỳ", thematic: "chuyên đề", "ad-hoc": "đột xuất" },
  Direction: { outbound: "đoàn ra", inbound: "đoàn vào" },
  AgreementStatus: {
    negotiating: "đang đàm phán",
    signed: "đã ký kết",
    implementing: "đang triển khai thực hiện",
    completed: "đã hoàn thành",
    expired: "đã hết hiệu lực",
  },
  AgreementKind: { agreement: "Thỏa thuận", memorandum: "Biên bản ghi nhớ", other: "Văn bản" },
  InvestmentKind: {
    FDI: "Dự án FDI",
    ODA: "Dự án ODA",
    "overseas-vietnamese": "Dự án của kiều bào",
    other: "Dự án",
  },
  AwardLevel: { state: "cấp Nhà nước", province: "cấp tỉnh", other: "" },
  PartnershipKind: {
    twinning: "Quan hệ kết nghĩa với",
    "friendship-association": "Quan hệ hữu nghị với",
    exchange: "Giao lưu với",
    other: "Quan hệ với",
  },
  PlaceRelation: { at: "tại", via: "qua" },
  PartnerLevel: {
    country: "quốc gia",
    province: "tỉnh",
    district: "huyện",
    commune: "xã",
    organisation: "tổ chức",
  },
  /** "tổng trị giá cam kết …", "giá trị viện trợ đã giải ngân đạt …": never "tiếp nhận" for a committed amount. */
  MoneyStatus: {
    committed: "cam kết",
    mobilised: "vận động",
    received: "đã tiếp nhận",
    disbursed: "đã giải ngân",
  },
  AidKind: {
    project: "Dự án",
    "non-project": "Khoản viện trợ phi dự án",
    emergency: "Khoản viện trợ khẩn cấp",
  },
} as const satisfies { [E in EnumId]?: Partial<EnumWords[E]> };
