// A stand-in for www/pkg/form6k.js used by one e2e test: it returns the documented JSON
// shape (report, header parties, exhibits, signatures; spans as UTF-16 offsets) so that
// the page's rendering of every report field is checked before the real report reader
// lands. It understands just enough of the seed 6-K and a label-style header to do so.
// It is NOT a parser and is never deployed.
export default async function init() {}
export function initSync() {}
export function version() { return "mock"; }
export function attachment() { return null; }

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december"];

export function parse(input) {
  const bytes = typeof input === "string" ? null : input;
  const text = bytes ? new TextDecoder("windows-1252").decode(bytes) : input;
  const field = (re, group = 1, map = (v) => v) => {
    const m = re.exec(text);
    if (!m) return null;
    const start = m.index + m[0].indexOf(m[group]);
    return { value: map(m[group]), span: { start, end: start + m[group].length } };
  };
  const month = field(/For the month of\s+([A-Za-z]+\s+\d{4})/);
  if (month) {
    const [mn, y] = month.value.split(/\s+/);
    month.value = { year: Number(y), month: MONTHS.indexOf(mn.toLowerCase()) + 1, day: null };
  }
  const reg = field(/\n[ \t]*([^\n]+?)[ \t]*\r?\n[ \t]*\(Name of/);
  const addr = field(/\n[ \t]*(Kukje[^\n]+)/);
  const ex = [...text.matchAll(/Exhibit (\d+\.\d+):\s+([^\n]+)/g)].map((m) => {
    const s = m.index + 8;
    const d = m.index + m[0].indexOf(m[2]);
    return { number: { value: m[1], span: { start: s, end: s + m[1].length } },
      description: { value: m[2], span: { start: d, end: d + m[2].length } }, document: "1" };
  });
  const report = month || reg ? {
    formType: field(/FORM (6-K)/),
    periodOfReport: month,
    commissionFileNumbers: [],
    registrants: reg ? [{ name: reg, englishName: null }] : [],
    addresses: addr ? [addr] : [],
    annualReportForm: field(/Form (20-F)\s+X/),
    paperSubmissionRule101b1: null,
    paperSubmissionRule101b7: null,
    rule12g32b: field(/Yes\s+No\s+(X)/, 1, () => false),
    rule12g32bFileNumber: null,
    exhibits: ex,
    signatures: [{ registrant: null, date: field(/Date:\s+(\w+ \d+, \d{4})/, 1, () => "2003-04-08"),
      by: field(/By:\s+(\/s\/[^\n]+)/), name: field(/Name:\s+([^\n]+)/), title: field(/Title:\s+([^\n]+)/) }],
    document: "1",
  } : null;
  const header = /ACCESSION NUMBER:/.test(text) ? {
    accessionNumber: field(/ACCESSION NUMBER:\s+(\S+)/),
    submissionType: field(/CONFORMED SUBMISSION TYPE:\s+(\S+)/),
    filedAsOf: field(/FILED AS OF DATE:\s+(\d{8})/, 1, (v) => `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}`),
    items: [], groupMembers: [], other: [], span: { start: 0, end: 0 },
    parties: [{
      role: field(/\n(FILER):/),
      companyData: { conformedName: field(/COMPANY CONFORMED NAME:\s+([^\n]+)/), cik: field(/CENTRAL INDEX KEY:\s+(\d+)/), other: [] },
      filingValues: [{ formType: field(/FORM TYPE:\s+(\S+)/), fileNumber: field(/SEC FILE NUMBER:\s+(\S+)/), other: [] }],
      businessAddress: { street1: field(/STREET 1:\s+([^\n]+)/), city: field(/CITY:\s+([^\n]+)/), other: [], span: { start: 0, end: 0 } },
      mailAddress: null,
      formerNames: [{ name: field(/FORMER CONFORMED NAME:\s+([^\n]+)/), dateChanged: field(/DATE OF NAME CHANGE:\s+(\d+)/), span: { start: 0, end: 0 } }],
      other: [], span: { start: 0, end: 0 },
    }],
  } : null;
  const lines = [];
  for (const m of text.matchAll(/[^\n]*\S[^\n]*/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    lines.push({ kind: "text", text: m[0].trim(), span: { start: m.index + lead, end: m.index + m[0].trimEnd().length }, column: lead });
  }
  lines.splice(3, 0, { kind: "table", span: { start: 0, end: 10 }, caption: { text: "Mock table", span: { start: 0, end: 4 } }, columns: 3,
    rows: [{ span: { start: 0, end: 4 }, header: true, cells: [{ text: "Exhibit", span: { start: 0, end: 4 }, column: 0, colspan: 1, rowspan: 1 }, { text: "Description", span: { start: 0, end: 4 }, column: 1, colspan: 1, rowspan: 1 }, { text: "Pages", span: { start: 0, end: 4 }, column: 2, colspan: 1, rowspan: 1 }] },
      { span: { start: 0, end: 4 }, header: false, cells: [{ text: "=99.1", span: { start: 0, end: 4 }, column: 0, colspan: 1, rowspan: 1 }, { text: "Annual, \"report\"", span: { start: 0, end: 4 }, column: 1, colspan: 1, rowspan: 1 }, { text: "12", span: { start: 0, end: 4 }, column: 2, colspan: 1, rowspan: 1 }] }] });
  const out = {
    kind: header ? "submission" : "document", encoding: bytes ? "windows-1252" : "utf-8",
    wrapper: { privacyEnhanced: false, root: null, rootValue: null, headerStyle: null }, header,
    documents: [{ type: field(/FORM (6-K)/), sequence: { value: "1", span: { start: 0, end: 0 } }, filename: null, description: null,
      format: "text", span: { start: 0, end: text.length }, bodySpan: { start: 0, end: text.length }, attachment: null,
      body: { pages: [{ number: 1, span: { start: 0, end: text.length }, blocks: lines }] } }],
    report,
    diagnostics: [{ severity: "warning", code: "mock-diagnostic", message: "a diagnostic from the mock", span: reg?.span ?? { start: 0, end: 0 } }],
  };
  // Fields the page does not know yet (later output will add some like these): they must
  // not break the rendering, and the JSON panel shows them.
  out.futureField = { value: "from a later version", span: { start: 0, end: 4 } };
  if (report) {
    report.items = [{ value: "Item 5.02", span: { start: 0, end: 4 } }];
    for (const x of report.exhibits) x.location = { document: "1", span: { start: 0, end: 4 } };
  }
  for (const r of lines[3].rows) for (const c of r.cells) c.number = /^\d/.test(c.text) ? Number(c.text) : null;
  out.documents[0].newThing = [1, 2, 3];
  if (bytes) out.source = text;
  return out;
}
