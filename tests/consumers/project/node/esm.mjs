// Node ESM: every entry of every package imports; English works through the main entry and
// through the light entry once registered; the DOCX bytes go into a Blob.
import assert from "node:assert/strict";
import * as core from "@doingoai/core";
import { EXAMPLE_NAMES, example } from "@doingoai/core/fixtures";
import * as lite from "@doingoai/core/lite";
import { EN } from "@doingoai/core/locales/en";
import schema from "@doingoai/core/schema/document.schema.json" with { type: "json" };
import * as render from "@doingoai/render";
import { renderDocx } from "@doingoai/render/docx";
import { renderHtml } from "@doingoai/render/html";

assert.match(core.validate(null, { lang: "en" }).issues[0].message, /^A document must be a JSON object/);
lite.registerLanguage("en", EN);
assert.match(lite.validate(null, { lang: "en" }).issues[0].message, /^A document must be a JSON object/);
assert.ok(EXAMPLE_NAMES.length > 5 && EXAMPLE_NAMES.includes("ke-hoach-2024-xa-binh-thanh"));
const doc = example("ke-hoach-2024-xa-binh-thanh");
const r = core.validate(doc);
assert.ok(r.ok);
const bytes = await renderDocx(r.value);
assert.equal(new Blob([bytes]).size, bytes.length);
assert.match(renderHtml(r.value), /<html/);
assert.equal(typeof render.readDocx, "function");
assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
const cli = await import("@doingoai/cli");
assert.ok(Object.keys(cli).length > 0);
console.log("node ESM: ok");
