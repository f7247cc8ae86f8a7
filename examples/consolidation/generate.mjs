// A seeded generator of a province after 1 July 2025 (two levels: the province; its wards, communes
// and special zones; and its departments), with the reports its units send for one period. The
// reports follow the example documents: the body of the commune report of Tây Yên Tử (2026) with the
// unit's name and its own figures, delegation rows shaped like the appendix of the Sở TTTT Lạng Sơn
// report (2019). Unit names follow the 2025 arrangement of Quảng Ninh (30 wards, 22 communes, the
// special zones Vân Đồn and Cô Tô, per NQ of the UBTVQH on Đề án 373/ĐA-CP); every figure, person
// and delegation is invented.
//
//   node examples/consolidation/generate.mjs     writes units.json, request.json, frame.json, inbox.json,
//                                                reports/*.json, previous/*.json and, when
//                                                packages/core/dist exists, the consolidated output.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  COMMUNES,
  DEPARTMENTS,
  DONORS,
  FAMILY,
  GIVEN,
  MIDDLE,
  PARTNERS,
  SPECIAL_ZONES,
  TRIPS,
  WARDS,
} from "./names.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const TEMPLATE = JSON.parse(
  readFileSync(join(here, "../documents/bao-cao-6-thang-dau-nam-2026-xa-tay-yen-tu.json"), "utf8"),
);
const DEPARTMENT_TEMPLATE = JSON.parse(
  readFileSync(join(here, "../documents/bao-cao-nam-2019-so-tttt-lang-son.json"), "utf8"),
);

/** Sources of funding as the outbound-delegation appendix of Sở TTTT Lạng Sơn writes them. */
const FUNDING = [
  ...new Set(
    DEPARTMENT_TEMPLATE.body.areas.delegations.facts.delegations
      .map((d) => d.funding)
      .filter((f) => f.length < 30),
  ),
];

/** mulberry32: a small seeded PRNG, so that one seed gives one province. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
  };
}

const pad = (n) => String(n).padStart(2, "0");
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const slug = (s) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The province: its root, departments, wards, communes and special zones; `extra` adds communes (benchmarks). */
export function provinceUnits({ extra = 0 } = {}) {
  const units = [{ id: "tinh-quang-ninh", name: "Ủy ban nhân dân tỉnh Quảng Ninh", level: "province" }];
  for (const [id, name] of DEPARTMENTS)
    units.push({ id, name, level: "department", parent: "tinh-quang-ninh" });
  for (const n of WARDS)
    units.push({ id: `phuong-${slug(n)}`, name: `Phường ${n}`, level: "ward", parent: "tinh-quang-ninh" });
  for (const n of COMMUNES)
    units.push({ id: `xa-${slug(n)}`, name: `Xã ${n}`, level: "commune", parent: "tinh-quang-ninh" });
  for (const n of SPECIAL_ZONES)
    units.push({
      id: `dac-khu-${slug(n)}`,
      name: `Đặc khu ${n}`,
      level: "special-zone",
      parent: "tinh-quang-ninh",
    });
  for (let i = 1; i <= extra; i++) {
    const n = `${COMMUNES[i % COMMUNES.length]} ${i + 1}`;
    units.push({ id: `xa-${slug(n)}`, name: `Xã ${n}`, level: "commune", parent: "tinh-quang-ninh" });
  }
  return units;
}

/** The period of the first half of `year`, and the request of Sở Ngoại vụ for it. */
export function halfYearRequest(year, units) {
  return {
    period: { from: `${year}-01-01`, to: `${year}-06-30` },
    deadline: `${year}-06-15`,
    expected: units.filter((u) => u.parent).map((u) => u.id),
  };
}

const replaceName = (text, unit, short) =>
  text
    .replaceAll("UBND xã Tây Yên Tử", short)
    .replaceAll("Xã Tây Yên Tử", unit.name)
    .replaceAll("xã Tây Yên Tử", unit.name)
    .replaceAll("Tây Yên Tử", unit.name.replace(/^(Xã|Phường|Đặc khu|Sở) /, ""))
    .replaceAll("UBND xã", unit.level === "department" ? unit.name : `UBND ${LEVEL_WORD[unit.level] ?? "xã"}`)
    .replaceAll("2026", "{year}");

