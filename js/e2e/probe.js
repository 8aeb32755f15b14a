// What the package e2e checks on the seed, in Node, in a Vite build and in a plain page alike.
// EXPECTED is the one constant to strengthen as the parser grows.
export const EXPECTED = {
  kind: "document", encoding: "utf-8", firstBlock: "FORM 6-K", spanText: "FORM 6-K",
  registrant: "HANARO TELECOM, INC.",
};

/** The facts of `filing` (parsed from the seed) that EXPECTED is compared with. */
export function probe(filing) {
  const block = filing.documents[0]?.body?.pages[0]?.blocks[0];
  return {
    kind: filing.kind,
    encoding: filing.encoding,
    firstBlock: block?.text ?? null,
    spanText: block ? filing.source.slice(block.span.start, block.span.end) : null,
    registrant: filing.report?.registrants[0]?.name.value ?? null,
  };
}
