//! 电子表格的中文文字：各列的中文列名、表格问题的说明，以及 `compare` 输出的
//! 客户组合表的表头。

use super::Chinese;
use crate::problem::{SheetIssue, WorkbookFault, WorkbookPart};
use crate::profile::ProfileKey;
use crate::text::{IssueText, SheetText};

/// 工作簿无法读取的原因。读取库（calamine）的英文原话：认得的译成中文，其余说明
/// 文件已损坏并附上原话（作为引文，供技术人员查看）。
fn workbook_fault(fault: &WorkbookFault) -> String {
    match fault {
        WorkbookFault::NotOds => "不是 OpenDocument 电子表格（其 mimetype 不符）".into(),
        WorkbookFault::NoContent => "缺少 content.xml".into(),
        WorkbookFault::BadRepeat => "重复次数不是大于 0 的整数".into(),
        WorkbookFault::BadSpaceCount => "空格数不是整数".into(),
        WorkbookFault::TooManyRows => "行数超过一张工作表所能容纳的".into(),
        WorkbookFault::WholePartTooLarge { mib } => format!(
            "须整体读入的部件（共享字符串、样式或工作簿）解压后超过 {mib} MiB，任何客户组合表都用不了这么多"
        ),
        WorkbookFault::StylesTooLarge { mib } => {
            format!("其单元格样式读入后超过 {mib} MiB，任何客户组合表都不会有这么多样式")
        }
        WorkbookFault::BadReference => {
            "某个单元格引用不是 A1 的形式（先写列字母，再写从 1 起的行号）".into()
        }
        WorkbookFault::ReferenceOutOfRange => {
            "某个形如 A1 的单元格引用所指的行或列超出了工作表的最大范围".into()
        }
        WorkbookFault::EndsInside(part) => {
            let part = match part {
                WorkbookPart::Table => "表格",
                WorkbookPart::Row => "一行",
                WorkbookPart::Cell => "单元格",
            };
            format!("content.xml 在{part}中途结束，文件不完整")
        }
        WorkbookFault::UnknownEntity => "单元格中有无法识别的 XML 实体".into(),
        WorkbookFault::LongRun { mib } => format!(
            "其 XML 中有超过 {mib} MiB 的内容不含任何标记（空白、注释或属性），已在读入内存前拒绝"
        ),
        WorkbookFault::Xml(message) => {
            format!("XML 格式有误，文件已损坏（解析器原话：“{message}”）")
        }
        WorkbookFault::Reader(message) => reader_message(message),
    }
}

/// calamine 的英文原话中常见的几种，译成中文；其余附原话。
fn reader_message(message: &str) -> String {
    if message.starts_with("Cell string index is not a whole number") {
        "单元格引用的共享字符串序号不是整数，文件已损坏".into()
    } else if message.starts_with("Cell string index not found") {
        "单元格引用的共享字符串不存在，文件已损坏".into()
    } else if message.starts_with("Cfb error") || message.starts_with("End of stream") {
        format!("文件结构不完整或已损坏（读取程序原话：“{message}”）")
    } else {
        format!("文件已损坏，或不是扩展名所示的格式（读取程序原话：“{message}”）")
    }
}

