#!/usr/bin/env node
import { run } from "./index";

// `doingoai schema | head` closes the pipe early: that is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // Only a bug reaches here: bad input is reported by `run` itself.
    process.stderr.write(
      `doingoai: lỗi không mong đợi / unexpected error: ${e instanceof Error ? e.message : String(e)}\n`,
    );
    process.exitCode = 70;
  },
);
