/** Types of `custom-elements.mjs`. */
export function buildManifest(): {
  schemaVersion: string;
  readme: string;
  modules: {
    kind: "javascript-module";
    path: string;
    declarations: Record<string, unknown>[];
    exports?: { kind: string; name: string; declaration: { name: string; module: string } }[];
  }[];
};
export function manifestText(manifest?: ReturnType<typeof buildManifest>): string;
export function generatedFiles(): Record<string, string>;
