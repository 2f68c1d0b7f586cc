//! The command line in Chinese: the help of every command and option, the usage
//! lines, clap's own errors and the man page's texts, for `--lang zh` (or a Chinese
//! locale). The English texts are the doc comments of the clap definition; these are
//! the same texts in Chinese, looked up by command and argument id. Only a run that
//! prints help, a usage error or the man page builds this: advising never does.

use std::fmt::Write as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use kam_advise::render::wrap::{is_closing, is_opening};

/// Each command's summary and long description (`""` is kam-advise itself).
const ABOUT: &[(&str, &str, Option<&str>)] = &[
    (
        "",
        "按教材“重点客户管理的组织”一节（第十一章第二节）建议企业设立哪种重点客户管理组织",
        Some(
            "按教材“重点客户管理的组织”一节（第十一章第二节）建议企业设立哪种重点客户管理组织——\
             重点客户管理委员会、服务中心、管理部，或跨部门的小组——并给出其结构、职能与人员配备。\
             每一条结论都注明所依据的条款。",
        ),
    ),
    (
        "rules",
        "输出当前规则：带注释的 TOML（修改后可用 --rules 载入）、JSON，或组织形式规则的决策表（GoRules JDM、DMN 1.3）",
        None,
    ),
    ("explain", "以表格列出本章的判断规则，供教学使用", None),
    (
        "init",
        "输出一份带注释的资料模板：`kam-advise init > client.toml`（`--format csv`：空白的企业汇总表）",
        None,
    ),
    (
        "compare",
        "每家企业一行：规模、重点客户数、满足的条件、组织形式、人员配备",
        None,
    ),
    (
        "exercise",
        "生成一套课堂练习：以叙事形式编写的案例、答案、空白答题卡和 Moodle 测验（GIFT）",
        None,
    ),
    ("grade", "按练习的答案批改答题卡，反馈中引用本章条款", None),
    (
        "schema",
        "输出 JSON Schema（draft-07）：描述资料文件（供编辑器使用），或描述 JSON 输出的每一行（供脚本使用）",
        None,
    ),
    (
        "interview",
        "在终端中逐项提问，最后给出建议；加 --output 时把回答保存为资料",
        None,
    ),
    ("help", "显示本帮助，或指定子命令的帮助", None),
];

