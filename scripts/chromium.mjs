// Debian's Chromium as every tool of the repository starts it (browser tests, screenshots, the
// keystroke bench, the consumer suite): headless, no sandbox (root), and none of the background
// connections this machine's closed network refuses. One place, so a flag is changed once.
export const CHROMIUM = process.env.DOINGOAI_CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
