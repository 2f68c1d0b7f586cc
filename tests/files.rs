//! What the tool writes, under attack and faults (issue 23): links planted at a
//! temporary or a final name, a file that appears after the names were checked,
//! concurrent runs into one place, FIFOs among the inputs, a read-only target,
//! `--force` with a run that advised nothing, a class set replaced whole, a 245-byte
//! file stem, and messages without the system's own text. Unix only: links, FIFOs
//! and permissions are what is tested.
#![cfg(unix)]

use std::fs;
use std::io::Write;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::support::kam;

const EXAMPLE: &str = "examples/small-software.toml";

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE)
}

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kam-advise"));
    for var in ["LC_ALL", "LC_MESSAGES", "NO_COLOR", "COLUMNS"] {
        cmd.env_remove(var);
    }
    cmd.env("LANG", "C").env("SOURCE_DATE_EPOCH", "1795867200");
    cmd
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

/// The names in a directory, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// No temporary file or directory of the tool is left in `dir`.
fn no_leftovers(dir: &Path) {
    let left: Vec<String> = names(dir)
        .into_iter()
        .filter(|n| n.starts_with(".kam-advise"))
        .collect();
    assert!(
        left.is_empty(),
        "left behind in {}: {left:?}",
        dir.display()
    );
}

/// No raw system message and no temporary name in what the user reads.
fn plain(message: &str) {
    for raw in ["os error", "系统错误（代码", ".kam-advise"] {
        assert!(!message.contains(raw), "{raw:?} in {message}");
    }
}

/// Whether permissions are enforced for this user (not for root).
fn permissions_enforced(dir: &Path) -> bool {
    let probe = dir.join("probe");
    fs::create_dir(&probe).unwrap();
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o555)).unwrap();
    let enforced = fs::write(probe.join("x"), "x").is_err();
    fs::set_permissions(&probe, fs::Permissions::from_mode(0o755)).unwrap();
    fs::remove_dir_all(&probe).unwrap();
    enforced
}

#[test]
fn a_link_at_the_old_guessable_temporary_name_is_never_followed() {
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    let victim = tmp.path().join("victim");
    fs::write(&victim, "victim\n").unwrap();
    // The attack of the issue: the link at `.NAME.PID.tmp`, with the PID the run
    // will have (exec keeps it).
    let script = format!(
        "ln -s '{victim}' \"out/.small-software.json.$$.tmp\" && exec '{bin}' '{example}' --output-dir out --format json",
        victim = victim.display(),
        bin = env!("CARGO_BIN_EXE_kam-advise"),
        example = example().display(),
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .current_dir(tmp.path())
        .env("SOURCE_DATE_EPOCH", "1795867200")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&victim).unwrap(), "victim\n");
    let report = out_dir.join("small-software.json");
    let meta = fs::symlink_metadata(&report).unwrap();
    assert!(
        meta.file_type().is_file(),
        "the report is not a regular file"
    );
    assert!(
        fs::read_to_string(&report)
            .unwrap()
            .contains("\"schema_version\"")
    );
    // Only the report and the planted link: the temporary file went.
    assert_eq!(names(&out_dir).len(), 2, "{:?}", names(&out_dir));
    no_leftovers(&out_dir);
}

