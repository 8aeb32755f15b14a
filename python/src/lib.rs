//! `form6k._form6k`: the Python extension module (PyO3). `form6k/__init__.py` re-exports
//! it; `form6k/_form6k.pyi` gives its types.
//!
//! Every function releases the GIL while it reads files and parses (`Python::detach`).
//! `parse` and `table_facts` then build their dicts with `pythonize`, which in
//! `bench/python_convert.py` is faster than a JSON string and `json.loads` (figures in
//! python/README.md); `covers` writes each row's JSON on its worker thread and turns the
//! whole list into Python objects with one `json.loads`. A panic (a bug in form6k) is
//! caught before it reaches Python and raised as `RuntimeError` (in `covers`, written as
//! that file's error row).

use form6k::covers::CoverRow;
use form6k::{Bodies, Fact, Filing, Options, Span, VisitSpans};
use pyo3::exceptions::{PyOSError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyString};
use rayon::prelude::*;
use serde::Serialize;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

/// What the CLI says for a panic in its work on one input.
const INTERNAL: &str = "internal error (a bug in form6k): please report this file";

/// Files at least this large are mapped rather than read, as the CLI does.
const MAP_FROM: u64 = 1 << 20;

/// A function's `data` argument.
enum Data {
    Bytes(PyBackedBytes),
    /// Parsed as UTF-8 text; spans are then turned into offsets of the `str`.
    Text(PyBackedStr),
    File(PathBuf),
}

/// `bytes` / `bytearray` are the filing's bytes, `str` its text, anything with
/// `__fspath__` a file to read; anything else is a `TypeError`.
fn data_arg(obj: &Bound<'_, PyAny>) -> PyResult<Data> {
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(Data::Bytes(PyBackedBytes::from(b.clone())));
    }
    if let Ok(b) = obj.cast::<PyByteArray>() {
        return Ok(Data::Bytes(PyBackedBytes::from(b.clone())));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Data::Text(PyBackedStr::try_from(s.clone())?));
    }
    if obj.hasattr("__fspath__")? {
        return Ok(Data::File(obj.extract::<PathBuf>()?));
    }
    Err(PyTypeError::new_err(format!(
        "data must be bytes, bytearray, str (the filing's text) or os.PathLike (a file), not {}",
        type_name(obj)
    )))
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "an unknown type".to_string(), |n| n.to_string())
}

/// The bytes of a file: read, or mapped when large.
enum FileBytes {
    Read(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for FileBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            FileBytes::Read(v) => v,
            FileBytes::Mapped(m) => m,
        }
    }
}

/// Why a file was not read.
enum ReadError {
    Io(std::io::Error),
    /// Its size, over the limit.
    TooLarge(u64),
}

/// Read a file; one over `max` bytes is not read.
fn read_file(path: &PathBuf, max: u64) -> Result<FileBytes, ReadError> {
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    let len = meta.len();
    if len > max {
        return Err(ReadError::TooLarge(len));
    }
    if meta.is_file() && len >= MAP_FROM {
        // SAFETY: the map is read-only and private to this process. Another process
        // truncating the file while it is parsed would end this one (SIGBUS), as with the
        // CLI and any tool that maps its input; EDGAR files are written once.
        if let Ok(map) = unsafe { memmap2::Mmap::map(&file) } {
            return Ok(FileBytes::Mapped(map));
        }
    }
    let mut buf = Vec::with_capacity(usize::try_from(len).unwrap_or(0).saturating_add(1));
    std::io::Read::read_to_end(&mut &file, &mut buf).map_err(ReadError::Io)?;
    Ok(FileBytes::Read(buf))
}

/// Why a `data` argument gave no filing.
enum Failure {
    Io(std::io::Error, PathBuf),
    Panic,
}

impl Failure {
    fn into_py(self) -> PyErr {
        match self {
            // OSError(errno, strerror, filename) is built as its subclass:
            // FileNotFoundError, PermissionError, IsADirectoryError...
            Failure::Io(e, path) => {
                let name = path.to_string_lossy().into_owned();
                match e.raw_os_error() {
                    Some(code) => {
                        let text = e.to_string();
                        let strerror = text.split(" (os error").next().unwrap_or(&text).to_string();
                        PyOSError::new_err((code, strerror, name))
                    }
                    None => PyOSError::new_err(format!("{name}: {e}")),
                }
            }
            Failure::Panic => PyRuntimeError::new_err(INTERNAL),
        }
    }
}

