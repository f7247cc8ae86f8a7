/**
 * Reading zod schemas (Node and build-time tools): the id a schema carries, and the union
 * branch that matches some data. The browser runtime reads the model IR instead.
 */
import * as z from "zod";

/** The id a schema carries in zod's global registry (`.meta({ id })`). */
export function schemaId(schema: z.ZodType): string | undefined {
  return (z.globalRegistry.get(schema) as { id?: string } | undefined)?.id;
}

type AnyDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  in?: z.ZodType;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: AnyDef } })._zod.def;

/** Unwrap optional/nullable/default/pipe and pick the union branch that matches `data`. */
export function resolveSchema(schema: z.ZodType, data: unknown): z.ZodType {
  let s = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(s);
    if (
      def.type === "optional" ||
      def.type === "nullable" ||
      def.type === "default" ||
      def.type === "readonly"
    )
      s = def.innerType!;
    else if (def.type === "pipe") s = def.in!;
    else if (def.type === "union") {
      const opts = def.options!;
      const d = def.discriminator;
      let pick: z.ZodType | undefined;
      if (d && data && typeof data === "object") {
        const v = (data as Record<string, unknown>)[d];
        pick = opts.find((o) => {
          const lit = defOf(o).shape?.[d];
          return (
            lit !== undefined &&
            (lit as unknown as { _zod: { def: { values: unknown[] } } })._zod.def.values?.includes(v)
          );
        });
      }
      s = pick ?? opts[0]!;
    } else return s;
  }
  return s;
}