/** How running text names a unit of each level after "UBND", "trên địa bàn"… */
const LEVEL_WORD = { commune: "xã", ward: "phường", "special-zone": "đặc khu" };

const count = (value, unit, qualifier) => (qualifier ? { value, qualifier, unit } : { value, unit });

/** One unit's report of the first half of `year`, seeded by `r`. */
export function unitReport(unit, year, r, opts = {}) {
  const doc = structuredClone(TEMPLATE);
  const dept = unit.level === "department";
  const short = dept ? unit.name : `UBND ${unit.name.charAt(0).toLowerCase()}${unit.name.slice(1)}`;
  const text = (s) => replaceName(s, unit, short).replaceAll("{year}", String(year));
  const body = JSON.parse(JSON.stringify(doc.body), (_k, v) => (typeof v === "string" ? text(v) : v));
  const day = r.int(5, 14);
  const issued = r.chance(0.6);
  doc.id = `${year}-${unit.id}`;
  doc.frame = {
    ...(dept ? { parentBody: "UBND TỈNH QUẢNG NINH" } : {}),
    issuingBody: dept
      ? {
          name: unit.name.toLocaleUpperCase("vi"),
          abbreviation: DEPARTMENTS.find((d) => d[0] === unit.id)?.[2] ?? "SO",
        }
      : { name: `ỦY BAN NHÂN DÂN ${unit.name.toLocaleUpperCase("vi")}`, abbreviation: "UBND" },
    number: issued ? r.int(12, 1450) : null,
    symbol: dept ? `BC-${DEPARTMENTS.find((d) => d[0] === unit.id)?.[2] ?? "SO"}` : "BC-UBND",
    place: "Quảng Ninh",
    date: issued ? iso(year, 6, day) : `${year}-06`,
    subject: `Kết quả công tác đối ngoại 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm ${year}`,
    basis: [
      {
        verb: "Thực hiện",
        citation: {
          kind: "Công văn",
          code: `${opts.requestNumber ?? 1250}/SNgV-HTQT`,
          date: iso(year, 6, 2),
          issuer: "Sở Ngoại vụ tỉnh Quảng Ninh",
          title: `về việc báo cáo kết quả công tác đối ngoại 6 tháng đầu năm ${year}`,
        },
      },
    ],
    recipients: { list: ["Sở Ngoại vụ tỉnh Quảng Ninh"], archive: ["VT"] },
    signature: dept
      ? {
          authority: "KT",
          onBehalfOf: "GIÁM ĐỐC",
          title: "PHÓ GIÁM ĐỐC",
          name: `${r.pick(FAMILY)} ${r.pick(MIDDLE)} ${r.pick(GIVEN)}`,
        }
      : {
          authority: "KT",
          onBehalfOf: "CHỦ TỊCH",
          title: "PHÓ CHỦ TỊCH",
          name: `${r.pick(FAMILY)} ${r.pick(MIDDLE)} ${r.pick(GIVEN)}`,
        },
    status: issued ? "issued" : "draft",
  };
  body.period = { from: `${year}-01-01`, to: `${year}-06-30` };
  body.directionsPeriod = { from: `${year}-07-01`, to: `${year}-12-31` };
  const a = body.areas;
  const place = dept
    ? "ngành"
    : unit.level === "ward"
      ? "phường"
      : unit.level === "special-zone"
        ? "đặc khu"
        : "xã";
  const facts = r.chance(0.25); // some portals collect facts only, no prose

  // Delegations: departments send and receive delegations; border wards receive Chinese delegations.
  const rows = [];
  const trips = dept ? r.int(0, unit.id === "so-ngoai-vu" ? 4 : 2) : 0;
  for (let i = 0; i < trips; i++) {
    const [country, head, name] = r.pick(TRIPS);
    const m = r.int(1, 5);
    const from = iso(year, m, r.int(1, 20));
    const days = r.int(3, 7);
    rows.push({
      direction: "outbound",
      name,
      countries: [country],
      headRank: head,
      members: r.int(1, 12),
      days,
      from,
      to: iso(year, m, Number(from.slice(8)) + days - 1),
      funding: r.pick(FUNDING),
    });
  }
  const visits = dept || unit.name.startsWith("Phường Móng Cái") ? r.int(0, 3) : r.chance(0.15) ? 1 : 0;
  for (let i = 0; i < visits; i++) rows.push(inbound(r, year));
  if (opts.sharedVisit) rows.push(structuredClone(opts.sharedVisit));
  if (rows.length) {
    a.delegations = { answer: "content", facts: { delegations: rows } };
    if (!facts)
      a.delegations.narrative = [
        `Trong 6 tháng đầu năm ${year}, ${short} đã tổ chức, phối hợp đón tiếp và quản lý ${pad(rows.length)} đoàn ra, đoàn vào theo đúng quy định.`,
      ];
  } else if (r.chance(0.5)) {
    a.delegations = {
      answer: "content",
      facts: {
        totals: { outbound: { delegations: count(0, "đoàn") }, inbound: { delegations: count(0, "đoàn") } },
      },
    };
    if (!facts)
      a.delegations.narrative = [
        `Trong 6 tháng đầu năm ${year}, ${short} không tổ chức đoàn ra, không tiếp đón đoàn vào.`,
      ];
  } else a.delegations = { answer: "none", text: "Không tổ chức hoặc tiếp đón đoàn ra, đoàn vào." };

  // Economic diplomacy: the indicators of the template, with this unit's figures.
  const labour = r.int(0, 25);
  const tourists = r.int(2, 40) * 50;
  const tq = r.pick([undefined, undefined, "about", "more-than", "over"]);
  const econ = [
    { key: "fdiProjects", count: count(dept ? r.int(0, 3) : 0, "dự án") },
    { key: "labourAbroad", count: count(labour, "lao động"), previous: count(r.int(0, 25), "lao động") },
    { key: "foreignTourists", count: count(tourists, "lượt khách", tq) },
  ];
  a["economic-diplomacy"] = {
    answer: "content",
    facts: {
      indicators: econ,
      ...(labour
        ? { labourMarkets: r.chance(0.5) ? ["Hàn Quốc", "Đài Loan (Trung Quốc)"] : ["Nhật Bản"] }
        : {}),
    },
  };
  if (unit.id === "so-cong-thuong")
    a["economic-diplomacy"].facts.exportImport = {
      amount: r.int(800, 1600) * 1e6,
      currency: "USD",
      qualifier: "more-than",
    };
  if (!facts)
    a["economic-diplomacy"].narrative = [
      `- Trong 6 tháng đầu năm ${year}, toàn ${place} có ${pad(labour)} lao động đi làm việc ở nước ngoài theo hợp đồng.`,
      `- Qua theo dõi, thống kê có ${tq === "about" ? "khoảng " : tq ? "hơn " : ""}${tourists} lượt khách nước ngoài đến du lịch.`,
    ];

  // NGO aid: most say "Không"; a few received aid, committed and received apart; some in USD.
  if (r.chance(0.2)) {
    const [donor, country] = r.pick(DONORS);
    const usd = r.chance(0.3);
    const committed = usd
      ? { amount: r.int(20, 120) * 1000, currency: "USD" }
      : { amount: r.int(2, 30) * 1e8, currency: "VND" };
    const received = { ...committed, amount: Math.round(committed.amount * r.int(3, 10)) / 10 };
    a["ngo-aid"] = {
      answer: "content",
      facts: {
        projects: [
          {
            donor,
            donorCountry: country,
            title: r.pick(["Nâng cấp trường mầm non", "Nước sạch cho hộ nghèo", "Hỗ trợ sinh kế cho phụ nữ"]),
            committed,
            received,
            from: iso(year, r.int(1, 3), 1),
            to: iso(year, 6, 30),
          },
        ],
      },
    };
  } else
    a["ngo-aid"] = {
      answer: "none",
      text: "Không tiếp nhận khoản viện trợ nào của các tổ chức phi chính phủ nước ngoài.",
    };

  // External information and consular work: the indicators of the template.
  a["external-information"] = {
    answer: "content",
    facts: {
      indicators: [
        { key: "foreignReporters", count: count(r.int(0, 2), "phóng viên") },
        { key: "articles", count: count(r.int(3, 60), "tin, bài") },
      ],
    },
  };
  const arrived = r.int(0, 300);
  a.consular = {
    answer: "content",
    facts: {
      indicators: [
        { key: "foreignersArrived", count: count(arrived, "lượt"), previous: count(r.int(0, 300), "lượt") },
        { key: "citizensViolatingForeignLaw", count: count(r.chance(0.1) ? r.int(1, 3) : 0, "trường hợp") },
      ],
    },
  };
  if (!facts) {
    a.consular.narrative = [
      `- Công tác quản lý người nước ngoài: trong 6 tháng đầu năm ${year}, có ${arrived} lượt người nước ngoài đến địa phương.`,
    ];
  }
  // A stated percentage (never summed).
  if (r.chance(0.2))
    a["cultural-diplomacy"] = {
      answer: "content",
      facts: {
        indicators: [
          {
            label: "Tỷ lệ di tích được số hóa, giới thiệu bằng tiếng nước ngoài",
            count: count(r.int(10, 90), "%"),
          },
        ],
      },
    };
  // Some areas are left unanswered.
  if (r.chance(0.3)) delete a["people-to-people"];
  if (r.chance(0.2)) delete a["overseas-vietnamese"];
  if (facts)
    for (const k of [
      "international-agreements",
      "overseas-vietnamese",
      "people-to-people",
      "cultural-diplomacy",
    ])
      if (a[k]?.answer === "content" && !a[k].facts) a[k] = { answer: "none" };
  doc.body = body;
  return doc;
}

