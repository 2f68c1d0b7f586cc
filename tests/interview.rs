//! The interview, driven through a pseudo-terminal the test makes itself (rexpect):
//! a full interview to a written profile in both languages, a wrong amount re-asked
//! with the profile's own message, Esc back to the previous question, Ctrl-C that
//! leaves nothing behind (exit 130), a refusal without a terminal (exit 2); and, on
//! the same kind of terminal, `compare --format xlsx` refusing to print a workbook.

use std::path::Path;
use std::process::Command;

use rexpect::process::WaitStatus;
use rexpect::session::{PtySession, spawn_command};

const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const ESC: &str = "\x1b";
const BACKSPACE: &str = "\x7f";
const CTRL_A: &str = "\x01";
const CTRL_E: &str = "\x05";
const CTRL_U: &str = "\x15";
const CTRL_W: &str = "\x17";

fn interview(dir: &Path, args: &[&str]) -> PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kam-advise"));
    cmd.current_dir(dir)
        .arg("interview")
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("NO_COLOR", "1")
        .env("TERM", "xterm");
    spawn_command(cmd, Some(30_000)).unwrap_or_else(|e| panic!("spawn: {e}"))
}

/// Waits for `text` on the terminal. rexpect reads the terminal byte by byte, each
/// byte as one `char`: a needle with Chinese text is spelled the same way.
fn expect(p: &mut PtySession, text: &str) {
    let bytes: String = text.bytes().map(char::from).collect();
    p.exp_string(&bytes)
        .unwrap_or_else(|e| panic!("waiting for {text:?}: {e}"));
}

/// Types `keys` at once.
fn press(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// Waits for `text`, then sends `keys` (the keys of one answer).
fn answer(p: &mut PtySession, text: &str, keys: &str) {
    expect(p, text);
    press(p, keys);
}

fn exit_code(p: &PtySession) -> Option<i32> {
    match p.process().wait() {
        Ok(WaitStatus::Exited(_, code)) => Some(code),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_full_interview_in_english_ends_in_a_saved_profile() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = interview(dir.path(), &["--output", "client.toml", "--lang", "en"]);
    answer(&mut p, "Name of the enterprise?", "华东精密机械有限公司\r");
    answer(&mut p, "What kind of organisation is it?", ENTER);
    answer(&mut p, "Currency of the amounts?", ENTER);
    answer(&mut p, "Annual revenue?", "80 furlongs\r");
    // Refused in one short sentence with examples, and asked again.
    expect(
        &mut p,
        "# Unknown unit \u{2018}furlongs\u{2019}: write the amount e.g. 8000万",
    );
    press(&mut p, &BACKSPACE.repeat(11));
    press(&mut p, "8000万元\r");
    answer(&mut p, "How many key accounts has the firm rated?", "12\r");
    answer(&mut p, "Size of the enterprise?", ENTER);
    answer(
        &mut p,
        "Industry (row of the NBS 2017 size table)?",
        "manufactur\r",
    );
    answer(&mut p, "Number of employees?", "450\r");
    answer(
        &mut p,
        "Who looks after the key accounts today?",
        &format!("{DOWN}{DOWN}{ENTER}"),
    );
    answer(
        &mut p,
        "Does the firm's strategic plan call for a KAM unit?",
        "n\r",
    );
    // Esc goes back one question; the answer is given again.
    answer(&mut p, "Would a unit develop key accounts faster", ESC);
    answer(
        &mut p,
        "Does the firm's strategic plan call for a KAM unit?",
        "y\r",
    );
    answer(&mut p, "Would a unit develop key accounts faster", ENTER);
    answer(&mut p, "Your answers", "");
    answer(&mut p, "Recommendation: KAM department (二)3", "");
    answer(&mut p, "Write the profile to client.toml?", "y\r");
    expect(&mut p, "Profile written to client.toml");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), Some(0));

    let written = std::fs::read_to_string(dir.path().join("client.toml")).unwrap();
    // The layout of `init`: its header, and every key with its comment.
    assert!(written.starts_with("# A kam-advise profile."), "{written}");
    for line in [
        "name = \"华东精密机械有限公司\"",
        "annual_revenue = \"8000万元\"",
        "key_accounts = 12",
        "industry = \"industry\"",
        "employees = 450",
        "current_setup = \"sales\"",
        "strategic_plan = true",
        "account_development = false",
        "# cny_rate = 7.1",
    ] {
        assert!(written.lines().any(|l| l == line), "{line}: {written}");
    }
    // The saved profile gives the same advice as the shipped example of this firm.
    let advice = |path: &Path| {
        let out = crate::support::kam()
            .arg(path)
            .args(["--format", "json"])
            .output()
            .unwrap();
        let mut v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        for key in ["source", "name", "hints"] {
            v.as_object_mut().map(|o| o.remove(key));
        }
        v
    };
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/medium-manufacturer.toml");
    assert_eq!(advice(&dir.path().join("client.toml")), advice(&example));
}