/// The help of each argument: (command, argument id, help, long help); `*` stands
/// for every command (the options every command takes).
const ARGS: &[(&str, &str, &str, Option<&str>)] = &[
    ("*", "help", "显示帮助（-h 为摘要，--help 为全文）", None),
    ("*", "version", "显示版本", None),
    (
        "*",
        "lang",
        "全部文字（含错误信息）所用的语言［默认：LC_ALL、LC_MESSAGES 或 LANG 以 zh 开头时为 zh，否则为 en］",
        None,
    ),
    (
        "*",
        "color",
        "何时使用颜色；设置了 NO_COLOR 时一律不用",
        None,
    ),
    (
        "",
        "profiles",
        "企业资料（TOML），或每行一家企业的表格（csv、tsv、xlsx、xls、ods）",
        Some(
            "企业资料（TOML），或每行一家企业的表格（csv、tsv、xlsx、xls、ods）：文件、目录\
             （目录下直接存放的每个 *.toml 和表格，按文件名排序），或以 - 表示标准输入。\
             与子命令同名的文件请写作 ./名称",
        ),
    ),
    ("", "format", "输出格式［默认：table］", None),
    (
        "",
        "why",
        "显示推理过程：每条起作用的规则及其比较的数字",
        None,
    ),
    (
        "",
        "output_dir",
        "每份资料写一个文件到该目录，并输出所写的路径",
        Some(
            "每份资料写一个文件到该目录，文件名取自资料（client.toml -> 目录/client.html；\
             标准输入 -> 目录/stdin.扩展名；表格的一行取其企业名称），并输出所写的路径，每行一个。\
             多份资料输出为 html、docx、markdown 或 dot 时必须使用",
        ),
    ),
    (
        "",
        "force",
        "与 --output-dir 同用：覆盖已有的文件（否则不写入任何文件）",
        None,
    ),
    (
        "",
        "prepared_by",
        "报告的编制者，印在标题下（html、docx、markdown）",
        None,
    ),
    (
        "",
        "logo",
        "报告上的咨询机构标志：不超过 1 MiB 的 PNG、JPEG 或 SVG 文件，嵌入报告（html；docx 只接受 PNG 或 JPEG；markdown 不含标志）",
        None,
    ),
    (
        "",
        "confidential",
        "把报告标为机密，印在每一页上（html、docx、markdown）",
        None,
    ),
    (
        "",
        "rules",
        "以一个 TOML 文件中的阈值代替本章的数字（见 `kam-advise rules`）",
        None,
    ),
    (
        "",
        "sheet",
        "要读取的工作表（xlsx、xls、ods）［默认：第一个］",
        None,
    ),
    (
        "",
        "generate",
        "把 shell 补全脚本或手册页写到标准输出",
        None,
    ),
    (
        "rules",
        "rules",
        "输出该文件中的阈值（文件未给出的项取本章的数字）",
        None,
    ),
    ("rules", "format", "输出格式［默认：toml］", None),
    ("explain", "topic", "只讲其中一部分；不指定时讲全部", None),
    (
        "explain",
        "rules",
        "以该文件中的阈值代替本章的数字来讲解",
        None,
    ),
    ("explain", "format", "输出格式［默认：table］", None),
    ("init", "kind", "按这一类组织预先填写", None),
    ("init", "scale", "按这一规模预先填写（在资料中声明）", None),
    (
        "init",
        "schema",
        "在第一行写入 `#:schema 路径`，编辑器即可按该路径的 Schema 补全和检查资料",
        Some(
            "在第一行写入 `#:schema 路径`；用 `kam-advise schema profile > 路径` 保存 Schema 后，\
             编辑器（taplo、Even Better TOML）即可据此补全和检查资料\
             （路径相对于资料文件，也可以是网址）",
        ),
    ),
    ("init", "format", "输出格式［默认：toml］", None),
    (
        "compare",
        "profiles",
        "要比较的资料：文件、目录，或以 - 表示标准输入",
        None,
    ),
    (
        "compare",
        "rules",
        "以该文件中的阈值代替本章的数字给出建议",
        None,
    ),
    (
        "compare",
        "format",
        "输出格式［默认根据 --output 的扩展名（.xlsx、.csv、.json、.html、.md）确定，否则为 table］",
        None,
    ),
    (
        "compare",
        "sheet",
        "要读取的工作表（xlsx、xls、ods）［默认：第一个］",
        None,
    ),
    (
        "compare",
        "bom",
        "CSV 以字节顺序标记（BOM）开头，以便 Excel 按 UTF-8 读取",
        None,
    ),
    (
        "compare",
        "output",
        "写入该文件而不是标准输出（在终端上输出 xlsx 时必须使用）",
        None,
    ),
    ("compare", "force", "--output 的文件已存在时覆盖它", None),
    (
        "compare",
        "prepared_by",
        "报告的编制者，印在标题下（html）",
        None,
    ),
    (
        "compare",
        "logo",
        "报告上的咨询机构标志：不超过 1 MiB 的 PNG、JPEG 或 SVG 文件，嵌入报告（html）",
        None,
    ),
    (
        "compare",
        "confidential",
        "把报告标为机密，印在每一页上（html）",
        None,
    ),
    (
        "exercise",
        "count",
        "案例数，1 到 99",
        Some(
            "案例数，1 到 99。十个及以上时覆盖每一种组织形式，在 mixed 和 hard 难度下还覆盖每一个边界\
             （恰好5000万、6个重点客户、27/28、有5个和6个重点客户的小型企业、中型集团、\
             重点客户很少的跨国集团、公共部门、需推断的规模）",
        ),
    ),
    (
        "exercise",
        "seed",
        "任意非负整数；同一种子生成同一套练习",
        None,
    ),
    ("exercise", "level", "案例的难度", None),
    (
        "exercise",
        "output_dir",
        "写入练习的目录（不存在时创建）",
        None,
    ),
    ("exercise", "force", "替换该目录中以前的练习", None),
    (
        "grade",
        "sheets",
        "答题卡（TOML）：文件，或一个班的答题卡所在的目录",
        None,
    ),
    (
        "grade",
        "key",
        "练习所在的目录：其中的 profiles/ 就是答案",
        None,
    ),
    ("grade", "format", "输出格式［默认：table］", None),
    ("schema", "which", "哪一种 Schema", None),
    (
        "interview",
        "output",
        "把回答写成一份带注释的资料，存入该文件（写前会确认）",
        None,
    ),
    ("help", "subcommand", "要查看帮助的子命令", None),
];

