"""The shapes of form6k's output as TypedDicts: what parse, covers and table_facts return.

Generated from schema/form6k.schema.json by python/tools/gen_types.py; do not edit by hand
(the tests check that this file is what the schema gives). Keys are the JSON names
(camelCase). A value read from the filing is a Field: {"value": ..., "span": Span}.
"""

from __future__ import annotations

import os
from typing import List, Literal, NamedTuple, Optional, TypedDict, Union


class Span(TypedDict):
    """Half-open range [start, end): byte offsets into the input as given (CLI, Rust); UTF-16 code-unit offsets into `source` (JS API)."""

    start: int
    end: int


class FieldString(TypedDict):
    value: str
    span: Span


class Wrapper(TypedDict):
    privacyEnhanced: bool
    spans: List[Span]
    root: Optional[FieldString]
    rootValue: Optional[FieldString]
    headerStyle: Optional[Literal['label', 'tag']]


class FieldInt(TypedDict):
    """A value read from the filing, with the span it was read from."""

    value: int
    span: Span


class Sic(TypedDict):
    code: Optional[str]
    name: Optional[str]
    raw: str


class FieldSic(TypedDict):
    """A value read from the filing, with the span it was read from."""

    value: Sic
    span: Span


class RawField(TypedDict):
    key: str
    value: str
    span: Span
    keySpan: Span


class CompanyData(TypedDict):
    conformedName: Optional[FieldString]
    cik: Optional[FieldString]
    sic: Optional[FieldSic]
    organizationName: Optional[FieldString]
    irsNumber: Optional[FieldString]
    stateOfIncorporation: Optional[FieldString]
    fiscalYearEnd: Optional[FieldString]
    other: List[RawField]


class Act(TypedDict):
    value: str
    raw: str


class FieldAct(TypedDict):
    """A value read from the filing, with the span it was read from."""

    value: Act
    span: Span


class FilingValues(TypedDict):
    formType: Optional[FieldString]
    act: Optional[FieldAct]
    fileNumber: Optional[FieldString]
    filmNumber: Optional[FieldString]
    other: List[RawField]


class Address(TypedDict):
    street1: Optional[FieldString]
    street2: Optional[FieldString]
    city: Optional[FieldString]
    state: Optional[FieldString]
    zip: Optional[FieldString]
    phone: Optional[FieldString]
    other: List[RawField]
    span: Span


class FormerName(TypedDict):
    name: Optional[FieldString]
    dateChanged: Optional[FieldString]
    span: Span


class Party(TypedDict):
    role: FieldString
    companyData: Optional[CompanyData]
    filingValues: List[FilingValues]
    businessAddress: Optional[Address]
    mailAddress: Optional[Address]
    formerNames: List[FormerName]
    other: List[RawField]
    span: Span


class Header(TypedDict):
    accessionNumber: Optional[FieldString]
    submissionType: Optional[FieldString]
    publicDocumentCount: Optional[FieldInt]
    period: Optional[FieldString]
    filedAsOf: Optional[FieldString]
    dateOfChange: Optional[FieldString]
    acceptanceDateTime: Optional[FieldString]
    effectivenessDate: Optional[FieldString]
    items: List[FieldString]
    groupMembers: List[FieldString]
    parties: List[Party]
    other: List[RawField]
    span: Span


class Attachment(TypedDict):
    name: FieldString
    mode: str
    size: int
    contentType: str
    """MIME type from the decoded bytes' magic numbers, e.g. application/pdf, image/jpeg; application/octet-stream when unknown"""


class _BlockStyleRequired(TypedDict):
    pass


class BlockStyle(_BlockStyleRequired, total=False):
    """How a text block was set, present only when it has some style; each field is present only when set."""

    heading: int
    """1-6 inside <h1>..<h6>."""
    bold: Literal[True]
    """Every letter or digit of the block is bold."""
    centered: Literal[True]
    """Inside align=center, text-align:center or <center>."""
    list: Literal['bullet', 'ordered']
    """Inside <li>: a <ul> (bullet) or <ol> (ordered) list."""
    blankBefore: Literal[True]
    """Plain text: a blank line (or a table, or the page start) comes before the line; HTML: space (a margin, an empty paragraph, a <br> line) comes before the block."""
    size: int
    """HTML: the font size of the block's letters in points, rounded, when the markup says."""
    italic: Literal[True]
    """Every letter or digit of the block is italic."""


