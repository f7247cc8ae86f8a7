/** Small paragraph builders shared by the frame, the body and the appendices. */
import { STYLE } from "./styles";
import { type WParagraphOptions, type WRunFormat, wParagraph, wRuns, type Xml } from "./wml";

/** A paragraph of one style holding `text` (or nothing). */
export function para(
  style: string,
  text = "",
  format: WRunFormat = {},
  options: WParagraphOptions = {},
): Xml {
  return wParagraph(style, text === "" ? [] : wRuns(text, format), options);
}

/**
 * A short solid rule: an empty paragraph whose bottom border is `length` twips long, centred in a
 * box `boxWidth` twips wide by equal indents. Paragraph borders render the same in Word and
 * LibreOffice, unlike drawn shapes or rows of underscores.
 */
export function rule(boxWidth: number, length: number, gapBefore = 0): Xml {
  const clamped = Math.max(200, Math.min(boxWidth, Math.round(length)));
  const side = Math.max(0, Math.floor((boxWidth - clamped) / 2));
  return wParagraph(STYLE.rule, [], {
    ...(gapBefore > 0 ? { before: gapBefore } : {}),
    indent: { left: side, right: side },
    border: { bottom: { size: 6, space: 1 } },
  });
}