#[test]
fn a_full_interview_in_chinese_asks_for_the_levels_of_a_public_sector_body() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("省局.toml"), "old").unwrap();
    let mut p = interview(dir.path(), &["--output", "省局.toml", "--lang", "zh"]);
    answer(&mut p, "企业名称是什么？", "省邮政分公司\r");
    answer(
        &mut p,
        "企业属于哪一类组织？",
        &format!("{DOWN}{DOWN}{DOWN}{ENTER}"),
    );
    answer(&mut p, "金额使用哪种币种？", ENTER);
    answer(&mut p, "年度销售额是多少？", "3亿\r");
    answer(&mut p, "企业已评定了多少个重点客户？", "20\r");
    // A public-sector body's form does not depend on size: "not needed" comes first.
    answer(&mut p, "无需填写（此类组织的形式与规模无关）", ENTER);
    answer(&mut p, "目前由谁负责重点客户？", ENTER);
    answer(&mut p, "是否需要设立重点客户管理机构？", "是\r");
    answer(&mut p, "增强客户对企业的信心和依赖？", "否\r");
    // A filter that matches no level says so (patch 3 of vendor/inquire), and Ctrl-U
    // clears it.
    answer(&mut p, "组织包括哪些层级？", "xyz");
    expect(&mut p, "没有与“xyz”相符的选项");
    // Levels: provincial, prefecture and county ticked with Space.
    press(&mut p, &format!("{CTRL_U}{DOWN} {DOWN} {DOWN} {ENTER}"));
    answer(&mut p, "省级机构有多少个？", ENTER);
    answer(&mut p, "地市级机构有多少个？", "十二\r");
    // Said as to someone answering, not in the profile's words about TOML strings.
    expect(&mut p, "# 此处须填 0 或以上的整数，如 12。");
    press(&mut p, &BACKSPACE.repeat(2));
    press(&mut p, "12\r");
    answer(&mut p, "县级机构有多少个？", ENTER);
    answer(&mut p, "您的回答", "");
    answer(&mut p, "建议：重点客户服务中心", "");
    answer(&mut p, "是否将资料文件写入 省局.toml？", "是\r");
    // It exists: asked before it is replaced.
    answer(&mut p, "省局.toml 已存在，是否替换？", "是\r");
    expect(&mut p, "资料文件已写入 省局.toml");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), Some(0));
    let written = std::fs::read_to_string(dir.path().join("省局.toml")).unwrap();
    assert!(written.starts_with("# kam-advise 企业资料。"), "{written}");
    for line in [
        "kind = \"public-sector\"",
        "[network]",
        "levels = [\"provincial\", \"prefecture\", \"county\"]",
        "counts = { prefecture = 12 }",
        "strategic_plan = true",
    ] {
        assert!(written.lines().any(|l| l == line), "{line}: {written}");
    }
    // Only the profile is left in the directory: no temporary file.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.file_name()))
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

#[test]
fn ctrl_c_leaves_nothing_behind_and_exits_130() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = interview(dir.path(), &["--output", "client.toml", "--lang", "en"]);
    answer(&mut p, "Name of the enterprise?", "Acme\r");
    answer(&mut p, "What kind of organisation is it?", "");
    p.send_control('c').unwrap();
    expect(&mut p, "interrupted: nothing written");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), Some(130));
    let left = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(left, 0);
}

