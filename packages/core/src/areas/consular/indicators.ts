/**
 * The known indicators of the area (see `areas/indicators.ts`): the quantities that recur in it,
 * with their unit and the phrase written after the count ("{count} {vi}").
 */
import type { AreaIndicators } from "../types";

export const indicators = {
  citizensExitedLegally: {
    unit: "người",
    vi: "công dân xuất cảnh hợp pháp",
    en: "citizens who left legally",
  },
  citizensExitedIllegally: {
    unit: "trường hợp",
    vi: "công dân xuất cảnh trái phép",
    en: "citizens who left illegally",
  },
  citizensReturned: { unit: "trường hợp", vi: "công dân được nhận trở về", en: "citizens returned" },
  citizensViolatingForeignLaw: {
    unit: "trường hợp",
    vi: "công dân vi phạm pháp luật nước ngoài",
    en: "citizens breaking foreign law",
  },
  citizensInAccidentsAbroad: {
    unit: "trường hợp",
    vi: "công dân bị tai nạn tại nước ngoài",
    en: "citizens in accidents abroad",
  },
  legalEntries: { unit: "trường hợp", vi: "nhập cảnh hợp pháp", en: "legal entries" },
  foreignersArrived: { unit: "lượt", vi: "người nước ngoài đến địa phương", en: "foreigners arriving" },
  foreignersDeparted: { unit: "lượt", vi: "người nước ngoài rời khỏi địa phương", en: "foreigners leaving" },
  foreignersResiding: {
    unit: "người",
    vi: "nước ngoài cư trú, hoạt động tại địa phương",
    en: "foreigners residing",
  },
  citizenCasesAbroadHandled: {
    unit: "vụ việc",
    vi: "liên quan đến công dân ở nước ngoài được xử lý",
    en: "cases of citizens abroad handled",
  },
  foreignersViolatingLaw: {
    unit: "trường hợp",
    vi: "người nước ngoài vi phạm pháp luật Việt Nam",
    en: "foreigners breaking Vietnamese law",
  },
} as const satisfies AreaIndicators;
