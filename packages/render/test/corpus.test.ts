/**
 * The examples typed from real documents of other provinces (`examples/corpus/sources/*.md`, one
 * example of the same name each) render the way their source reads: every paragraph of the
 * transcription (title, basis, headings with their numbers, body paragraphs, the number line and
 * the issuing body) is found, whitespace-normalised, in the text of the rendered HTML. Lines the
 * transcription marks as not in the stored copy ("[… — not in the copy]") are not compared.
 */
import { readFileSync } from "node:fs";
import { validate } from "@doingoai/core";
import { CORPUS_NAMES, example } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../src/html";
import { buildLayout } from "../src/layout/build";
import { blockText } from "../src/layout/testing";

/** The body's headings and paragraphs as text, heading numbers included ("1. Mục đích"). */
function renderedParagraphs(doc: Parameters<typeof buildLayout>[0]): string[] {
  return buildLayout(doc)
    .body.map((b) => norm(blockText(b).replace(/^\[\d\] /, "")))
    .filter((t) => t !== "");
}

const SOURCES = new URL("../../../examples/corpus/sources/", import.meta.url);

/** Whitespace collapsed, NFC, the transcription's "<br>" (a line break in a cell) as a space. */
function norm(s: string): string {
  return s.normalize("NFC").replace(/<br>/g, " ").replace(/\s+/g, " ").trim();
}

/** The text of an HTML page: tags as spaces, the five entities decoded. */
function htmlText(html: string): string {
  const body = html.replace(/<style[\s\S]*?<\/style>/g, " ").replace(/<head[\s\S]*?<\/head>/, " ");
  return norm(
    body
      .replace(/<[^>]+>/g, " ")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&"),
  );
}

interface Source {
  /** The paragraphs after the header table, up to the mark where the stored text ends. */
  paragraphs: string[];
  /** The header's cells, line by line ("ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "Số: 01/CTr-UBND" …). */
  header: string[];
}

/** A transcription read as the corpus README describes it. */
function readSource(name: string): Source {
  const text = readFileSync(new URL(`${name}.md`, SOURCES), "utf8").normalize("NFC");
  const lines = text.split("\n").slice(text.split("\n").indexOf("---", 1) + 1);
  const table = lines.map((l, i) => (l.startsWith("|") ? i : -1)).filter((i) => i >= 0);
  const header: string[] = [];
  for (const i of table) {
    for (const cell of lines[i]!.split("|").map((c) => c.trim())) {
      for (const part of cell.split("<br>")) {
        const t = part.trim();
        // Rules ("-------"), the table's own separators and lines not in the copy are not text.
        if (t !== "" && !/^-+$/.test(t) && !t.startsWith("[")) header.push(t);
      }
    }
  }
  const paragraphs: string[] = [];
  for (const line of lines.slice((table[table.length - 1] ?? -1) + 1)) {
    if (line.startsWith("> **[")) break;
    const t = line.trim();
    if (t === "" || t.startsWith(">") || t.startsWith("#") || t.startsWith("[")) continue;
    paragraphs.push(t);
  }
  return { paragraphs, header };
}

/**
 * The header date as NĐ 30 writes it: a leading zero only on days under 10 and on months 1 and 2
 * ("ngày 11 tháng 03 năm 2024" is printed "ngày 11 tháng 3 năm 2024"; see docs/real-documents.md).
 */
function nd30Date(line: string): string {
  return line.replace(/tháng 0([3-9])/u, "tháng $1");
}

describe("examples from other provinces render the way their source reads", () => {
  it("there are at least eight, from provinces other than Lạng Sơn, Thái Nguyên and Bắc Ninh", () => {
    expect(CORPUS_NAMES.length).toBeGreaterThanOrEqual(8);
    for (const name of CORPUS_NAMES) {
      expect(example(name).frame.place).not.toMatch(/Lạng Sơn|Thái Nguyên|Bắc Ninh/u);
    }
  });

  it.each(CORPUS_NAMES)("%s: valid, marked as an excerpt, every source paragraph in the HTML", (name) => {
    const doc = example(name);
    expect(validate(doc).issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(doc.frame.excerpt?.source).toBeTruthy();
    const source = readSource(name);
    expect(source.paragraphs.length).toBeGreaterThan(3);
    const text = htmlText(renderHtml(doc));
    const missing = [...source.paragraphs, ...source.header.map(nd30Date)]
      .map(norm)
      .filter((p) => !text.includes(p));
    expect(missing).toEqual([]);
    // The document ends where its source ends: the note, and no closing sentence of its own.
    expect(text.split("văn bản gốc còn tiếp)").length - 1).toBe(1);
    // No sentence of the model's own between the source's paragraphs: the body's paragraphs are
    // the source's, in its order.
    const rendered = renderedParagraphs(doc);
    const expected = source.paragraphs.map(norm);
    expect(rendered.filter((p) => !expected.some((e) => e.includes(p) || p.includes(e)))).toEqual([
      `(Nguồn: ${doc.frame.excerpt!.source} — văn bản gốc còn tiếp)`,
    ]);
    expect(text).not.toContain("Trên đây là");
  });
});