impl SheetText for Chinese {
    fn column_label(&self, column: ProfileKey) -> &'static str {
        match column {
            ProfileKey::Name => "企业名称",
            ProfileKey::AnnualRevenue => "年度销售额",
            ProfileKey::KeyAccounts => "重点客户数",
            ProfileKey::Currency => "币种",
            ProfileKey::CnyRate => "人民币汇率",
            ProfileKey::Kind => "组织类型",
            ProfileKey::Scale => "企业规模",
            ProfileKey::Industry => "行业",
            ProfileKey::Employees => "从业人员数",
            ProfileKey::TotalAssets => "资产总额",
            ProfileKey::CurrentSetup => "目前负责重点客户的是",
            ProfileKey::StrategicPlan => "战略规划需要设立机构",
            ProfileKey::AccountDevelopment => "设立机构有利于培养客户",
            ProfileKey::Levels => "组织层级",
            ProfileKey::Counts => "各层级机构数",
            ProfileKey::Functions => "小组成员来自的职能部门",
        }
    }

    fn sheet_issue(&self, issue: &SheetIssue) -> String {
        const SAVE: &str = "请另存为“CSV UTF-8（逗号分隔）”格式（Excel：文件 > 另存为）";
        match issue {
            SheetIssue::Utf16 => format!("文件是 UTF-16 文本（Excel 的“Unicode 文本”）：{SAVE}"),
            SheetIssue::Utf32 => format!("此文件为 UTF-32 编码：{SAVE}"),
            SheetIssue::NotUtf8 => format!(
                "不是 UTF-8 文本（中文系统上 Excel 的普通“CSV”格式保存为 GBK 编码）：{SAVE}"
            ),
            SheetIssue::NulByte => {
                "含有空字节（NUL），不是文本格式的 CSV 文件（若是工作簿，请将扩展名改为 .xlsx）".into()
            }
            SheetIssue::NotAnXls { zip: true } => "这是 ZIP 压缩格式的工作簿（XLSX 或 ODS），扩展名却是 .xls：请将扩展名改为 .xlsx（或 .ods）后重新运行".into(),
            SheetIssue::NotAnXls { zip: false } => "此文件不是 XLS 工作簿：.xls 文件应为复合文档格式，而此文件不是（是否是其他格式的文件改了扩展名？）".into(),
            SheetIssue::NotAZip => "不是工作簿：.xlsx 或 .ods 文件是 zip 压缩包，而此文件不是（是否由其他格式改名而来？）".into(),
            SheetIssue::BadWorkbook(fault) => format!("无法读取工作簿：{}", workbook_fault(fault)),
            SheetIssue::BadWorkbookAt { row, letter, fault } => format!(
                "读取工作簿至第 {row} 行{}时出错：{}",
                letter.as_ref().map_or(String::new(), |l| format!(" {l} 列")),
                workbook_fault(fault)
            ),
            SheetIssue::BadWorkbookNear { row, fault } => match row {
                Some(row) => format!("读取工作簿第 {row} 行附近时出错：{}", workbook_fault(fault)),
                None => format!("无法读取工作簿：{}", workbook_fault(fault)),
            },
            SheetIssue::WorkbookTooLarge { mib } => {
                format!("工作簿超过 {mib} MiB，客户组合表远没有这么大")
            }
            SheetIssue::PartTooLarge { part, mib } => format!(
                "工作簿中的 `{part}` 解压后超过 {mib} MiB，已拒绝读取（可能是压缩炸弹，或并非客户组合表）"
            ),
            SheetIssue::UnpacksTooLarge { mib } => format!(
                "工作簿解压后总共超过 {mib} MiB，已拒绝读取（可能是压缩炸弹，或并非客户组合表）"
            ),
            SheetIssue::PackedTooTight { ratio, floor_mib } => format!(
                "工作簿解压后大小超过 {floor_mib} MiB，且超过文件本身大小的 {ratio} 倍，已拒绝读取（可能是压缩炸弹；正常客户组合表的压缩比约为 10:1）"
            ),
            SheetIssue::NoSuchSheet { name, sheets } => {
                let names: Vec<String> = sheets.iter().map(|s| format!("“{s}”")).collect();
                format!("没有名为“{name}”的工作表；现有工作表：{}", names.join("、"))
            }
            SheetIssue::NoSheets => "工作簿中没有工作表".into(),
            SheetIssue::DuplicateParts => "工作簿的 ZIP 目录中有两个同名部件（文件经过手工拼装或改动）：不会猜测应以哪一个为准；请用电子表格程序重新保存工作簿".into(),
            SheetIssue::SheetOptionForText => {
                "`--sheet` 只适用于工作簿（xlsx、xls、ods）；CSV 或 TSV 文件只有一张表".into()
            }
            SheetIssue::NoRows => "表格只有列名这一行，下面没有数据，因此没有可给出建议的企业：请每家企业填一行".into(),
            SheetIssue::Empty => "表格是空的：第一行须为列名（`kam-advise init --format csv --lang zh` 可输出列名）".into(),
            SheetIssue::NoColumnsInSheet { sheet } => format!(
                "工作表“{sheet}”的第一行中没有可识别的列名：请用 `--sheet 工作表名` 指定填有企业资料的那张工作表（`kam-advise init --format csv --lang zh` 可输出列名）"
            ),
            SheetIssue::OtherSeparator { separator } => {
                let name = if *separator == '\t' { "制表符" } else { "分号" };
                format!(
                    "各列之间用的是{name}，而不是逗号：{SAVE}{}",
                    if *separator == '\t' {
                        "，或把文件扩展名改为 .tsv"
                    } else {
                        "，或直接使用 .xlsx 工作簿"
                    }
                )
            }
            SheetIssue::NoColumns => "第一行中没有可识别的列名（`kam-advise init --format csv --lang zh` 可输出列名）".into(),
            SheetIssue::UnknownColumn { letter, name, near } => {
                let hint = match near {
                    Some(near) => format!("是否想写 `{near}`？"),
                    None => String::new(),
                };
                format!(
                    "{letter} 列：无法识别的列名“{name}”。{hint}列名须为资料文件的键、其中文名称或常用的叫法（docs/guide.md 的“From a spreadsheet”一节列出）；以 # 开头的列为备注，不读取"
                )
            }
            SheetIssue::DuplicateColumn {
                letter,
                name,
                first,
                first_name,
                key,
            } => format!(
                "{letter} 列：“{name}”与 {first} 列（“{first_name}”）都表示 `{key}`，请只保留一列"
            ),
            SheetIssue::AmbiguousColumn { letter, name, keys } => {
                let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
                format!(
                    "{letter} 列：列名“{name}”可能指 {}，无法确定：请用该列所填的键命名",
                    keys.join(" 或 ")
                )
            }
            SheetIssue::TooManyColumns { max } => {
                format!(
                    "列数超过 {max}，而资料文件只有 {} 个键",
                    ProfileKey::ALL.len()
                )
            }
            SheetIssue::TooManyCells { max } => format!(
                "工作簿的单元格超过 {} 个，远超一般客户组合表的规模；XLS 文件须整体读入内存，因此已拒绝读取此文件（较大的客户组合表请另存为 XLSX 或 CSV，这两种格式可逐行读取）",
                crate::text::thousands(*max as u64)
            ),
            SheetIssue::Expands { mib } => format!(
                "共享字符串和重复行展开后，表格内容超过 {mib} MiB，远大于文件本身所含：已停止读取并拒绝此文件"
            ),
            SheetIssue::UnclosedQuote { lines } => format!(
                "本行有一个以引号开头的单元格缺少结束引号，导致其后直到文件末尾的 {lines} 行都被读入了该单元格，而未作为单独的行读取：请补上结束引号（单元格内的引号须写成 \"\"）"
            ),
            SheetIssue::RowTooLarge { kib } => {
                format!("这一行超过 {kib} KiB，客户组合表的一行远没有这么大")
            }
            SheetIssue::CellTwice { letter } => format!(
                "工作簿中本行 {letter} 列的单元格出现了两次（同一行号的行重复出现）：无法确定应取哪个值，请删除重复的行"
            ),
            SheetIssue::FormatNotRead => "该单元格的数字格式给金额加上了无法与数字一并读取的文字（带单位的百分比或科学记数、区域不明的货币符号、条件格式、超出单位长度的文字）：请在单元格中以文本填写金额，如 8000万 或 USD 12M".into(),
            SheetIssue::RowOutOfOrder { after } => format!(
                "在工作簿中，本行排在第 {after} 行之后，顺序错乱（行号重复，或文件是手工编写的）：已跳过本行；请删除重复的行，或重新保存工作簿"
            ),
            SheetIssue::ValueWithoutColumn { letter } => format!(
                "{letter} 列有内容，但第一行没有列名：请填写列名；若只作备注，请让列名以 # 开头"
            ),
            SheetIssue::MissingCell { column: Some((letter, name)), .. } => {
                format!("本行 {letter} 列（{name}）未填写：每一行都必须填写这一项")
            }
            SheetIssue::MissingCell { key, column: None } => {
                match Some(*key) {
                    Some(column) => format!(
                        "表中没有“{}”列（`{key}`），而每一行都必须填写这一项：请加上这一列",
                        self.column_label(column)
                    ),
                    None => format!("表中没有 `{key}` 列，而每一行都必须填写这一项：请加上这一列"),
                }
            }
            SheetIssue::NotAFlag { found } => {
                format!("须填“是”或“否”（也可填 true/false、yes/no、1/0），实际为“{found}”")
            }
            SheetIssue::RepeatedCountsItem { found } => format!(
                "“{found}”出现了不止一次：每个层级的数量只写一次，如 省级=31;地市级=333"
            ),
            SheetIssue::BadCountsItem { found } => format!(
                "“{found}”不是机构数：请按“层级=数量”填写，各项之间用分号隔开，如 省级=31;地市级=333"
            ),
            SheetIssue::NotFinite { found } => {
                format!("该数字单元格的值为 {found}，并不是一个数：请直接填写数值")
            }
            SheetIssue::UnusableCell { found } => {
                format!("此处须为文字或数字，实际为日期或错误值（“{found}”）")
            }
            SheetIssue::InCell {
                letter,
                name,
                issue,
            } => format!("{letter} 列（{name}）：{}", self.issue(issue)),
        }
    }

    fn portfolio_header(&self) -> &'static [&'static str; 12] {
        &[
            "来源",
            "企业",
            "规模",
            "年度销售额（元）",
            "重点客户数",
            "满足的条件（共4项）",
            "组织形式",
            "规则",
            "重点客户经理",
            "编制人数",
            "现状",
            "提醒数",
        ]
    }

    fn revenue_cny_short(&self) -> &'static str {
        "销售额（元）"
    }

    fn warnings_short(&self) -> &'static str {
        "提醒数"
    }

    fn not_advised(&self) -> &'static str {
        "有错误，未给出建议"
    }

    fn total_label(&self) -> &'static str {
        "合计"
    }

    fn list_separator(&self) -> &'static str {
        "，"
    }

    fn warnings_separator(&self) -> &'static str {
        "；"
    }

    fn binary_on_terminal(&self) -> &'static str {
        "`compare --format xlsx` 输出的是二进制工作簿，不能显示在终端上：请加上 `--output FILE`，或把标准输出重定向到文件"
    }

    fn html_on_terminal(&self) -> &'static str {
        "`compare --format html` 输出的是在浏览器中打开、打印的网页，不宜显示在终端上：请加上 `--output FILE`，或把标准输出重定向到文件"
    }

    fn workbook_failed(&self, detail: &str) -> String {
        format!("无法生成工作簿：{detail}")
    }
}
