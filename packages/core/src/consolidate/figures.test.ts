import { describe, expect, it } from "vitest";
import { combineQualifiers, moneyMeaning, notSummable, Sum } from "./figures";

describe("qualifiers of a sum", () => {
  it("keeps exact figures exact", () => {
    expect(combineQualifiers([undefined, "exact", undefined])).toBeUndefined();
  });
  it("exact plus 'hơn' is 'hơn'; 'trên' stays 'trên' only when every bound says 'trên'", () => {
    expect(combineQualifiers([undefined, "more-than"])).toBe("more-than");
    expect(combineQualifiers(["over", undefined, "over"])).toBe("over");
    expect(combineQualifiers(["over", "more-than"])).toBe("more-than");
  });
  it("upper bounds: 'gần' with exact stays 'gần'; 'gần' with 'dưới' is 'dưới'", () => {
    expect(combineQualifiers(["nearly", undefined])).toBe("nearly");
    expect(combineQualifiers(["nearly", "under"])).toBe("under");
  });
  it("mixed approximations become 'khoảng'", () => {
    expect(combineQualifiers(["over", "under"])).toBe("about");
    expect(combineQualifiers(["about", "more-than"])).toBe("about");
    expect(combineQualifiers(["about", undefined])).toBe("about");
  });
  it("a sum missing a contributor's figure is a lower bound ('hơn'), or 'khoảng' when it was an upper bound", () => {
    const s = new Sum();
    s.add(5, undefined, { report: "a", path: [] });
    s.incomplete.push("b");
    expect(s.qualifier).toBe("more-than");
    s.add(3, "under", { report: "c", path: [] });
    expect(s.qualifier).toBe("about");
  });
});

describe("what is never summed", () => {
  it("percentages and rates", () => {
    expect(notSummable("%", "Tỷ lệ hộ dùng Internet")).toBe("percentage");
    expect(notSummable(undefined, "Tỷ lệ thủ tục trực tuyến")).toBe("percentage");
    expect(notSummable("số/tuần", "Số phát sóng chuyên mục")).toBe("rate");
    expect(notSummable("lượt", "Lượt khách")).toBeUndefined();
  });
  it("money of different meanings never shares a key; a status on the amount splits it further", () => {
    const m = { amount: 1, currency: "VND" };
    expect(moneyMeaning("ngo-aid", ["projects", "committed"], m)).not.toBe(
      moneyMeaning("ngo-aid", ["projects", "received"], m),
    );
    expect(moneyMeaning("ngo-aid", ["totals", "received"], { ...m, status: "disbursed" } as typeof m)).toBe(
      "ngo-aid/totals/received:disbursed",
    );
  });
});