/// Parse `data` with the GIL released and hand the filing (and, for a `str`, the text,
/// to map spans with) to `then`, still without the GIL.
fn with_filing<T, F>(py: Python<'_>, data: Data, options: Options, then: F) -> PyResult<T>
where
    T: Send,
    F: FnOnce(Filing, Option<&str>) -> T + Send,
{
    let done = py.detach(move || -> Result<T, Failure> {
        let work = AssertUnwindSafe(|| -> Result<T, Failure> {
            match &data {
                Data::Bytes(b) => Ok(then(form6k::parse_with(b, &options), None)),
                Data::Text(s) => Ok(then(form6k::parse_str(s, &options), Some(&**s))),
                Data::File(p) => {
                    // A large file is mapped, not read, so one over the limit costs
                    // nothing: parse_with refuses it with an `input-too-large` error.
                    let bytes = match read_file(p, u64::MAX) {
                        Ok(b) => b,
                        Err(ReadError::Io(e)) => return Err(Failure::Io(e, p.clone())),
                        // Not reached: there is no limit here.
                        Err(ReadError::TooLarge(_)) => return Err(Failure::Panic),
                    };
                    Ok(then(form6k::parse_with(&bytes, &options), None))
                }
            }
        });
        catch_unwind(work).unwrap_or(Err(Failure::Panic))
    });
    done.map_err(Failure::into_py)
}

/// Byte offsets of a UTF-8 text to offsets in code points (what a Python `str` indexes).
struct CharOffsets<'a> {
    text: &'a [u8],
    /// Code points before each 64-byte block.
    before: Vec<usize>,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> CharOffsets<'a> {
        let text = text.as_bytes();
        let mut before = Vec::with_capacity(text.len() / 64 + 1);
        let mut n = 0;
        for block in text.chunks(64) {
            before.push(n);
            n += block.iter().filter(|&&b| !is_continuation(b)).count();
        }
        before.push(n);
        CharOffsets { text, before }
    }

    fn get(&self, at: usize) -> usize {
        let at = at.min(self.text.len());
        let block = at / 64;
        let from = block * 64;
        let within = self.text[from..at]
            .iter()
            .filter(|&&b| !is_continuation(b))
            .count();
        self.before[block] + within
    }

    fn map(&self, s: &mut Span) {
        s.start = self.get(s.start);
        s.end = self.get(s.end);
    }
}

fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// `loads`: Python's `json.loads`, imported once.
fn loads<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    LOADS.import(py, "json", "loads")?.call1((json,))
}

fn to_json<T: Serialize + ?Sized>(value: &T) -> Result<String, String> {
    serde_json::to_string(value).map_err(|e| format!("cannot serialize: {e}"))
}

fn json_result(py: Python<'_>, json: Result<String, String>) -> PyResult<Bound<'_, PyAny>> {
    match json {
        Ok(s) => loads(py, &s),
        Err(e) => Err(PyRuntimeError::new_err(e)),
    }
}

fn parse_options(blocks: bool) -> Options {
    Options {
        blocks,
        max_input: form6k::DEFAULT_MAX_INPUT,
        // Without blocks only the report's document is built, as `form6k parse --no-blocks`.
        bodies: if blocks { Bodies::All } else { Bodies::Primary },
    }
}

/// The filing with, for `str` input, its spans as code-point offsets.
fn mapped(mut filing: Filing, text: Option<&str>) -> Filing {
    if let Some(t) = text.filter(|t| !t.is_ascii()) {
        let offsets = CharOffsets::new(t);
        filing.visit_spans(&mut |s| offsets.map(s));
    }
    filing
}

/// Parse one EDGAR filing into a dict: the same JSON model as `form6k parse` and the npm
/// package (schema/form6k.schema.json; the keys are camelCase).
///
/// data: bytes or bytearray (the file's bytes), str (its text), or os.PathLike (a file
/// to read). Spans are byte offsets into the bytes (or the file); for a str, offsets of
/// its code points, so text[span["start"]:span["end"]] is the value's source.
/// blocks: False leaves out pages and blocks and builds only the document the report
/// reads (`form6k parse --no-blocks`): much faster on submissions with many exhibits.
///
/// Input that is not a filing still gives a result, with diagnostics saying what was
/// wrong. A missing file raises FileNotFoundError (other OS errors their OSError);
/// a data argument of another type raises TypeError.
#[pyfunction]
#[pyo3(signature = (data, *, blocks = true))]
fn parse<'py>(
    py: Python<'py>,
    data: &Bound<'py, PyAny>,
    blocks: bool,
) -> PyResult<Bound<'py, PyAny>> {
    _parse_pythonize(py, data, blocks)
}

