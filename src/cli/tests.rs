//! The command line's own tests: the parser, option placement, conversions.
use super::generate::completion_command;
use super::*;
use kam_advise::options::SchemaName;

#[test]
fn verify_cli() {
    Cli::command().debug_assert();
}

/// A format written before a subcommand is any format a command writes; only the
/// advice's are listed.
#[test]
fn a_format_before_a_subcommand_is_any_commands() {
    use kam_advise::options::GradeFormat;
    use kam_advise::slug::Slug;
    fn slugs<T: Slug>() -> Vec<&'static str> {
        T::ALL.iter().map(|t| t.slug()).collect()
    }
    let listed: Vec<&str> = AnyFormat::ALL
        .iter()
        .filter(|f| !f.hidden())
        .map(|f| f.slug())
        .collect();
    assert_eq!(listed, slugs::<Format>());
    let mut every: Vec<&str> = [
        slugs::<Format>(),
        slugs::<RulesFormat>(),
        slugs::<ExplainFormat>(),
        slugs::<CompareFormat>(),
        slugs::<InitFormat>(),
        slugs::<GradeFormat>(),
    ]
    .concat();
    every.sort_unstable();
    every.dedup();
    let mut any = slugs::<AnyFormat>();
    any.sort_unstable();
    assert_eq!(any, every);
    for format in AnyFormat::ALL {
        assert!(format.help().is_some(), "{format:?}");
    }
}

/// The subcommands read before clap parses are the ones clap knows, in order.
#[test]
fn the_names_are_the_subcommands() {
    let command = Cli::command();
    let names: Vec<&str> = command.get_subcommands().map(|s| s.get_name()).collect();
    assert_eq!(names, NAMES);
    assert!(NAMES.into_iter().all(Command::has_subcommand));
}

fn action(args: &[&str]) -> Result<Action, Misuse> {
    let cli = Cli::try_parse_from(std::iter::once("kam-advise").chain(args.iter().copied()))
        .unwrap_or_else(|e| panic!("{args:?}: {e}"));
    cli.into_action()
}

fn job(args: &[&str]) -> Job {
    match action(args) {
        Ok(Action::Run(request)) => request.job,
        other => panic!("{args:?}: {other:?}"),
    }
}

fn usage(args: &[&str]) -> Usage {
    match action(args) {
        Err(misuse) => misuse.usage,
        other => panic!("{args:?}: {other:?}"),
    }
}

