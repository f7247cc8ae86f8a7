/** The tool checks fail loudly, with what to install, rather than skipping. */
import { describe, expect, it } from "vitest";
import { requireTool } from "./tools";

describe("requireTool", () => {
  it("passes for the tools the DOCX tests use", () => {
    for (const tool of ["xmllint", "soffice", "pdftotext", "pdfinfo"])
      expect(() => requireTool(tool)).not.toThrow();
  });

  it("fails with the command to install a missing tool", () => {
    expect(() => requireTool("doingoai-no-such-tool")).toThrow(
      /doingoai-no-such-tool is not installed; .*Install it with: install doingoai-no-such-tool/,
    );
  });
});
