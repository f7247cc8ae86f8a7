import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_NAMES, toJsonSchema } from "@doingoai/core";
import { EXAMPLE_NAMES, EXAMPLES, example } from "@doingoai/core/fixtures";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";

const schemaFile = (name: string) =>
  JSON.parse(readFileSync(join(__dirname, `../schema/${name}.schema.json`), "utf8")) as Record<
    string,
    unknown
  >;

function validator(name: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schemaFile(name));
}

describe("the committed JSON Schema", () => {
  it.each(SCHEMA_NAMES)("%s.schema.json is what the model generates (run `pnpm schema:generate`)", (name) => {
    expect(schemaFile(name)).toEqual(JSON.parse(JSON.stringify(toJsonSchema(name))));
  });

  it("an independent validator (Ajv, draft 2020-12) accepts all five documents", () => {
    const v = validator("document");
    for (const name of EXAMPLE_NAMES) expect(v(EXAMPLES[name]), JSON.stringify(v.errors)).toBe(true);
  });

  it("each kind's schema accepts its own kind only", () => {
    expect(validator("report")(EXAMPLES["bao-cao-6-thang-dau-nam-2024-huyen-van-quan"])).toBe(true);
    expect(validator("plan")(EXAMPLES["ke-hoach-2024-xa-binh-thanh"])).toBe(true);
    expect(validator("conclusion-notice")(EXAMPLES["thong-bao-ket-luan-2024-ubnd-tinh-lang-son"])).toBe(true);
    expect(validator("plan")(EXAMPLES["bao-cao-6-thang-dau-nam-2024-huyen-van-quan"])).toBe(false);
  });

  it("rejects a negative count, a malformed date and an unknown field", () => {
    const v = validator("document");
    const d = example("bao-cao-nam-2019-so-tttt-lang-son") as any;
    d.body.areas.delegations.facts.totals.outbound.delegations.value = -4;
    expect(v(d)).toBe(false);
    expect(
      v.errors!.some((e) => e.instancePath.endsWith("/delegations/value") && e.keyword === "minimum"),
    ).toBe(true);
    const e = example("bao-cao-nam-2019-so-tttt-lang-son") as any;
    e.body.period.from = "01/01/2019";
    expect(v(e)).toBe(false);
    const u = example("bao-cao-nam-2019-so-tttt-lang-son") as any;
    u.frame.extra = true;
    expect(v(u)).toBe(false);
  });

  it("carries Vietnamese titles and descriptions, and English titles", () => {
    const s = schemaFile("report") as any;
    const members = s.$defs.Delegation.properties.members;
    expect(members.title).toBe("Số thành viên đoàn");
    expect(members["x-title-en"]).toBe("Members of the delegation");
    expect(s.$defs.Frame.properties.symbol.description).toContain("BC-UBND");
    expect(s.$defs.IsoDate.format).toBe("date");
    expect(s["x-doingoai-rules"]).toContain("totalsMatchRows");
  });
});

describe("titles of shared schemas", () => {
  it("each property keeps its own title even where zod shares one JSON object (Line, Count…)", () => {
    const s = schemaFile("document") as any;
    expect(s.$defs.Signature.properties.name.title).toBe("Họ và tên người ký");
    expect(s.$defs.IssuingBody.properties.name.title).toBe("Tên cơ quan ban hành");
    expect(s.$defs.Frame.properties.place.title).toBe("Địa danh");
    expect(s.$defs.Delegation.properties.direction.title).toBe("Đoàn ra hay đoàn vào");
    expect(s.$defs.Person.properties.name.title).toBe("Họ và tên");
  });
});