/// The help of each possible value: (command, argument id, value, help); `*` for
/// every command.
const VALUES: &[(&str, &str, &str, &str)] = &[
    ("*", "lang", "en", "英文"),
    ("*", "lang", "zh", "中文"),
    ("*", "color", "auto", "仅在终端上"),
    ("*", "color", "always", "总是（设置了 NO_COLOR 时仍不用）"),
    ("*", "color", "never", "从不"),
    ("", "format", "table", "终端中的表格和组织结构树"),
    (
        "",
        "format",
        "json",
        "每份资料一个 JSON 对象，每行一个（JSON Lines）",
    ),
    (
        "",
        "format",
        "markdown",
        "可直接粘贴使用的报告，组织结构图为 Mermaid 代码块",
    ),
    ("", "format", "dot", "供 Graphviz 使用的组织结构图"),
    (
        "",
        "format",
        "html",
        "单文件的 HTML 页面，内含画好的组织结构图，可直接打印",
    ),
    (
        "",
        "format",
        "docx",
        "可编辑的 Word 文档（DOCX），组织结构图为 Word 图形；写入文件或重定向，不输出到终端",
    ),
    ("", "generate", "man", "手册页（roff）"),
    (
        "rules",
        "format",
        "toml",
        "带注释的 TOML，可编辑后用 --rules 载入",
    ),
    ("rules", "format", "json", "一个列出现行阈值的 JSON 对象"),
    (
        "rules",
        "format",
        "jdm",
        "组织形式规则的 GoRules 决策表（JSON Decision Model）",
    ),
    (
        "rules",
        "format",
        "dmn",
        "组织形式规则的 DMN 1.3 决策表，供 Camunda 等建模工具使用",
    ),
    (
        "explain",
        "topic",
        "conditions",
        "(一) 考虑设立专门机构的条件及其阈值",
    ),
    (
        "explain",
        "topic",
        "forms",
        "(二) 各种组织形式、判断的先后次序、各适合哪类组织",
    ),
    ("explain", "topic", "staffing", "人员配备的规则"),
    ("explain", "topic", "money", "资料或汇总表中金额的写法"),
    ("explain", "topic", "duties", "(三) 机构的七项职能"),
    (
        "explain",
        "topic",
        "requirements",
        "(四) 对重点客户管理人员和重点客户经理的要求",
    ),
    (
        "explain",
        "topic",
        "examples",
        "本章的实例：科特勒的数字、施乐、邮政、宝洁与沃尔玛",
    ),
    (
        "explain",
        "topic",
        "readings",
        "印刷文字与本工具理解不同之处（如把“重点型”读作“大型”）",
    ),
    (
        "explain",
        "topic",
        "scale",
        "用于推断规模的国家统计局2017年划型标准",
    ),
    ("explain", "format", "table", "终端中的表格"),
    ("explain", "format", "markdown", "Markdown 表格，可作讲义"),
    ("init", "format", "toml", "带注释的 TOML 资料"),
    (
        "init",
        "format",
        "csv",
        "空白的企业汇总表（列名），CSV 格式",
    ),
    ("compare", "format", "table", "终端中的一张表"),
    ("compare", "format", "markdown", "一张 Markdown 表"),
    (
        "compare",
        "format",
        "json",
        "每家企业一个 JSON 对象，每行一个（JSON Lines）",
    ),
    (
        "compare",
        "format",
        "csv",
        "企业汇总表：CSV（RFC 4180，UTF-8），列名用输出语言",
    ),
    (
        "compare",
        "format",
        "xlsx",
        "企业汇总工作簿（XLSX）：写入 --output 文件或重定向",
    ),
    (
        "compare",
        "format",
        "html",
        "单文件的企业汇总报告（HTML），含汇总表和图表，可直接打印",
    ),
    (
        "exercise",
        "level",
        "basic",
        "界限分明的案例：规模已说明，数字远离阈值",
    ),
    (
        "exercise",
        "level",
        "mixed",
        "学生易错的边界；一半的规模需要推断",
    ),
    (
        "exercise",
        "level",
        "hard",
        "各种边界，每个规模都要按国家统计局2017年的数字推断",
    ),
    (
        "grade",
        "format",
        "table",
        "终端中的表格：每个案例（或每名学生）一行，然后是反馈",
    ),
    (
        "grade",
        "format",
        "json",
        "每张答题卡一个 JSON 对象，每行一个；批改全班时最后加一行汇总",
    ),
    (
        "grade",
        "format",
        "markdown",
        "同样的内容，Markdown 格式，可发还学生",
    ),
    (
        "schema",
        "which",
        "profile",
        "资料（TOML）：在编辑器中补全、说明和检查",
    ),
    (
        "schema",
        "which",
        "advice",
        "`kam-advise --format json` 输出的一行",
    ),
    (
        "schema",
        "which",
        "compare",
        "`kam-advise compare --format json` 输出的一行",
    ),
];

/// Placeholders of values, as usage lines and help show them.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("PROFILE", "资料"),
    ("FORMAT", "格式"),
    ("DIR", "目录"),
    ("TEXT", "文字"),
    ("FILE", "文件"),
    ("NAME", "表名"),
    ("WHAT", "类型"),
    ("LANG", "语言"),
    ("WHEN", "模式"),
    ("TOPIC", "主题"),
    ("KIND", "类别"),
    ("SCALE", "规模"),
    ("PATH", "路径"),
    ("N", "数量"),
    ("S", "种子"),
    ("LEVEL", "难度"),
    ("SHEET", "答题卡"),
    ("WHICH", "种类"),
    ("COMMAND", "子命令"),
    ("SUBCOMMAND", "子命令"),
];

/// The headings options are grouped under.
const HEADINGS: &[(&str, &str)] = &[
    ("Output", "输出"),
    ("Document", "文档"),
    ("Rules", "规则"),
    ("Input", "输入"),
    ("Setup", "安装"),
];

/// `kam-advise --help`'s examples and exit codes.
pub const EXAMPLES: &str = "\
示例：
  kam-advise examples/medium-manufacturer.toml
      为一家企业给出建议，在终端中以表格显示。
  kam-advise client.toml --format html > report.html
      交给客户的报告：一页，内含画好的组织结构图；用浏览器打开后打印为 PDF。
  kam-advise clients/ --format html --output-dir reports/
      每家企业一份报告：clients/名称.toml 对应 reports/名称.html。
  kam-advise client.toml --format docx > report.docx
      同一份报告的 Word 文档，可编辑，组织结构图为 Word 图形。
  kam-advise client.toml --format markdown --why > report.md
      可直接粘贴使用的报告，附推理过程。
  kam-advise client.toml --format dot | dot -Tpng -o chart.png
      组织结构图的图片（Graphviz）。
  kam-advise clients/ --format json | jq -r '.name + \": \" + .form'
      为一个文件夹中的每个 *.toml 给出建议；每行一个 JSON 对象。
  kam-advise rules > mine.toml && kam-advise --rules mine.toml client.toml
      导出本章的阈值，修改后按自己的数字给出建议。
  kam-advise --lang zh explain forms --format markdown > handout.md
      供课堂使用的本章规则（中文）；选项可放在子命令之前或之后。

退出码：0 每份资料都已给出建议；1 有资料或文件出错（其余资料照常给出建议）；
2 用法错误；130 访谈被中断（Ctrl-C）。";

