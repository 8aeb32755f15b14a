// A filing table as an analyst's grid: the parser's cells placed by their grid `column` and
// `colspan`, a lone currency sign joined to the number after it ("$" + "60,584" ->
// "$60,584"), a lone ")" or "%" joined to the number before it, and the columns that only
// held spacing or those signs dropped, so that headings sit over their numbers.
//
// Financial statements in HTML spread one figure over several columns
// (`<td>$</td><td>60,584</td><td></td>`) under a heading that spans all three
// (`<td colspan=3>July 1, 2023</td>`). The figures' column ranges, merged where they overlap,
// are the value columns; a heading goes to the first value column its span overlaps. A
// joined cell's span is the figure's own.

const CURRENCY = /^(?:US\s?\$|C\$|A\$|HK\$|NT\$|R\$|S\$|\$|€|£|¥|₩|₹|CHF|RMB|EUR|USD|GBP|JPY)$/i;
const NUMBER = /^[(\-−–]?\s*(?:US\s?\$|[$€£¥₩₹])?\s*\(?\d[\d,.\s]*%?\)?$|^[(\-−–]$|^[—–-]+$/;
const CLOSER = /^(?:\)|%|\)%|%\))$/;

/** Whether a cell's text reads as a figure ("60,584", "(1,234)", "12.5%", "—"). */
export function isNumeric(text) {
  return NUMBER.test(text.trim()) && /\d|^[—–-]+$/.test(text);
}

/**
 * rows of { text, span, parts, colspan (kept columns), numeric, header } with null for an empty
 * slot, and the number of kept columns; parts are the parser's cells a grid cell was joined
 * from, {text, span, sep} (sep: what is shown before it). Never throws on odd input: missing or nonsense
 * column numbers fall back to the cell's position in its row.
 */
export function tableGrid(table) {
  const rows = (table?.rows ?? []).map((r) => {
    let next = 0;
    const cells = (r.cells ?? []).map((c) => {
      const col = Number.isInteger(c.column) && c.column >= 0 ? c.column : next;
      const span = Number.isInteger(c.colspan) && c.colspan > 0 ? c.colspan : 1;
      next = col + span;
      const text = String(c.text ?? "").trim();
      return { text, span: c.span ?? null, col, end: col + span, parts: [{ text, span: c.span ?? null, sep: "" }] };
    }).filter((c) => c.text !== "");
    // Join signs to their figures.
    const joined = [];
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i], n = cells[i + 1];
      if (CURRENCY.test(c.text) && n && isNumeric(n.text)) {
        // The figure's own span: the sign and the markup between are not the value.
        joined.push({ text: c.text + n.text, span: n.span ?? c.span, col: c.col, end: n.end, parts: [...c.parts, ...n.parts] });
        i++;
      } else if (CLOSER.test(c.text) && joined.length && isNumeric(joined.at(-1).text + c.text)) {
        const p = joined.at(-1);
        joined[joined.length - 1] = { text: p.text + c.text, span: p.span ?? c.span, col: p.col, end: c.end, parts: [...p.parts, ...c.parts] };
      } else joined.push(c);
    }
    return { header: !!r.header, cells: joined };
  });
  // Value columns: the column ranges the figures of data rows cover, overlapping ranges
  // merged (a "$ | 3,860" pair covers the column of a lone "823" below it). A row whose
  // only figures are years ("2023  2022") is a heading row, not data.
  const YEAR = /^(?:19|20)\d\d$/;
  const dataRow = (r) => !r.header && r.cells.some((c) => isNumeric(c.text) && !YEAR.test(c.text));
  const ranges = rows.filter(dataRow).flatMap((r) => r.cells.filter((c) => isNumeric(c.text)))
    .map((c) => ({ start: c.col, end: c.end })).sort((x, y) => x.start - y.start || x.end - y.end);
  const columns = []; // {start, end, value}: value columns merged, text columns one grid column wide
  for (const g of ranges) {
    const last = columns.at(-1);
    if (last && g.start < last.end) last.end = Math.max(last.end, g.end);
    else columns.push({ ...g, value: true });
  }
  const overlaps = (k, c) => c.col < k.end && c.end > k.start;
  // Every other cell goes to the first value column it overlaps, else a column of its own start.
  for (const r of rows) for (const c of r.cells) {
    if (!columns.some((k) => overlaps(k, c))) {
      if (!columns.some((k) => !k.value && k.start === c.col)) columns.push({ start: c.col, end: c.col + 1, value: false });
    }
  }
  columns.sort((x, y) => x.start - y.start);
  const width = columns.length;
  const out = rows.map((r) => {
    const line = Array(width).fill(null);
    for (const c of r.cells) {
      let at = columns.findIndex((k) => k.value && overlaps(k, c));
      if (at < 0) at = columns.findIndex((k) => !k.value && k.start === c.col);
      if (at < 0) continue; // cannot happen: every cell has a column
      // How many columns the cell covers, for the on-screen table.
      let colspan = 1;
      while (at + colspan < width && columns[at + colspan].start < c.end) colspan++;
      const cell = { text: c.text, span: c.span, parts: c.parts, colspan, numeric: isNumeric(c.text), header: r.header };
      if (line[at]) {
        line[at] = { ...line[at], text: `${line[at].text} ${c.text}`, span: cover(line[at].span, c.span),
          parts: [...line[at].parts, { ...c.parts[0], sep: " " }, ...c.parts.slice(1)] };
      }
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
