import { describe, expect, it } from "vitest";
import { getAt, type Obj } from "./path";
import { daysOf, ROW_TOTALS } from "./row-totals";
import { NOT_ROW_TOTALS } from "./row-totals-excluded";
import { DOCUMENT_SCHEMAS, nodeOf, objectById, type Schema, schemaAt, schemaId, unwrap } from "./schema";

/** Every object of the model a document can hold (walked from the roots of the four kinds). */
function objectsOfModel(): Schema[] {
  const seen = new Set<Schema>();
  const out: Schema[] = [];
  const walk = (s: Schema) => {
    const u = unwrap(s).schema;
    if (seen.has(u)) return;
    seen.add(u);
    const n = nodeOf(u);
    if (n.t === "object") {
      out.push(u);
      for (const c of n.of) walk(c);
    } else if (n.t === "array") walk(n.of);
    else if (n.t === "union") for (const o of n.options) walk(o);
  };
  for (const root of Object.values(DOCUMENT_SCHEMAS)) walk(root);
  return out;
}

const TOTAL_IDS = new Set(["Count", "Money"]);

/** The stated counts and amounts of an object: `Count` and `Money` along its keys (not in its lists). */
function statedTotals(s: Schema, at: string[] = []): { path: string[]; id: string }[] {
  const n = nodeOf(unwrap(s).schema);
  if (n.t !== "object") return [];
  return n.keys.flatMap((k, i) => {
    const child = unwrap(n.of[i]!).schema;
    const id = schemaId(child);
    if (id && TOTAL_IDS.has(id)) return [{ path: [...at, k], id }];
    // An object with rows of its own is checked on its own (an area's facts inside its answer).
    return nodeOf(child).t === "object" && !hasRows(child) ? statedTotals(child, [...at, k]) : [];
  });
}

/**
 * Whether an object holds rows: a list among its keys. Paragraphs (`Narrative`) are not rows, nor
 * the texts an area cites and its indicators, which no stated total counts.
 */
function hasRows(s: Schema): boolean {
  const n = nodeOf(unwrap(s).schema);
  return (
    n.t === "object" &&
    n.keys.some((k, i) => {
      const list = unwrap(n.of[i]!).schema;
      return (
        k !== "citations" &&
        k !== "indicators" &&
        nodeOf(list).t === "array" &&
        schemaId(list) !== "Narrative"
      );
    })
  );
}

