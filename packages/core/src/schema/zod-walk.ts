/**
 * Reading zod schemas (Node and build-time tools): the id a schema carries, and the union
 * branch that matches some data. The browser runtime reads the model IR instead.
 */
import * as z from "zod";

/** The id a schema carries in zod's global registry (`.meta({ id })`). */
export function schemaId(schema: z.core.$ZodType): string | undefined {
  return z.globalRegistry.get(schema)?.id;
}

/** zod's own union of its schema classes: a switch on `def.type` gives each one's typed definition. */
const defOf = (s: z.core.$ZodType) => (s as z.core.$ZodTypes)._zod.def;

/** Unwrap optional/nullable/default/pipe and pick the union branch that matches `data`. */
export function resolveSchema(schema: z.core.$ZodType, data: unknown): z.core.$ZodType {
  let s = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(s);
    if (
      def.type === "optional" ||
      def.type === "nullable" ||
      def.type === "default" ||
      def.type === "readonly"
    )
      s = def.innerType;
    else if (def.type === "pipe") s = def.in;
    else if (def.type === "union") {
      const opts = def.options;
      const d =
        "discriminator" in def && typeof def.discriminator === "string" ? def.discriminator : undefined;
      let pick: z.core.$ZodType | undefined;
      if (d && data && typeof data === "object") {
        const v = (data as Record<string, unknown>)[d];
        pick = opts.find((o) => {
          const od = defOf(o);
          const lit = od.type === "object" ? od.shape[d] : undefined;
          const ld = lit && defOf(lit);
          return ld?.type === "literal" && (ld.values as readonly unknown[]).includes(v);
        });
      }
      s = pick ?? opts[0]!;
    } else return s;
  }
  return s;
}