class _BlockTextRequired(TypedDict):
    kind: Literal['text']
    text: str
    span: Span
    column: Optional[int]


class BlockText(_BlockTextRequired, total=False):
    """A block of kind 'text'."""

    style: BlockStyle


class _TextBlockRequired(TypedDict):
    text: str
    span: Span
    column: Optional[int]


class TextBlock(_TextBlockRequired, total=False):
    style: BlockStyle


class Number(TypedDict):
    """A figure read from a table cell, present only when the cell holds one: value signed and unscaled ((488) is -488), null for a dash (a nil figure)."""

    value: Optional[float]
    negative: bool
    percent: bool
    currency: Optional[str]
    scale: Optional[int]
    span: Span


class _CellRequired(TypedDict):
    text: str
    span: Span
    column: int
    colspan: int
    rowspan: int


class Cell(_CellRequired, total=False):
    number: Number


class Row(TypedDict):
    span: Span
    header: bool
    cells: List[Cell]


class _UnitRequired(TypedDict):
    scale: Optional[int]
    currency: Optional[str]
    exceptPerShare: bool
    text: str
    span: Span


class Unit(_UnitRequired, total=False):
    """The scale and currency a table states for its figures, present only when it states them."""

    shareScale: int


class _BlockTableRequired(TypedDict):
    kind: Literal['table']
    span: Span
    caption: Optional[TextBlock]
    rows: List[Row]
    columns: int


class BlockTable(_BlockTableRequired, total=False):
    """A block of kind 'table'."""

    unit: Unit


class Page(TypedDict):
    number: int
    span: Span
    blocks: List[Block]


class Body(TypedDict):
    pages: List[Page]


class Document(TypedDict):
    type: Optional[FieldString]
    sequence: Optional[FieldString]
    filename: Optional[FieldString]
    description: Optional[FieldString]
    format: DocumentFormat
    span: Span
    bodySpan: Span
    attachment: Optional[Attachment]
    body: Optional[Body]


class Period(TypedDict):
    year: int
    month: int
    day: Optional[int]


class FieldPeriod(TypedDict):
    """A value read from the filing, with the span it was read from."""

    value: Period
    span: Span


class Registrant(TypedDict):
    name: FieldString
    englishName: Optional[FieldString]


class FieldBool(TypedDict):
    """A value read from the filing, with the span it was read from."""

    value: bool
    span: Span


class Exhibit(TypedDict):
    number: FieldString
    description: Optional[FieldString]
    document: Optional[str]
    start: Optional[Span]
    page: Optional[int]


class Signature(TypedDict):
    registrant: Optional[FieldString]
    date: Optional[FieldString]
    by: Optional[FieldString]
    name: Optional[FieldString]
    title: Optional[FieldString]


class TopicEvidence(TypedDict):
    topic: Topic
    evidence: List[Span]


class FiscalPeriod(TypedDict):
    kind: Literal['quarter', 'half', 'nine-months', 'year', 'month']
    number: Optional[int]
    year: Optional[int]
    end: Optional[str]


class FieldFiscalPeriod(TypedDict):
    """A value read from the filing, with the span it was read from."""

    value: FiscalPeriod
    span: Span


class Item(TypedDict):
    exhibit: Optional[FieldString]
    document: Optional[str]
    span: Span
    headline: Optional[FieldString]
    date: Optional[FieldString]
    topics: List[TopicEvidence]
    fiscalPeriod: Optional[FieldFiscalPeriod]


class Report(TypedDict):
    formType: FieldString
    periodOfReport: Optional[FieldPeriod]
    commissionFileNumbers: List[FieldString]
    registrants: List[Registrant]
    addresses: List[FieldString]
    annualReportForm: Optional[FieldString]
    paperSubmissionRule101b1: Optional[FieldBool]
    paperSubmissionRule101b7: Optional[FieldBool]
    rule12g32b: Optional[FieldBool]
    rule12g32bFileNumber: Optional[FieldString]
    exhibits: List[Exhibit]
    signatures: List[Signature]
    document: Optional[str]
    items: List[Item]


class _DiagnosticRequired(TypedDict):
    severity: Literal['error', 'warning', 'info']
    code: str
    message: str
    span: Span


class Diagnostic(_DiagnosticRequired, total=False):
    related: Span