/// Ctrl-U, Ctrl-W, Ctrl-A and Ctrl-E edit the line (vendor/inquire patch 1), a filter
/// that matches nothing says so (patch 2), the summary shows counts as read and the
/// advice names the answers, not "interview"; without `--output` the answers are
/// offered to be saved, and a file that exists, declined, asks for another name.
#[test]
fn line_editing_keys_edit_the_answer_in_both_languages() {
    for lang in ["en", "zh"] {
        let en = lang == "en";
        let t = |e: &'static str, z: &'static str| if en { e } else { z };
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Acme-Works.toml"), "old").unwrap();
        let mut p = interview(dir.path(), &["--lang", lang]);
        // "lots" killed by Ctrl-W, "X" typed at the start, "Works" at the end.
        answer(
            &mut p,
            t("Name of the enterprise?", "企业名称是什么？"),
            &format!("Acme lots{CTRL_W}{CTRL_A}{CTRL_E}Works\r"),
        );
        answer(
            &mut p,
            t("What kind of organisation is it?", "企业属于哪一类组织？"),
            ENTER,
        );
        answer(
            &mut p,
            t("Currency of the amounts?", "金额使用哪种币种？"),
            ENTER,
        );
        // Ctrl-U kills the whole wrong answer.
        answer(
            &mut p,
            t("Annual revenue?", "年度销售额是多少？"),
            &format!("两亿五{ENTER}"),
        );
        expect(&mut p, "250,000,000");
        press(&mut p, &format!("{CTRL_U}1亿5000万{ENTER}"));
        answer(
            &mut p,
            t(
                "How many key accounts has the firm rated?",
                "企业已评定了多少个重点客户？",
            ),
            "３２\r",
        );
        // Echoed as read, not as typed.
        expect(&mut p, t("rated? 32", "重点客户？ 32"));
        answer(
            &mut p,
            t("Size of the enterprise?", "企业规模如何？"),
            "xyz",
        );
        press(&mut p, ENTER);
        expect(
            &mut p,
            t(
                "No choice matches \u{2018}xyz\u{2019}",
                "没有与“xyz”相符的选项",
            ),
        );
        press(&mut p, &format!("{CTRL_U}{}{ENTER}", t("medium", "中型")));
        answer(
            &mut p,
            t(
                "Who looks after the key accounts today?",
                "目前由谁负责重点客户？",
            ),
            ENTER,
        );
        answer(
            &mut p,
            t("strategic plan", "是否需要设立重点客户管理机构？"),
            ENTER,
        );
        answer(
            &mut p,
            t(
                "Would a unit develop key accounts faster",
                "增强客户对企业的信心和依赖？",
            ),
            ENTER,
        );
        answer(&mut p, t("Your answers", "您的回答"), "");
        expect(&mut p, "Acme Works");
        expect(&mut p, t("key_accounts: 32", "重点客户数：32"));
        expect(&mut p, t("Profile: answers to the interview", "访谈所填"));
        answer(
            &mut p,
            t(
                "Save these answers as a profile file?",
                "是否把这些回答保存为资料文件？",
            ),
            ENTER,
        );
        // The name offered is the enterprise's; it exists, and is not replaced.
        answer(&mut p, "Acme-Works.toml", ENTER);
        answer(
            &mut p,
            t(
                "Acme-Works.toml exists. Replace it?",
                "Acme-Works.toml 已存在，是否替换？",
            ),
            ENTER,
        );
        answer(
            &mut p,
            t("File name for the profile?", "资料文件的文件名？"),
            &format!("{CTRL_U}acme.toml{ENTER}"),
        );
        expect(
            &mut p,
            t("Profile written to acme.toml", "资料文件已写入 acme.toml"),
        );
        p.exp_eof().unwrap();
        assert_eq!(exit_code(&p), Some(0), "{lang}");
        let old = std::fs::read_to_string(dir.path().join("Acme-Works.toml")).unwrap();
        assert_eq!(old, "old");
        let written = std::fs::read_to_string(dir.path().join("acme.toml")).unwrap();
        for line in ["name = \"Acme Works\"", "annual_revenue = \"1亿5000万\""] {
            assert!(
                written.lines().any(|l| l == line),
                "{lang}: {line}: {written}"
            );
        }
    }
}

