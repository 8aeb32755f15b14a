// A filing table as an analyst's grid: the parser's cells placed by their grid `column` and
// `colspan`, a lone currency sign joined to the number after it ("$" + "60,584" ->
// "$60,584"), a lone ")" or "%" joined to the number before it, and the columns that only
// held spacing or those signs dropped, so that headings sit over their numbers.
//
// Financial statements in HTML spread one figure over several columns
// (`<td>$</td><td>60,584</td><td></td>`) under a heading that spans all three
// (`<td colspan=3>July 1, 2023</td>`). Each kept column is the start of a value; a heading
// goes to the first kept column inside its span. A joined cell's span is the figure's own.

const CURRENCY = /^(?:US\s?\$|C\$|A\$|HK\$|NT\$|R\$|S\$|\$|€|£|¥|₩|₹|CHF|RMB|EUR|USD|GBP|JPY)$/i;
const NUMBER = /^[(\-−–]?\s*(?:US\s?\$|[$€£¥₩₹])?\s*\(?\d[\d,.\s]*%?\)?$|^[(\-−–]$|^[—–-]+$/;
const CLOSER = /^(?:\)|%|\)%|%\))$/;

/** Whether a cell's text reads as a figure ("60,584", "(1,234)", "12.5%", "—"). */
export function isNumeric(text) {
  return NUMBER.test(text.trim()) && /\d|^[—–-]+$/.test(text);
}

/**
 * rows of { text, span, colspan (kept columns), numeric, header } with null for an empty
 * slot, and the number of kept columns. Never throws on odd input: missing or nonsense
 * column numbers fall back to the cell's position in its row.
 */
export function tableGrid(table) {
  const rows = (table?.rows ?? []).map((r) => {
    let next = 0;
    const cells = (r.cells ?? []).map((c) => {
      const col = Number.isInteger(c.column) && c.column >= 0 ? c.column : next;
      const span = Number.isInteger(c.colspan) && c.colspan > 0 ? c.colspan : 1;
      next = col + span;
      return { text: String(c.text ?? "").trim(), span: c.span ?? null, col, end: col + span };
    }).filter((c) => c.text !== "");
    // Join signs to their figures.
    const joined = [];
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i], n = cells[i + 1];
      if (CURRENCY.test(c.text) && n && isNumeric(n.text)) {
        // The figure's own span: the sign and the markup between are not the value.
        joined.push({ text: c.text + n.text, span: n.span ?? c.span, col: c.col, end: n.end });
        i++;
      } else if (CLOSER.test(c.text) && joined.length && isNumeric(joined.at(-1).text + c.text)) {
        const p = joined.at(-1);
        joined[joined.length - 1] = { text: p.text + c.text, span: p.span ?? c.span, col: p.col, end: c.end };
      } else joined.push(c);
    }
    return { header: !!r.header, cells: joined };
  });
  // Value columns: where a cell of a row holding figures starts.
  const dataRow = (r) => !r.header && r.cells.some((c) => isNumeric(c.text));
  const starts = new Set();
  for (const r of rows) if (dataRow(r)) for (const c of r.cells) starts.add(c.col);
  const targetOf = (c) => {
    for (let k = c.col; k < c.end; k++) if (starts.has(k)) return k;
    return c.col;
  };
  const kept = [...new Set(rows.flatMap((r) => r.cells.map(targetOf)))].sort((a, b) => a - b);
  const index = new Map(kept.map((k, i) => [k, i]));
  const width = kept.length;
  const out = rows.map((r) => {
    const line = Array(width).fill(null);
    for (const c of r.cells) {
      const at = index.get(targetOf(c));
      // How many kept columns the cell covers, for the on-screen table.
      let colspan = 1;
      while (at + colspan < width && kept[at + colspan] < c.end) colspan++;
      const cell = { text: c.text, span: c.span, colspan, numeric: isNumeric(c.text), header: r.header };
      if (line[at]) line[at] = { ...line[at], text: `${line[at].text} ${c.text}`, span: cover(line[at].span, c.span) };
      else line[at] = cell;
    }
    return line;
  }).filter((line) => line.some(Boolean));
  return { rows: out, width };
}

/** The grid as CSV rows: every row as wide as the table, empty slots as "". */
export function gridRows(grid) {
  return grid.rows.map((line) => line.map((c) => (c ? c.text.replace(/\s+/g, " ") : "")));
}

function cover(a, b) {
  if (!a) return b;
  if (!b) return a;
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
