/**
 * The limits of the model, in one table: the zod schemas take their maximum lengths from it,
 * validation checks the document-wide budgets, and forms can use it for `maxlength`. Chosen
 * so that every valid document is one LibreOffice and Word open in seconds, with room to spare
 * for real documents (the five examples have 230–460 values and 11,000–21,000 characters).
 * Zod-free: `@doingoai/core/lite` exports it.
 */
export const LIMITS = Object.freeze({
  /** A person's name: a signer, a chair, an awardee (characters). */
  name: 200,
  /** One line: a body, a title, a place, a recipient, an issuer, a column heading. */
  line: 500,
  /** The subject line (trích yếu). */
  subject: 1000,
  /** One paragraph of narrative (pasted text included). */
  paragraph: 10_000,
  /** One cell of a free table. */
  cell: 1000,
  /** The number and symbol of a cited text, a document symbol. */
  code: 100,
  /** Rows of one free table. */
  tableRows: 300,
  /** Columns of one free table. */
  tableColumns: 20,
  /**
   * Table rows in the whole document: the rows of every free table and of every list an
   * appendix may show as a table (delegations, projects, agreements, conferences).
   */
  documentTableRows: 600,
  /** Characters of all the text of a document together (about 330 printed pages: a province's consolidated draft, with every unit's narrative, needs room). */
  documentText: 1_000_000,
  /** Values of a document together: strings, numbers, booleans, objects, lists. */
  documentValues: 20_000,
  /** Characters of a document's JSON text (what `validateJson` parses at most). */
  jsonText: 2_000_000,
  /** Issues one validation returns at most (then one more says how many there were). */
  issues: 500,
} as const);

export type Limits = typeof LIMITS;
