//! Inputs read and parsed on a rayon pool, results written in input order.
//!
//! At most a window of inputs (two per thread) is in flight: a result that is ready
//! before the ones ahead of it waits in a small reorder buffer, and no new input is
//! started until the oldest one is written. So memory holds a few results, never all.

use crate::inputs::{self, Data, Input, InputArgs, ReadError};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::sync::mpsc;

pub use crate::inputs::Fatal;

/// How a run ended, when it ran.
pub struct Summary {
    /// An input could not be read, was refused for size, or a directory was unreadable.
    pub failed: bool,
}

/// What one input gave.
#[derive(Default)]
pub struct Outcome {
    /// Written to standard output, in input order.
    pub out: Vec<u8>,
    /// Written to standard error as `form6k: PATH: message`.
    pub messages: Vec<String>,
    /// Makes the exit status 1.
    pub failed: bool,
    /// Size of the input (for the progress bar).
    pub input_bytes: u64,
}

/// Run `work` over every input of `args`, writing each outcome to standard output
/// after `head` (a CSV header line, say), in input order.
pub fn run<F>(args: &InputArgs, head: &[u8], work: F) -> Result<Summary, Fatal>
where
    F: Fn(&Input, Result<Data, ReadError>) -> Outcome + Sync,
{
    let (inputs, unreadable) = inputs::collect(args)?;
    let mut failed = !unreadable.is_empty();
    for e in &unreadable {
        say(None, e);
    }
    let threads = args.jobs.map_or(0, usize::from);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .map_err(|e| Fatal::Io(format!("cannot start threads: {e}")))?;
    let window = pool.current_num_threads().max(1) * 2;
    let progress = progress_bar(inputs.len(), args.quiet);

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let written = pool.in_place_scope(|scope| -> std::io::Result<bool> {
        out.write_all(head)?;
        let (tx, rx) = mpsc::channel::<(usize, Outcome)>();
        let mut pending: BTreeMap<usize, Outcome> = BTreeMap::new();
        let (mut started, mut done, mut bytes) = (0usize, 0usize, 0u64);
        let mut failed_any = false;
        while done < inputs.len() {
            while started < inputs.len() && started - done < window {
                let (tx, work, input) = (tx.clone(), &work, &inputs[started]);
                let index = started;
                scope.spawn(move |_| {
                    let outcome = guarded(input, args.max_input, work);
                    let _ = tx.send((index, outcome));
                });
                started += 1;
            }
            // Every started job sends exactly once (`guarded` catches panics).
            let Ok((index, outcome)) = rx.recv() else {
                break;
            };
            pending.insert(index, outcome);
            while let Some(o) = pending.remove(&done) {
                let name = inputs[done].name();
                progress.suspend(|| {
                    for m in &o.messages {
                        say(Some(&name), m);
                    }
                });
                failed_any |= o.failed;
                out.write_all(&o.out)?;
                bytes += o.input_bytes;
                done += 1;
                progress.inc(1);
            }
            let mb = bytes as f64 / 1e6;
            let secs = progress.elapsed().as_secs_f64().max(1e-3);
            progress.set_message(format!(
                "{mb:.1} MB, {:.1} MB/s, {:.0} files/s",
                mb / secs,
                done as f64 / secs
            ));
        }
        out.flush()?;
        Ok(failed_any)
    });
    progress.finish_and_clear();
    match written {
        Ok(f) => failed |= f,
        // `form6k ... | head`: the reader has what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            return Ok(Summary { failed: false })
        }
        Err(e) => return Err(Fatal::Io(format!("cannot write output: {e}"))),
    }
    Ok(Summary { failed })
}

/// Read and work on one input. A panic (a bug) becomes a failed outcome rather than a
/// result that never arrives; where panics abort (the release profile), the process ends.
fn guarded<F>(input: &Input, max_input: usize, work: &F) -> Outcome
where
    F: Fn(&Input, Result<Data, ReadError>) -> Outcome + Sync,
{
    let data = inputs::read(input, max_input);
    let input_bytes = data.as_ref().map_or(0, |d| d.len() as u64);
    let run = std::panic::AssertUnwindSafe(|| work(input, data));
    let mut outcome = std::panic::catch_unwind(run).unwrap_or_else(|_| Outcome {
        messages: vec!["internal error (a bug in form6k): please report this file".to_string()],
        failed: true,
        ..Outcome::default()
    });
    outcome.input_bytes = input_bytes;
    outcome
}

/// Files done of all, MB read, MB/s, files/s and ETA; drawn only on a terminal.
fn progress_bar(len: usize, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} files, {msg}, ETA {eta} ")
    {
        bar.set_style(style);
    }
    bar
}

/// A message on standard error; a closed standard error is ignored.
pub fn say(path: Option<&str>, message: &str) {
    let mut err = std::io::stderr().lock();
    let _ = match path {
        Some(p) => writeln!(err, "form6k: {p}: {message}"),
        None => writeln!(err, "form6k: {message}"),
    };
}