#[test]
fn options_stand_before_or_after_the_subcommand() {
    for args in [
        &["--rules", "r.toml", "rules"][..],
        &["rules", "--rules", "r.toml"],
    ] {
        assert_eq!(
            job(args),
            Job::Rules {
                rules: Some("r.toml".into()),
                format: RulesFormat::Toml
            }
        );
    }
    for args in [
        &["-f", "markdown", "explain", "forms"][..],
        &["explain", "forms", "--format", "markdown"],
    ] {
        assert_eq!(
            job(args),
            Job::Explain {
                topic: Some(Topic::Forms),
                rules: None,
                format: ExplainFormat::Markdown
            }
        );
    }
    assert_eq!(
        job(&["--format", "toml", "rules"]),
        Job::Rules {
            rules: None,
            format: RulesFormat::Toml
        }
    );
    for args in [
        &["--lang", "zh", "explain"][..],
        &["explain", "--lang", "zh"],
    ] {
        match action(args) {
            Ok(Action::Run(request)) => assert_eq!(request.lang, Some(Lang::Zh)),
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn options_where_they_do_nothing_are_misuse() {
    let not_applicable = |option, command| Usage::NotApplicable { option, command };
    assert_eq!(
        usage(&["--why", "compare", "x.toml"]),
        not_applicable("--why", "compare")
    );
    assert_eq!(
        usage(&["compare", "x.toml", "--why"]),
        not_applicable("--why", "compare")
    );
    assert_eq!(usage(&["rules", "--why"]), not_applicable("--why", "rules"));
    assert_eq!(
        usage(&["-f", "dot", "init"]),
        Usage::FormatNotApplicable {
            format: "dot",
            command: Some("init"),
            valid: vec!["toml", "csv"]
        }
    );
    assert_eq!(
        usage(&["interview", "-f", "json"]),
        not_applicable("--format", "interview")
    );
    assert_eq!(
        usage(&["--sheet", "S", "explain"]),
        not_applicable("--sheet", "explain")
    );
    assert_eq!(
        usage(&["compare", "x.csv", "--bom"]),
        not_applicable("--bom", "compare")
    );
    assert_eq!(
        usage(&["--sheet", "A", "compare", "x.xlsx", "--sheet", "B"]),
        Usage::GivenTwice {
            option: "--sheet",
            command: "compare"
        }
    );
    assert_eq!(
        job(&[
            "--format", "csv", "compare", "x.xlsx", "--bom", "--sheet", "B", "-o", "p.csv"
        ]),
        Job::Compare {
            profiles: vec!["x.xlsx".into()],
            rules: None,
            format: CompareFormat::Csv,
            sheet: Some("B".into()),
            bom: true,
            output: Some("p.csv".into()),
            force: false,
            document: Default::default(),
        }
    );
    assert_eq!(
        job(&["init", "--format", "csv"]),
        Job::Init {
            kind: None,
            scale: None,
            schema: None,
            format: InitFormat::Csv
        }
    );
    assert_eq!(
        usage(&["--rules", "r.toml", "init"]),
        not_applicable("--rules", "init")
    );
    assert_eq!(
        usage(&["-f", "dot", "explain"]),
        Usage::FormatNotApplicable {
            format: "dot",
            command: Some("explain"),
            valid: vec!["table", "markdown"]
        }
    );
    assert_eq!(
        usage(&["-f", "toml", "x.toml"]),
        Usage::FormatNotApplicable {
            format: "toml",
            command: None,
            valid: vec!["table", "json", "markdown", "dot", "html", "docx"]
        }
    );
    assert_eq!(
        usage(&["--rules", "a.toml", "rules", "--rules", "b.toml"]),
        Usage::GivenTwice {
            option: "--rules",
            command: "rules"
        }
    );
    assert_eq!(usage(&[]), Usage::NoProfile);
    assert_eq!(
        usage(&["--generate", "man", "explain"]),
        Usage::GenerateAlone { command: "explain" }
    );
}

#[test]
fn schema_and_init_schema_take_their_own_options_only() {
    let not_applicable = |option, command| Usage::NotApplicable { option, command };
    assert_eq!(
        job(&["--lang", "zh", "schema", "advice"]),
        Job::Schema {
            which: SchemaName::Advice
        }
    );
    assert_eq!(
        usage(&["schema", "compare", "--why"]),
        not_applicable("--why", "schema")
    );
    assert_eq!(
        usage(&["--rules", "r.toml", "schema", "profile"]),
        not_applicable("--rules", "schema")
    );
    assert_eq!(
        usage(&["schema", "profile", "-f", "json"]),
        not_applicable("--format", "schema")
    );
    assert_eq!(
        job(&["init", "--schema", "./kam-profile.schema.json"]),
        Job::Init {
            kind: None,
            scale: None,
            schema: Some("./kam-profile.schema.json".into()),
            format: InitFormat::Toml
        }
    );
    assert_eq!(
        usage(&["init", "--schema", "a\nb.json"]),
        Usage::SchemaPathNotOneLine {
            path: "a\nb.json".into()
        }
    );
}

#[test]
fn a_file_named_like_a_subcommand_is_a_profile_as_dot_slash_name() {
    assert_eq!(
        job(&["./explain"]),
        Job::Advise {
            profiles: vec!["./explain".into()],
            format: Format::Table,
            why: false,
            rules: None,
            output: Output::Stdout,
            sheet: None,
            document: Default::default(),
        }
    );
}

#[test]
fn misuse_is_exit_2_with_the_subcommands_usage() {
    let misuse = Misuse::of(
        "compare",
        Usage::NotApplicable {
            option: "--why",
            command: "compare",
        },
    );
    let error = usage_error(&misuse, Some(Lang::En), ColorWhen::Never);
    assert_eq!(error.exit_code(), 2);
    let text = error.to_string();
    assert!(
        text.starts_with("error: `--why` does not apply to `compare`"),
        "{text}"
    );
    assert!(text.contains("Usage: kam-advise compare"), "{text}");
}

#[test]
fn completions_offer_only_the_options_each_command_uses() {
    let command = Cli::command();
    let names: Vec<&str> = command.get_subcommands().map(|s| s.get_name()).collect();
    assert_eq!(names, super::commands::NAMES);
    let fish = generate(Generate::Fish, None);
    for sub in names {
        assert!(
            !fish.contains(&format!("using_subcommand {sub}\" -l why")),
            "{fish}"
        );
    }
    assert!(!fish.contains("using_subcommand init\" -l rules"), "{fish}");
    assert!(
        fish.contains("using_subcommand explain\" -l rules"),
        "{fish}"
    );
    completion_command().debug_assert();
}

#[test]
fn the_man_page_refers_to_no_page_it_does_not_generate() {
    let page = generate(Generate::Man, Some(Lang::En));
    // roff writes kam\-advise\-explain(1): no such reference at all.
    assert!(!page.contains("(1)"), "{page}");
    for section in [
        ".SH COMMANDS",
        ".SH PROFILE",
        ".SH \"EXIT STATUS\"",
        ".SH EXAMPLES",
    ] {
        assert!(page.contains(section), "{section}");
    }
}

#[test]
fn a_subcommand_keeps_its_summary_once_its_deferred_arguments_are_added() {
    // A doc comment on an `Args` struct a subcommand flattens would replace the
    // summary when the deferred arguments are added (clap's derive sets `about`).
    let listed: Vec<(String, String)> = Cli::command()
        .get_subcommands()
        .map(|s| {
            let about = s.get_about().map(ToString::to_string).unwrap_or_default();
            (s.get_name().to_string(), about)
        })
        .collect();
    let mut built = Cli::command();
    built.build();
    for (name, about) in listed {
        assert!(!about.is_empty(), "{name} has no summary");
        let sub = built
            .find_subcommand(&name)
            .unwrap_or_else(|| panic!("{name}"));
        assert_eq!(
            sub.get_about().map(ToString::to_string),
            Some(about),
            "{name}"
        );
        assert_eq!(sub.get_long_about(), None, "{name}");
        assert!(sub.get_arguments().any(|a| a.get_id() == "lang"), "{name}");
    }
}

#[test]
fn only_the_subcommand_run_gets_its_arguments() {
    let matches = Cli::command()
        .try_get_matches_from(["kam-advise", "rules", "--format", "json"])
        .unwrap_or_else(|e| panic!("{e}"));
    let cli =
        <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        cli.command,
        Some(Command::Rules(Deferred {
            args: RulesArgs {
                format: Some(RulesFormat::Json),
                ..
            },
            ..
        }))
    ));
    // Unbuilt, a subcommand has only its name and summary.
    let command = Cli::command();
    let explain = command
        .find_subcommand("explain")
        .unwrap_or_else(|| panic!());
    assert_eq!(explain.get_arguments().count(), 0);
}

/// Every visible option and every value with help of every command has its
/// Chinese help, so that `--lang zh --help` has no English sentence left.
#[test]
fn the_chinese_help_covers_every_option_and_value() {
    let mut command = Cli::command();
    command.build();
    let mut missing = Vec::new();
    let mut commands: Vec<(String, clap::Command)> = vec![(String::new(), command.clone())];
    commands.extend(
        command
            .get_subcommands()
            .map(|s| (s.get_name().to_string(), s.clone())),
    );
    for (name, cmd) in &commands {
        if zh::about(name).is_none() {
            missing.push(format!("about of `{name}`"));
        }
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            let id = arg.get_id().as_str();
            if zh::arg_help(name, id).is_none() {
                missing.push(format!("`{name}` {id}"));
            }
            for value in arg.get_possible_values() {
                if value.get_help().is_some()
                    && !value.is_hide_set()
                    && zh::value_help(name, id, value.get_name()).is_none()
                {
                    missing.push(format!("`{name}` {id}={}", value.get_name()));
                }
            }
            let placeholders = if arg.get_action().takes_values() {
                arg.get_value_names().unwrap_or_default()
            } else {
                &[]
            };
            for value_name in placeholders {
                if zh::value_name(value_name.as_str()).is_none() {
                    missing.push(format!("placeholder {value_name}"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "no Chinese help for: {missing:?}");
}

#[test]
fn chinese_text_wraps_between_characters_and_keeps_latin_words_whole() {
    let text = "每份资料写一个文件到该目录，文件名取自资料（client.toml -> 目录/client.html），并输出所写的路径。";
    let wrapped = zh::wrap(text, 30);
    for line in wrapped.lines() {
        assert!(unicode_width::UnicodeWidthStr::width(line) <= 32, "{line}");
        assert!(!line.starts_with(['，', '。', '）']), "{wrapped}");
    }
    assert!(wrapped.contains("client.toml"), "{wrapped}");
    // A closing bracket stays with what it closes.
    let options =
        "何时使用颜色；设置了 NO_COLOR 时一律不用［可选值：auto、always、never］［默认：auto］";
    for width in 20..60 {
        let wrapped = zh::wrap(options, width);
        assert!(
            !wrapped.lines().any(|l| l.starts_with('］')),
            "{width}: {wrapped}"
        );
    }
    let letters = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    assert_eq!(letters(&wrapped), letters(text));
    // Code and paths stay whole; an indented line keeps its indent; a long command
    // goes on with a backslash.
    let help = "  kam-advise clients/ --format json | jq -r '.name + \": \" + .form'\n      为一个文件夹中的每个 *.toml 给出建议；每行一个 JSON 对象，文件名取自资料（目录/client.html），或写作 ./名称，写到 reports/名称.html，见 `--format csv` 和 `kam-advise schema profile`。";
    for width in 40..80 {
        let wrapped = zh::wrap(help, width);
        for line in wrapped.lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(line) <= width,
                "{width}: {line}"
            );
            assert!(line.starts_with("  "), "{width}: {wrapped}");
        }
        for whole in [
            "录/client.html",
            "./名称",
            "reports/名称.html",
            "`--format csv`",
            "`kam-advise schema profile`",
        ] {
            assert!(wrapped.contains(whole), "{width}: {whole} in {wrapped}");
        }
        assert!(
            !wrapped.contains("'.name + \": \" \\"),
            "{width}: {wrapped}"
        );
        if width < 66 {
            assert!(
                wrapped.lines().next().unwrap().ends_with(" \\"),
                "{width}: {wrapped}"
            );
        }
    }
    // An opening bracket never ends a line: it goes down with what it opens.
    let exercise = "生成一套课堂练习：以故事讲述的案例、答案、空白答题卡和 Moodle 测验（GIFT）";
    for width in 20..60 {
        let wrapped = zh::wrap(exercise, width);
        assert!(
            !wrapped.lines().any(|l| l.ends_with('（')),
            "{width}: {wrapped}"
        );
        assert_eq!(letters(&wrapped), letters(exercise), "{width}");
    }
}

/// `--generate man --lang zh`: the page in Chinese but for the section names man
/// readers expect; the same sections, options and exit codes as the English page.
#[test]
fn the_man_page_is_chinese_with_lang_zh() {
    let marked = generate(Generate::Man, Some(Lang::Zh));
    // groff is given a break point between Chinese characters, never before a comma.
    assert!(marked.contains("输\\:出\\:格\\:式"), "{marked}");
    assert!(!marked.contains("\\:，") && !marked.contains("（\\:"));
    assert!(marked.contains(".nh\n"), "no English hyphenation of ids");
    let page = marked.replace("\\:", "");
    for section in [
        ".SH NAME",
        ".SH SYNOPSIS",
        ".SH 子命令",
        ".SH 资料文件",
        ".SH \"EXIT STATUS\"",
        ".SH EXAMPLES",
    ] {
        assert!(page.contains(section), "{section}");
    }
    for chinese in [
        "输出格式",
        "选项可放在子命令之前或之后",
        "必填。企业名称。",
        "访谈被中断",
        "为一家企业给出建议",
    ] {
        assert!(page.contains(chinese), "{chinese}");
    }
    for english in [
        "Output format",
        "Required.",
        "Usage error",
        "Advise one enterprise",
        "possible values",
    ] {
        assert!(!page.contains(english), "{english}");
    }
    // The same profile keys as the English page, each with its meaning.
    let keys = |page: &str| -> Vec<String> {
        let lines: Vec<&str> = page.lines().collect();
        lines
            .windows(2)
            .filter(|w| w[0] == ".TP" && w[1].starts_with("\\fB"))
            .map(|w| w[1].to_string())
            .collect()
    };
    let english = generate(Generate::Man, Some(Lang::En));
    let section = |page: &str, from: &str, to: &str| -> String {
        let start = page.find(from).unwrap_or(0);
        let end = page[start..].find(to).map_or(page.len(), |e| start + e);
        page[start..end].to_string()
    };
    assert_eq!(
        keys(&section(&page, ".SH 资料文件", ".SH \"EXIT")),
        keys(&section(&english, ".SH PROFILE", ".SH \"EXIT")),
    );
    assert!(page.contains("enterprise、group"), "{page}");
    // Each list of values once, in Chinese punctuation, no bracket inside a bracket.
    assert!(
        !page.contains("[可选值") && !page.contains("（（"),
        "{page}"
    );
    assert!(page.contains("bash、zsh、fish"), "{page}");
    assert!(page.contains("always：总是（"), "{page}");
    // No help text broken into lines for a terminal: man lays the page out.
    assert!(page.contains("企业资料（TOML），或每行一家企业的表格"));
}

/// Completions under `--lang zh` describe commands, options and values in Chinese
/// (the shells show the descriptions); the candidates are the same ids.
#[test]
fn completions_describe_in_chinese_with_lang_zh() {
    for what in [Generate::Zsh, Generate::Fish] {
        let zh = generate(what, Some(Lang::Zh));
        let en = generate(what, Some(Lang::En));
        for chinese in ["输出格式", "终端中的表格", "以表格列出本章的判断规则"]
        {
            assert!(zh.contains(chinese), "{what:?}: {chinese}");
        }
        for english in [
            "Output format",
            "Tables and an org tree",
            "decision rules as tables",
        ] {
            assert!(en.contains(english), "{what:?}: {english}");
            assert!(!zh.contains(english), "{what:?}: {english}");
        }
        for id in ["table", "markdown", "explain", "format", "lang"] {
            assert!(zh.contains(id), "{what:?}: {id}");
        }
    }
}
