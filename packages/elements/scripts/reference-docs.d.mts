export function referenceMarkdown(manifest: unknown): string;