/// `parse` through a JSON string (built with the GIL released) and `json.loads`: the
/// other way, kept for bench/python_convert.py, which compares the two.
#[pyfunction]
#[pyo3(signature = (data, *, blocks = true))]
fn _parse_json<'py>(
    py: Python<'py>,
    data: &Bound<'py, PyAny>,
    blocks: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let data = data_arg(data)?;
    let json = with_filing(py, data, parse_options(blocks), |f, text| {
        to_json(&mapped(f, text))
    })?;
    json_result(py, json)
}

/// `parse`'s way: the dicts built from the `Filing` by pythonize (under the GIL). Faster
/// than `_parse_json` in bench/python_convert.py (python/README.md has the figures).
#[pyfunction]
#[pyo3(signature = (data, *, blocks = true))]
fn _parse_pythonize<'py>(
    py: Python<'py>,
    data: &Bound<'py, PyAny>,
    blocks: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let data = data_arg(data)?;
    let filing = with_filing(py, data, parse_options(blocks), mapped)?;
    pythonize::pythonize(py, &filing).map_err(|e| PyRuntimeError::new_err(e.to_string()))
}

/// `parse` without building Python objects: the parse alone, for
/// bench/python_convert.py to subtract. Returns None.
#[pyfunction]
#[pyo3(signature = (data, *, blocks = true))]
fn _parse_only(py: Python<'_>, data: &Bound<'_, PyAny>, blocks: bool) -> PyResult<()> {
    let data = data_arg(data)?;
    with_filing(py, data, parse_options(blocks), |f, text| {
        drop(mapped(f, text))
    })
}

/// `{"path": ..., "error": ...}`: an input `covers` could not read.
#[derive(Serialize)]
struct ErrorRow<'a> {
    path: &'a str,
    error: String,
}

/// One `covers` row as JSON, exactly as `form6k covers --jsonl` writes it.
fn cover_json(path: &PathBuf) -> String {
    let name = path.to_string_lossy().into_owned();
    let error = |error: String| to_json(&ErrorRow { path: &name, error }).unwrap_or_default();
    let work = AssertUnwindSafe(|| {
        let max = form6k::DEFAULT_MAX_INPUT;
        let bytes = match read_file(path, max as u64) {
            Ok(b) => b,
            Err(ReadError::Io(e)) => return error(format!("cannot read: {e}")),
            Err(ReadError::TooLarge(len)) => {
                return error(format!(
                    "{len} bytes, over the limit of {max} bytes; not read"
                ))
            }
        };
        let options = Options {
            blocks: false,
            max_input: max,
            bodies: Bodies::Primary,
        };
        let filing = form6k::parse_with(&bytes, &options);
        to_json(&CoverRow::new(name.clone(), &filing)).unwrap_or_else(error)
    });
    catch_unwind(work).unwrap_or_else(|_| error(INTERNAL.to_string()))
}

