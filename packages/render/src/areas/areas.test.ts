/** Every appendix table of typed facts in the model has the area that builds it. */
import { MODEL_IR } from "@doingoai/core";
import { describe, expect, it } from "vitest";
import { type TypedTable, tableOwner } from "./index";

/** The `type` of every kind of appendix table, read from the model IR (Appendix.table). */
function appendixTableTypes(): string[] {
  const nodes = MODEL_IR.nodes;
  const appendix = nodes.find((n) => n.t === "object" && n.id === "Appendix");
  if (appendix?.t !== "object") throw new Error("no Appendix in the model IR");
  const table = nodes[appendix.of[appendix.keys.indexOf("table")]!];
  if (table?.t !== "union") throw new Error("Appendix.table is not a union");
  return table.options.map((i) => {
    const option = nodes[i];
    if (option?.t !== "object") throw new Error("an appendix table that is not an object");
    const type = nodes[option.of[option.keys.indexOf("type")]!];
    if (type?.t !== "literal") throw new Error("an appendix table without a literal type");
    return String(type.v[0]);
  });
}

describe("appendix tables of typed facts", () => {
  const types = appendixTableTypes().filter((t) => t !== "free");

  it("reads the table types from the model", () => {
    expect(types).toContain("delegations");
  });

  it.each(types)("the %s table is built by an area", (type) => {
    const spec = { type, direction: "outbound" } as TypedTable;
    expect(tableOwner(spec)).toBeDefined();
  });
});
