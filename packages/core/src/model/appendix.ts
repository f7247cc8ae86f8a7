/**
 * Appendix tables (phụ lục / biểu / bảng tổng hợp). Tables of typed facts take their rows from
 * the document's own facts (one source); a free table carries its own rows.
 */
import * as z from "zod";
import { Direction, FreeTable } from "./facts";
import { Line, Text } from "./values";

export const AppendixTable = z
  .discriminatedUnion("type", [
    z.strictObject({ type: z.literal("delegations"), direction: Direction }),
    z.strictObject({ type: z.literal("ngo-aid") }),
    z.strictObject({ type: z.literal("agreements") }),
    z.strictObject({ type: z.literal("conferences") }),
    z.strictObject({ type: z.literal("free"), table: FreeTable }),
  ])
  .meta({ id: "AppendixTable" });
export type AppendixTable = z.infer<typeof AppendixTable>;

export const Appendix = z
  .strictObject({
    /** "BẢNG TỔNG HỢP ĐOÀN RA NĂM 2019". */
    title: Line,
    /** The line under the title; generated from the frame when absent ("(Kèm theo Báo cáo số …)"). */
    subtitle: Line.optional(),
    table: AppendixTable,
    note: Text.optional(),
  })
  .meta({ id: "Appendix" });
export type Appendix = z.infer<typeof Appendix>;