/// One row per file, in the order given: the cover page of each filing as a flat dict,
/// the same rows as `form6k covers --jsonl` (keys: path, accessionNumber, filedAsOf, cik,
/// conformedName, formType, period, ..., diagnosticsCount, diagnosticCodes; lists for
/// the columns that hold several values, None for what the filing does not say).
///
/// paths: an iterable of str or os.PathLike, each a file (Path("edgar").rglob("*.txt")
/// for a folder). Files are read and parsed on `jobs` threads (default: all cores) with
/// the GIL released. A file that cannot be read is the row {"path": ..., "error": ...}
/// (the CLI's message), not an exception, so the other rows are kept.
///
/// With pandas: pandas.DataFrame(form6k.covers(paths)).
#[pyfunction]
#[pyo3(signature = (paths, *, jobs = None))]
fn covers<'py>(
    py: Python<'py>,
    paths: &Bound<'py, PyAny>,
    jobs: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    if paths.is_instance_of::<PyString>()
        || paths.is_instance_of::<PyBytes>()
        || paths.hasattr("__fspath__")?
    {
        return Err(PyTypeError::new_err(
            "covers takes an iterable of paths; for one file, pass [path]",
        ));
    }
    let threads = match jobs {
        None => None,
        Some(j) if j.is_none() => None,
        Some(j) => {
            if j.is_instance_of::<pyo3::types::PyBool>() {
                return Err(PyTypeError::new_err(
                    "jobs must be an int or None, not bool",
                ));
            }
            let n: i64 = j.extract().map_err(|_| {
                PyTypeError::new_err(format!("jobs must be an int or None, not {}", type_name(j)))
            })?;
            match usize::try_from(n) {
                Ok(n) if n >= 1 => Some(n),
                _ => {
                    return Err(PyValueError::new_err(format!(
                        "jobs must be at least 1, not {n}"
                    )))
                }
            }
        }
    };
    let iter = paths.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "paths must be an iterable of str or os.PathLike, not {}",
            type_name(paths)
        ))
    })?;
    let mut list = Vec::new();
    for (i, p) in iter.enumerate() {
        let p = p?;
        if !(p.is_instance_of::<PyString>() || p.hasattr("__fspath__")?) {
            return Err(PyTypeError::new_err(format!(
                "paths[{i}] must be str or os.PathLike, not {}",
                type_name(&p)
            )));
        }
        list.push(p.extract::<PathBuf>()?);
    }
    let json = py.detach(move || -> Result<String, String> {
        let rows = |list: &[PathBuf]| -> Vec<String> { list.par_iter().map(cover_json).collect() };
        let rows = match threads {
            None => rows(&list),
            Some(n) => rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| format!("cannot start threads: {e}"))?
                .install(|| rows(&list)),
        };
        let mut out = String::with_capacity(rows.iter().map(|r| r.len() + 1).sum::<usize>() + 2);
        out.push('[');
        for (i, r) in rows.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(r);
        }
        out.push(']');
        Ok(out)
    });
    json_result(py, json)
}

/// What a document argument names.
enum Which {
    /// The `<SEQUENCE>` given.
    One(String),
    /// Every document with a text body.
    All,
    /// The 6-K's own document (the first with a text body when there is no cover).
    Main,
}

/// The sequences of the documents `which` names (the CLI's `markdown` and `tables`
/// choose the same), or the error the CLI gives.
fn sequences(filing: &Filing, which: &Which) -> Result<Vec<String>, String> {
    let with_body = |d: &&form6k::Document| d.body.is_some();
    let seq = |d: &form6k::Document| {
        Some(
            d.sequence
                .as_ref()
                .map_or("1".to_string(), |s| s.value.clone()),
        )
    };
    match which {
        Which::One(s) => match form6k::markdown::find_document(filing, s) {
            Some(d) if d.body.is_some() => Ok(vec![s.clone()]),
            Some(_) => Err(format!("document {s} has no text body")),
            None => Err(format!("no document with <SEQUENCE> {s}")),
        },
        Which::All => Ok(filing
            .documents
            .iter()
            .filter(with_body)
            .filter_map(seq)
            .collect()),
        Which::Main => {
            let from_report = filing
                .report
                .as_ref()
                .and_then(|r| r.document.clone())
                .filter(|s| {
                    form6k::markdown::find_document(filing, s).is_some_and(|d| d.body.is_some())
                });
            from_report
                .or_else(|| filing.documents.iter().filter(with_body).find_map(seq))
                .map(|s| vec![s])
                .ok_or_else(|| "no document with a text body".to_string())
        }
    }
}

fn document_arg(document: Option<&Bound<'_, PyAny>>, default: Which) -> PyResult<Which> {
    let Some(d) = document.filter(|d| !d.is_none()) else {
        return Ok(default);
    };
    if let Ok(s) = d.cast::<PyString>() {
        return Ok(Which::One(s.to_cow()?.into_owned()));
    }
    if d.is_instance_of::<pyo3::types::PyInt>() && !d.is_instance_of::<pyo3::types::PyBool>() {
        return Ok(Which::One(d.extract::<i64>()?.to_string()));
    }
    Err(PyTypeError::new_err(format!(
        "document must be a <SEQUENCE> (str or int) or None, not {}",
        type_name(d)
    )))
}

