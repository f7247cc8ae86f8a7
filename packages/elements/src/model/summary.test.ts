import { formatDateShort } from "@doingoai/core";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLanguage } from "../strings/strings";
import { type Field, fieldsOf } from "./fields";
import { DOCUMENT_SCHEMAS, objectById, type Schema, schemaAt } from "./schema";
import { summarize } from "./summary";

// English is loaded on demand (as `lang="en"` does in a page).
beforeAll(() => loadLanguage("en"));

const Frame = objectById("Frame")!;
const Delegation = objectById("Delegation")!;
const f = (s: Schema, key: string, lang: "vi" | "en" = "vi") =>
  fieldsOf(s, lang).find((x) => x.key === key) as Field;

describe("check answers summary", () => {
  it("names empty values and answers", () => {
    expect(summarize(f(Frame, "place"), undefined, "vi")).toBe("Chưa nhập");
    expect(summarize(f(Frame, "place"), undefined, "en")).toBe("Not entered");
    const areas = schemaAt(DOCUMENT_SCHEMAS.report, ["body", "areas"], undefined)!;
    const consular = f(areas, "consular");
    expect(summarize(consular, undefined, "vi")).toBe("Chưa trả lời");
    expect(summarize(consular, { answer: "none" }, "vi")).toBe("Không phát sinh");
    expect(summarize(consular, { answer: "none", text: "Không có." }, "vi")).toBe(
      "Không phát sinh: Không có.",
    );
    expect(summarize(consular, { answer: "content", narrative: ["Đoạn một.", "Đoạn hai."] }, "vi")).toBe(
      "Đoạn một.",
    );
    expect(summarize(consular, { answer: "content" }, "vi")).toBe("Có nội dung");
  });

  it("shows values as people read them", () => {
    expect(summarize(f(Frame, "status"), "draft", "vi")).toBe("Dự thảo");
    expect(summarize(f(Delegation, "from"), "2019-04-27", "vi")).toBe("27/4/2019");
    for (const d of ["2024-01-29", "2024-02-05", "2024-05-08", "2024-12-31"])
      expect(summarize(f(Delegation, "from"), d, "vi")).toBe(formatDateShort(d));
    expect(summarize(f(Delegation, "members"), 1140, "vi")).toBe("1.140");
    expect(summarize(f(Delegation, "countries"), ["Trung Quốc", "Lào"], "vi")).toBe("2 mục");
    expect(
      summarize(f(Frame, "signature"), { authority: "KT", title: "PHÓ GIÁM ĐỐC", name: "Lê Hải Yến" }, "vi"),
    ).toBe("KT. (ký thay), PHÓ GIÁM ĐỐC, Lê Hải Yến");
    expect(summarize(f(Frame, "subject"), "x".repeat(500), "vi").length).toBe(160);
  });
});
