/**
 * Known indicators: the quantities that recur in each area, with their unit and the phrase a
 * clerk writes around the count. `area` is the indicator's usual home; a document may report
 * it under another area (seed 000 counts festivals under external information). A portal sums indicators with the same key across units;
 * an indicator without a key needs a label.
 *
 * `vi` is the phrase after the count: "{count} {vi}" → "87 lượt người nước ngoài đến địa phương".
 */
import type { AreaId } from "./areas";

export interface IndicatorDef {
  area: AreaId;
  unit: string;
  vi: string;
  en: string;
}

export const INDICATORS = {
  // direction
  documentsIssued: {
    area: "direction",
    unit: "văn bản",
    vi: "văn bản chỉ đạo được ban hành",
    en: "directing documents issued",
  },
  leadersAssigned: {
    area: "direction",
    unit: "lãnh đạo",
    vi: "phụ trách công tác đối ngoại",
    en: "leaders in charge of foreign affairs",
  },
  // delegations (totals are computed from rows; these are for documents without rows)
  outboundDelegations: { area: "delegations", unit: "đoàn", vi: "đoàn ra", en: "outbound delegations" },
  outboundPersons: {
    area: "delegations",
    unit: "lượt người",
    vi: "đi nước ngoài",
    en: "person-trips abroad",
  },
  inboundDelegations: { area: "delegations", unit: "đoàn", vi: "đoàn vào", en: "inbound delegations" },
  inboundPersons: {
    area: "delegations",
    unit: "lượt người",
    vi: "người nước ngoài đến thăm, làm việc",
    en: "foreign visitors in delegations",
  },
  // international agreements and conferences
  agreementsSigned: {
    area: "international-agreements",
    unit: "thỏa thuận",
    vi: "thỏa thuận quốc tế được ký kết",
    en: "international agreements signed",
  },
  conferencesHeld: {
    area: "international-conferences",
    unit: "hội nghị, hội thảo",
    vi: "quốc tế được tổ chức",
    en: "international conferences held",
  },
  // economic diplomacy
  fdiProjects: { area: "economic-diplomacy", unit: "dự án", vi: "dự án FDI", en: "FDI projects" },
  odaProjects: { area: "economic-diplomacy", unit: "dự án", vi: "dự án ODA", en: "ODA projects" },
  labourAbroad: {
    area: "economic-diplomacy",
    unit: "lao động",
    vi: "đi làm việc ở nước ngoài theo hợp đồng",
    en: "workers sent abroad under contract",
  },
  foreignTourists: {
    area: "economic-diplomacy",
    unit: "lượt khách",
    vi: "nước ngoài đến du lịch",
    en: "foreign tourist arrivals",
  },
  promotionEvents: {
    area: "economic-diplomacy",
    unit: "sự kiện",
    vi: "xúc tiến đầu tư, thương mại, du lịch",
    en: "promotion events",
  },
  exportImportActivities: {
    area: "economic-diplomacy",
    unit: "hoạt động",
    vi: "xuất nhập khẩu thuộc phạm vi quản lý",
    en: "import-export activities",
  },
  // ngo aid
  aidProjects: {
    area: "ngo-aid",
    unit: "dự án",
    vi: "viện trợ phi chính phủ nước ngoài",
    en: "foreign NGO aid projects",
  },
  // cultural diplomacy
  festivals: {
    area: "cultural-diplomacy",
    unit: "lễ hội",
    vi: "được quản lý, phát huy",
    en: "festivals maintained",
  },
  tourismSites: {
    area: "cultural-diplomacy",
    unit: "điểm",
    vi: "tham quan được xây dựng hạ tầng",
    en: "visitor sites built",
  },
  promotionBroadcasts: {
    area: "cultural-diplomacy",
    unit: "lượt",
    vi: "tuyên truyền trên hệ thống truyền thanh",
    en: "broadcasts",
  },
  // external information
  foreignReporters: {
    area: "external-information",
    unit: "phóng viên",
    vi: "nước ngoài hoạt động tại địa phương",
    en: "foreign reporters active locally",
  },
  foreignReporterGroups: {
    area: "external-information",
    unit: "đoàn",
    vi: "phóng viên nước ngoài",
    en: "groups of foreign reporters",
  },
  pressAgencies: {
    area: "external-information",
    unit: "cơ quan báo chí",
    vi: "tham gia đưa tin",
    en: "press agencies covering",
  },
  reporters: {
    area: "external-information",
    unit: "phóng viên",
    vi: "tham gia đưa tin",
    en: "reporters covering",
  },
  articles: {
    area: "external-information",
    unit: "tin, bài",
    vi: "được đăng tải",
    en: "news items and articles",
  },
  trainings: {
    area: "external-information",
    unit: "lớp",
    vi: "tập huấn về thông tin đối ngoại",
    en: "training courses",
  },
  mediaColumns: {
    area: "external-information",
    unit: "chuyên mục",
    vi: "tuyên truyền được duy trì",
    en: "media columns maintained",
  },
  onlineCasesHandled: {
    area: "external-information",
    unit: "trường hợp",
    vi: "đăng tải thông tin sai sự thật bị xử lý",
    en: "online falsehood cases handled",
  },
  // consular
  citizensExitedLegally: {
    area: "consular",
    unit: "người",
    vi: "công dân xuất cảnh hợp pháp",
    en: "citizens who left legally",
  },
  citizensExitedIllegally: {
    area: "consular",
    unit: "trường hợp",
    vi: "công dân xuất cảnh trái phép",
    en: "citizens who left illegally",
  },
  citizensReturned: {
    area: "consular",
    unit: "trường hợp",
    vi: "công dân được nhận trở về",
    en: "citizens returned",
  },
  citizensViolatingForeignLaw: {
    area: "consular",
    unit: "trường hợp",
    vi: "công dân vi phạm pháp luật nước ngoài",
    en: "citizens breaking foreign law",
  },
  citizensInAccidentsAbroad: {
    area: "consular",
    unit: "trường hợp",
    vi: "công dân bị tai nạn tại nước ngoài",
    en: "citizens in accidents abroad",
  },
  legalEntries: { area: "consular", unit: "trường hợp", vi: "nhập cảnh hợp pháp", en: "legal entries" },
  foreignersArrived: {
    area: "consular",
    unit: "lượt",
    vi: "người nước ngoài đến địa phương",
    en: "foreigners arriving",
  },
  foreignersDeparted: {
    area: "consular",
    unit: "lượt",
    vi: "người nước ngoài rời khỏi địa phương",
    en: "foreigners leaving",
  },
  foreignersResiding: {
    area: "consular",
    unit: "người",
    vi: "nước ngoài cư trú, hoạt động tại địa phương",
    en: "foreigners residing",
  },
  citizenCasesAbroadHandled: {
    area: "consular",
    unit: "vụ việc",
    vi: "liên quan đến công dân ở nước ngoài được xử lý",
    en: "cases of citizens abroad handled",
  },
  foreignersViolatingLaw: {
    area: "consular",
    unit: "trường hợp",
    vi: "người nước ngoài vi phạm pháp luật Việt Nam",
    en: "foreigners breaking Vietnamese law",
  },
  // overseas Vietnamese
  overseasVisits: {
    area: "overseas-vietnamese",
    unit: "lượt",
    vi: "kiều bào về thăm quê hương",
    en: "visits by overseas Vietnamese",
  },
  overseasProjects: {
    area: "overseas-vietnamese",
    unit: "dự án",
    vi: "do kiều bào đầu tư, tài trợ",
    en: "projects by overseas Vietnamese",
  },
  overseasResidents: {
    area: "overseas-vietnamese",
    unit: "người",
    vi: "kiều bào đang sinh sống, đầu tư, kinh doanh tại địa phương",
    en: "overseas Vietnamese in the locality",
  },
  overseasEvents: {
    area: "overseas-vietnamese",
    unit: "hoạt động",
    vi: "dành cho kiều bào được tổ chức",
    en: "events for overseas Vietnamese",
  },
  // awards
  awardsGiven: { area: "awards", unit: "tập thể, cá nhân", vi: "được khen thưởng", en: "awards given" },
  // people-to-people
  twinnings: {
    area: "people-to-people",
    unit: "quan hệ",
    vi: "kết nghĩa, hữu nghị",
    en: "twinning relations",
  },
  // organisation and training
  staffFullTime: {
    area: "organisation-training",
    unit: "người",
    vi: "chuyên trách công tác đối ngoại",
    en: "full-time foreign-affairs staff",
  },
  staffPartTime: {
    area: "organisation-training",
    unit: "người",
    vi: "kiêm nhiệm công tác đối ngoại",
    en: "part-time foreign-affairs staff",
  },
  trainingCourses: {
    area: "organisation-training",
    unit: "lớp",
    vi: "đào tạo, bồi dưỡng",
    en: "training courses",
  },
  trainees: {
    area: "organisation-training",
    unit: "lượt người",
    vi: "được đào tạo, bồi dưỡng",
    en: "trainees",
  },
} as const satisfies Record<string, IndicatorDef>;

export type IndicatorKey = keyof typeof INDICATORS;
export const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[];

export function isIndicatorKey(key: string): key is IndicatorKey {
  return Object.hasOwn(INDICATORS, key);
}