/// `kam-advise exercise --help`'s examples.
const EXERCISE_EXAMPLES: &str = "\
示例：
  kam-advise exercise --count 20 --seed 7 --lang zh --output-dir class-3
      一套20个案例的中文练习：profiles/、cases.md（发给学生）、answer-sheet.toml
      （发给学生）、answer-key.md 和 answer-key.json（教师留存）、quiz.gift
      （导入 Moodle：题库 > 导入 > GIFT 格式）。
  kam-advise exercise --count 12 --seed 7 --level basic --output-dir warm-up
      界限分明的案例，每个故事都说明规模。
  kam-advise class-3/profiles
      本工具对每个案例的建议及理由。

案例数、种子、难度和语言相同，生成的文件逐字节相同；换一个种子就是另一套。
不加 --force 绝不覆盖已有文件；只有全部文件都能写入时才写。";

/// `kam-advise grade --help`'s examples.
const GRADE_EXAMPLES: &str = "\
示例：
  kam-advise grade zhang-wei.toml --key class-3
      一名学生的成绩：每项一分；答错或未答的项给出正确答案和理由，并注明本章条款。
  kam-advise grade returned/ --key class-3
      全班：每名学生一行（以答题卡的文件名命名），以及错得最多、需要再讲的项。
  kam-advise grade returned/ --key class-3 --format json > marks.jsonl
      每名学生一行 JSON（含反馈），最后一行为汇总。

有错误的答题卡会报告其行号和列号（退出码 1）；其余答题卡照常批改。";

/// `kam-advise schema --help`: how editors use the profile schema.
const SCHEMA_HELP: &str = "\
示例：
  kam-advise schema profile > kam-profile.schema.json
      把资料的 Schema 保存在资料旁边。
  kam-advise init --schema ./kam-profile.schema.json > client.toml
      第一行为 `#:schema ./kam-profile.schema.json` 的资料，taplo 和 Even Better TOML
      （VS Code）据此找到 Schema；以前的资料加上这一行即可。

一个文件夹中的全部资料，写在 .taplo.toml 中（taplo 和 Even Better TOML 都读取）：
  [[rule]]
  include = [\"clients/*.toml\"]
  schema.path = \"./kam-profile.schema.json\"

或写在 VS Code 的 settings.json 中：资料网址的正则表达式，以及 Schema 的绝对网址：
  \"evenBetterToml.schema.associations\": {
    \".*/clients/.*\\\\.toml$\": \"file:///home/me/kam/kam-profile.schema.json\"
  }

此后编辑器在输入时补全键和值，显示每个键的含义，并标出未知的键和值以及缺少的必填键。

供脚本使用：`schema advice` 和 `schema compare` 描述 `--format json` 和
`compare --format json` 输出的一行；同一 schema_version 内可能增加键。";

/// Help as clap renders it, with a full-width colon after each heading (clap writes
/// `命令:`; Chinese writes `命令：`). Only a heading is followed by an ASCII colon at
/// the end of its line: every text of the catalogue uses the full-width one.
pub fn full_width_headings(help: &str) -> String {
    let headings = ["子命令", "参数", "选项"]
        .into_iter()
        .chain(HEADINGS.iter().map(|(_, zh)| *zh));
    let mut out = help.to_string();
    for heading in headings {
        out = out.replace(&format!("{heading}:"), &format!("{heading}："));
    }
    out
}

/// The help layout: clap's, with the usage heading in Chinese.
const TEMPLATE: &str = "{before-help}{about-with-newline}\n用法：{usage}\n\n{all-args}{after-help}";

fn after_help(command: &str) -> Option<&'static str> {
    match command {
        "" => Some(EXAMPLES),
        "exercise" => Some(EXERCISE_EXAMPLES),
        "grade" => Some(GRADE_EXAMPLES),
        "schema" => Some(SCHEMA_HELP),
        _ => None,
    }
}

fn lookup<'a, T: Copy>(
    table: &'a [T],
    command: &str,
    matches: impl Fn(&T, &str) -> bool,
) -> Option<&'a T> {
    table
        .iter()
        .find(|row| matches(row, command))
        .or_else(|| table.iter().find(|row| matches(row, "*")))
}

/// The Chinese help of an argument of `command`, if the catalogue has it.
pub(crate) fn arg_help(command: &str, id: &str) -> Option<(&'static str, Option<&'static str>)> {
    lookup(ARGS, command, |row, c| row.0 == c && row.1 == id).map(|row| (row.2, row.3))
}

/// The Chinese help of a possible value of an argument of `command`.
pub(crate) fn value_help(command: &str, id: &str, value: &str) -> Option<&'static str> {
    lookup(VALUES, command, |row, c| {
        row.0 == c && row.1 == id && row.2 == value
    })
    .map(|row| row.3)
}

/// A value placeholder in Chinese, if the catalogue has it.
pub(crate) fn value_name(name: &str) -> Option<&'static str> {
    VALUE_NAMES
        .iter()
        .find(|(en, _)| *en == name)
        .map(|(_, zh)| *zh)
}

/// The summary and long description of a command.
pub(crate) fn about(command: &str) -> Option<(&'static str, Option<&'static str>)> {
    ABOUT
        .iter()
        .find(|row| row.0 == command)
        .map(|row| (row.1, row.2))
}

/// The command line with every text of its help in Chinese. Built first (so that
/// each subcommand's deferred arguments, the help flags and the global options are
/// there), then each command's texts are replaced; the argument ids and values stay,
/// so what it parses is exactly what the English one parses.
pub fn localise(mut command: clap::Command) -> clap::Command {
    command.build();
    let width = help_width();
    localise_command(command, "", width)
}