/// Esc leaves a word of the output language on the line, not inquire's "<canceled>";
/// Ctrl-C exits 130 with a Chinese message.
#[test]
fn esc_and_ctrl_c_speak_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = interview(dir.path(), &["--lang", "zh"]);
    answer(&mut p, "企业名称是什么？", "甲公司\r");
    answer(&mut p, "企业属于哪一类组织？", ESC);
    expect(&mut p, "<已返回>");
    answer(&mut p, "企业名称是什么？", "");
    p.send_control('c').unwrap();
    expect(&mut p, "已中断，未写入任何文件");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), Some(130));
}

/// A long paste is taken in at once and drawn once (vendor/inquire patch 4): 40,000
/// characters between the terminal's paste brackets used to be counted again at each
/// character (minutes) and drawn after each; now the answer is drawn whole, once, and
/// Enter is answered at once with the name's limit.
#[test]
fn a_long_paste_is_drawn_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = interview(dir.path(), &["--lang", "en"]);
    expect(&mut p, "Name of the enterprise?");
    let name = "a".repeat(40_000);
    press(&mut p, &format!("\x1b[200~{name}\x1b[201~"));
    press(&mut p, ENTER);
    let drawn = p
        .exp_string("`name` is longer than 200 characters")
        .unwrap_or_else(|e| panic!("the answer to the paste: {e}"));
    let a = drawn.bytes().filter(|&b| b == b'a').count();
    // The answer drawn once as pasted (the frame after Enter differs only in its
    // first lines, so little more is drawn).
    assert!((40_000..45_000).contains(&a), "{a} letters drawn");
    p.send_control('c').unwrap();
    expect(&mut p, "interrupted: nothing written");
    p.exp_eof().unwrap();
    assert_eq!(exit_code(&p), Some(130));
}

#[test]
fn without_a_terminal_it_refuses_at_once() {
    for (lang, first) in [
        (
            "en",
            "error: `interview` asks its questions in a terminal, and standard input or output is not one",
        ),
        (
            "zh",
            "错误：interview 须在终端中逐项提问，而标准输入或标准输出不是终端",
        ),
    ] {
        let out = crate::support::kam()
            .args(["interview", "--lang", lang])
            .timeout(std::time::Duration::from_secs(10))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.starts_with(first), "{stderr}");
        assert!(out.stdout.is_empty());
    }
}

/// Not the interview, but the same pseudo-terminal: a workbook is never written to a
/// terminal (exit 2), and nothing binary reaches the screen.
#[test]
fn compare_refuses_to_write_a_workbook_to_a_terminal() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kam-advise"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "compare",
            "examples/portfolio.csv",
            "--format",
            "xlsx",
            "--lang",
            "en",
        ])
        .env("LANG", "C");
    let mut p = spawn_command(cmd, Some(30_000)).unwrap_or_else(|e| panic!("spawn: {e}"));
    expect(
        &mut p,
        "writes a binary workbook, not for a terminal: add `--output FILE`",
    );
    let rest = p.exp_eof().unwrap();
    assert!(!rest.contains("PK"), "{rest}");
    assert_eq!(exit_code(&p), Some(2));
}

/// The portfolio report is a page to open in a browser and print: on a terminal it is
/// refused as the workbook is (exit 2), in both languages, and no HTML reaches the screen.
#[test]
fn compare_refuses_to_write_the_portfolio_report_to_a_terminal() {
    for (lang, said) in [
        (
            "en",
            "writes a page to open in a browser and print, not for a terminal",
        ),
        ("zh", "输出的是在浏览器中打开、打印的网页，不宜显示在终端上"),
    ] {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_kam-advise"));
        cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
            .args([
                "compare",
                "examples/portfolio.csv",
                "--format",
                "html",
                "--lang",
                lang,
            ])
            .env("LANG", "C");
        let mut p = spawn_command(cmd, Some(30_000)).unwrap_or_else(|e| panic!("spawn: {e}"));
        expect(&mut p, said);
        let rest = p.exp_eof().unwrap();
        assert!(!rest.contains("<html"), "{rest}");
        assert_eq!(exit_code(&p), Some(2), "{lang}");
    }
}