#[test]
fn a_link_at_the_final_name_is_refused_even_with_force_in_both_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let victim = tmp.path().join("victim");
    fs::write(&victim, "victim\n").unwrap();
    let out_dir = tmp.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    symlink(&victim, out_dir.join("small-software.json")).unwrap();
    symlink(&victim, tmp.path().join("review.csv")).unwrap();
    for force in [false, true] {
        for lang in ["en", "zh"] {
            let mut cmd = bin();
            cmd.current_dir(tmp.path()).arg(example()).args([
                "--output-dir",
                "out",
                "--format",
                "json",
                "--lang",
                lang,
            ]);
            if force {
                cmd.arg("--force");
            }
            let out = cmd.output().unwrap();
            assert_eq!(out.status.code(), Some(1));
            let err = stderr(&out);
            plain(&err);
            let expected = if lang == "en" {
                "error: cannot write out/small-software.json: it is a symbolic link, and nothing is written through one"
            } else {
                "错误：无法写入 out/small-software.json：这是符号链接"
            };
            assert!(err.starts_with(expected), "{err}");

            let mut cmd = bin();
            cmd.current_dir(tmp.path())
                .arg("compare")
                .arg(example())
                .args(["--format", "csv", "--output", "review.csv", "--lang", lang]);
            if force {
                cmd.arg("--force");
            }
            let out = cmd.output().unwrap();
            assert_eq!(out.status.code(), Some(1));
            let err = stderr(&out);
            plain(&err);
            assert!(
                err.contains("review.csv")
                    && err.contains(if lang == "en" {
                        "symbolic link"
                    } else {
                        "符号链接"
                    }),
                "{err}"
            );
        }
    }
    assert_eq!(fs::read_to_string(&victim).unwrap(), "victim\n");
    assert!(
        fs::symlink_metadata(tmp.path().join("review.csv"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    no_leftovers(&out_dir);
    no_leftovers(tmp.path());
}

#[test]
fn a_dangling_link_a_directory_and_a_fifo_are_named_in_words_not_os_errors() {
    let tmp = tempfile::tempdir().unwrap();
    symlink(tmp.path().join("nowhere"), tmp.path().join("dangling.csv")).unwrap();
    fs::create_dir(tmp.path().join("dir.csv")).unwrap();
    mkfifo(&tmp.path().join("fifo.csv"));
    let cases = [
        ("dangling.csv", "it is a symbolic link", "这是符号链接"),
        (
            "dir.csv",
            "it is a directory, not a file",
            "是目录，不是文件",
        ),
        (
            "fifo.csv",
            "it is not a regular file but a pipe, a device or a socket",
            "不是普通文件",
        ),
        // `--output DIR/` is a directory, and --force is not suggested for it.
        ("new/", "it is a directory, not a file", "是目录，不是文件"),
    ];
    for (name, en, zh) in cases {
        for (lang, words) in [("en", en), ("zh", zh)] {
            let out = bin()
                .current_dir(tmp.path())
                .arg("compare")
                .arg(example())
                .args([
                    "--format", "csv", "--output", name, "--force", "--lang", lang,
                ])
                .stdin(Stdio::null())
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(1), "{name}");
            let err = stderr(&out);
            plain(&err);
            assert!(
                err.contains(name) && err.contains(words),
                "{name} {lang}: {err}"
            );
            assert!(!err.contains("--force"), "{err}");
        }
    }
    assert!(!tmp.path().join("new").exists());
    no_leftovers(tmp.path());
}

#[test]
fn a_file_that_appears_after_the_names_are_checked_is_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    // The profile comes through a FIFO, so the run waits between checking the
    // names and writing; meanwhile another file takes the report's name.
    let fifo = tmp.path().join("late.toml");
    mkfifo(&fifo);
    let child = bin()
        .current_dir(tmp.path())
        .args(["late.toml", "--output-dir", "out", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The names are checked before the profile is read: wait until the run
    // opens the FIFO (the open below returns when the run has it open too).
    std::thread::sleep(Duration::from_millis(300));
    let late = out_dir.join("late.json");
    fs::write(&late, "someone else's\n").unwrap();
    let mut writer = fs::OpenOptions::new().write(true).open(&fifo).unwrap();
    writer.write_all(&fs::read(example()).unwrap()).unwrap();
    drop(writer);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    plain(&err);
    assert!(
        err.contains("out/late.json appeared while this run was writing"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&late).unwrap(), "someone else's\n");
    no_leftovers(&out_dir);
}

#[test]
fn two_concurrent_runs_into_one_directory_never_both_succeed() {
    let tmp = tempfile::tempdir().unwrap();
    let example = example();
    for round in 0..20 {
        let out_dir = tmp.path().join(format!("out-{round}"));
        let spawn = || {
            bin()
                .arg(&example)
                .args(["--format", "json", "--output-dir"])
                .arg(&out_dir)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        let succeeded = [&a, &b].iter().filter(|o| o.status.success()).count();
        assert_eq!(succeeded, 1, "round {round}: {}{}", stderr(&a), stderr(&b));
        let failed = if a.status.success() { &b } else { &a };
        plain(&stderr(failed));
        // The one report there is whole.
        let report = fs::read_to_string(out_dir.join("small-software.json")).unwrap();
        let _: serde_json::Value = serde_json::from_str(&report).unwrap();
        assert_eq!(names(&out_dir), ["small-software.json"]);
    }
}

#[test]
fn a_fifo_in_a_profile_directory_is_refused_by_name_and_the_rest_advised() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("clients");
    fs::create_dir(&dir).unwrap();
    fs::copy(example(), dir.join("a.toml")).unwrap();
    fs::copy(example(), dir.join("c.toml")).unwrap();
    mkfifo(&dir.join("b.toml"));
    mkfifo(&dir.join("d.csv"));
    let started = Instant::now();
    let out = kam()
        .arg(&dir)
        .args(["--format", "json"])
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(15),
        "it waited on the FIFO"
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let b = dir.join("b.toml");
    assert!(
        err.contains(&format!(
            "{}: could not read profile: it is not a regular file but a pipe, a device or a socket",
            b.display()
        )),
        "{err}"
    );
    assert!(err.contains("d.csv: could not read profile"), "{err}");
    assert!(err.contains("2 of 4 profiles failed"), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);

    // The same in a class directory for `grade`.
    let key = tmp.path().join("set");
    let made = kam()
        .args(["exercise", "--count", "3", "--seed", "1", "--output-dir"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(made.status.success());
    let class = tmp.path().join("class");
    fs::create_dir(&class).unwrap();
    fs::copy(key.join("answer-sheet.toml"), class.join("ann.toml")).unwrap();
    mkfifo(&class.join("bob.toml"));
    let out = kam()
        .arg("grade")
        .arg(&class)
        .arg("--key")
        .arg(&key)
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("bob.toml") && err.contains("not a regular file"),
        "{err}"
    );
}

#[test]
fn a_run_that_advises_nothing_writes_nothing_and_force_keeps_the_good_file() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.toml");
    fs::write(
        &bad,
        fs::read_to_string(example())
            .unwrap()
            .replacen("name", "nmae", 1),
    )
    .unwrap();
    let good = tmp.path().join("review.xlsx");
    let out = bin()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["compare", "examples", "--output"])
        .arg(&good)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let before = fs::read(&good).unwrap();
    for lang in ["en", "zh"] {
        let out = bin()
            .current_dir(tmp.path())
            .args([
                "compare",
                "bad.toml",
                "--output",
                "review.xlsx",
                "--force",
                "--lang",
                lang,
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        let expected = if lang == "en" {
            "error: no profile was advised, so review.xlsx was not written and is as it was"
        } else {
            "错误：没有一份资料得出建议，因此没有写入 review.xlsx，原文件保持不变"
        };
        assert!(err.contains(expected), "{err}");
    }
    assert_eq!(
        fs::read(&good).unwrap(),
        before,
        "the good file was replaced"
    );
    no_leftovers(tmp.path());

    // --output-dir: no directory made for a run that advised nothing.
    let out = bin()
        .current_dir(tmp.path())
        .args(["bad.toml", "--output-dir", "reports"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(!tmp.path().join("reports").exists());

    // A sheet with a header and no row says so (it used to exit 0 with nothing).
    fs::write(
        tmp.path().join("empty.csv"),
        "name,annual_revenue,key_accounts\n",
    )
    .unwrap();
    for (lang, words) in [
        (
            "en",
            "error: empty.csv: the sheet has its header row and no row under it",
        ),
        ("zh", "错误：empty.csv: 表格只有列名这一行"),
    ] {
        for args in [&["empty.csv"][..], &["compare", "empty.csv"]] {
            let out = bin()
                .current_dir(tmp.path())
                .args(args)
                .args(["--lang", lang])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            assert!(stderr(&out).starts_with(words), "{}", stderr(&out));
        }
    }
}

/// A class set: every file, by name within it.
fn set_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut all = Vec::new();
    for sub in ["", "profiles"] {
        for name in names(&dir.join(sub)) {
            let path = dir.join(sub).join(&name);
            if path.is_file() {
                all.push((format!("{sub}/{name}"), fs::read(&path).unwrap()));
            }
        }
    }
    all
}

fn exercise(dir: &Path, seed: u32, force: bool) -> Output {
    let mut cmd = bin();
    cmd.args([
        "exercise",
        "--count",
        "4",
        "--seed",
        &seed.to_string(),
        "--output-dir",
    ])
    .arg(dir);
    if force {
        cmd.arg("--force");
    }
    cmd.output().unwrap()
}

#[test]
fn a_set_is_replaced_whole_or_not_at_all() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("set");
    assert!(exercise(&dir, 1, false).status.success());
    let first = set_files(&dir);

    // answer-key.json made a directory: refused, the old set whole.
    let key = dir.join("answer-key.json");
    let saved = fs::read(&key).unwrap();
    fs::remove_file(&key).unwrap();
    fs::create_dir(&key).unwrap();
    let out = exercise(&dir, 2, true);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("answer-key.json: cannot be written: it is a directory"),
        "{err}"
    );
    assert_eq!(
        set_files(&dir),
        first
            .iter()
            .filter(|(n, _)| n != "/answer-key.json")
            .cloned()
            .collect::<Vec<_>>()
    );
    fs::remove_dir(&key).unwrap();
    fs::write(&key, saved).unwrap();
    assert_eq!(set_files(&dir), first);

    // A symlinked profiles/ is refused: nothing is written where it points.
    let elsewhere = tmp.path().join("elsewhere");
    fs::rename(dir.join("profiles"), &elsewhere).unwrap();
    symlink(&elsewhere, dir.join("profiles")).unwrap();
    let before = names(&elsewhere);
    let out = exercise(&dir, 2, true);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("profiles: cannot be written: it is a symbolic link"),
        "{}",
        stderr(&out)
    );
    assert_eq!(names(&elsewhere), before);
    fs::remove_file(dir.join("profiles")).unwrap();
    fs::rename(&elsewhere, dir.join("profiles")).unwrap();

    // A file that no set has is never removed with the old set.
    fs::write(dir.join("notes.txt"), "mine").unwrap();
    let out = exercise(&dir, 2, true);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("notes.txt: is not a file of a class set"),
        "{}",
        stderr(&out)
    );
    fs::remove_file(dir.join("notes.txt")).unwrap();

    // With --force, the new set replaces the old whole, and nothing is left beside it.
    assert!(exercise(&dir, 2, true).status.success());
    let other = tmp.path().join("other");
    assert!(exercise(&other, 2, false).status.success());
    assert_eq!(set_files(&dir), set_files(&other));
    no_leftovers(tmp.path());

    // `.`: the directory the run is in is never swapped away under the user's
    // shell (it was left in a deleted directory): refused, with or without --force.
    let here = tmp.path().join("here");
    fs::create_dir(&here).unwrap();
    for force in [false, true] {
        let mut cmd = bin();
        cmd.current_dir(&here).args([
            "exercise",
            "--count",
            "4",
            "--seed",
            "2",
            "--output-dir",
            ".",
        ]);
        if force {
            cmd.arg("--force");
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(
            stderr(&out).contains("it is the directory you are in"),
            "{}",
            stderr(&out)
        );
        assert!(names(&here).is_empty());
    }
    no_leftovers(tmp.path());
}

#[test]
fn two_concurrent_forced_sets_never_mix() {
    let tmp = tempfile::tempdir().unwrap();
    let one = tmp.path().join("one");
    let two = tmp.path().join("two");
    assert!(exercise(&one, 1, false).status.success());
    assert!(exercise(&two, 2, false).status.success());
    let (one, two) = (set_files(&one), set_files(&two));
    let dir = tmp.path().join("set");
    assert!(exercise(&dir, 1, false).status.success());
    for _ in 0..8 {
        let spawn = |seed: u32| {
            bin()
                .args([
                    "exercise",
                    "--count",
                    "4",
                    "--seed",
                    &seed.to_string(),
                    "--force",
                    "--output-dir",
                ])
                .arg(&dir)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(1), spawn(2));
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        for out in [&a, &b] {
            plain(&stderr(out));
        }
        let now = set_files(&dir);
        assert!(
            now == one || now == two,
            "a mixed set: {:?}",
            now.iter().map(|(n, _)| n).collect::<Vec<_>>()
        );
        no_leftovers(tmp.path());
    }
}

#[test]
fn a_read_only_target_keeps_the_old_set_and_names_no_temporary_path() {
    let tmp = tempfile::tempdir().unwrap();
    if !permissions_enforced(tmp.path()) {
        eprintln!("permissions are not enforced for this user (root): read-only checks skipped");
        return;
    }
    let parent = tmp.path().join("ro");
    fs::create_dir(&parent).unwrap();
    let dir = parent.join("set");
    assert!(exercise(&dir, 1, false).status.success());
    let first = set_files(&dir);
    fs::set_permissions(&parent, fs::Permissions::from_mode(0o555)).unwrap();
    let out = exercise(&dir, 2, true);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    plain(&err);
    assert!(err.contains("permission denied"), "{err}");
    assert_eq!(set_files(&dir), first);
    let out = bin()
        .arg(example())
        .args(["--format", "json", "--output-dir"])
        .arg(parent.join("reports"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    plain(&stderr(&out));
    fs::set_permissions(&parent, fs::Permissions::from_mode(0o755)).unwrap();
    no_leftovers(&parent);
}

#[test]
fn a_245_byte_file_stem_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let stem = "s".repeat(245);
    let profile = tmp.path().join(format!("{stem}.toml"));
    fs::copy(example(), &profile).unwrap();
    let out = bin()
        .current_dir(tmp.path())
        .arg(&profile)
        .args(["--format", "json", "--output-dir", "out"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        tmp.path()
            .join("out")
            .join(format!("{stem}.json"))
            .is_file()
    );
    let long = format!("{}.csv", "c".repeat(251));
    let out = bin()
        .current_dir(tmp.path())
        .arg("compare")
        .arg(&profile)
        .args(["--format", "csv", "--output", &long])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(tmp.path().join(&long).is_file());
    no_leftovers(tmp.path());
}

/// A sheet of a 251-byte name whose rows have names without a letter (`!!!`) names
/// their reports after the sheet and the row: the sheet's name is cut so that the
/// file name stays within 255 bytes, the row number kept (it was past the limit,
/// and the row failed).
#[test]
fn a_row_named_after_a_long_sheet_name_stays_within_255_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let stem = "s".repeat(251);
    let sheet = tmp.path().join(format!("{stem}.csv"));
    fs::write(
        &sheet,
        "name,annual_revenue,key_accounts,scale\n!!!,8000万,12,medium\n???,8000万,12,medium\nAlpha,8000万,12,medium\n",
    )
    .unwrap();
    let out = bin()
        .current_dir(tmp.path())
        .arg(&sheet)
        .args(["--format", "html", "--output-dir", "out"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let cut = "s".repeat(255 - "-2.html".len());
    assert_eq!(
        names(&tmp.path().join("out")),
        [
            "Alpha.html".to_string(),
            format!("{cut}-2.html"),
            format!("{cut}-3.html")
        ]
    );
}

#[test]
fn the_interview_refuses_an_output_it_could_never_write_before_asking() {
    use rexpect::session::spawn_command;
    let tmp = tempfile::tempdir().unwrap();
    mkfifo(&tmp.path().join("fifo.toml"));
    fs::create_dir(tmp.path().join("dir.toml")).unwrap();
    symlink(tmp.path().join("victim"), tmp.path().join("link.toml")).unwrap();
    for (name, words) in [
        ("fifo.toml", "it is not a regular file"),
        ("dir.toml", "it is a directory"),
        ("link.toml", "it is a symbolic link"),
    ] {
        let mut cmd = bin();
        cmd.current_dir(tmp.path())
            .args(["interview", "--output", name])
            .env("TERM", "xterm")
            .env("NO_COLOR", "1");
        let mut p = spawn_command(cmd, Some(20_000)).unwrap();
        p.exp_string(&format!("cannot write {name}: {words}"))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        match p.process().wait() {
            Ok(rexpect::process::WaitStatus::Exited(_, code)) => assert_eq!(code, 1),
            other => panic!("{other:?}"),
        }
    }
    assert!(!tmp.path().join("victim").exists());
}

#[cfg(target_os = "linux")]
#[test]
fn the_interview_ends_when_its_terminal_closes_with_sighup_ignored() {
    use nix::fcntl::OFlag;
    use nix::pty::{grantpt, posix_openpt, ptsname_r, unlockpt};
    use std::io::Read;

    // A terminal that is not the child's controlling one: when its master closes,
    // the child is sent no SIGHUP at all, as under nohup.
    // Close-on-exec: a master the child inherited would keep the terminal open.
    let master = posix_openpt(OFlag::O_RDWR | OFlag::O_NOCTTY | OFlag::O_CLOEXEC).unwrap();
    grantpt(&master).unwrap();
    unlockpt(&master).unwrap();
    let slave_name = ptsname_r(&master).unwrap();
    let slave = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&slave_name)
        .unwrap();
    let mut child = bin()
        .args(["interview"])
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .stdin(slave.try_clone().unwrap())
        .stdout(slave.try_clone().unwrap())
        .stderr(slave)
        .spawn()
        .unwrap();
    // Wait for the first question, then close the terminal.
    let mut reader = fs::File::from(std::os::fd::OwnedFd::from(master));
    let mut seen = Vec::new();
    let start = Instant::now();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains("Name of the enterprise?") {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no question: {}",
            String::from_utf8_lossy(&seen)
        );
        let n = reader.read(&mut buf).unwrap();
        seen.extend_from_slice(&buf[..n]);
    }
    drop(reader);
    let closed = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert_eq!(status.code(), Some(1));
            break;
        }
        if closed.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the interview did not end after its terminal closed");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn output_dir_reads_a_sheet_from_a_fifo_once_and_names_every_row() {
    // A sheet is read once: its rows are named and advised from that one reading.
    // Read twice, a FIFO would give its rows only to the first reading and the run
    // would wait forever for the second (issue 23, item 8).
    let tmp = tempfile::tempdir().unwrap();
    let fifo = tmp.path().join("clients.csv");
    mkfifo(&fifo);
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut writer = fs::OpenOptions::new().write(true).open(&fifo).unwrap();
            writer
                .write_all(
                    "name,annual_revenue,key_accounts,scale\n\
                     华东精密机械有限公司,8000万,12,medium\n\
                     Acme,1亿,3,small\n\
                     Acme,2亿,8,medium\n\
                     Bad,lots,3,small\n"
                        .as_bytes(),
                )
                .unwrap();
        })
    };
    let mut child = bin()
        .current_dir(tmp.path())
        .args(["clients.csv", "--output-dir", "out", "--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("--output-dir waited on the FIFO: the sheet was read twice");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    writer.join().unwrap();
    let out = child.wait_with_output().unwrap();
    // The bad row fails (exit 1); the three others are written, each named once.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("clients.csv:5:"), "{}", stderr(&out));
    assert_eq!(
        names(&tmp.path().join("out")),
        ["Acme-3.json", "Acme-4.json", "华东精密机械有限公司.json"]
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 3, "{stdout}");
}

/// What `--force` replaces keeps its permissions (a teacher's private answer key
/// stays private), and a set is never swapped in over the directory the run is in.
#[cfg(unix)]
#[test]
fn force_keeps_permissions_and_a_set_never_replaces_the_current_directory() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let set = tmp.path().join("set");
    let exercise = |seed: &str, force: bool| {
        let mut cmd = bin();
        cmd.current_dir(tmp.path()).args([
            "exercise",
            "-n",
            "2",
            "--seed",
            seed,
            "--output-dir",
            "set",
        ]);
        if force {
            cmd.arg("--force");
        }
        cmd.output().unwrap()
    };
    assert!(exercise("1", false).status.success());
    std::fs::set_permissions(&set, std::fs::Permissions::from_mode(0o700)).unwrap();
    let key = set.join("answer-key.json");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert!(exercise("2", true).status.success());
    assert_eq!(mode(&set), 0o700);
    assert_eq!(mode(&key), 0o600);
    // A report replaced with --force keeps its mode too.
    let out = tmp.path().join("out");
    let report = |force: bool| {
        let mut cmd = bin();
        cmd.arg(example())
            .args(["--output-dir", out.to_str().unwrap_or("")]);
        if force {
            cmd.arg("--force");
        }
        assert!(cmd.output().unwrap().status.success());
    };
    report(false);
    let written = std::fs::read_dir(&out)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    std::fs::set_permissions(&written, std::fs::Permissions::from_mode(0o600)).unwrap();
    report(true);
    assert_eq!(mode(&written), 0o600);
    // `--output-dir .` from inside the set: refused, the directory left as it was.
    let before: Vec<_> = std::fs::read_dir(&set)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    let refused = bin()
        .current_dir(&set)
        .args([
            "exercise",
            "-n",
            "2",
            "--seed",
            "3",
            "--output-dir",
            ".",
            "--force",
        ])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("it is the directory you are in"), "{err}");
    let after: Vec<_> = std::fs::read_dir(&set)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(before, after);
    assert!(set.join("answer-key.json").exists());
}