/// The same, with no line broken: for the man page, which man lays out itself.
pub fn localise_unwrapped(mut command: clap::Command) -> clap::Command {
    command.build();
    localise_command(command, "", usize::MAX / 4)
}

/// The command line for shell completions with its descriptions in Chinese, each on
/// one line (a shell shows it beside the candidate): the summaries of commands and
/// options and the meaning of each value. The values themselves stay as they are.
pub fn localise_completions(mut command: clap::Command) -> clap::Command {
    command.build();
    localise_completion_command(command, "")
}

fn localise_completion_command(command: clap::Command, name: &str) -> clap::Command {
    let mut command = command.mut_args(|arg| localise_completion_arg(name, arg));
    if let Some((about, _)) = about(name) {
        command = command.about(about).long_about(None::<&str>);
    }
    command.mut_subcommands(|sub| {
        let sub_name = sub.get_name().to_string();
        localise_completion_command(sub, &sub_name)
    })
}

fn localise_completion_arg(command: &str, arg: clap::Arg) -> clap::Arg {
    let id = arg.get_id().as_str().to_string();
    let mut arg = arg;
    if let Some((help, _)) = arg_help(command, &id) {
        arg = arg.help(help).long_help(None::<&str>);
    }
    if let Some(names) = arg.get_value_names() {
        let names: Option<Vec<&'static str>> =
            names.iter().map(|n| value_name(n.as_str())).collect();
        if let Some(names) = names {
            arg = arg.value_names(names);
        }
    }
    let values: Vec<clap::builder::PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .map(|v| match value_help(command, &id, v.get_name()) {
            Some(help) if v.get_help().is_some() => v.help(help),
            _ => v,
        })
        .collect();
    if !values.is_empty() && arg.get_action().takes_values() {
        arg = arg.value_parser(clap::builder::PossibleValuesParser::new(values));
    }
    arg
}

/// The width help is laid out to: the terminal's (also when the help is piped
/// into a pager), at most 100 columns (clap's own cap); 100 with no terminal.
fn help_width() -> usize {
    let terminal = crossterm::terminal::size()
        .ok()
        .map(|(columns, _)| usize::from(columns));
    terminal.unwrap_or(100).clamp(40, 100)
}

/// Where help text starts: clap indents help on its own line by 10 columns.
const HELP_INDENT: usize = 10;

fn localise_command(command: clap::Command, name: &str, width: usize) -> clap::Command {
    // Chinese has no spaces for clap to wrap at: the texts are wrapped here, each
    // on the line after its option, and clap is told the same width.
    let text_width = width.saturating_sub(HELP_INDENT);
    let mut command = command
        .term_width(width)
        .next_line_help(true)
        .mut_args(|arg| localise_arg(name, arg, text_width))
        .help_template(TEMPLATE)
        .subcommand_help_heading("子命令")
        .subcommand_value_name("子命令");
    if let Some((about, long)) = about(name) {
        command = command
            .about(wrap(about, text_width))
            .long_about(wrap(long.unwrap_or(about), width));
    }
    if let Some(after) = after_help(name) {
        // Wrapped here: clap finds no space to break Chinese at.
        command = command
            .after_long_help(wrap(after, width))
            .after_help(None::<&str>);
    }
    command = command.mut_subcommands(|sub| {
        let sub_name = sub.get_name().to_string();
        localise_command(sub, &sub_name, width)
    });
    // The usage line clap writes, with its placeholders already in Chinese but for
    // `[OPTIONS]`, which clap writes itself.
    let usage = command.render_usage().to_string();
    let usage = usage
        .strip_prefix("Usage: ")
        .unwrap_or(&usage)
        .replace("[OPTIONS]", "[选项]");
    command.override_usage(usage)
}

fn localise_arg(command: &str, arg: clap::Arg, width: usize) -> clap::Arg {
    if arg.is_hide_set() {
        return arg;
    }
    let id = arg.get_id().as_str().to_string();
    let mut arg = arg;
    if let Some(names) = arg.get_value_names() {
        let names: Option<Vec<&'static str>> =
            names.iter().map(|n| value_name(n.as_str())).collect();
        if let Some(names) = names {
            arg = arg.value_names(names);
        }
    }
    let heading = match arg.get_help_heading() {
        Some(en) => HEADINGS.iter().find(|(e, _)| *e == en).map(|(_, zh)| *zh),
        None if arg.is_positional() => Some("参数"),
        None => Some("选项"),
    };
    if let Some(heading) = heading {
        arg = arg.help_heading(heading);
    }
    let Some((help, long)) = arg_help(command, &id) else {
        return arg;
    };
    let mut short = help.to_string();
    let mut full = long.unwrap_or(help).to_string();
    let values: Vec<(String, Option<&str>)> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| {
            let name = v.get_name().to_string();
            let help = v.get_help().and_then(|_| value_help(command, &id, &name));
            (name, help)
        })
        .collect();
    if !values.is_empty() && arg.get_action().takes_values() {
        let names: Vec<&str> = values.iter().map(|(n, _)| n.as_str()).collect();
        let _ = write!(short, "［可选值：{}］", names.join("、"));
        if width > 1000 {
            // The man page: man joins lines, so the values stand in one sentence, each
            // meaning after its value and a colon (a meaning may hold brackets itself).
            if values.iter().any(|(_, h)| h.is_some()) {
                // Values without a meaning run together (bash、zsh), the others apart.
                let mut parts: Vec<String> = Vec::new();
                let mut bare: Vec<&str> = Vec::new();
                for (name, help) in &values {
                    match help {
                        Some(help) => {
                            if !bare.is_empty() {
                                parts.push(bare.join("、"));
                                bare.clear();
                            }
                            parts.push(format!("{name}：{help}"));
                        }
                        None => bare.push(name),
                    }
                }
                if !bare.is_empty() {
                    parts.push(bare.join("、"));
                }
                let _ = write!(full, "。可选值——{}", parts.join("；"));
            } else {
                let _ = write!(full, "。可选值：{}", names.join("、"));
            }
        } else if values.iter().any(|(_, h)| h.is_some()) {
            full.push_str("\n\n可选值：");
            for (name, help) in &values {
                match help {
                    Some(help) => {
                        let _ = write!(full, "\n- {name}：{help}");
                    }
                    None => {
                        let _ = write!(full, "\n- {name}");
                    }
                }
            }
        } else {
            let _ = write!(full, "［可选值：{}］", names.join("、"));
        }
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
        let _ = write!(short, "［默认：{}］", defaults.join("、"));
        let sep = if width > 1000 { "" } else { "\n" };
        let _ = write!(full, "{sep}［默认：{}］", defaults.join("、"));
    }
    arg.help(wrap(&short, width))
        .long_help(wrap(&full, width))
        .hide_possible_values(true)
        .hide_default_value(true)
}

