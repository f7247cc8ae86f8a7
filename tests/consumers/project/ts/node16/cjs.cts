// TypeScript, `node16` resolution, CommonJS: the require condition's types (.d.cts).
import core = require("@doingoai/core");
import lite = require("@doingoai/core/lite");
import en = require("@doingoai/core/locales/en");
import fixtures = require("@doingoai/core/fixtures");
import render = require("@doingoai/render");

lite.registerLanguage("en", en.EN);
const r = core.validate(fixtures.example("ke-hoach-2024-xa-binh-thanh"));
if (r.ok) console.log(render.renderHtml(r.value).length);