class Filing(TypedDict):
    """The JSON of one parsed EDGAR input: `form6k parse FILE` (CLI) and `parse()` (npm package, which adds `source` and `encodingLabel`). Every property is always present; a missing value is null. Written by hand beside the Rust types in src/; keep in step with them and with js/package/form6k.d.ts."""

    kind: Literal['submission', 'document']
    encoding: Encoding
    wrapper: Wrapper
    header: Optional[Header]
    documents: List[Document]
    report: Optional[Report]
    diagnostics: List[Diagnostic]


class _TableRequired(TypedDict):
    span: Span
    caption: Optional[TextBlock]
    rows: List[Row]
    columns: int


class Table(_TableRequired, total=False):
    unit: Unit


class CliPartySummary(TypedDict):
    role: FieldString
    conformedName: Optional[FieldString]
    cik: Optional[FieldString]


class CliHeaderSummary(TypedDict):
    """Keys of Header, same names and values, plus each party's role, conformed name and CIK."""

    accessionNumber: Optional[FieldString]
    submissionType: Optional[FieldString]
    publicDocumentCount: Optional[FieldInt]
    period: Optional[FieldString]
    filedAsOf: Optional[FieldString]
    acceptanceDateTime: Optional[FieldString]
    parties: List[CliPartySummary]


class CliReportOnly(TypedDict):
    """One filing as `form6k parse --report-only` prints it (the `filing` of a `--jsonl` line): the header's identity, the report and the diagnostics."""

    kind: Literal['submission', 'document']
    encoding: Encoding
    header: Optional[CliHeaderSummary]
    report: Optional[Report]
    diagnostics: List[Diagnostic]


class CliCoverRow(TypedDict):
    """One line of `form6k covers --jsonl` (the CSV has the same columns in the same order, lists joined with ` | `). Plain values, no spans: a table, not the contract of `parse`. An input that cannot be read is {path, error} instead."""

    path: str
    accessionNumber: Optional[str]
    filedAsOf: Optional[str]
    cik: List[str]
    conformedName: List[str]
    formType: Optional[str]
    period: Optional[str]
    commissionFileNumbers: List[str]
    registrants: List[str]
    englishNames: List[str]
    addresses: List[str]
    annualReportForm: Optional[str]
    paperSubmissionRule101b1: Optional[bool]
    paperSubmissionRule101b7: Optional[bool]
    rule12g32b: Optional[bool]
    rule12g32bFileNumber: Optional[str]
    exhibits: List[str]
    signers: List[str]
    headline: Optional[str]
    topics: List[Literal['results', 'dividend', 'shareholder-meeting', 'management-change', 'securities-offering', 'share-buyback', 'ownership', 'm-and-a', 'operations', 'legal-regulatory', 'annual-report', 'other']]
    fiscalPeriod: Optional[str]
    diagnosticsCount: int
    diagnosticCodes: List[str]


Encoding = Literal['utf-8', 'utf-8+windows-1252', 'windows-1252', 'utf-16le', 'utf-16be']

DocumentFormat = str
"""text, html, inlineXbrl, xml, xbrl, pdf, uuencoded, empty, or another format's name (javascript, css, json...)"""

Block = Union[BlockText, BlockTable]

Topic = Literal['results', 'dividend', 'shareholder-meeting', 'management-change', 'securities-offering', 'share-buyback', 'ownership', 'm-and-a', 'operations', 'legal-regulatory', 'annual-report', 'other']


class CoverError(TypedDict):
    """A covers() row for a file that could not be read: its path and why."""

    path: str
    error: str


CoverRow = CliCoverRow
"""A covers() row: one filing's cover as flat values (the columns of `form6k covers`)."""


class Fact(TypedDict):
    """One figure of a table, as table_facts() returns it."""

    document: Optional[str]
    table: int
    row: str
    column: str
    raw: str
    value: Optional[float]
    scale: Optional[int]
    currency: Optional[str]
    percent: bool
    span: Span


class AttachedFile(NamedTuple):
    """A uuencoded file of the filing, decoded: what attachments() returns, one per file."""

    name: str
    content_type: str
    data: bytes


Data = Union[bytes, bytearray, str, "os.PathLike[str]", "os.PathLike[bytes]"]
"""What parse() and the other functions read: bytes, the text, or a file's path."""

StrPath = Union[str, "os.PathLike[str]"]
"""A path, as covers() takes them."""
