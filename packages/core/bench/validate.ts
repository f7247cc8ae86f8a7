// Validation throughput of the seed-000 example document on one core (goal ≥ 20,000 documents/s).
import { validate } from "@doingoai/core";
import { EXAMPLES } from "@doingoai/core/fixtures";

const doc = EXAMPLES["bao-cao-6-thang-dau-nam-2024-huyen-van-quan"];
if (!validate(doc).ok) throw new Error("the seed-000 example does not validate");

const rounds = 7;
const perRound = 4000;
for (let i = 0; i < 3000; i++) validate(doc); // warm-up
const rates: number[] = [];
for (let r = 0; r < rounds; r++) {
  const t = performance.now();
  for (let i = 0; i < perRound; i++) validate(doc);
  rates.push(perRound / ((performance.now() - t) / 1000));
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)]!;
console.log(
  `validate (seed 000): median ${Math.round(median).toLocaleString("en-US")} documents/s over ${rounds} rounds of ${perRound} (${(1e6 / median).toFixed(1)} µs/document; goal ≥ 20,000/s)`,
);
