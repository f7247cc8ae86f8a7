/** Where `render` writes, decided before anything is written, and checked against the inputs. */
import { basename, join } from "node:path";
import { unsafeOutput } from "./files";
import type { Strings } from "./strings";

type Format = "docx" | "html";

/** The output path of each input and format. */
export function plannedOutputs(
  inputs: string[],
  formats: Format[],
  out: string,
  outIsFolder: boolean,
  stdinFile: string,
): Map<string, Partial<Record<Format, string>>> {
  const plan = new Map<string, Partial<Record<Format, string>>>();
  for (const file of inputs) {
    const stem = file === "-" ? stdinFile : basename(file, ".json");
    const paths: Partial<Record<Format, string>> = {};
    for (const f of formats) paths[f] = outIsFolder ? join(out, `${stem}.${f}`) : out;
    plan.set(file, paths);
  }
  return plan;
}

/** Why the plan is refused (an output would replace an input, or is not a regular file); undefined if safe. */
export async function refuseUnsafe(
  inputs: string[],
  plan: Map<string, Partial<Record<Format, string>>>,
  s: Strings,
): Promise<string | undefined> {
  const outputs = [...plan.values()].flatMap((p) => Object.values(p) as string[]);
  const bad = await unsafeOutput(inputs, outputs);
  if (!bad) return undefined;
  return bad.input ? s.outIsInput(bad.output, bad.input) : s.outNotFile(bad.output);
}
