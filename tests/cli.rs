//! The `cinplan` command as a person or a batch job uses it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

mod common;

fn cinplan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cinplan")).args(args).output().expect("cinplan runs")
}

/// The complete plan (every member of the format; meets Reading's procedure).
fn complete() -> String {
    format!("{}/tests/fixtures/plans/complete.json", env!("CARGO_MANIFEST_DIR"))
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn tmp(name: &str, content: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("cinplan-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

#[test]
fn a_good_plan_exits_0_with_a_json_report() {
    let o = cinplan(&["check", "--authority", "reading", "--today", "2026-11-22", &complete()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["authority"]["id"], "reading");
    assert_eq!(report["authority"]["source"], "berkshire-west.txt");
    assert_eq!(report["findings"].as_array().unwrap().len(), 0);
    assert!(report["due"].as_array().unwrap().iter().any(|d| d["kind"] == "nextReview"));
}

#[test]
fn errors_exit_1_and_text_format_shows_the_checklist_findings_and_due_dates() {
    let mut plan: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(complete()).unwrap()).unwrap();
    plan["contingency"] = serde_json::json!("");
    plan["reviews"]["frequency"] = serde_json::json!({"every": 8, "unit": "weeks"});
    let p = tmp("weak.json", &plan.to_string());
    let o =
        cinplan(&["check", "--authority", "reading", "--today", "2026-11-22", "--format", "text", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(out.contains("✗ Contingency plan"), "{out}");
    assert!(out.contains("✓ Lead professional"), "{out}");
    assert!(out.contains("Reviews are set every 8 weeks; Reading requires reviews at least every 6 weeks."), "{out}");
    assert!(out.contains("How often do Child in Need meetings take place?"), "{out}");
    assert!(out.contains("nextReview") && out.contains("18 Dec 2026"), "{out}");
}

#[test]
fn unknown_authority_is_a_usage_error_naming_the_valid_ids() {
    let o = cinplan(&["check", "--authority", "narnia", &complete()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    for rs in cinplan::authorities() {
        assert!(err.contains(&rs.id), "{} not named: {err}", rs.id);
    }
}

#[test]
fn usage_errors_and_unreadable_input_exit_2() {
    assert_eq!(cinplan(&[]).status.code(), Some(2));
    assert_eq!(cinplan(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(cinplan(&["check", "--authority", "reading", "--today", "2027-02-30"]).status.code(), Some(2));
    assert_eq!(cinplan(&["check", "--authority", "reading", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(cinplan(&["check", "--authority", "reading", "/no/such/file.json"]).status.code(), Some(2));
    let p = tmp("binary.json", "");
    std::fs::write(&p, [0xff, 0xfe, 0x00]).unwrap();
    assert_eq!(cinplan(&["check", "--authority", "reading", p.to_str().unwrap()]).status.code(), Some(2));
    // No authority anywhere.
    assert_eq!(cinplan(&["check", &complete()]).status.code(), Some(2));
}

#[test]
fn junk_files_give_reports_never_a_crash() {
    for (name, text) in [("num.json", "42"), ("broken.json", "{\"a\":"), ("deep.json", &"[".repeat(50_000))] {
        let p = tmp(name, text);
        let o = cinplan(&["check", "--authority", "lewisham", "--today", "2026-11-22", p.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", String::from_utf8_lossy(&o.stderr));
        let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        assert!(r["findings"].as_array().unwrap().iter().any(|f| f["rule"] == "input.invalid"));
    }
}

#[test]
fn a_directory_gives_one_line_per_plan_for_every_authoritys_examples() {
    for rs in cinplan::authorities() {
        let examples = common::examples_of(&rs.id);
        let dir = common::examples_dir().join(&rs.id);
        let as_of = examples.first().map(|e| e.as_of.to_string()).unwrap_or_else(|| panic!("{}: no examples", rs.id));
        let o = cinplan(&["check", "--authority", &rs.id, "--today", &as_of, dir.to_str().unwrap()]);
        let lines: Vec<serde_json::Value> =
            stdout(&o).lines().map(|l| serde_json::from_str(l).expect("one JSON object per line")).collect();
        assert_eq!(lines.len(), examples.len(), "{}: {}", rs.id, stdout(&o));
        assert!(lines.iter().all(|l| l["report"]["authority"]["id"] == rs.id.as_str() && l["file"].is_string()));
        // Errors in the weak plans: exit 1, as for a single plan.
        let any_errors =
            lines.iter().flat_map(|l| l["report"]["findings"].as_array().unwrap()).any(|f| f["severity"] == "error");
        assert_eq!(o.status.code(), Some(if any_errors { 1 } else { 0 }), "{}", rs.id);
    }
}

#[test]
fn standard_input_and_the_plans_own_authority_field() {
    let mut plan = common::exemplary("lewisham");
    plan["authority"] = serde_json::json!("lewisham");
    let mut child = Command::new(env!("CARGO_BIN_EXE_cinplan"))
        .args(["check", "--today", "2026-11-22", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(plan.to_string().as_bytes()).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(r["authority"]["id"], "lewisham");
}

#[test]
fn authorities_lists_ids_names_and_sources() {
    let o = cinplan(&["authorities"]);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    for rs in cinplan::authorities() {
        for shown in [&rs.id, &rs.name, &rs.source] {
            assert!(out.contains(shown.as_str()), "{}: {shown} not listed: {out}", rs.id);
        }
    }
    let o = cinplan(&["authorities", "--format", "json"]);
    let list: Vec<serde_json::Value> = serde_json::from_str(&stdout(&o)).unwrap();
    let ids: Vec<&str> = list.iter().map(|a| a["id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = cinplan::authorities().iter().map(|rs| rs.id.as_str()).collect();
    assert_eq!(ids, expected);
}

#[test]
fn a_newer_bank_holidays_file_changes_the_dates() {
    // The built-in file plus a made-up holiday on the day minutes would otherwise be due.
    let mut holidays: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/bank-holidays.json")).unwrap(),
    )
    .unwrap();
    holidays["england-and-wales"]["events"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"title": "Made-up day", "date": "2026-11-20", "notes": "", "bunting": false}));
    let holidays = holidays.to_string();
    let h = tmp("holidays.json", &holidays);
    let args = ["check", "--authority", "reading", "--today", "2026-11-22"];
    let plain = cinplan(&[&args[..], &[&complete()]].concat());
    let custom = cinplan(&[&args[..], &["--holidays", h.to_str().unwrap(), &complete()]].concat());
    let due = |o: &Output| -> Vec<String> {
        let r: serde_json::Value = serde_json::from_str(&stdout(o)).unwrap();
        r["due"].as_array().unwrap().iter().map(|d| format!("{} {}", d["kind"], d["date"])).collect()
    };
    assert!(due(&plain).contains(&"\"minutesDistributed\" \"2026-11-20\"".to_string()), "{:?}", due(&plain));
    assert!(due(&custom).contains(&"\"minutesDistributed\" \"2026-11-23\"".to_string()), "{:?}", due(&custom));
    let bad = tmp("bad-holidays.json", "{\"nope\": 1}");
    assert_eq!(
        cinplan(&[&args[..], &["--holidays", bad.to_str().unwrap(), &complete()]].concat()).status.code(),
        Some(2)
    );
}

/// A fresh, empty folder of this test's own.
fn tmp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("cinplan-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn batch_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o).lines().map(|l| serde_json::from_str(l).expect("one JSON object per line")).collect()
}

#[cfg(unix)]
#[test]
fn folders_that_link_back_to_themselves_are_searched_once() {
    use std::os::unix::fs::symlink;
    let dir = tmp_dir("loops");
    std::fs::copy(complete(), dir.join("plan.json")).unwrap();
    // Two links to the folder itself: followed naively, the paths grow without end.
    symlink(&dir, dir.join("again")).unwrap();
    symlink(&dir, dir.join("and-again")).unwrap();
    // A second name for the same file is the same plan.
    symlink(dir.join("plan.json"), dir.join("same-plan.json")).unwrap();
    let o = cinplan(&["check", "--authority", "reading", "--today", "2026-11-22", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let lines = batch_lines(&o);
    assert_eq!(lines.len(), 1, "{lines:?}");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("again") && err.contains("leads back to a folder"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_file_that_cannot_be_read_gets_its_own_line_and_the_batch_goes_on() {
    let dir = tmp_dir("unreadable");
    std::fs::copy(complete(), dir.join("a-good.json")).unwrap();
    std::fs::write(dir.join("b-latin1.json"), [b'{', b'"', 0xe9, b'"', b':', b'1', b'}']).unwrap();
    std::os::unix::fs::symlink(dir.join("gone.json"), dir.join("c-dangling.json")).unwrap();
    std::fs::copy(
        format!("{}/www/examples/reading/8-weekly-no-contingency.json", env!("CARGO_MANIFEST_DIR")),
        dir.join("d-weak.json"),
    )
    .unwrap();
    let o = cinplan(&["check", "--authority", "reading", "--today", "2026-11-22", dir.to_str().unwrap()]);
    // Some plan could not be read: that outranks "errors found".
    assert_eq!(o.status.code(), Some(2));
    let lines = batch_lines(&o);
    let files: Vec<&str> = lines.iter().map(|l| l["file"].as_str().unwrap()).collect();
    assert_eq!(files.len(), 4, "{files:?}");
    assert!(files[3].ends_with("d-weak.json"), "the files after a bad one are still checked: {files:?}");
    assert!(lines[0]["report"].is_object() && lines[3]["report"].is_object());
    assert!(lines[1]["error"].as_str().unwrap().contains("not text"), "{}", lines[1]);
    assert!(lines[2]["error"].as_str().unwrap().contains("cannot read"), "{}", lines[2]);
    // The same in the text format: each file is named, the bad ones say why.
    let o = cinplan(&[
        "check",
        "--authority",
        "reading",
        "--today",
        "2026-11-22",
        "--format",
        "text",
        dir.to_str().unwrap(),
    ]);
    let out = stdout(&o);
    assert!(out.contains("b-latin1.json\n  Not checked:") && out.contains("Checklist"), "{out}");
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    let dir = tmp_dir("pipe");
    let plan = std::fs::read_to_string(complete()).unwrap();
    for i in 0..200 {
        std::fs::write(dir.join(format!("plan-{i:03}.json")), &plan).unwrap();
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_cinplan"))
        .args(["check", "--authority", "reading", "--today", "2026-11-22", dir.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then hang up, as `| head -1` does.
    let mut first = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut first).unwrap();
    assert!(first.starts_with("{\"file\""), "{first}");
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&o.stderr), "", "a closed pipe is not an error to report");
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_one_line_and_exit_2() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_cinplan"))
        .args(["check", "--authority", "reading", "--today", "2026-11-22", &complete()])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cannot write the report") && err.contains("No space left"), "{err}");
}

#[cfg(unix)]
#[test]
fn names_and_dates_that_are_not_text_are_answered_not_crashed_on() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tmp_dir("names");
    let odd = dir.join(std::ffi::OsStr::from_bytes(b"plan-\xff.json"));
    std::fs::copy(complete(), &odd).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_cinplan"))
        .args(["check", "--authority", "reading", "--today", "2026-11-22"])
        .arg(&odd)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    // In a batch, the name is shown as near as text allows.
    let o = cinplan(&["check", "--authority", "reading", "--today", "2026-11-22", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(batch_lines(&o)[0]["file"].as_str().unwrap().contains("plan-\u{fffd}.json"));
    let o = Command::new(env!("CARGO_BIN_EXE_cinplan"))
        .args(["check", "--authority", "reading", "--today"])
        .arg(std::ffi::OsStr::from_bytes(b"2026-11-\xff"))
        .arg(complete())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is not readable text"));
}

/// A file of `bytes` zero bytes that takes no disk space (a sparse file).
fn sparse(name: &str, bytes: u64) -> std::path::PathBuf {
    let p = tmp(name, "");
    std::fs::OpenOptions::new().write(true).open(&p).unwrap().set_len(bytes).unwrap();
    p
}

#[test]
fn a_plan_file_larger_than_the_limit_is_not_read() {
    let big = sparse("too-large-plan.json", 400_000_000);
    let o = cinplan(&["check", "--authority", "reading", "--today", "2026-11-22", big.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let bad: Vec<&serde_json::Value> =
        r["findings"].as_array().unwrap().iter().filter(|f| f["rule"] == "input.invalid").collect();
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0]["message"], "This plan is too large to check: 400 MB; the limit is 10 MB");
    // With no --authority the plan cannot name one: that file's answer is an error.
    let o = cinplan(&["check", "--today", "2026-11-22", big.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("too large to check: 400 MB"));
    // A bank-holidays file too: refused, and said why.
    let holidays = sparse("too-large-holidays.json", 2_000_000);
    let o = cinplan(&["check", "--authority", "reading", "--holidays", holidays.to_str().unwrap(), &complete()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("too large: 2 MB; the limit is 1 MB"));
}

/// Runs cinplan with at most `kb` kilobytes of memory, `input` on standard input.
#[cfg(unix)]
fn cinplan_limited(
    kb: u64,
    args: &[&str],
    input: impl FnOnce(&mut std::process::ChildStdin) + Send + 'static,
) -> Output {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {kb} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_cinplan"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || input(&mut stdin));
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap();
    o
}

#[cfg(unix)]
#[test]
fn a_400_mb_list_on_standard_input_under_a_1_5_gb_memory_limit_is_refused_not_aborted() {
    let o = cinplan_limited(1_500_000, &["check", "--authority", "reading", "--today", "2026-11-22", "-"], |stdin| {
        let chunk = "0,".repeat(500_000);
        let _ = stdin.write_all(b"{\"needs\": [");
        for _ in 0..400 {
            if stdin.write_all(chunk.as_bytes()).is_err() {
                return;
            }
        }
        let _ = stdin.write_all(b"0]}");
    });
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(r["findings"][0]["message"], "This plan is too large to check: 401 MB; the limit is 10 MB");
}

#[test]
fn a_plan_file_starting_with_a_byte_order_mark_is_read() {
    let plan = std::fs::read_to_string(complete()).unwrap();
    let p = tmp("bom.json", &format!("\u{feff}{plan}"));
    let o = cinplan(&["check", "--authority", "reading", "--today", "2026-11-22", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let plain = cinplan(&["check", "--authority", "reading", "--today", "2026-11-22", &complete()]);
    assert_eq!(stdout(&o), stdout(&plain));
    // And its own authority field is found.
    let named = plan.replacen('{', "{\"authority\": \"reading\",", 1);
    let p = tmp("bom-named.json", &format!("\u{feff}{named}"));
    let o = cinplan(&["check", "--today", "2026-11-22", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
}