/// A profile whose file name holds control characters gives a report whose name,
/// as printed, is the name on disk.
#[cfg(unix)]
#[test]
fn a_report_named_after_a_file_with_control_characters_gets_a_safe_name() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir(&dir).unwrap();
    fs::copy(example(), dir.join("evil\u{1b}]0;x\nname.toml")).unwrap();
    let out_dir = tmp.path().join("out");
    let out = bin()
        .arg(&dir)
        .args(["--output-dir", out_dir.to_str().unwrap_or("")])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(names(&out_dir), ["evil-0-x-name.txt"]);
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        printed.trim_end().ends_with("evil-0-x-name.txt"),
        "{printed}"
    );
}

/// Starts `compare PORTFOLIO - --output out.csv` in `dir`, by way of `sh -c` with
/// `shell` run first (`trap '' INT` to start it with SIGINT ignored), and waits until
/// it is writing: the portfolio's rows are in its temporary file while it waits for
/// the profile on its standard input.
fn compare_waiting_on_stdin(dir: &Path, shell: &str) -> std::process::Child {
    let portfolio = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/portfolio.csv");
    let script = format!("{shell} exec \"$0\" \"$@\"");
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_kam-advise"))
        .args(["compare", "--format", "csv", "--output", "out.csv"])
        .arg(&portfolio)
        .arg("-")
        .current_dir(dir)
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let child = cmd.spawn().unwrap();
    let start = Instant::now();
    while !names(dir).iter().any(|n| n.starts_with(".kam-advise")) {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no temporary file appeared"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child
}

fn signal(child: &std::process::Child, name: &str) {
    let status = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(status.success());
}

#[cfg(target_os = "linux")]
#[test]
fn a_run_ended_by_a_signal_leaves_no_temporary_file_and_dies_of_the_signal() {
    use std::os::unix::process::ExitStatusExt;
    for (name, number) in [("TERM", 15), ("INT", 2), ("HUP", 1)] {
        let dir = tempfile::tempdir().unwrap();
        let child = compare_waiting_on_stdin(dir.path(), "");
        signal(&child, name);
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.signal(), Some(number), "SIG{name}: {out:?}");
        assert!(
            names(dir.path()).is_empty(),
            "SIG{name}: {:?}",
            names(dir.path())
        );
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_signal_the_run_inherited_ignored_still_does_not_stop_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = compare_waiting_on_stdin(dir.path(), "trap '' INT;");
    signal(&child, "INT");
    std::thread::sleep(Duration::from_millis(200));
    let profile = fs::read(example()).unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(&profile).unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let written = fs::read_to_string(dir.path().join("out.csv")).unwrap();
    // The header, the portfolio's five rows, and the profile from stdin.
    assert_eq!(written.lines().count(), 7, "{written}");
    assert!(
        written.lines().last().unwrap().starts_with("-,"),
        "{written}"
    );
    no_leftovers(dir.path());
}

#[cfg(target_os = "linux")]
#[test]
fn a_file_past_ulimit_f_is_an_error_in_words_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let row = "Acme,8000万元,12,,,,,工业,450,,sales,yes,no,,,\n";
    let mut sheet = String::from(
        "name,annual_revenue,key_accounts,currency,cny_rate,kind,scale,industry,employees,\
         total_assets,current_setup,strategic_plan,account_development,levels,counts,functions\n",
    );
    for _ in 0..5_000 {
        sheet.push_str(row);
    }
    fs::write(dir.path().join("big.csv"), sheet).unwrap();
    for (lang, words) in [("en", "ulimit -f"), ("zh", "ulimit -f")] {
        let out = Command::new("sh")
            .arg("-c")
            .arg("ulimit -f 16; exec \"$0\" \"$@\"")
            .arg(env!("CARGO_BIN_EXE_kam-advise"))
            .args(["--lang", lang, "compare", "big.csv", "--format", "csv"])
            .args(["--output", "out.csv"])
            .current_dir(dir.path())
            .env("LANG", "C")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        let message = stderr(&out);
        assert!(
            message.contains("out.csv") && message.contains(words),
            "{message}"
        );
        plain(&message);
        assert_eq!(names(dir.path()), ["big.csv"]);
    }
}
