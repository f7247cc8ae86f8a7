import * as core from "@doingoai/core";
import { expect, it } from "vitest";
import { AREA_IDS, DOCUMENT_KINDS, SCHEMA_VERSION } from "./constants";

it("the constants read from the IR are core's", () => {
  expect(AREA_IDS).toEqual([...core.AREA_IDS]);
  expect(DOCUMENT_KINDS).toEqual([...core.DOCUMENT_KINDS]);
  expect(SCHEMA_VERSION).toBe(core.SCHEMA_VERSION);
});
