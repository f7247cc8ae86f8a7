/**
 * The yes/no structural check as generated code (`new Function`): one function per node of
 * the model IR with its property names written out, so each read is monomorphic — several
 * times faster than closures. Installed by the main entry `@doingoai/core` where code may be
 * generated (Node, Deno, Bun); `@doingoai/core/lite`, for browsers, leaves it out, as a
 * Content-Security-Policy without 'unsafe-eval' would refuse it.
 */
import type { Check, Compiled } from "./interpret";

const inNode = () =>
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === "string";

/**
 * The yes/no path as generated code: one function per node with its property names written
 * out, so each read is monomorphic. Returns undefined where code cannot be generated.
 */
export function generateChecks(nodes: Compiled[]): Check[] | undefined {
  if (!inNode()) return undefined;
  const ext: unknown[] = [];
  const E = (x: unknown) => {
    ext.push(x);
    return `E[${ext.length - 1}]`;
  };
  const num = (x: number) => (Number.isFinite(x) ? String(x) : x > 0 ? "Infinity" : "-Infinity");
  const isObject = "if(v===null||typeof v!=='object'||Array.isArray(v))return false;";
  const fns = nodes.map((n, i) => {
    let body: string;
    switch (n.t) {
      case "string":
        body =
          `if(typeof v!=='string'||v.length<${num(n.min)}||v.length>${num(n.max)})return false;` +
          n.re.map((r) => `${E(r)}.lastIndex=0;if(!${E(r)}.test(v))return false;`).join("") +
          n.refine.map(([fn]) => `if(!${E(fn)}(v))return false;`).join("") +
          "return true;";
        break;
      case "number":
        body = `return typeof v==='number'&&${n.int ? "Number.isSafeInteger(v)" : "Number.isFinite(v)"}&&v>=${num(n.min)}&&v<=${num(n.max)};`;
        break;
      case "boolean":
        body = "return typeof v==='boolean';";
        break;
      case "literal":
      case "enum":
        body =
          n.values.length === 1 && typeof n.values[0] !== "object"
            ? `return v===${JSON.stringify(n.values[0])};`
            : `return ${E(n.set)}.has(v);`;
        break;
      case "optional":
        body = `return v===undefined||c${n.of}(v);`;
        break;
      case "nullable":
        body = `return v===null||c${n.of}(v);`;
        break;
      case "array":
        body = `if(!Array.isArray(v)||v.length<${num(n.min)}||v.length>${num(n.max)})return false;for(let i=0;i<v.length;i++)if(!c${n.of}(v[i]))return false;return true;`;
        break;
      case "object":
        body =
          isObject +
          n.keys.map((k, j) => `if(!c${n.of[j]}(v[${JSON.stringify(k)}]))return false;`).join("") +
          `for(const k in v)if(!${E(n.known)}.has(k))return false;return true;`;
        break;
      case "union":
        body =
          `${isObject}switch(v[${JSON.stringify(n.d)}]){` +
          [...n.byValue].map(([val, o]) => `case ${JSON.stringify(val)}:return c${o}(v);`).join("") +
          "default:return false;}";
        break;
    }
    return `function c${i}(v){${body}}`;
  });
  try {
    const make = new Function(
      "E",
      `"use strict";${fns.join("\n")}\nreturn [${nodes.map((_, i) => `c${i}`).join(",")}];`,
    );
    return make(ext) as Check[];
  } catch {
    return undefined;
  }
}
