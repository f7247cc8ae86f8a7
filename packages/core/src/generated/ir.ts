/** The committed model IR (regenerate with `pnpm schema:generate`). */
import type { ModelIr } from "../schema/ir";
import ir from "./model-ir.json";

export const MODEL_IR = ir as unknown as ModelIr;
