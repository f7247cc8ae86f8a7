import { MODEL_IR } from "@doingoai/core/lite";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLanguage } from "../strings/strings";
import { fieldsOf, type ListField, type SelectField } from "./fields";
import { currencyCode } from "./lists";
import { pasteRows } from "./paste";
import { matchOption, OPTION_WORDS } from "./pick";
import { objectById } from "./schema";

// English labels are read once the English pack is loaded (as `lang="en"` loads it in a page).
beforeAll(() => loadLanguage("en"));

const fieldOf = (id: string, key: string) => fieldsOf(objectById(id)!, "vi").find((f) => f.key === key)!;
const select = (id: string, key: string) => fieldOf(id, key) as SelectField;

describe("an option from the words written for it", () => {
  it("a delegation's direction: its label in Vietnamese or English, its code, the words tables use", () => {
    const f = select("Delegation", "direction");
    for (const [text, value] of [
      ["Đoàn ra", "outbound"],
      ["đoàn vào", "inbound"],
      ["ĐOÀN RA", "outbound"],
      ["Doan vao", "inbound"],
      ["Đi", "outbound"],
      ["Đến", "inbound"],
      ["Ra", "outbound"],
      ["Vào", "inbound"],
      ["outbound", "outbound"],
      ["Inbound", "inbound"],
      ["Đoàn ra nước ngoài", "outbound"],
      // Decomposed (NFD) text, as some programs copy it.
      ["Đoàn vào".normalize("NFD"), "inbound"],
    ] as const)
      expect(matchOption(f, text), text).toBe(value);
  });

  it("status, level, kind of other rows; never a guess between two options", () => {
    expect(matchOption(select("Agreement", "status"), "Đã ký")).toBe("signed");
    expect(matchOption(select("Agreement", "status"), "signed")).toBe("signed");
    expect(matchOption(select("Agreement", "status"), "Đang thực hiện")).toBe("implementing");
    expect(matchOption(select("Award", "level"), "Cấp tỉnh")).toBe("province");
    expect(matchOption(select("Award", "level"), "State level")).toBe("state");
    expect(matchOption(select("Award", "level"), "Provincial level")).toBe("province");
    expect(matchOption(select("Award", "level"), "level")).toBeUndefined();
    expect(matchOption(select("Agreement", "status"), "Being implemented")).toBe("implementing");
    expect(matchOption(select("InvestmentProject", "kind"), "Kiều bào")).toBe("overseas-vietnamese");
    expect(matchOption(select("AidProject", "kind"), "Dự án")).toBe("project");
    expect(matchOption(select("AidProject", "kind"), "Phi dự án")).toBe("non-project");
    expect(matchOption(select("AidProject", "kind"), "khẩn cấp")).toBe("emergency");
    // "Đang" is in two statuses (đang đàm phán, đang thực hiện): not read.
    expect(matchOption(select("Agreement", "status"), "Đang")).toBeUndefined();
    expect(matchOption(select("Delegation", "direction"), "Khứ hồi")).toBeUndefined();
    expect(matchOption(select("Delegation", "direction"), "")).toBeUndefined();
  });

  it("the words beside the labels name values of the model", () => {
    const enums = new Map<string, unknown[]>();
    for (const n of MODEL_IR.nodes) if (n.t === "enum" && n.id) enums.set(n.id, n.v);
    for (const [id, values] of Object.entries(OPTION_WORDS))
      for (const v of Object.keys(values)) expect(enums.get(id), `${id}.${v}`).toContain(v);
  });

  it("currencies as Vietnamese tables write them; a made-up code is none", () => {
    for (const [text, code] of [
      ["VNĐ", "VND"],
      ["đồng", "VND"],
      ["Đồng", "VND"],
      ["đ", "VND"],
      ["USD", "USD"],
      ["usd", "USD"],
      ["đô la Mỹ", "USD"],
      ["Yên Nhật", "JPY"],
      ["NDT", "CNY"],
      ["Euro", "EUR"],
    ] as const)
      expect(currencyCode(text, "vi"), text).toBe(code);
    expect(currencyCode("XYZW", "vi")).toBeUndefined();
    expect(currencyCode("đồng xu", "vi")).toBeUndefined();
  });
});

describe("a table pasted into the delegations, from the direction column", () => {
  const list = fieldsOf(objectById("DelegationFacts")!, "vi").find(
    (f) => f.key === "delegations",
  ) as ListField;
  const table = [
    ["Đi", "Đoàn công tác tỉnh", "Hàn Quốc", "5", "4", "15/06/2026", "18/06/2026"],
    ["Đến", "Đoàn tỉnh Hủa Phăn", "Lào", "12", "3", "01/07/2026", "03/07/2026"],
    ["Đoàn ra", "Đoàn khảo sát", "Xứ Wales; Mỹ", "3", "5", "02/08/2026", "06/08/2026"],
  ];

  it("fills every cell into its field, reads choices, countries and dates; keeps and names what is not in a list", () => {
    const r = pasteRows(list, [{ direction: "outbound", name: "" }], 0, "direction", table, "vi", () => ({}));
    expect(r.list).toEqual([
      {
        direction: "outbound",
        name: "Đoàn công tác tỉnh",
        countries: ["Hàn Quốc"],
        members: 5,
        days: 4,
        from: "2026-06-15",
        to: "2026-06-18",
      },
      {
        direction: "inbound",
        name: "Đoàn tỉnh Hủa Phăn",
        countries: ["Lào"],
        members: 12,
        days: 3,
        from: "2026-07-01",
        to: "2026-07-03",
      },
      {
        direction: "outbound",
        name: "Đoàn khảo sát",
        countries: ["Xứ Wales", "Hoa Kỳ"],
        members: 3,
        days: 5,
        from: "2026-08-02",
        to: "2026-08-06",
      },
    ]);
    const countries = fieldOf("Delegation", "countries").label;
    expect(r.unread).toEqual([{ row: 3, field: countries, text: "Xứ Wales", reason: "not-in-list" }]);
  });

  it("a choice not in the list is kept as written, named as not in the list", () => {
    const r = pasteRows(list, [], 0, "direction", [["Khứ hồi", "Đoàn X"]], "vi", () => ({}));
    expect(r.list).toEqual([{ direction: "Khứ hồi", name: "Đoàn X" }]);
    const direction = fieldOf("Delegation", "direction").label;
    expect(r.unread).toEqual([{ row: 1, field: direction, text: "Khứ hồi", reason: "not-in-list" }]);
  });

  it("an amount with its currency as written; an unknown currency is kept and named", () => {
    const aid = fieldsOf(objectById("NgoAidFacts")!, "vi").find((f) => f.key === "projects") as ListField;
    const r = pasteRows(
      aid,
      [],
      0,
      "committed",
      [["1.250.000 VNĐ"], ["50.000 đô la Mỹ"], ["USD 2.000"], ["300 NDT"], ["75 ABC"]],
      "vi",
      () => ({}),
    );
    expect(r.list.map((x) => (x as { committed: unknown }).committed)).toEqual([
      { amount: 1_250_000, currency: "VND" },
      { amount: 50_000, currency: "USD" },
      { amount: 2000, currency: "USD" },
      { amount: 300, currency: "CNY" },
      { amount: 75, currency: "ABC" },
    ]);
    expect(r.unread).toEqual([expect.objectContaining({ row: 5, text: "75 ABC", reason: "not-in-list" })]);
  });
});
