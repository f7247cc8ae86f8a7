/**
 * The built core, the same one the server validates with (for the page-level tests). Kept out of
 * helpers.ts, which the components' own browser tests import: its type reaches into core's
 * sources, and the components' folders stay free of core's module graph.
 */
import { pathToFileURL } from "node:url";
import { CORE } from "./helpers";

export type Core = typeof import("@doingoai/core");
let corePromise: Promise<Core> | undefined;

export function loadCore(): Promise<Core> {
  corePromise ??= import(pathToFileURL(CORE).href) as Promise<Core>;
  return corePromise;
}
