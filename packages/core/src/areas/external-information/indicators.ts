/**
 * The known indicators of the area (see `areas/indicators.ts`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 */
import type { AreaIndicators } from "../types";

export const indicators = {
  foreignReporters: {
    unit: "phóng viên",
    vi: "nước ngoài hoạt động tại địa phương",
    en: "foreign reporters active locally",
  },
  foreignReporterGroups: { unit: "đoàn", vi: "phóng viên nước ngoài", en: "groups of foreign reporters" },
  pressAgencies: { unit: "cơ quan báo chí", vi: "tham gia đưa tin", en: "press agencies covering" },
  reporters: { unit: "phóng viên", vi: "tham gia đưa tin", en: "reporters covering" },
  articles: { unit: "tin, bài", vi: "được đăng tải", en: "news items and articles" },
  trainings: { unit: "lớp", vi: "tập huấn về thông tin đối ngoại", en: "training courses" },
  mediaColumns: { unit: "chuyên mục", vi: "tuyên truyền được duy trì", en: "media columns maintained" },
  onlineCasesHandled: {
    unit: "trường hợp",
    vi: "đăng tải thông tin sai sự thật bị xử lý",
    en: "online falsehood cases handled",
  },
} as const satisfies AreaIndicators;
