/**
 * Test helpers of the layout (not exported by the package): the example documents, and a compact
 * text form of a layout's headings and paragraphs to assert against.
 */
import { Document } from "@doingoai/core";
import { type ExampleName, example as seed } from "@doingoai/core/fixtures";
import type { Block, Layout } from "./types";

/** The five seeds as documents of the model (examples/documents), by file name without ".json". */
export const EXAMPLES = {
  vanQuan2024: "bao-cao-6-thang-dau-nam-2024-huyen-van-quan",
  sttttLangSon2019: "bao-cao-nam-2019-so-tttt-lang-son",
  notice2024: "thong-bao-ket-luan-2024-ubnd-tinh-lang-son",
  planBinhThanh2024: "ke-hoach-2024-xa-binh-thanh",
  tayYenTu2026: "bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu",
} as const;

/** An example document, checked against the schema. */
export function example(name: ExampleName): Document {
  return Document.parse(seed(name));
}

/** The text of a block: "[2] 1. Title: tail" for a heading, the runs' text for a paragraph. */
export function blockText(b: Block): string {
  if (b.type === "heading") {
    const head = b.marker === "" ? b.text : `${b.marker} ${b.text}`;
    return `[${b.level}] ${head}${(b.tail ?? []).map((r) => r.text).join("")}`;
  }
  if (b.type === "paragraph") return b.runs.map((r) => r.text).join("");
  return `[table] ${b.table.columns.map((c) => c.title).join(" | ")}`;
}

/** The headings of a layout's body in order. */
export function headings(layout: Layout): string[] {
  return layout.body.filter((b) => b.type === "heading").map(blockText);
}

/** The blocks between a heading (by its text form) and the next heading. */
export function under(layout: Layout, heading: string): string[] {
  const i = layout.body.findIndex((b) => b.type === "heading" && blockText(b) === heading);
  if (i < 0) throw new Error(`no heading ${heading}`);
  const out: string[] = [];
  for (const b of layout.body.slice(i + 1)) {
    if (b.type === "heading") break;
    out.push(blockText(b));
  }
  return out;
}
