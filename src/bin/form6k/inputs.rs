//! From arguments to the list of inputs: files as given, directories walked
//! recursively in sorted order, `--files-from` lists, `-` for standard input.

use clap::Args;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

/// Inputs and how to run over them; every subcommand takes these.
#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Files or directories (searched recursively, in sorted order, for .txt, .nc,
    /// .htm, .html and .sgml files). `-` reads standard input.
    #[arg(value_name = "PATH", required_unless_present = "files_from")]
    pub paths: Vec<PathBuf>,
    /// Read more paths from FILE, one a line (`-`: standard input).
    #[arg(long, value_name = "FILE")]
    pub files_from: Option<PathBuf>,
    /// Parse N files at a time [default: all cores].
    #[arg(short = 'j', long = "jobs", value_name = "N",
          value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// No progress bar (it is only drawn when standard error is a terminal).
    #[arg(short, long)]
    pub quiet: bool,
    /// Refuse inputs over BYTES (reported on standard error, exit status 1).
    #[arg(long, value_name = "BYTES", default_value_t = form6k::DEFAULT_MAX_INPUT)]
    pub max_input: usize,
}

/// Why a command could not run at all.
pub enum Fatal {
    /// Exit status 2.
    Usage(String),
    /// Exit status 1.
    Io(String),
}

/// The file names a directory walk picks up: what EDGAR serves and archives.
const EXTENSIONS: [&str; 5] = ["txt", "nc", "htm", "html", "sgml"];

/// One input, in the order given.
#[derive(Debug, Clone)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// The path as the output names it (`-` for standard input).
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.to_string_lossy().into_owned(),
        }
    }
}

/// Why an input was not parsed.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    /// Over `--max-input`: `len` is the size seen (for standard input, at least that).
    TooLarge {
        len: u64,
        max: usize,
    },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "cannot read: {e}"),
            ReadError::TooLarge { len, max } => write!(
                f,
                "{len} bytes, over the limit of {max} bytes (--max-input); not read"
            ),
        }
    }
}

/// The inputs the arguments name, in order, and the directories that could not be
/// read (reported, and the exit status is 1, but the rest is still parsed).
pub fn collect(args: &InputArgs) -> Result<(Vec<Input>, Vec<String>), Fatal> {
    let stdin_paths = args.paths.iter().filter(|p| is_dash(p)).count();
    let list_on_stdin = args.files_from.as_deref().is_some_and(is_dash);
    if stdin_paths + usize::from(list_on_stdin) > 1 {
        return Err(Fatal::Usage(
            "standard input (`-`) can be read only once".to_string(),
        ));
    }
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for p in &args.paths {
        add(p, &mut out, &mut errors);
    }
    if let Some(list) = &args.files_from {
        let lines = read_list(list)
            .map_err(|e| Fatal::Io(format!("--files-from {}: {e}", list.display())))?;
        for line in lines {
            add(Path::new(&line), &mut out, &mut errors);
        }
    }
    Ok((out, errors))
}

fn is_dash(p: &Path) -> bool {
    p.as_os_str() == "-"
}

fn read_list(list: &Path) -> std::io::Result<Vec<String>> {
    let reader: Box<dyn BufRead> = if is_dash(list) {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(std::fs::File::open(list)?))
    };
    let mut lines = Vec::new();
    for line in reader.lines() {
        let line = line?;
        let line = line.trim_end_matches('\r');
        if !line.trim().is_empty() {
            lines.push(line.to_string());
        }
    }
    Ok(lines)
}

/// A path as given: `-`, a directory (walked), or a file (even one that does not
/// exist: reading it fails later, in order, like any unreadable file).
fn add(p: &Path, out: &mut Vec<Input>, errors: &mut Vec<String>) {
    if is_dash(p) {
        out.push(Input::Stdin);
    } else if p.is_dir() {
        walk(p, out, errors);
    } else {
        out.push(Input::File(p.to_path_buf()));
    }
}

/// Files under `dir` with an EDGAR extension, depth first, entries sorted by name.
/// Symbolic links to directories are not followed (no cycles).
fn walk(dir: &Path, out: &mut Vec<Input>, errors: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(format!("cannot read directory {}: {e}", dir.display()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let Ok(meta) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if meta.is_dir() {
            walk(&p, out, errors);
        } else if has_edgar_extension(&p) && p.is_file() {
            out.push(Input::File(p));
        }
    }
}

fn has_edgar_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Files at least this large are mapped rather than read: copying a 40 MB file into
/// fresh memory (page faults and the copy) costs as much as parsing its envelope.
const MAP_FROM: u64 = 1 << 20;

/// The bytes of one input: read into memory, or a read-only map of a large file.
pub enum Data {
    Read(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl std::ops::Deref for Data {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Data::Read(v) => v,
            Data::Mapped(m) => m,
        }
    }
}

/// The bytes of an input, refusing more than `max` without reading them all.
pub fn read(input: &Input, max: usize) -> Result<Data, ReadError> {
    let limit = u64::try_from(max).unwrap_or(u64::MAX);
    let mut size_hint = 0;
    let reader: Box<dyn Read> = match input {
        Input::Stdin => Box::new(std::io::stdin().lock()),
        Input::File(p) => {
            let file = std::fs::File::open(p).map_err(ReadError::Io)?;
            let meta = file.metadata().map_err(ReadError::Io)?;
            let len = meta.len();
            if len > limit {
                return Err(ReadError::TooLarge { len, max });
            }
            if meta.is_file() && len >= MAP_FROM {
                // SAFETY: the map is read-only and private to this process. Another
                // process truncating the file while it is parsed would end this one
                // (SIGBUS), as with any tool that maps its input (ripgrep does the
                // same); EDGAR files are written once and not changed in place.
                if let Ok(map) = unsafe { memmap2::Mmap::map(&file) } {
                    return Ok(Data::Mapped(map));
                }
            }
            size_hint = usize::try_from(len).unwrap_or(0);
            Box::new(file)
        }
    };
    // One allocation of the right size for a file (+1 to see its end without growing).
    let mut buf = Vec::with_capacity(size_hint.saturating_add(1));
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(ReadError::Io)?;
    if buf.len() > max {
        return Err(ReadError::TooLarge {
            len: buf.len() as u64,
            max,
        });
    }
    Ok(Data::Read(buf))
}
