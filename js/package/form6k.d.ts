// Type declarations for the form6k npm package, written by hand beside the Rust types
// (src/lib.rs, src/span.rs, src/decode.rs, src/diagnostic.rs, src/envelope/mod.rs,
// src/envelope/header.rs, src/body/mod.rs, src/report/mod.rs). The JSON shape is the
// Rust serde output (camelCase, `null` for a missing value); schema/form6k.schema.json
// describes the same shape for the CLI. Keep the three in step.

/** Half-open range `[start, end)`. From JS: UTF-16 code-unit offsets into `Filing.source`. */
export interface Span {
  start: number;
  end: number;
}

/** A value read from the filing with the span it came from. */
export interface Field<T> {
  value: T;
  span: Span;
}

/** How the input bytes were decoded (`utf-8+windows-1252`: UTF-8 with stray Windows-1252 bytes). */
export type Encoding = "utf-8" | "utf-8+windows-1252" | "windows-1252" | "utf-16le" | "utf-16be";

/** WHATWG label for `TextDecoder`. */
export type EncodingLabel = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

/** `submission`: an EDGAR submission (a header, with or without documents); `document`: one document. */
export type InputKind = "submission" | "document";

/** `label`: `KEY:<tab>value` lines; `tag`: the dissemination `.nc` style. */
export type HeaderStyle = "label" | "tag";

export interface Wrapper {
  /** `-----BEGIN PRIVACY-ENHANCED MESSAGE-----` armour present. */
  privacyEnhanced: boolean;
  /** `SEC-DOCUMENT`, `IMS-DOCUMENT` or `SUBMISSION`. */
  root: Field<string> | null;
  /** The text after the root tag, e.g. `0000092122-05-000042.txt : 20050125`. */
  rootValue: Field<string> | null;
  headerStyle: HeaderStyle | null;
  /** The armour lines and the root's opening and closing lines. */
  spans: Span[];
}

/** A key and value as written, kept when the model does not name the key. */
export interface RawField {
  key: string;
  value: string;
  /** The value's span. */
  span: Span;
  /** The key's span. */
  keySpan: Span;
}

/** Standard Industrial Classification: `ELECTRIC SERVICES [4911]` or `4911`. */
export interface Sic {
  code: string | null;
  name: string | null;
  raw: string;
}

/** The Act: `1934 Act` or `34`, normalized to `34`. */
export interface Act {
  value: string;
  raw: string;
}

export interface CompanyData {
  conformedName: Field<string> | null;
  cik: Field<string> | null;
  sic: Field<Sic> | null;
  organizationName: Field<string> | null;
  irsNumber: Field<string> | null;
  stateOfIncorporation: Field<string> | null;
  /** `MMDD` as written, e.g. `1231`. */
  fiscalYearEnd: Field<string> | null;
  other: RawField[];
}

export interface FilingValues {
  formType: Field<string> | null;
  act: Field<Act> | null;
  fileNumber: Field<string> | null;
  filmNumber: Field<string> | null;
  other: RawField[];
}

export interface Address {
  street1: Field<string> | null;
  street2: Field<string> | null;
  city: Field<string> | null;
  state: Field<string> | null;
  zip: Field<string> | null;
  phone: Field<string> | null;
  other: RawField[];
  span: Span;
}

export interface FormerName {
  name: Field<string> | null;
  /** `YYYY-MM-DD`. */
  dateChanged: Field<string> | null;
  span: Span;
}

/** One party: `FILER`, `FILED BY`, `SUBJECT COMPANY`, `REPORTING OWNER`, `ISSUER`... */
export interface Party {
  /** The role as written in the label style, e.g. `SUBJECT COMPANY`. */
  role: Field<string>;
  companyData: CompanyData | null;
  filingValues: FilingValues[];
  businessAddress: Address | null;
  mailAddress: Address | null;
  formerNames: FormerName[];
  other: RawField[];
  span: Span;
}