/// A document of the filing as Markdown (headings, paragraphs, lists, GitHub tables), as
/// `form6k markdown` prints it.
///
/// data: as for parse. document: the <SEQUENCE> of the document (str, or int), or None
/// for the 6-K's own document (the first with a text body when the filing has no 6-K
/// cover). Raises ValueError when there is no such document or it has no text body
/// (a PDF, an image).
#[pyfunction]
#[pyo3(signature = (data, document = None))]
fn to_markdown(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    document: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let data = data_arg(data)?;
    let which = document_arg(document, Which::Main)?;
    let text = with_filing(py, data, Options::default(), move |f, _| {
        let seqs = sequences(&f, &which)?;
        let s = seqs.first().cloned().unwrap_or_default();
        Ok::<_, String>(form6k::markdown(&f, &s).map(|m| m.text).unwrap_or_default())
    })?;
    text.map_err(PyValueError::new_err)
}

/// Every figure in the filing's tables, one dict each, as `form6k tables --facts` prints
/// them: document (its <SEQUENCE>), table (1-based), row (label), column (resolved
/// heading), raw (as printed), value (signed, unscaled; None for a dash), scale,
/// currency, percent, span.
///
/// data: as for parse. document: one <SEQUENCE> (str or int), or None for every
/// document. Raises ValueError when the document named does not exist or has no text
/// body.
#[pyfunction]
#[pyo3(signature = (data, document = None))]
fn table_facts<'py>(
    py: Python<'py>,
    data: &Bound<'py, PyAny>,
    document: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let data = data_arg(data)?;
    let which = document_arg(document, Which::All)?;
    let facts = with_filing(py, data, Options::default(), move |f, text| {
        let seqs = sequences(&f, &which)?;
        let mut facts: Vec<Fact> = seqs
            .iter()
            .flat_map(|s| form6k::table_facts(&f, s))
            .collect();
        if let Some(t) = text.filter(|t| !t.is_ascii()) {
            let offsets = CharOffsets::new(t);
            for fact in &mut facts {
                offsets.map(&mut fact.span);
            }
        }
        Ok::<_, String>(facts)
    })?;
    let facts = facts.map_err(PyValueError::new_err)?;
    pythonize::pythonize(py, &facts).map_err(|e| PyRuntimeError::new_err(e.to_string()))
}

/// The uuencoded files of the filing, decoded, in document order: a list of
/// (name, content_type, data) tuples. name is as the `begin` line gives it (never
/// written anywhere, so it is not cleaned); content_type is read from the bytes' magic
/// numbers (application/pdf, image/jpeg, ..., application/octet-stream).
///
/// data: as for parse.
#[pyfunction]
fn attachments<'py>(
    py: Python<'py>,
    data: &Bound<'py, PyAny>,
) -> PyResult<Vec<(String, String, Bound<'py, PyBytes>)>> {
    let data = data_arg(data)?;
    let options = Options {
        blocks: false,
        max_input: form6k::DEFAULT_MAX_INPUT,
        bodies: Bodies::Primary,
    };
    let found = with_filing(py, data, options, |f, _| {
        f.documents
            .into_iter()
            .filter_map(|d| d.attachment)
            .map(|a| (a.name.value, a.content_type, a.data))
            .collect::<Vec<_>>()
    })?;
    Ok(found
        .into_iter()
        .map(|(name, kind, bytes)| (name, kind, PyBytes::new(py, &bytes)))
        .collect())
}

#[pymodule]
fn _form6k(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", form6k::VERSION)?;
    m.add("DEFAULT_MAX_INPUT", form6k::DEFAULT_MAX_INPUT)?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(_parse_pythonize, m)?)?;
    m.add_function(wrap_pyfunction!(_parse_only, m)?)?;
    m.add_function(wrap_pyfunction!(_parse_json, m)?)?;
    m.add_function(wrap_pyfunction!(covers, m)?)?;
    m.add_function(wrap_pyfunction!(to_markdown, m)?)?;
    m.add_function(wrap_pyfunction!(table_facts, m)?)?;
    m.add_function(wrap_pyfunction!(attachments, m)?)?;
    Ok(())
}
