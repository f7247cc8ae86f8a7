/** Types of `element-types.mjs`. */
export function derivedFiles(
  manifest: unknown,
  pkg?: { name: string; version: string },
): Record<string, string>;