describe("totals offered from the rows (derived from the model)", () => {
  const objects = objectsOfModel();

  it("every stated Count or Money beside a list of rows is offered from the rows or excluded with a reason", () => {
    const missing: string[] = [];
    for (const s of objects) {
      if (!hasRows(s)) continue;
      const id = schemaId(s) ?? `#${s}`;
      const covered = new Set((ROW_TOTALS[id] ?? []).map((d) => d.total.join(".")));
      for (const t of statedTotals(s)) {
        const key = t.path.join(".");
        if (!covered.has(key) && !NOT_ROW_TOTALS[id]?.[key]?.trim()) missing.push(`${id}.${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("each entry points at a Count (its value) or, with a currency, at a Money of the model", () => {
    for (const [id, defs] of Object.entries(ROW_TOTALS)) {
      const s = objectById(id)!;
      for (const d of defs) {
        const target = schemaAt(s, d.total, undefined);
        expect(target, `${id}.${d.total}`).toBeDefined();
        expect(schemaId(unwrap(target!).schema), `${id}.${d.total}`).toBe(d.currency ? "Money" : "Count");
      }
    }
    for (const [id, reasons] of Object.entries(NOT_ROW_TOTALS)) {
      const s = objectById(id);
      expect(s, id).toBeDefined();
      for (const key of Object.keys(reasons))
        expect(schemaAt(s!, key.split("."), undefined), `${id}.${key}`).toBeDefined();
    }
  });
});

const total = (id: string, path: string) => ROW_TOTALS[id]!.find((d) => d.total.join(".") === path)!;

describe("delegations", () => {
  const facts: Obj = {
    delegations: [
      { direction: "outbound", name: "A", members: 5, days: 3 },
      { direction: "outbound", name: "B", members: 7, from: "2026-06-15", to: "2026-06-17" },
      { direction: "inbound", name: "C", members: 10 },
    ],
  };

  it("counts, persons and days of each direction; days from the dates with both days counted", () => {
    expect(total("DelegationFacts", "totals.outbound.delegations").of(facts)).toBe(2);
    expect(total("DelegationFacts", "totals.outbound.persons").of(facts)).toBe(12);
    expect(total("DelegationFacts", "totals.outbound.days").of(facts)).toBe(6);
    expect(total("DelegationFacts", "totals.inbound.persons").of(facts)).toBe(10);
    // The inbound row has neither days nor dates: no figure of days.
    expect(total("DelegationFacts", "totals.inbound.days").of(facts)).toBeUndefined();
    expect(daysOf({ from: "2026-06-17", to: "2026-06-15" })).toBeUndefined();
  });

  it("both ways together only once the clerk states a figure of them", () => {
    expect(total("DelegationFacts", "totals.exchanged.delegations").of(facts)).toBeUndefined();
    const stated = { ...facts, totals: { exchanged: { delegations: { value: 2 } } } };
    expect(total("DelegationFacts", "totals.exchanged.delegations").of(stated)).toBe(3);
    expect(total("DelegationFacts", "totals.exchanged.persons").of(stated)).toBe(22);
  });
});

describe("foreign NGO aid", () => {
  const usd = (amount: number, extra: Obj = {}) => ({ amount, currency: "USD", ...extra });
  const facts: Obj = {
    projects: [
      { donor: "A", title: "x", kind: "project", committed: usd(1000), received: usd(400) },
      {
        donor: "B",
        title: "y",
        kind: "non-project",
        committed: usd(500),
        received: usd(100),
        inKind: [{ description: "xe", estimatedValue: usd(50) }],
      },
    ],
  };

  it("items by kind, and each amount from the rows' amount of the same status", () => {
    expect(total("NgoAidFacts", "totals.count").of(facts)).toBe(2);
    expect(total("NgoAidFacts", "totals.projects").of(facts)).toBe(1);
    expect(total("NgoAidFacts", "totals.nonProject").of(facts)).toBe(1);
    expect(total("NgoAidFacts", "totals.committed").of(facts)).toBe(1500);
    expect(total("NgoAidFacts", "totals.committed").currency!(facts)).toBe("USD");
    expect(total("NgoAidFacts", "totals.received").of(facts)).toBe(500);
    expect(total("NgoAidFacts", "totals.inKind").of(facts)).toBe(50);
    // No row states a disbursed amount: no figure.
    expect(total("NgoAidFacts", "totals.disbursed").of(facts)).toBeUndefined();
  });

  it("no money total over two currencies, an approximate amount, or a row without the amount", () => {
    const rows = facts.projects as Obj[];
    const mixed = { projects: [rows[0], { ...rows[1], committed: { amount: 5, currency: "VND" } }] };
    expect(total("NgoAidFacts", "totals.committed").of(mixed)).toBeUndefined();
    expect(total("NgoAidFacts", "totals.committed").currency!(mixed)).toBeUndefined();
    const about = { projects: [rows[0], { ...rows[1], committed: usd(500, { qualifier: "about" }) }] };
    expect(total("NgoAidFacts", "totals.committed").of(about)).toBeUndefined();
    const without = { projects: [rows[0], { donor: "C", title: "z", kind: "project" }] };
    expect(total("NgoAidFacts", "totals.committed").of(without)).toBeUndefined();
    // A row without its kind: the counts by kind are not offered, the count of items is.
    expect(total("NgoAidFacts", "totals.projects").of(without)).toBe(2);
    const noKind = { projects: [rows[0], { donor: "C", title: "z" }] };
    expect(total("NgoAidFacts", "totals.projects").of(noKind)).toBeUndefined();
  });

  it("a few notable rows (“trong đó tiêu biểu”) give no total", () => {
    const notable = { ...facts, listing: "notable" };
    for (const d of ROW_TOTALS.NgoAidFacts!) expect(d.of(notable), d.total.join(".")).toBeUndefined();
    expect(getAt(notable, ["listing"])).toBe("notable");
  });
});