export interface Header {
  accessionNumber: Field<string> | null;
  submissionType: Field<string> | null;
  publicDocumentCount: Field<number> | null;
  /** `YYYY-MM-DD`. */
  period: Field<string> | null;
  /** `YYYY-MM-DD`. */
  filedAsOf: Field<string> | null;
  /** `YYYY-MM-DD`. */
  dateOfChange: Field<string> | null;
  /** `YYYY-MM-DDTHH:MM:SS` (EDGAR's clock, US Eastern). */
  acceptanceDateTime: Field<string> | null;
  effectivenessDate: Field<string> | null;
  items: Field<string>[];
  groupMembers: Field<string>[];
  parties: Party[];
  other: RawField[];
  span: Span;
}

/** What a document's body is; an unknown format keeps its name. */
export type DocumentFormat =
  | "text"
  | "html"
  | "inlineXbrl"
  | "xml"
  | "xbrl"
  | "pdf"
  | "uuencoded"
  | "empty"
  | (string & {});

/** A uuencoded attachment; its bytes come from `attachment(input, sequence)`. */
export interface Attachment {
  /** The name on the `begin` line. */
  name: Field<string>;
  /** The mode on the `begin` line, e.g. `644`. */
  mode: string;
  /** Size in decoded bytes. */
  size: number;
  /**
   * A MIME type read from the decoded bytes' magic numbers: `application/pdf`, `image/jpeg`,
   * `image/png`, `image/gif`, `application/zip`, the Office Open XML types (e.g.
   * `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`),
   * `application/x-ole-storage` (legacy .doc/.xls/.ppt), else `application/octet-stream`.
   */
  contentType: string;
}

/** One `<DOCUMENT>`, or the whole input when it is a bare document. */
export interface Document {
  type: Field<string> | null;
  sequence: Field<string> | null;
  filename: Field<string> | null;
  description: Field<string> | null;
  format: DocumentFormat;
  /** The whole `<DOCUMENT>...</DOCUMENT>` block. */
  span: Span;
  /** Inside `<TEXT>...</TEXT>`. */
  bodySpan: Span;
  attachment: Attachment | null;
  /** Pages and blocks of a text or HTML body; `null` for other formats or with `{ blocks: false }`. */
  body: Body | null;
}

export interface Body {
  pages: Page[];
}

export interface Page {
  /** 1-based. */
  number: number;
  span: Span;
  blocks: Block[];
}

/** A line (plain text) or paragraph (HTML). */
export interface TextBlock {
  text: string;
  span: Span;
  /** Plain text only: the visual column (tabs expanded) of the first character. */
  column: number | null;
  /** How the block was set; absent for a plain paragraph or line. */
  style?: BlockStyle;
}

/** Typographic hints of a text block; each field is absent when unset. */
export interface BlockStyle {
  /** 1-6 inside `<h1>`..`<h6>`. */
  heading?: number;
  /** Every letter or digit of the block is inside `<b>`, `<strong>` or bold CSS. */
  bold?: true;
  /** Inside `align=center`, `text-align:center` or `<center>`. */
  centered?: true;
  /** Inside `<li>`: its list. */
  list?: "bullet" | "ordered";
  /** Plain text: a blank line (or a table, or the page start) comes before the line; HTML: space (a margin, an empty paragraph, a `<br>` line) comes before the block. */
  blankBefore?: true;
  /** HTML: the font size of the block's letters in points, rounded, when the markup says. */
  size?: number;
  /** Every letter or digit of the block is inside `<i>`, `<em>` or italic CSS. */
  italic?: true;
}

export interface Cell {
  text: string;
  span: Span;
  /** 0-based grid column where the cell starts. */
  column: number;
  colspan: number;
  rowspan: number;
  /** The figure the cell holds; absent when it holds none. */
  number?: CellNumber;
}

/** A figure in a table cell: "60,584", "(1,234)", "(1.2)%", "$ 2,141", "US$36.8 million", "—". */
export interface CellNumber {
  /** Signed and unscaled: "(488)" is -488; null for a dash (a nil figure). */
  value: number | null;
  negative: boolean;
  percent: boolean;
  /** As printed: "$", "US$", "RMB", "€", "¥" ... */
  currency: string | null;
  /** A scale printed with the figure ("36.8 million": 1000000). */
  scale: number | null;
  /** The figure with its sign, currency and "%", across the cells that joined it. */
  span: Span;
}

