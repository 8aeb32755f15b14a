// Compiled with `tsc --noEmit -p js/types-test` (scripts/test-wasm.sh): the declarations are
// real types, not `any`; each @ts-expect-error fails the build if the line stops being an error.
import { attachment, parse, version, type Block, type Filing, type Span } from "form6k";

const filing: Filing = parse("<PAGE>\nFORM 6-K\n", { blocks: true });
const slice = (span: Span): string => filing.source.slice(span.start, span.end);

const kind: "submission" | "document" = filing.kind;
const label: string = filing.encodingLabel;
const name: string | undefined = filing.header?.parties[0]?.companyData?.conformedName?.value;
const registrant: string | undefined = filing.report?.registrants[0]?.name.value;
const rule: boolean | undefined = filing.report?.rule12g32b?.value;
const period: number | undefined = filing.report?.periodOfReport?.value.month;

for (const doc of filing.documents) {
  const seq: string | null = doc.sequence?.value ?? null;
  const format: string = doc.format;
  for (const page of doc.body?.pages ?? []) {
    for (const block of page.blocks) describe(block);
  }
  if (seq !== null && doc.attachment) {
    const bytes: Uint8Array | null = attachment(filing.source, seq);
    console.log(format, doc.attachment.contentType, doc.attachment.size, bytes?.length);
  }
}

function describe(block: Block): string {
  switch (block.kind) {
    case "text":
      return `${block.column ?? 0}: ${block.text} ${slice(block.span)}`;
    case "table":
      return block.rows.map((r) => r.cells.map((c) => `${c.column}+${c.colspan}:${c.text}`).join("|")).join("\n");
  }
}

for (const d of filing.diagnostics) {
  const severity: "error" | "warning" | "info" = d.severity;
  console.log(severity, d.code, d.message, slice(d.span));
}
console.log(version(), kind, label, name, registrant, rule, period);
parse(new Uint8Array([0x46]));

// @ts-expect-error input is a string or a Uint8Array
parse(42);
// @ts-expect-error unknown option
parse("", { block: false });
// @ts-expect-error body may be null
filing.documents[0]?.body.pages;
// @ts-expect-error not a kind
if (filing.kind === "filing") console.log();
// @ts-expect-error spans are numbers
const bad: string = filing.documents[0]?.span.start ?? 0;
console.log(bad);
parse("", { maxInput: 256 * 1024 * 1024 });
// @ts-expect-error the sequence is a string ("7"), and a number throws
attachment(filing.source, 7);

// toMarkdown and tableFacts (docs/markdown.md).
import { tableFacts, toMarkdown, type Fact, type Markdown } from "form6k";
const md: Markdown | null = toMarkdown(filing, "1");
const firstRange: Span | undefined = md?.map[0]?.markdownRange;
const facts: Fact[] = tableFacts(filing.source, "1");
const scaled: number | null = facts[0] ? (facts[0].value ?? 0) * (facts[0].scale ?? 1) : null;
console.log(md?.text.length, firstRange, scaled, facts[0]?.row, facts[0]?.column);
