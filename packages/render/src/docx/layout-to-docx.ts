import type { Layout } from "../layout/types";
import { buildDocxTree } from "./build";
import { packDocx } from "./pack";

export interface LayoutToDocxOptions {
  /**
   * The data the DOCX carries (the core document it was built from): stored as JSON in a custom
   * XML part so that `readDocx` gives it back.
   */
  source?: unknown;
}

/** Writes a layout as an NĐ 30/2020 DOCX. Runs in Node and in browsers; returns the bytes. */
export async function layoutToDocx(layout: Layout, opts: LayoutToDocxOptions = {}): Promise<Uint8Array> {
  return packDocx(buildDocxTree(layout), opts.source);
}
