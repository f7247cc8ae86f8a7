import { describe, expect, it } from "vitest";
import type { Unit } from "./types";
import { descendants, indexUnits, unitOfIssuer, validateUnits } from "./units";

const province: Unit[] = [
  { id: "tinh", name: "Ủy ban nhân dân tỉnh Quảng Ninh", level: "province" },
  { id: "so-ngoai-vu", name: "Sở Ngoại vụ", level: "department", parent: "tinh" },
  { id: "xa-tien-yen", name: "Xã Tiên Yên", level: "commune", parent: "tinh" },
  { id: "dk-co-to", name: "Đặc khu Cô Tô", level: "special-zone", parent: "tinh" },
  {
    id: "phuong-hong-gai",
    name: "Phường Hồng Gai",
    level: "ward",
    parent: "tinh",
    aliases: ["Phường Hòn Gai"],
  },
];

describe("the unit list", () => {
  it("accepts a two-level province with departments, any level string, and no fixed chain", () => {
    expect(
      validateUnits([
        ...province,
        { id: "bdbp", name: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", level: "agency", parent: "tinh" },
      ]),
    ).toEqual([]);
    const { index } = indexUnits(province);
    expect(index.root).toBe("tinh");
    expect(descendants(index, "tinh")).toEqual(["so-ngoai-vu", "xa-tien-yen", "dk-co-to", "phuong-hong-gai"]);
  });

  it("reports duplicate ids, unknown parents and cycles as issues with paths, in Vietnamese or English", () => {
    const units: Unit[] = [
      ...province,
      { id: "xa-tien-yen", name: "Xã Tiên Yên (bản sao)", level: "commune", parent: "tinh" },
      { id: "xa-hai-hoa", name: "Xã Hải Hòa", level: "commune", parent: "huyen-hai-ha" },
      { id: "a", name: "A", level: "ward", parent: "b" },
      { id: "b", name: "B", level: "ward", parent: "a" },
    ];
    const issues = validateUnits(units);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["units.duplicate-id", ["units", 5, "id"]],
      ["units.unknown-parent", ["units", 6, "parent"]],
      ["units.cycle", ["units", 7, "parent"]],
    ]);
    expect(issues.every((i) => i.severity === "error")).toBe(true);
    expect(issues[0]!.message).toContain("đã dùng cho đơn vị thứ 3");
    expect(issues[2]!.params?.chain).toEqual(["a", "b", "a"]);
    expect(validateUnits(units, "en")[1]!.message).toContain("is not in the unit list");
  });

  it("never throws on units that are not objects or lack fields", () => {
    const issues = validateUnits([null, { id: "x" }, { id: "y", name: "Y" }] as unknown as Unit[]);
    expect(issues.map((i) => i.code)).toEqual(["units.invalid", "units.invalid", "units.invalid"]);
  });

  it("finds the unit of an issuing body by name, whatever the case, tone-mark placement or 'Ủy ban nhân dân' prefix", () => {
    const { index } = indexUnits(province);
    expect(unitOfIssuer(index, "ỦY BAN NHÂN DÂN XÃ TIÊN YÊN")).toBe("xa-tien-yen");
    expect(unitOfIssuer(index, "UỶ BAN NHÂN DÂN ĐẶC KHU CÔ TÔ")).toBe("dk-co-to");
    expect(unitOfIssuer(index, "SỞ NGOẠI VỤ")).toBe("so-ngoai-vu");
    expect(unitOfIssuer(index, "ỦY BAN NHÂN DÂN PHƯỜNG HÒN GAI")).toBe("phuong-hong-gai");
    expect(unitOfIssuer(index, "ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH")).toBeUndefined();
  });
});
