//! The floors of the code: every module of the library (and of the CLI) sits on one
//! floor and imports only from floors below it. This test reads the `crate::` paths
//! of every source file (comments left out: a doc link is not an import) and fails
//! when one goes up a floor or sideways, naming the file and the line.
//!
//! It also writes the picture of the graph in `docs/architecture.md` (between the
//! `floors` markers): run `FORM6K_WRITE_ARCHITECTURE=1 cargo test --test floors` after
//! changing an import; without it the test fails when the picture is out of date.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The library's floors, lowest first. `lib` is the crate root: the parse pipeline
/// (`parse`, `parse_with`, `Options`) and the re-exports.
const LIBRARY: &[(&str, &[&str])] = &[
    ("spans", &["span"]),
    (
        "foundations",
        &["decode", "diagnostic", "format", "file_name"],
    ),
    ("blocks", &["body"]),
    ("envelope", &["envelope"]),
    ("readers", &["numbers", "report"]),
    ("filing", &["filing"]),
    ("grid and facts", &["tables"]),
    ("views", &["markdown", "covers"]),
    ("pipeline", &["lib"]),
    ("bindings", &["wasm"]),
];

/// The CLI's floors (modules of `src/bin/form6k/`), lowest first.
const CLI: &[(&str, &[&str])] = &[
    ("inputs", &["inputs"]),
    ("run", &["run"]),
    ("parse", &["parse"]),
    ("commands", &["covers", "extract", "documents"]),
    ("main", &["main"]),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The top module a file of `root` belongs to: `body` for `src/body/html/flow.rs`,
/// `lib` for `src/lib.rs`. A file named `wasm_*.rs` is a child of `wasm` (`#[path]`).
fn top_module(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap_or(file);
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = first.trim_end_matches(".rs").to_string();
    match name.as_str() {
        n if n.starts_with("wasm_") => "wasm".to_string(),
        _ => name,
    }
}

/// Each `crate::NAME` in the code of `src` (not in comments), with its line number.
fn crate_paths(src: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let code = match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        };
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            // `$crate::` inside a macro is the macro's own crate, the same module.
            let dollar = at > 0 && rest.as_bytes()[at - 1] == b'$';
            rest = &rest[at + "crate::".len()..];
            if dollar {
                continue;
            }
            if let Some(group) = rest.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                for item in inner.split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        out.push((n + 1, name));
                    }
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.push((n + 1, name));
                }
            }
        }
    }
    out
}

/// `use` lines of a multi-line `use crate::{...}` are joined, so that each name is
/// seen: the source with line breaks inside braces after `crate::` replaced.
fn join_groups(src: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(src.len());
    let mut depth = 0usize;
    let mut in_group = false;
    let bytes = src.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !in_group && bytes[i..].starts_with(b"crate::{") {
            in_group = true;
            depth = 0;
        }
        let c = bytes[i];
        if in_group {
            match c {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        in_group = false;
                    }
                }
                // Keep the line count: the break moves to the end of the group.
                b'\n' => {
                    out.push(b' ');
                    i += 1;
                    continue;
                }
                _ => {}
            }
        }
        out.push(c);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Names the crate root re-exports (`pub use body::{Block, ...}`), and the module each
/// comes from; macros exported at the root (`visit_spans!`) belong to `span`.
fn root_names(lib: &str) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    names.insert("visit_spans".to_string(), "span".to_string());
    for line in lib.lines() {
        // Items of the root: `pub fn parse`, `pub struct Options`, `fn refused` ...
        let item = line
            .strip_prefix("pub(crate) ")
            .or_else(|| line.strip_prefix("pub "))
            .unwrap_or(line)
            .split_once(' ')
            .filter(|(kw, _)| matches!(*kw, "fn" | "struct" | "enum" | "const" | "static"));
        if let Some((_, rest)) = item {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            names.insert(name, "lib".to_string());
            continue;
        }
        let Some(rest) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, items)) = rest.split_once("::") else {
            continue;
        };
        let items = items
            .trim_end_matches(';')
            .trim_matches(|c| c == '{' || c == '}');
        for item in items.split(',') {
            let item = item.trim();
            if !item.is_empty() {
                names.insert(item.to_string(), module.to_string());
            }
        }
    }
    names
}