/// A clap error (not help or version) said in Chinese: the message and, where
/// clap has one, a tip.
pub fn error_message(error: &clap::Error) -> String {
    let string = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let strings = |kind| match error.get(kind) {
        Some(ContextValue::Strings(s)) => s.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let quoted = |items: &[String]| {
        items
            .iter()
            .map(|s| format!("“{s}”"))
            .collect::<Vec<_>>()
            .join("或")
    };
    // An option is 选项; 参数 is what stands alone on the command line.
    let kind_of = |arg: &str| {
        if arg.starts_with('-') {
            "选项"
        } else {
            "参数"
        }
    };
    let arg = string(ContextKind::InvalidArg).unwrap_or_default();
    let value = string(ContextKind::InvalidValue).unwrap_or_default();
    let mut message = match error.kind() {
        ErrorKind::InvalidValue if value.is_empty() => format!("`{arg}` 需要一个值，但没有给出"),
        ErrorKind::InvalidValue => {
            let mut m = format!("`{arg}` 的值“{value}”无效");
            let valid = strings(ContextKind::ValidValue);
            if !valid.is_empty() {
                let _ = write!(m, "\n  ［可选值：{}］", valid.join("、"));
            }
            m
        }
        ErrorKind::ValueValidation => {
            format!("`{arg}` 的值“{value}”无效：{}", requirement(&arg))
        }
        ErrorKind::UnknownArgument => format!("无法识别的{}“{arg}”", kind_of(&arg)),
        ErrorKind::InvalidSubcommand => format!(
            "无法识别的子命令“{}”",
            string(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => {
            let missing = strings(ContextKind::InvalidArg);
            let all_options = missing.iter().all(|m| m.starts_with('-'));
            let mut m = format!(
                "缺少以下必需的{}：",
                if all_options { "选项" } else { "参数" }
            );
            for item in missing {
                let _ = write!(m, "\n  {}", localise_placeholders(&item));
            }
            m
        }
        ErrorKind::MissingSubcommand => "需要一个子命令，但没有给出".to_string(),
        ErrorKind::ArgumentConflict => {
            let prior = strings(ContextKind::PriorArg);
            if prior.is_empty() || prior == [arg.clone()] {
                format!("{} `{arg}` 只能给出一次", kind_of(&arg))
            } else {
                let prior: Vec<String> = prior.iter().map(|p| format!("`{p}`")).collect();
                format!("{} `{arg}` 不能与 {} 同用", kind_of(&arg), prior.join("、"))
            }
        }
        ErrorKind::NoEquals => format!("给 `{arg}` 赋值时需要等号"),
        ErrorKind::TooManyValues => format!("`{arg}` 多出了一个值“{value}”"),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            format!("`{arg}` 的值的个数不对")
        }
        ErrorKind::InvalidUtf8 => "参数中有不是 UTF-8 的字节".to_string(),
        _ => "命令行有误".to_string(),
    };
    let suggested_arg = strings(ContextKind::SuggestedArg);
    let suggested_sub = strings(ContextKind::SuggestedSubcommand);
    let suggested_value = strings(ContextKind::SuggestedValue);
    let trailing = strings(ContextKind::TrailingArg);
    if !suggested_arg.is_empty() {
        let _ = write!(message, "\n\n  提示：是否想用{}？", quoted(&suggested_arg));
    } else if !suggested_sub.is_empty() {
        let _ = write!(
            message,
            "\n\n  提示：是否想用子命令{}？",
            quoted(&suggested_sub)
        );
    } else if !suggested_value.is_empty() {
        let _ = write!(
            message,
            "\n\n  提示：是否想用{}？",
            quoted(&suggested_value)
        );
    } else if !trailing.is_empty() && error.kind() == ErrorKind::UnknownArgument {
        let _ = write!(
            message,
            "\n\n  提示：要把“{arg}”当作值传入，请写作“-- {arg}”"
        );
    }
    message
}

/// What a value that clap's parser refused must be, by option.
fn requirement(arg: &str) -> &'static str {
    if arg.contains("--count") {
        "应为 1 到 99 的整数"
    } else if arg.contains("--seed") {
        "应为非负整数"
    } else {
        "不符合该选项的要求"
    }
}

/// An argument as clap names it in a message (`--count <N>`), its placeholder in
/// Chinese.
fn localise_placeholders(item: &str) -> String {
    let mut out = String::new();
    let mut rest = item;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>') else {
            break;
        };
        out.push_str(&rest[..=start]);
        let name = &rest[start + 1..start + end];
        out.push_str(value_name(name).unwrap_or(name));
        out.push('>');
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

/// The line after a usage error that says where to read more.
pub fn more_help(command: Option<&str>) -> String {
    match command {
        Some(name) => format!("更多信息请运行“kam-advise {name} --help”。"),
        None => "更多信息请运行“kam-advise --help”。".to_string(),
    }
}

/// Text wrapped to `width` columns for a terminal: Chinese may break between any
/// two characters, a run of Latin letters or digits only at a space; no line starts
/// with closing punctuation (it stays on the line before, a column over if need be),
/// and the lines of a list item ("- table：…") hang under its text.
/// An indented line keeps its indent on every line it is broken into; an example
/// command (`kam-advise …`) too long for the width is continued on the next line
/// with ` \`, as a shell reads it.
pub fn wrap(text: &str, width: usize) -> String {
    let width = width.max(10);
    text.split('\n')
        .map(|line| {
            let body = line.trim_start_matches(' ');
            let indent = &line[..line.len() - body.len()];
            let inner = width.saturating_sub(indent.len()).max(10);
            let wrapped = if body.starts_with("kam-advise ") {
                wrap_command(body, inner)
            } else {
                wrap_line(body, inner)
            };
            wrapped
                .split('\n')
                .map(|l| format!("{indent}{l}"))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A command line broken at spaces, each broken line ended by ` \\` and the next
/// indented by four.
fn wrap_command(command: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr as _;
    if command.width() <= width {
        return command.to_string();
    }
    // Words apart by spaces outside quotes: a quoted argument ('.name + ": "') is one
    // word, since a backslash inside quotes would not continue the line.
    let mut words: Vec<String> = vec![String::new()];
    let mut quote: Option<char> = None;
    for c in command.chars() {
        match quote {
            None if c == ' ' => {
                words.push(String::new());
                continue;
            }
            None if c == '\'' || c == '"' => quote = Some(c),
            Some(q) if c == q => quote = None,
            _ => {}
        }
        if let Some(last) = words.last_mut() {
            last.push(c);
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in &words {
        let lead = if lines.is_empty() { "" } else { "    " };
        let candidate = if current.is_empty() {
            format!("{lead}{word}")
        } else {
            format!("{current} {word}")
        };
        // Room is kept for the " \\" that ends a broken line.
        if candidate.width() + 2 > width && !current.trim().is_empty() {
            lines.push(format!("{current} \\"));
            current = format!("    {word}");
        } else {
            current = candidate;
        }
    }
    lines.push(current);
    lines.join("\n")
}

/// Whether `ch` continues the unit `last`: a narrow character after a narrow one,
/// unless a word ended with a space before it; a path's `/` or `.` stays with the
/// Chinese word before it (目录/client.html) and a Chinese word with the `/` before
/// it (./名称); inside `code` nothing breaks.
fn joins(last: &str, ch: char, is_wide: impl Fn(char) -> bool) -> bool {
    // Inside `code`: the unit opened a backtick it has not closed.
    let in_code = last.starts_with('`') && last.matches('`').count() % 2 == 1;
    if in_code {
        return true;
    }
    let after_wide = last.chars().last().is_some_and(&is_wide);
    let word_ended = last.ends_with(' ') && ch != ' ';
    if !word_ended && (ch == '/' || (ch == '.' && after_wide) || last.ends_with('/')) {
        return true;
    }
    // A path goes on to the next space or punctuation (reports/名称.html).
    let punctuation = |c: char| !c.is_ascii() && (is_closing(c) || is_opening(c));
    if last.contains('/') && !last.ends_with(' ') && ch != ' ' && !punctuation(ch) {
        return true;
    }
    !is_wide(ch) && !after_wide && !word_ended
}

fn wrap_line(line: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr as _;
    if line.width() <= width {
        return line.to_string();
    }
    let hang = if line.starts_with("- ") { "  " } else { "" };
    // Units that are never split: a Latin word with the spaces after it, or one
    // wide character.
    let is_wide = |c: char| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > 1;
    let mut units: Vec<String> = Vec::new();
    for ch in line.chars() {
        match units.last_mut() {
            Some(last) if joins(last, ch, is_wide) => last.push(ch),
            _ => units.push(ch.to_string()),
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    // The unit `current` ends with.
    let mut last_unit = String::new();
    for unit in units {
        // Closing punctuation; an ASCII one only where it ends a word (not ./name).
        let mut chars = unit.chars();
        let (first, second) = (chars.next(), chars.next());
        let closing = first
            .is_some_and(|c| is_closing(c) && (!c.is_ascii() || second.is_none_or(|n| n == ' ')));
        let fits = (current.width() + unit.trim_end().width()) <= width;
        if closing && !fits && current.len() > last_unit.len() + hang.len() {
            // Punctuation that would stand past the margin takes the unit before it
            // down to the next line (no line starts with it either).
            current.truncate(current.len() - last_unit.len());
            let carried = take_opening(&mut current);
            lines.push(current.trim_end().to_string());
            last_unit = format!("{carried}{last_unit}{unit}");
            current = format!("{hang}{last_unit}");
        } else if fits || closing || current.trim().is_empty() {
            current.push_str(&unit);
            last_unit = unit;
        } else {
            let carried = take_opening(&mut current);
            lines.push(current.trim_end().to_string());
            last_unit = format!("{carried}{}", unit.trim_start());
            current = format!("{hang}{last_unit}");
        }
    }
    lines.push(current.trim_end().to_string());
    lines.join("\n")
}

/// The opening brackets and quotation marks `line` ends with, taken off it: they go
/// down to the next line with what they open.
fn take_opening(line: &mut String) -> String {
    let mut carried = String::new();
    while let Some(c) = line.chars().last().filter(|&c| is_opening(c)) {
        line.pop();
        carried.insert(0, c);
    }
    carried
}

/// A Chinese man page with a break point (`\:`) after each Chinese character where
/// a line may break: groff finds none in a run of Chinese and lets the line run past
/// the margin. Not before closing punctuation nor after opening; control lines as
/// they are.
pub fn man_break_points(page: &str) -> String {
    let wide = |c: char| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > 1;
    let closing = |c: char| !c.is_ascii() && is_closing(c);
    let opening = |c: char| !c.is_ascii() && is_opening(c);
    let mut out = String::with_capacity(page.len() * 2);
    for line in page.split_inclusive('\n') {
        if line.starts_with(['.', '\'']) {
            out.push_str(line);
            continue;
        }
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            out.push(c);
            if let Some(&next) = chars.peek()
                && wide(c)
                && !opening(c)
                && !closing(next)
                && next != '\n'
            {
                out.push_str("\\:");
            }
        }
    }
    out
}

/// The man page's own sections in Chinese (the section names stay as man readers
/// expect them: NAME, SYNOPSIS, COMMANDS …).
pub const MAN_COMMANDS: &str = "选项可放在子命令之前或之后。--lang 和 --color 适用于每个子命令；其余选项只用于列出它们的子命令。";

/// The PROFILE section's opening paragraph in Chinese.
pub const MAN_PROFILE: &str = "资料是描述一家企业的 TOML 文件；`kam-advise init` 输出一份带注释的模板。\
金额为以 currency 计的数字，或按习惯写法的字符串：\"8000万\"、\"1.2亿元\"、\"五亿\"、\
\"80,000,000\"、\"RMB 80 million\"、\"80M\"。`kam-advise schema profile` 输出资料的 JSON Schema，\
供编辑器使用（见其 --help）。";

/// Each profile key's meaning in Chinese, for the man page: (key, meaning); the
/// lists of ids are filled in by the caller in the same order as the English.
pub const MAN_KEYS: &[(&str, &str)] = &[
    ("name", "必填。企业名称。"),
    (
        "annual_revenue",
        "必填。年度销售额，金额；与条件(一)1 的阈值5000万元比较。",
    ),
    (
        "key_accounts",
        "必填。企业评定的重点客户数，0 或以上；与条件(一)2 的阈值6比较。",
    ),
    (
        "currency",
        "金额的币种（三个字母的 ISO 代码）；不填为 CNY。其他币种须同时填写 cny_rate。",
    ),
    (
        "cny_rate",
        "一单位 currency 折合的人民币元数，如美元为 7.1。",
    ),
    ("kind", "组织的类别：{}（默认 enterprise）。"),
    (
        "scale",
        "规模：{}（或 微型、小型、中型、大型）。不填时按 industry 及其国家统计局2017年标准所需的数字推断。",
    ),
    (
        "industry",
        "国家统计局2017年标准中的行业，写英文标识或中文名称：{}。金融业不在该标准内：请填写 scale。",
    ),
    ("employees", "从业人员数；多数行业推断规模时需要。"),
    (
        "total_assets",
        "资产总额，金额；建筑业、房地产开发经营、租赁和商务服务业推断规模时需要。",
    ),
    (
        "current_setup",
        "目前由谁负责重点客户：{}。建议中会同时给出与推荐形式的差距及弥补的步骤。",
    ),
    (
        "[strategy] strategic_plan",
        "企业的战略或发展规划要求设立重点客户管理机构时为 true；即条件(一)3。",
    ),
    (
        "[strategy] account_development",
        "设立机构能更快发展重点客户、加深其信任时为 true；即条件(一)4。",
    ),
    ("[network] levels", "多层级组织的各层级，自上而下：{}。"),
    (
        "[network] counts",
        "某一层级的单位数，如 { provincial = 31, prefecture = 333 }。",
    ),
    ("[team] functions", "向小组派出成员的企业职能部门。"),
];

/// The exit codes in Chinese.
pub const MAN_EXIT: &[(&str, &str)] = &[
    ("0", "每份资料都已给出建议（其他子命令均已成功）。"),
    (
        "1",
        "有资料或文件出错，或输出无法写入；错误信息输出到标准错误（stderr），其余资料照常给出建议。",
    ),
    (
        "2",
        "用法错误：未知的选项或值，或为子命令指定了它不支持的选项。",
    ),
    ("130", "访谈被中断（Ctrl-C），未写入任何文件。"),
];

/// "possible values" in the man page's command list.
pub const MAN_POSSIBLE_VALUES: &str = "可选值";
