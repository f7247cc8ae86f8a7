/**
 * Nothing typed is dropped: every fact key of the model (read from core's model IR) reaches the
 * document. For each key, a fixture that sets it — an example document, a constructed one, else
 * a minimal one grown from the IR — is laid out with and without it (a key that may not be left
 * out is changed instead), and the two layout trees must differ. The narrative wins over facts
 * (ADR 2), so the facts are checked in answers without a narrative. Every area's worked example
 * (`areas/<id>/example.ts` in core) is in the constructed fixture `AREAS_REPORT`, and each of its
 * facts shows.
 */
import { AREA_IDS, type Document, INDICATORS } from "@doingoai/core";
import { AREA_EXAMPLES, AREAS_REPORT, CONSTRUCTED, EXAMPLES } from "@doingoai/core/fixtures";
import { describe, expect, it } from "vitest";
import { buildLayout } from "../src/layout/build";
import {
  DOCUMENT_ROOTS,
  type DocumentRoot,
  type FactKey,
  factKeys,
  KIND_OF_ROOT,
  keyName,
  type Location,
  locations,
  plant,
  setAt,
  takeOut,
  withoutNarrative,
} from "./fact-keys";

/**
 * Keys deliberately not printed, each with the reason: a pattern over the key's name (`*` is any
 * run of characters) and why the document does not show it.
 */
const NOT_PRINTED: readonly { key: string; reason: string }[] = [
  {
    key: "*.previous.unit",
    reason:
      "a figure is compared with the previous one in its own unit, named once (“03 trường hợp (tăng 50% so với cùng kỳ năm 2025)”)",
  },
  {
    key: "*.previousTotals.exchanged.*.unit",
    reason:
      "two-way exchanges are compared with the previous ones in their own units, named once (the base period's outbound and inbound totals alone are written with theirs)",
  },
  {
    key: "*otals.outbound.delegations.unit",
    reason: "a count of delegations is written with its direction's word as its unit (“04 đoàn ra”)",
  },
  {
    key: "*otals.inbound.delegations.unit",
    reason: "a count of delegations is written with its direction's word as its unit (“04 đoàn vào”)",
  },
];

/**
 * Values a grown fixture takes for keys whose meaning the IR does not carry: an indicator's key
 * names an entry of core's catalogue (an unknown key is ignored, by design, for the label).
 */
const VALUES: readonly { key: string; value: unknown }[] = [
  { key: "*.indicators[].key", value: Object.keys(INDICATORS)[0] },
];

/** A notice compares figures only when it has a period: seed 002 has none, so a copy gets one. */
function noticeWithPeriod(): [string, Document] {
  const doc = structuredClone(EXAMPLES["thong-bao-ket-luan-2024-ubnd-tinh-lang-son"]);
  if (doc.kind === "conclusion-notice") doc.body.period = { from: "2024-01-01", to: "2024-03-31" };
  return ["thong-bao-ket-luan-2024-ubnd-tinh-lang-son with a period", doc];
}

const FIXTURES: readonly [name: string, doc: Document][] = [
  ...Object.entries(EXAMPLES),
  ...Object.entries(CONSTRUCTED),
  noticeWithPeriod(),
];

function matches(pattern: string, name: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split("*")
      .map((p) => p.replace(/[.[\]()?+^$|\\{}]/g, "\\$&"))
      .join(".*")}$`,
  );
  return re.test(name);
}

const layoutOf = (doc: unknown) => JSON.stringify(buildLayout(doc as Document));

/** Whether taking the key out at `at` changes the layout of `doc` (its narrative dropped first). */
function changes(doc: unknown, at: Location, key: FactKey): boolean {
  const base = structuredClone(doc);
  withoutNarrative(base, at);
  const without = structuredClone(base);
  if (!takeOut(without, at, key)) return false;
  return layoutOf(base) !== layoutOf(without);
}

/** Where the key is shown from: "fixture <name>", "grown from the IR in <name>", or undefined. */
function reached(key: FactKey): string | undefined {
  const mine = FIXTURES.filter(([, doc]) => doc.kind === KIND_OF_ROOT[key.root]);
  for (const [name, doc] of mine) {
    for (const at of locations(doc, key.path).slice(0, 8)) {
      if (changes(doc, at, key)) return `fixture ${name}`;
    }
  }
  const name = keyName(key);
  const hint = VALUES.find((v) => matches(v.key, name));
  for (const rich of [false, true]) {
    for (const [fixture, doc] of mine) {
      const grown = structuredClone(doc) as unknown;
      const at = plant(grown, key.root, key.path, rich);
      if (hint !== undefined) setAt(grown, at, hint.value);
      if (changes(grown, at, key)) return `grown from the IR in ${fixture}`;
    }
  }
  return undefined;
}

const KEYS = factKeys();
const byRoot = (root: DocumentRoot) => KEYS.filter((k) => k.root === root);

describe("every fact key of the model reaches the document", () => {
  it("finds the fact keys in the model IR", () => {
    const names = KEYS.map(keyName);
    expect(names).toContain("ReportDocument.body.areas.delegations.facts.delegations[].headRank");
    expect(names).toContain("PlanDocument.body.content[].facts.indicators[].count.value");
    expect(names).toContain("NoticeDocument.body.assessment.items[].facts.rankings[].rank");
  });

  // Some thousand layouts per kind of document: more than the default time on a busy machine.
  for (const root of DOCUMENT_ROOTS) {
    it(`${root}: removing any fact key changes the layout`, () => {
      const dropped = byRoot(root)
        .map(keyName)
        .filter((name, i) => {
          if (NOT_PRINTED.some((n) => matches(n.key, name))) return false;
          return reached(byRoot(root)[i]!) === undefined;
        });
      expect(dropped, "fact keys that reach no document").toEqual([]);
    }, 180_000);
  }

  it.each(NOT_PRINTED)(
    "$key is not printed: $reason",
    ({ key }) => {
      const listed = KEYS.filter((k) => matches(key, keyName(k)));
      expect(listed.length, "the pattern names fact keys of the model").toBeGreaterThan(0);
      for (const k of listed) expect(reached(k), keyName(k)).toBeUndefined();
    },
    60_000,
  );
});

describe("every area's worked example renders", () => {
  it.each(AREA_IDS)("%s: AREAS_REPORT carries the example, and each of its facts shows", (id) => {
    const facts = AREA_EXAMPLES[id];
    const answer = AREAS_REPORT.body.areas[id];
    expect(answer).toEqual({ answer: "content", facts });
    const keys = Object.keys(facts);
    expect(keys.length, "the example sets facts").toBeGreaterThan(0);
    const base = layoutOf(AREAS_REPORT);
    for (const key of keys) {
      const doc = structuredClone(AREAS_REPORT);
      const mine = doc.body.areas[id];
      if (mine?.answer === "content" && mine.facts !== undefined) Reflect.deleteProperty(mine.facts, key);
      expect(layoutOf(doc), `${id}.${key} reaches the document`).not.toBe(base);
    }
  });
});