struct Graph {
    /// module -> modules it imports, with where.
    edges: BTreeMap<String, BTreeMap<String, Vec<String>>>,
}

/// In the crate root a module is named without `crate::` (`body::parse_body(`,
/// `pub use numbers::{...}`): each such path of code, with its line number.
fn root_paths(src: &str, modules: &BTreeSet<String>) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let code = match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        };
        let bytes = code.as_bytes();
        for m in modules {
            let pat = format!("{m}::");
            let mut from = 0;
            while let Some(at) = code[from..].find(&pat) {
                let at = from + at;
                let before = at.checked_sub(1).map(|i| bytes[i]);
                if !before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b':') {
                    out.push((n + 1, m.clone()));
                }
                from = at + pat.len();
            }
        }
    }
    out
}

fn read_graph(
    root: &Path,
    skip: &[&str],
    root_file: &str,
    modules: &BTreeSet<String>,
    resolve: &dyn Fn(&str) -> Option<String>,
) -> Graph {
    let mut files = Vec::new();
    rust_files(root, &mut files);
    let mut edges: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(root).unwrap_or(&file);
        if skip.iter().any(|s| rel.starts_with(s)) {
            continue;
        }
        let module = top_module(root, &file);
        let src = std::fs::read_to_string(&file).unwrap();
        let entry = edges.entry(module.clone()).or_default();
        let mut paths = crate_paths(&join_groups(&src));
        if rel == Path::new(root_file) {
            paths.extend(root_paths(&src, modules));
        }
        for (line, name) in paths {
            let Some(target) = resolve(&name) else {
                continue;
            };
            if target != module {
                entry
                    .entry(target)
                    .or_default()
                    .push(format!("{}:{line}", file.display()));
            }
        }
    }
    Graph { edges }
}

fn floor_of(floors: &[(&str, &[&str])], module: &str) -> Option<usize> {
    floors.iter().position(|(_, ms)| ms.contains(&module))
}

/// Every import that does not go down a floor, as messages.
fn violations(graph: &Graph, floors: &[(&str, &[&str])]) -> Vec<String> {
    let mut out = Vec::new();
    for (from, targets) in &graph.edges {
        let Some(f) = floor_of(floors, from) else {
            out.push(format!(
                "module `{from}` is on no floor: add it to tests/floors.rs"
            ));
            continue;
        };
        for (to, wheres) in targets {
            let Some(t) = floor_of(floors, to) else {
                out.push(format!("`{from}` imports `{to}`, which is on no floor"));
                continue;
            };
            if t >= f {
                out.push(format!(
                    "`{from}` (floor {:?}) imports `{to}` (floor {:?}), not below it: {}",
                    floors[f].0,
                    floors[t].0,
                    wheres.join(", ")
                ));
            }
        }
    }
    out
}

/// The picture: floors top down, each module with what it imports.
fn picture(title: &str, graph: &Graph, floors: &[(&str, &[&str])]) -> String {
    let mut out = format!("{title}, top floor first (each imports only from floors below):\n\n");
    out.push_str("```text\n");
    for (name, modules) in floors.iter().rev() {
        out.push_str(&format!("{name}\n"));
        for m in *modules {
            let targets: BTreeSet<&str> = graph
                .edges
                .get(*m)
                .map(|t| t.keys().map(String::as_str).collect())
                .unwrap_or_default();
            let list: Vec<&str> = targets.into_iter().collect();
            let shown = if list.is_empty() {
                "(nothing of the crate)".to_string()
            } else {
                list.join(", ")
            };
            out.push_str(&format!("    {m:<12} -> {shown}\n"));
        }
    }
    out.push_str("```\n");
    out
}