function inbound(r, year) {
  const [country, head, name] = r.pick(PARTNERS);
  const m = r.int(1, 6);
  const d = r.int(1, 25);
  const days = r.int(1, 3);
  return {
    direction: "inbound",
    name,
    countries: [country],
    headRank: head,
    members: r.int(3, 15),
    days,
    from: iso(year, m, d),
    to: iso(year, m, d + days - 1),
    content: "Trao đổi, hội đàm về hợp tác quản lý cửa khẩu, thương mại biên giới",
  };
}

/**
 * The province of `seed` and what its inbox received for the first half of `year`: most units on
 * time, some late, some missing; one joint delegation reported by Sở Ngoại vụ and Phường Móng Cái 1;
 * one unit sending a corrected report; one report of last year's period; one from a unit of
 * another province. `extra` adds communes (benchmarks); `scenario: false` sends every report once,
 * on time.
 */
export function generateProvince({ seed = 2026, year = 2026, extra = 0, scenario = true } = {}) {
  const r = rng(seed);
  const units = provinceUnits({ extra });
  const request = halfYearRequest(year, units);
  const shared = inbound(r, year);
  const submissions = [];
  const missing = new Set();
  const reporting = units.filter((u) => u.parent);
  if (scenario) for (let i = 0; i < 4; i++) missing.add(r.pick(reporting).id);
  for (const u of reporting) {
    if (missing.has(u.id)) continue;
    const doc = unitReport(u, year, r, {
      sharedVisit: scenario && (u.id === "so-ngoai-vu" || u.id === "phuong-mong-cai-1") ? shared : undefined,
    });
    const late = scenario && r.chance(0.12);
    const submittedAt = late ? iso(year, 6, r.int(16, 28)) : iso(year, 6, r.int(8, 15));
    submissions.push({ source: `${u.id}.json`, unit: u.id, submittedAt, document: doc });
  }
  if (scenario) {
    // A corrected report of one unit, sent later: the later one is used.
    const first = submissions.find((s) => s.unit.startsWith("xa-"));
    const corrected = structuredClone(first.document);
    corrected.id = `${first.document.id}-bo-sung`;
    corrected.body.areas["economic-diplomacy"].facts.indicators[1].count.value += 1;
    submissions.push({
      source: `${first.unit}-bo-sung.json`,
      unit: first.unit,
      submittedAt: iso(year, 6, 18),
      document: corrected,
    });
    // Last year's report sent by mistake (the inbox does not know the sender: found by its issuer).
    const wrong = reporting.find((u) => missing.has(u.id));
    submissions.push({
      source: `${wrong.id}-nam-truoc.json`,
      submittedAt: iso(year, 6, 10),
      document: unitReport(wrong, year - 1, r),
    });
    // A commune of another province.
    const stranger = unitReport({ id: "xa-binh-thanh", name: "Xã Bình Thành", level: "commune" }, year, r);
    submissions.push({ source: "xa-binh-thanh.json", submittedAt: iso(year, 6, 12), document: stranger });
  }
  return { units, request, submissions };
}

