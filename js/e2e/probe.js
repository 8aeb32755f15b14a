// What the package e2e checks on the seed, in Node, in a Vite build and in a plain page alike.
// EXPECTED is the one constant to strengthen as the parser grows.
export const EXPECTED = {
  kind: "document", encoding: "utf-8", firstBlock: "FORM 6-K", spanText: "FORM 6-K",
  registrant: "HANARO TELECOM, INC.", markdownHead: "## FORM 6-K",
};

/** The facts of `filing` (parsed from the seed by `form6k`) that EXPECTED is compared with;
 *  the Markdown's first line comes from the views module (loaded on first use in a worker). */
export function probe(form6k, filing) {
  const block = filing.documents[0]?.body?.pages[0]?.blocks[0];
  return {
    kind: filing.kind,
    encoding: filing.encoding,
    firstBlock: block?.text ?? null,
    spanText: block ? filing.source.slice(block.span.start, block.span.end) : null,
    registrant: filing.report?.registrants[0]?.name.value ?? null,
    markdownHead: form6k.toMarkdown(filing, "1")?.text.split("\n")[0] ?? null,
  };
}