fn library_graph() -> Graph {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(root.join("lib.rs")).unwrap();
    let names = root_names(&lib);
    let modules: BTreeSet<String> = LIBRARY
        .iter()
        .flat_map(|(_, ms)| ms.iter().map(|m| m.to_string()))
        .collect();
    let known = modules.clone();
    let resolve = move |name: &str| -> Option<String> {
        if known.contains(name) {
            Some(name.to_string())
        } else {
            // A re-export, an item of the root itself (`lib`), or a module this test
            // does not know (then reported as on no floor).
            Some(names.get(name).cloned().unwrap_or_else(|| name.to_string()))
        }
    };
    read_graph(&root, &["bin"], "lib.rs", &modules, &resolve)
}

fn cli_graph() -> Graph {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/bin/form6k");
    let modules: BTreeSet<String> = CLI
        .iter()
        .flat_map(|(_, ms)| ms.iter().map(|m| m.to_string()))
        .collect();
    let known = modules.clone();
    let resolve = move |name: &str| -> Option<String> {
        if known.contains(name) {
            Some(name.to_string())
        } else {
            // `crate::InputArgs`: the root (`main`) re-exports it from `inputs`.
            Some(
                if name == "InputArgs" {
                    "inputs"
                } else {
                    "main"
                }
                .to_string(),
            )
        }
    };
    read_graph(&root, &[], "main.rs", &modules, &resolve)
}

#[test]
fn no_import_goes_up_a_floor() {
    let mut problems = violations(&library_graph(), LIBRARY);
    problems.extend(violations(&cli_graph(), CLI));
    assert!(
        problems.is_empty(),
        "imports that do not go down a floor:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_reader_sees_real_imports() {
    // The graph is read from the code as it is: these imports exist and are found,
    // so a reader that found none would fail here rather than pass everything.
    let lib = library_graph();
    let has = |from: &str, to: &str| lib.edges.get(from).is_some_and(|t| t.contains_key(to));
    assert!(has("numbers", "body"), "numbers reads body's cells");
    assert!(has("markdown", "tables"), "markdown renders the grid");
    assert!(has("envelope", "body"), "documents hold bodies");
    assert!(has("lib", "numbers"), "the pipeline annotates numbers");
    assert!(!has("body", "numbers"), "body does not import numbers");
    // A made-up upward import is caught.
    let mut bad = Graph {
        edges: BTreeMap::new(),
    };
    bad.edges.entry("body".to_string()).or_default().insert(
        "markdown".to_string(),
        vec!["src/body/mod.rs:1".to_string()],
    );
    assert_eq!(violations(&bad, LIBRARY).len(), 1);
    let cli = cli_graph();
    assert!(cli
        .edges
        .get("run")
        .is_some_and(|t| t.contains_key("inputs")));
    assert!(!cli
        .edges
        .get("inputs")
        .is_some_and(|t| t.contains_key("run")));
}

const BEGIN: &str =
    "<!-- floors: written by `FORM6K_WRITE_ARCHITECTURE=1 cargo test --test floors` -->\n";
const END: &str = "<!-- /floors -->";

#[test]
fn docs_architecture_shows_the_graph() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/architecture.md");
    let doc = std::fs::read_to_string(&path).unwrap();
    let want = format!(
        "{}\n{}",
        picture("The library", &library_graph(), LIBRARY),
        picture("The CLI (`src/bin/form6k/`)", &cli_graph(), CLI)
    );
    let (Some(b), Some(e)) = (doc.find(BEGIN), doc.find(END)) else {
        panic!("docs/architecture.md has no floors markers");
    };
    let have = &doc[b + BEGIN.len()..e];
    if have != want {
        if std::env::var_os("FORM6K_WRITE_ARCHITECTURE").is_some() {
            let new = format!("{}{}{}", &doc[..b + BEGIN.len()], want, &doc[e..]);
            std::fs::write(&path, new).unwrap();
        } else {
            panic!(
                "docs/architecture.md's graph is out of date; run \
                 FORM6K_WRITE_ARCHITECTURE=1 cargo test --test floors\n--- want:\n{want}"
            );
        }
    }
}
