// Node CommonJS: the require condition of every entry of core and render.
const assert = require("node:assert/strict");
const core = require("@doingoai/core");
const lite = require("@doingoai/core/lite");
const { EN } = require("@doingoai/core/locales/en");
const { example } = require("@doingoai/core/fixtures");
const { renderHtml } = require("@doingoai/render/html");
const { renderDocx } = require("@doingoai/render/docx");
require("@doingoai/render");

assert.match(core.validate(null, { lang: "en" }).issues[0].message, /^A document must be a JSON object/);
lite.registerLanguage("en", EN);
assert.match(lite.validate(null, { lang: "en" }).issues[0].message, /^A document must be a JSON object/);
const r = core.validate(example("ke-hoach-2024-xa-binh-thanh"));
assert.ok(r.ok);
assert.match(renderHtml(r.value), /<html/);
renderDocx(r.value).then((bytes) => {
  assert.ok(bytes.length > 1000);
  console.log("node CJS: ok");
});
