/**
 * Word's bullets and list numbers taken off pasted text ("• Đoàn ra" → "Đoàn ra"). A module of its
 * own, apart from the table reading of `paste.ts`: every paste into a text field cleans its text at
 * once, while rows pasted from a table load their code on first use (`lazy/paste.ts`).
 */

/** A bullet Word puts before an item of a list: •, ·, -, –, ▪, o, a Symbol-font glyph. */
const BULLET = /^[\s\u00a0]*(?:[•·▪◦●○■□➢✓\-–—+*\uf0b7\uf0a7\uf076\uf0d8]|o(?=\t))[\s\u00a0]+/;
/** A list number: "1.", "1)", "a)", "a.", "IV." (followed by a tab when it comes from Word). */
const NUMBER = /^[\s\u00a0]*(?:\d{1,3}|[a-zđ]|[IVXLC]{1,6})[.)][\s\u00a0]+/i;

/** One line without Word's bullet ("• Đoàn ra" → "Đoàn ra"); a number only before a tab. */
export function cleanBullet(line: string): string {
  const b = BULLET.exec(line);
  if (b) return line.slice(b[0].length);
  const n = NUMBER.exec(line);
  if (n?.[0].includes("\t")) return line.slice(n[0].length);
  return line;
}

/**
 * Pasted text without Word's bullets, line by line. Numbers ("1.", "a)") go when they come with a
 * tab (Word's list) or when every line carries one (a list), never from a single sentence.
 */
export function cleanBullets(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const filled = lines.filter((l) => l.trim() !== "");
  const numbered = filled.length > 1 && filled.every((l) => NUMBER.test(l) || BULLET.test(l));
  return lines
    .map((l) => {
      const c = cleanBullet(l);
      if (c !== l || !numbered) return c;
      const n = NUMBER.exec(l);
      return n ? l.slice(n[0].length) : l;
    })
    .join("\n");
}