/** The scale and currency a table states: "(in millions of US$, except per share data)". */
export interface Unit {
  /** 1000, 1000000 ... */
  scale: number | null;
  /** A symbol as printed ("US$", "RMB"), a currency's name as its code ("USD", "EUR"). */
  currency: string | null;
  /** Per-share figures are not scaled. */
  exceptPerShare: boolean;
  /** The scale of share counts, when stated apart ("shares ... in thousands"). */
  shareScale?: number;
  /** The caption, heading cell or line above the table that states it. */
  text: string;
  span: Span;
}

export interface Row {
  span: Span;
  /** A header row. */
  header: boolean;
  cells: Cell[];
}

export interface Table {
  span: Span;
  caption: TextBlock | null;
  rows: Row[];
  /** Number of grid columns (after colspans). */
  columns: number;
  /** The scale and currency the table states; absent when it states none. */
  unit?: Unit;
}

export type Block = ({ kind: "text" } & TextBlock) | ({ kind: "table" } & Table);

/** A month, or a full date when the cover states one. */
export interface Period {
  year: number;
  month: number;
  day: number | null;
}

export interface Registrant {
  /** As printed (the native name when a translation follows). */
  name: Field<string>;
  englishName: Field<string> | null;
}

export interface Exhibit {
  /** As listed, e.g. `99.1`. */
  number: Field<string>;
  description: Field<string> | null;
  /** The `<SEQUENCE>` of the document that holds this exhibit: its own `EX-` document,
   * or the 6-K document itself when the exhibit follows the cover there. */
  document: string | null;
  /** Where the exhibit starts: its heading ("Exhibit 99.1") or its document's body. */
  start: Span | null;
  /** The page of that document where it starts (1-based). */
  page: number | null;
}

export interface Signature {
  registrant: Field<string> | null;
  /** `YYYY-MM-DD`. */
  date: Field<string> | null;
  /** The signature itself, e.g. `/s/ Kyu June Hwang`. */
  by: Field<string> | null;
  name: Field<string> | null;
  title: Field<string> | null;
}

/** The 6-K cover and what follows it. */
export interface Report {
  /** `6-K` or `6-K/A`. */
  formType: Field<string>;
  periodOfReport: Field<Period> | null;
  commissionFileNumbers: Field<string>[];
  registrants: Registrant[];
  addresses: Field<string>[];
  /** `20-F` or `40-F`. */
  annualReportForm: Field<string> | null;
  paperSubmissionRule101b1: Field<boolean> | null;
  paperSubmissionRule101b7: Field<boolean> | null;
  /** Rule 12g3-2(b): Yes is `true`. */
  rule12g32b: Field<boolean> | null;
  /** `82-...`. */
  rule12g32bFileNumber: Field<string> | null;
  exhibits: Exhibit[];
  signatures: Signature[];
  /** The `<SEQUENCE>` of the document the cover was read from. */
  document: string | null;
  /** What the report furnishes: one item per exhibit, or the cover document's content. */
  items: Item[];
}

/** The vocabulary of `Item.topics` (meanings in docs/topics.md). */
export type Topic =
  | "results"
  | "dividend"
  | "shareholder-meeting"
  | "management-change"
  | "securities-offering"
  | "share-buyback"
  | "ownership"
  | "m-and-a"
  | "operations"
  | "legal-regulatory"
  | "annual-report"
  | "other";

export interface TopicEvidence {
  topic: Topic;
  /** The words that decided it (empty for `other`). */
  evidence: Span[];
}

export interface FiscalPeriod {
  kind: "quarter" | "half" | "nine-months" | "year" | "month";
  /** 1-4 for a quarter, 1-2 for a half, when stated. */
  number: number | null;
  /** The (fiscal) year as printed, e.g. 2009 for "Second Quarter 2009". */
  year: number | null;
  /** `YYYY-MM-DD`, when the end date is stated ("ended June 30, 2009"). */
  end: string | null;
}

/** One thing the 6-K furnishes: an exhibit, or the cover document's own content. */
export interface Item {
  /** The exhibit number, e.g. `99.1`, or null for the cover document's content. */
  exhibit: Field<string> | null;
  /** The `<SEQUENCE>` of the document the item is in. */
  document: string | null;
  span: Span;
  /** The title of the news or report as printed; null when none is printed. */
  headline: Field<string> | null;
  /** The dateline date, `YYYY-MM-DD`. */
  date: Field<string> | null;
  /** The main topic first; `other` alone when no topic has enough evidence. */
  topics: TopicEvidence[];
  /** For `results`: the period the results cover. */
  fiscalPeriod: Field<FiscalPeriod> | null;
}

