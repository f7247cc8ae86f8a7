/** Small paragraph builders shared by the frame, the body and the appendices, for either writer. */
import { STYLE } from "./styles";
import type { Wml, WParagraphOptions, WRunFormat } from "./wml";

/** A paragraph of one style holding `text` (or nothing). */
export function para<X>(
  w: Wml<X>,
  style: string,
  text = "",
  format: WRunFormat = {},
  options: WParagraphOptions = {},
): X {
  return w.paragraph(style, text === "" ? [] : w.runs(text, format), options);
}

/**
 * A short solid rule: an empty paragraph whose bottom border is `length` twips long, centred in a
 * box `boxWidth` twips wide by equal indents. Paragraph borders render the same in Word and
 * LibreOffice, unlike drawn shapes or rows of underscores.
 */
export function rule<X>(w: Wml<X>, boxWidth: number, length: number, gapBefore = 0): X {
  const clamped = Math.max(200, Math.min(boxWidth, Math.round(length)));
  const side = Math.max(0, Math.floor((boxWidth - clamped) / 2));
  return w.paragraph(STYLE.rule, [], {
    ...(gapBefore > 0 ? { before: gapBefore } : {}),
    indent: { left: side, right: side },
    border: { bottom: { size: 6, space: 1 } },
  });
}
