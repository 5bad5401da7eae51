//! Which plans a `cinplan check` run reads, and reading each one.
//!
//! A batch audit points the command at a folder it did not make: folders may link to
//! themselves or to each other, files may be unreadable, dangling links or not text. None
//! of that may stop the batch or make it run for ever: every real file is read once, a
//! folder already searched is skipped with a note, and a file that cannot be read becomes
//! that file's answer (an error line) while the others are still checked.

use std::collections::HashSet;
use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};

pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// How the input is named in messages and in the `file` of a batch line.
    pub fn shown(&self) -> String {
        match self {
            Input::Stdin => "standard input".into(),
            Input::File(p) => p.to_string_lossy().into_owned(),
        }
    }

    /// The text of the plan, if it is at most `limit` bytes long. A larger one is not read
    /// into memory: a file's size is looked at first, and standard input is read as far as
    /// the limit and then only counted, so a 400 MB file costs no more memory than a plan.
    pub fn read(&self, limit: usize) -> Result<String, Unread> {
        let failed = |e: std::io::Error| Unread::Failed(format!("cannot read {}: {}", self.shown(), plain_io(&e)));
        let mut bytes = Vec::new();
        let more = match self {
            Input::Stdin => read_at_most(std::io::stdin().lock(), limit, &mut bytes).map_err(failed)?,
            Input::File(p) => {
                let file = std::fs::File::open(p).map_err(failed)?;
                match file.metadata() {
                    Ok(m) if m.is_file() && m.len() > limit as u64 => return Err(Unread::TooLarge(m.len())),
                    _ => read_at_most(file, limit, &mut bytes).map_err(failed)?,
                }
            }
        };
        if more > 0 {
            return Err(Unread::TooLarge(bytes.len() as u64 + more));
        }
        String::from_utf8(bytes).map_err(|_| Unread::Failed(format!("{} is not text (it is not UTF-8)", self.shown())))
    }
}

/// Why a plan's text was not read.
pub enum Unread {
    /// It is this many bytes, more than the limit.
    TooLarge(u64),
    /// One sentence: why it cannot be read.
    Failed(String),
}

/// Reads up to `limit` bytes into `bytes`; answers how many more there were (read and
/// dropped, not kept).
fn read_at_most(mut from: impl Read, limit: usize, bytes: &mut Vec<u8>) -> std::io::Result<u64> {
    (&mut from).take(limit as u64).read_to_end(bytes)?;
    std::io::copy(&mut from, &mut std::io::sink())
}

/// The plans to check, and notes for the person running the command (folders skipped).
pub struct Inputs {
    pub list: Vec<Input>,
    pub notes: Vec<String>,
    /// Whether any argument was a folder (then the output is one line per file).
    pub any_folder: bool,
}

/// `-` or nothing is standard input; a folder is searched for `*.json` files, depth first,
/// in name order.
pub fn collect(args: &[OsString]) -> Result<Inputs, String> {
    let mut inputs = Inputs { list: Vec::new(), notes: Vec::new(), any_folder: false };
    if args.is_empty() {
        inputs.list.push(Input::Stdin);
        return Ok(inputs);
    }
    let mut walk = Walk { folders: HashSet::new(), files: HashSet::new(), notes: Vec::new() };
    for arg in args {
        if arg == "-" {
            inputs.list.push(Input::Stdin);
            continue;
        }
        let p = PathBuf::from(arg);
        if !p.is_dir() {
            inputs.list.push(Input::File(p));
            continue;
        }
        inputs.any_folder = true;
        let mut found = Vec::new();
        walk.folder(&p, &mut found)
            .map_err(|e| format!("cannot read the folder {}: {}", p.to_string_lossy(), plain_io(&e)))?;
        if found.is_empty() && walk.notes.is_empty() {
            return Err(format!("the folder {} holds no .json files", p.to_string_lossy()));
        }
        inputs.list.extend(found.into_iter().map(Input::File));
    }
    inputs.notes = walk.notes;
    Ok(inputs)
}

struct Walk {
    /// Real (canonical) folders already searched: a link back to one is a loop.
    folders: HashSet<PathBuf>,
    /// Real files already listed: two links to one file check it once.
    files: HashSet<PathBuf>,
    notes: Vec<String>,
}

impl Walk {
    fn folder(&mut self, dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
        let real = dir.canonicalize()?;
        if !self.folders.insert(real) {
            self.notes
                .push(format!("skipped {}: it leads back to a folder already being checked", dir.to_string_lossy()));
            return Ok(());
        }
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for p in entries {
            // `metadata` follows links; a dangling link has none and is listed as a file, so
            // that its own line says it cannot be read.
            match std::fs::metadata(&p) {
                Ok(m) if m.is_dir() => {
                    // A subfolder that cannot be read is one note, not the end of the batch.
                    if let Err(e) = self.folder(&p, found) {
                        self.notes.push(format!("skipped {}: {}", p.to_string_lossy(), plain_io(&e)));
                    }
                }
                _ if p.extension().is_some_and(|e| e == "json") => {
                    let real = p.canonicalize().unwrap_or_else(|_| p.clone());
                    if self.files.insert(real) {
                        found.push(p);
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// An I/O error as a person reads it ("permission denied", "no such file").
fn plain_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "there is no such file or folder".into(),
        PermissionDenied => "permission denied".into(),
        _ => {
            // std writes "Is a directory (os error 21)": keep the words, not the number.
            let text = e.to_string();
            let words = text.split(" (os error").next().unwrap_or(&text);
            words.to_lowercase()
        }
    }
}