export type Severity = "error" | "warning" | "info";

/** Something the parser could not read, or read with doubt. */
export interface Diagnostic {
  severity: Severity;
  /** Stable, kebab-case, e.g. `missing-closing-tag`. */
  code: string;
  /** For people; may change. */
  message: string;
  span: Span;
  /** A second place the diagnostic compares with (the header's value), when there is one. */
  related?: Span;
}

/** Everything read from one input: the CLI's JSON plus `source` and `encodingLabel`. */
export interface Filing {
  kind: InputKind;
  encoding: Encoding;
  wrapper: Wrapper;
  header: Header | null;
  documents: Document[];
  report: Report | null;
  diagnostics: Diagnostic[];
  /**
   * The text every span indexes, as UTF-16 offsets (`source.slice(span.start, span.end)`):
   * the input itself when it was a string, the decoded bytes when it was a Uint8Array.
   */
  source: string;
  /** How bytes were decoded, as a `TextDecoder` label (`utf-8` for string input). */
  encodingLabel: EncodingLabel;
}

export interface ParseOptions {
  /** Include each document's pages and blocks (default `true`). The report is read either way. */
  blocks?: boolean;
  /**
   * Inputs longer than this many bytes are not read: the result holds only an
   * `input-too-large` error diagnostic. Default 64 MiB (67,108,864); a whole number.
   */
  maxInput?: number;
}

/**
 * Parse an EDGAR submission, header, `<DOCUMENT>` block or bare 6-K.
 * Never throws on content (see `diagnostics`); throws an `Error` when `input` is not a
 * string or Uint8Array, or `options` is not `{ blocks?: boolean, maxInput?: number }`.
 */
export function parse(input: string | Uint8Array, options?: ParseOptions | null): Filing;

/**
 * The decoded bytes of the uuencoded attachment in the document with this `<SEQUENCE>`,
 * or `null` when there is no such document or it has no attachment. Reads only the envelope.
 * Throws an `Error` when `sequence` is not a string (`attachment(bytes, "7")`, not `7`).
 */
export function attachment(input: string | Uint8Array, sequence: string): Uint8Array | null;

/** The crate version, e.g. `0.1.0`. */
export function version(): string;

/** A document as Markdown, with where each piece came from. */
export interface Markdown {
  text: string;
  /** One entry per line of text and per table cell, in order. */
  map: MarkdownSpan[];
}

export interface MarkdownSpan {
  /** UTF-16 range of `Markdown.text`. */
  markdownRange: Span;
  /** UTF-16 range of `filing.source`, as every span of `parse`. */
  span: Span;
}

/** One figure of a table: (row label, column heading, value, unit). */
export interface Fact {
  /** The document's `<SEQUENCE>`. */
  document: string | null;
  /** 1-based index of the table in the document. */
  table: number;
  /** The row label, e.g. "Net sales". */
  row: string;
  /** The resolved column heading, e.g. "Three Months Ended June 30, 2009". */
  column: string;
  /** As printed, with the `$`, `)` or `%` cells that joined it: "$(0.04)". */
  raw: string;
  /** Signed and unscaled ("(488)" is -488); null for a dash. */
  value: number | null;
  /** 1, 1000, 1000000 ... from the figure or the table's unit; null when nothing states it. */
  scale: number | null;
  currency: string | null;
  percent: boolean;
  span: Span;
}

/**
 * The document with this `<SEQUENCE>` as Markdown (headings, paragraphs, lists, `---`
 * between pages, GitHub tables), or `null` when there is no such document or it has no
 * text body. `filing` is what `parse` returned (its `source` is parsed again) or the
 * input itself. A bare document (no `<SEQUENCE>`) is `"1"`.
 */
export function toMarkdown(filing: Filing | string | Uint8Array, sequence: string): Markdown | null;

/** Every figure in the tables of the document with this `<SEQUENCE>` (see `toMarkdown`). */
export function tableFacts(filing: Filing | string | Uint8Array, sequence: string): Fact[];
