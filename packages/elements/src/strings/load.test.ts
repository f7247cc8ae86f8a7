/** English on demand: Vietnamese until it arrives, one load for the page, a failed load tried again. */
import { afterEach, expect, it, vi } from "vitest";

afterEach(() => {
  vi.doUnmock("./en");
  vi.resetModules();
});

it("shows Vietnamese until English has loaded, then English (core's labels and messages too)", async () => {
  const s = await import("./strings");
  const core = await import("@doingoai/core/lite");
  expect(core.hasLanguage("en")).toBe(false);
  expect(s.shownLang("en")).toBe("vi");
  expect(s.t("en", "optional")).toBe("(không bắt buộc)");
  expect(s.optionLabel("Direction", "outbound", "en")).toBe("Đoàn ra");

  const arrived = vi.fn();
  const first = s.loadLanguage("en", arrived);
  expect(s.loadLanguage("en")).toBe(first); // one load, shared by every component
  await first;
  expect(arrived).toHaveBeenCalledTimes(1);
  expect(s.shownLang("en")).toBe("en");
  expect(s.t("en", "optional")).toBe("(optional)");
  expect(s.optionLabel("Direction", "outbound", "en")).toBe("Outbound");
  expect(core.hasLanguage("en")).toBe(true);
  expect(core.fieldLabel("answer", undefined, "en")).toBe("Answer");
  expect(core.validate({}, { lang: "en" }).issues[0]?.message).toMatch(/^[\x20-\x7e“”«»…]*$/);
  // Loaded: nothing more to wait for.
  expect(s.requestLanguage(Object.assign({ lang: "en" }) as HTMLElement, arrived)).toBeUndefined();
});

it("a failed load leaves Vietnamese and is tried again on the next request", async () => {
  let fail = true;
  vi.doMock("./en", async (original) => {
    if (fail) throw new Error("offline");
    return original();
  });
  const s = await import("./strings");
  const arrived = vi.fn();
  await expect(s.loadLanguage("en", arrived)).rejects.toThrow();
  expect(s.shownLang("en")).toBe("vi");
  expect(arrived).not.toHaveBeenCalled();

  fail = false;
  vi.resetModules();
  await s.loadLanguage("en");
  expect(s.shownLang("en")).toBe("en");
  // The component that asked first is told too.
  expect(arrived).toHaveBeenCalledTimes(1);
});
