/**
 * What the cross-package DOCX tests render: every example document (examples/documents/*.json)
 * and core's constructed fixtures (minimal report, report with every kind of fact and appendix,
 * Party-style plan), through renderDocx; and hand-built layouts (a report with a landscape
 * appendix, a hostile one).
 */

import type { Document } from "@doingoai/core";
import { CONSTRUCTED, EXAMPLE_NAMES, example } from "@doingoai/core/fixtures";
import { layoutToDocx } from "../../packages/render/src/docx/layout-to-docx";
import { HOSTILE, hostileLayout, reportLayout } from "../../packages/render/src/docx/testing/layout-fixture";

export interface Example {
  name: string;
  doc: Document;
}

/** Every example document, by file name without `.json`, then core's constructed fixtures. */
export function examples(): Example[] {
  const files = [...EXAMPLE_NAMES].sort().map((name) => ({ name, doc: example(name) }));
  const constructed = Object.entries(CONSTRUCTED).map(([name, doc]) => ({
    name: `constructed-${name}`,
    doc: structuredClone(doc),
  }));
  return [...files, ...constructed];
}

export interface Case {
  name: string;
  bytes: Uint8Array;
  /** The example it was rendered from, if any. */
  doc?: Document;
}

/**
 * Every example rendered with the public `renderDocx` (imported here, so that a missing layout
 * fails only these tests).
 */
export async function renderExamples(): Promise<Case[]> {
  const { renderDocx } = await import("../../packages/render/src/docx");
  return Promise.all(examples().map(async ({ name, doc }) => ({ name, doc, bytes: await renderDocx(doc) })));
}

export async function renderLayouts(): Promise<Case[]> {
  return [
    { name: "layout-report", bytes: await layoutToDocx(reportLayout(), { source: { kind: "fixture" } }) },
    { name: "layout-hostile", bytes: await layoutToDocx(hostileLayout(), { source: { text: HOSTILE } }) },
  ];
}