/** The frame of the province's consolidated report (drafted by Sở Ngoại vụ for the provincial committee). */
export const RECEIVER_FRAME = {
  issuingBody: { name: "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", abbreviation: "UBND" },
  symbol: "BC-UBND",
  place: "Quảng Ninh",
  recipients: {
    addressees: ["Bộ Ngoại giao"],
    list: [
      "Bộ Ngoại giao (Vụ Địa phương)",
      "TT Tỉnh ủy, TT HĐND tỉnh",
      "CT, các PCT UBND tỉnh",
      "Sở Ngoại vụ",
    ],
    archive: ["VT", "NgV"],
  },
  signature: { authority: "KT", onBehalfOf: "CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Trần Quang Hải" },
};

/** Write the example: inputs, and the consolidated output when the core package is built. */
async function main() {
  const now = generateProvince();
  const before = generateProvince({ seed: 2025, year: 2025, scenario: false });
  const json = (v) => `${JSON.stringify(v, null, 2)}\n`;
  rmSync(join(here, "reports"), { recursive: true, force: true });
  mkdirSync(join(here, "reports"));
  writeFileSync(join(here, "units.json"), json(now.units));
  writeFileSync(join(here, "request.json"), json(now.request));
  // The receiving body's frame, for `doingoai consolidate --frame`.
  writeFileSync(join(here, "frame.json"), json(RECEIVER_FRAME));
  writeFileSync(
    join(here, "inbox.json"),
    json(
      now.submissions.map(({ source, unit, submittedAt }) => ({
        file: `reports/${source}`,
        ...(unit ? { unit } : {}),
        submittedAt,
      })),
    ),
  );
  for (const s of now.submissions) writeFileSync(join(here, "reports", s.source), json(s.document));
  const dist = join(here, "../../packages/core/dist/index.js");
  if (!existsSync(dist)) {
    console.log("packages/core/dist is missing: run `pnpm build` for the consolidated output");
    return;
  }
  const { consolidate } = await import(dist);
  const previous = consolidate(before.submissions, {
    units: before.units,
    request: before.request,
    frame: RECEIVER_FRAME,
    id: "tong-hop-6-thang-dau-nam-2025",
  });
  const result = consolidate(now.submissions, {
    units: now.units,
    request: now.request,
    previous: previous.document,
    frame: RECEIVER_FRAME,
    id: "tong-hop-6-thang-dau-nam-2026",
  });
  writeFileSync(join(here, "previous.json"), json(previous.document));
  writeFileSync(join(here, "consolidated.json"), json(result.document));
  writeFileSync(join(here, "record.json"), json(result.record));
  writeFileSync(join(here, "issues.json"), json(result.issues));
  const s = result.record.status;
  console.log(
    `${now.submissions.length} reports → ${s.submitted}/${s.expected} units submitted (${s.onTime} on time, ${s.late} late), ${s.missing} missing, ${s.excluded} excluded; ${result.issues.length} issues`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
