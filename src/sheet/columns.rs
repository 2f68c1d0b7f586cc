//! The columns of a portfolio sheet: one per profile key (the table keys of
//! `[strategy]`, `[network]` and `[team]` by their own names), what a cell of each
//! holds, and the header row read into a map from sheet column to profile key.
//! Headers are the keys, the labels each catalogue prints (`init --format csv`), or
//! the words people write for them (`check::SYNONYMS`, shared with the TOML checker).

use crate::check::{self, Sureness};
use crate::problem::{Issue, ProfileError, SheetIssue};
pub use crate::profile::{ProfileKey, ValueKind};
use crate::text::ClientProblem;
use crate::text::{Lang, catalog};

/// What a header names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum HeaderMeaning {
    /// A column: by its key, a catalogue's label or a word of [`check::SYNONYMS`].
    Column(ProfileKey),
    /// A word of [`check::SYNONYMS`] listed for more than one key ("Size": `scale` or
    /// `employees`): never guessed.
    Ambiguous(Vec<ProfileKey>),
    /// No column; the key it may be near, by spelling or by meaning.
    Unknown(Option<ProfileKey>),
}

/// The column a header names: the key (any case, `strategy.strategic_plan` too),
/// a catalogue's label, or a word that names the key in [`check::SYNONYMS`]
/// (`Company`, `Revenue`, `Turnover`, 公司名称, 年销售额, 员工人数 ...).
pub fn column_from_header(header: &str) -> Option<ProfileKey> {
    match header_meaning(header) {
        HeaderMeaning::Column(column) => Some(column),
        _ => None,
    }
}

/// What a header means, as [`column_from_header`] reads it, with the near key or the
/// keys an ambiguous word may mean.
pub(crate) fn header_meaning(header: &str) -> HeaderMeaning {
    let lower = header.trim().to_ascii_lowercase();
    let key = lower.rsplit('.').next().unwrap_or(&lower);
    let key = key.replace([' ', '-'], "_");
    if let Some(column) = ProfileKey::from_slug(&key) {
        // A dotted header must name the key's own table.
        let table_ok = match lower.split_once('.') {
            Some((table, _)) => column.table().map(|t| t.slug()) == Some(table),
            None => true,
        };
        return match table_ok {
            true => HeaderMeaning::Column(column),
            false => HeaderMeaning::Unknown(None),
        };
    }
    let trimmed = header.trim();
    let label = Lang::ALL.iter().find_map(|lang| {
        let text = catalog(*lang);
        ProfileKey::ALL
            .iter()
            .copied()
            .find(|c| text.column_label(*c) == trimmed)
    });
    if let Some(column) = label {
        return HeaderMeaning::Column(column);
    }
    let mut named: Vec<ProfileKey> = Vec::new();
    let mut near = None;
    for (key, sureness) in check::meanings(trimmed) {
        match sureness {
            Sureness::Names if !named.contains(&key) => named.push(key),
            Sureness::Near => near = near.or(Some(key)),
            Sureness::Names => {}
        }
    }
    match named.as_slice() {
        [key] => HeaderMeaning::Column(*key),
        [] => {
            let keys: Vec<&'static str> = ProfileKey::ALL.iter().map(|c| c.slug()).collect();
            let close = || check::closest(trimmed, &keys).and_then(ProfileKey::from_slug);
            HeaderMeaning::Unknown(near.or_else(close))
        }
        _ => HeaderMeaning::Ambiguous(named),
    }
}

/// "A", "B", ... "Z", "AA": a column as spreadsheets letter it (0-based index).
pub fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// The columns every row must fill: the keys a profile requires (profile/mod.rs).
const REQUIRED: [ProfileKey; 3] = [
    ProfileKey::Name,
    ProfileKey::AnnualRevenue,
    ProfileKey::KeyAccounts,
];

/// The header row, read: for each sheet column, the profile key it holds (`None`
/// for a note column, whose name starts with `#`, or a column without a name).
#[derive(Debug, Clone)]
pub struct Header {
    pub columns: Vec<Option<ProfileKey>>,
    /// The names as written, for messages.
    pub names: Vec<String>,
}

impl Header {
    /// Reads the first row. Unknown and repeated names are errors of the whole sheet:
    /// no row could be read the way its author meant.
    pub fn parse(names: Vec<String>) -> Result<Header, Vec<SheetIssue>> {
        // One name that is several names joined by `;` or a tab: a CSV saved with
        // another separator (Excel does so where the decimal mark is a comma).
        if let [only] = names.as_slice() {
            for separator in [';', '\t'] {
                let parts: Vec<&str> = only.split(separator).map(str::trim).collect();
                if parts.len() > 1 && parts.iter().all(|p| column_from_header(p).is_some()) {
                    return Err(vec![SheetIssue::OtherSeparator { separator }]);
                }
            }
        }
        let mut issues = Vec::new();
        let mut columns: Vec<Option<ProfileKey>> = Vec::with_capacity(names.len());
        for (index, name) in names.iter().enumerate() {
            let trimmed = name.trim().trim_start_matches('\u{feff}');
            if trimmed.is_empty() || trimmed.starts_with('#') {
                columns.push(None);
                continue;
            }
            match header_meaning(trimmed) {
                HeaderMeaning::Column(column) => {
                    if let Some(first) = columns.iter().position(|c| *c == Some(column)) {
                        issues.push(SheetIssue::DuplicateColumn {
                            letter: letter(index),
                            name: quote(trimmed),
                            first: letter(first),
                            first_name: quote(names[first].trim().trim_start_matches('\u{feff}')),
                            key: column,
                        });
                    }
                    columns.push(Some(column));
                }
                HeaderMeaning::Ambiguous(keys) => {
                    issues.push(SheetIssue::AmbiguousColumn {
                        letter: letter(index),
                        name: quote(trimmed),
                        keys,
                    });
                    columns.push(None);
                }
                HeaderMeaning::Unknown(near) => {
                    issues.push(SheetIssue::UnknownColumn {
                        letter: letter(index),
                        name: quote(trimmed),
                        near,
                    });
                    columns.push(None);
                }
            }
        }
        if !issues.is_empty() {
            return Err(issues);
        }
        if columns.iter().all(Option::is_none) {
            return Err(vec![SheetIssue::NoColumns]);
        }
        // A required key without a column would fail every row alike: said once.
        let missing: Vec<SheetIssue> = REQUIRED
            .iter()
            .filter(|required| !columns.contains(&Some(**required)))
            .map(|required| SheetIssue::MissingCell {
                key: *required,
                column: None,
            })
            .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        let names = names
            .into_iter()
            .map(|n| n.trim().trim_start_matches('\u{feff}').to_string())
            .collect();
        Ok(Header { columns, names })
    }
}

/// A user's text cut to a quotable length (40 characters), without control
/// characters.
pub(crate) fn quote(text: &str) -> String {
    crate::quote::quote_limited(text, 40)
}

/// The problems of one input or row as a client document says them, each once, in
/// order (the header of a cell read back to its column).
pub fn client_problems(error: &ProfileError) -> Vec<ClientProblem> {
    let is_row = super::names_a_row(&error.source);
    let mut out: Vec<ClientProblem> = Vec::new();
    for problem in &error.problems {
        let said = match &problem.issue {
            Issue::Sheet(SheetIssue::InCell { letter, name, .. }) => {
                let header = name.trim_matches('"').to_string();
                ClientProblem::Cell {
                    letter: letter.clone(),
                    column: column_from_header(&header),
                    header,
                }
            }
            Issue::Sheet(SheetIssue::MissingCell { key, column }) => ClientProblem::Empty {
                letter: column.as_ref().map(|(letter, _)| letter.clone()),
                column: Some(*key),
            },
            _ if is_row => ClientProblem::Row,
            _ => ClientProblem::File,
        };
        if !out.contains(&said) {
            out.push(said);
        }
    }
    if out.is_empty() {
        out.push(if is_row {
            ClientProblem::Row
        } else {
            ClientProblem::File
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_as_spreadsheets_show_them() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "AA");
        assert_eq!(letter(701), "ZZ");
        assert_eq!(letter(702), "AAA");
    }

    #[test]
    fn headers_are_keys_dotted_keys_or_labels() {
        assert_eq!(column_from_header(" Name "), Some(ProfileKey::Name));
        assert_eq!(
            column_from_header("strategy.strategic_plan"),
            Some(ProfileKey::StrategicPlan)
        );
        assert_eq!(column_from_header("network.strategic_plan"), None);
        assert_eq!(
            column_from_header("key accounts"),
            Some(ProfileKey::KeyAccounts)
        );
        for lang in Lang::ALL {
            for column in ProfileKey::ALL {
                let label = catalog(*lang).column_label(*column);
                assert_eq!(column_from_header(label), Some(*column), "{lang} {label}");
            }
        }
    }

    #[test]
    fn headers_as_people_write_them_in_both_languages() {
        for (header, column) in [
            ("Company", ProfileKey::Name),
            ("Company name", ProfileKey::Name),
            ("企业名称", ProfileKey::Name),
            ("公司名称", ProfileKey::Name),
            ("Revenue", ProfileKey::AnnualRevenue),
            ("Sales", ProfileKey::AnnualRevenue),
            ("Turnover", ProfileKey::AnnualRevenue),
            ("Annual sales", ProfileKey::AnnualRevenue),
            ("年销售额", ProfileKey::AnnualRevenue),
            ("营业收入", ProfileKey::AnnualRevenue),
            ("Key accounts", ProfileKey::KeyAccounts),
            ("Key customers", ProfileKey::KeyAccounts),
            ("重点客户数", ProfileKey::KeyAccounts),
            ("Headcount", ProfileKey::Employees),
            ("员工人数", ProfileKey::Employees),
            ("Scale", ProfileKey::Scale),
            ("规模", ProfileKey::Scale),
            ("Sector", ProfileKey::Industry),
            ("Exchange rate", ProfileKey::CnyRate),
        ] {
            assert_eq!(
                header_meaning(header),
                HeaderMeaning::Column(column),
                "{header}"
            );
        }
        // A word that may mean two keys is not guessed; one that only may mean a key
        // ("income" is often profit) is suggested, not read.
        assert_eq!(
            header_meaning("Size"),
            HeaderMeaning::Ambiguous(vec![ProfileKey::Scale, ProfileKey::Employees])
        );
        assert_eq!(
            header_meaning("数量"),
            HeaderMeaning::Ambiguous(vec![ProfileKey::KeyAccounts, ProfileKey::Employees])
        );
        assert_eq!(
            header_meaning("Income"),
            HeaderMeaning::Unknown(Some(ProfileKey::AnnualRevenue))
        );
        assert_eq!(header_meaning("colour"), HeaderMeaning::Unknown(None));
    }

    /// docs/input-formats.md "Column names" lists exactly the words read as a column.
    #[test]
    fn the_documented_headers_are_the_ones_read() {
        let docs = include_str!("../../docs/input-formats.md");
        let mut documented: Vec<(String, String)> = Vec::new();
        for line in docs.lines() {
            let Some(row) = line.strip_prefix("| `") else {
                continue;
            };
            let Some((key, words)) = row.split_once("` | ") else {
                continue;
            };
            for word in words.trim_end_matches(" |").split(", ") {
                documented.push((key.to_string(), word.to_string()));
            }
        }
        for (key, word) in &documented {
            assert_eq!(
                header_meaning(word),
                HeaderMeaning::Column(ProfileKey::from_slug(key).expect("a key")),
                "{word}"
            );
        }
        for (word, key, sureness) in check::SYNONYMS {
            let read = matches!(header_meaning(word), HeaderMeaning::Column(_));
            if *sureness == Sureness::Names && read {
                let listed = documented
                    .iter()
                    .any(|(k, w)| k == key.slug() && w.to_lowercase().replace(' ', "_") == *word);
                assert!(listed, "{word} → {key} is read but not documented");
            }
        }
    }

    #[test]
    fn two_headers_of_one_meaning_and_an_ambiguous_one_are_refused() {
        let names = ["Company", "Revenue", "Sales", "Size", "Key accounts"];
        let issues = Header::parse(names.iter().map(|n| n.to_string()).collect());
        assert_eq!(
            issues.err(),
            Some(vec![
                SheetIssue::DuplicateColumn {
                    letter: "C".into(),
                    name: "Sales".into(),
                    first: "B".into(),
                    first_name: "Revenue".into(),
                    key: ProfileKey::AnnualRevenue,
                },
                SheetIssue::AmbiguousColumn {
                    letter: "D".into(),
                    name: "Size".into(),
                    keys: vec![ProfileKey::Scale, ProfileKey::Employees],
                },
            ])
        );
    }

    #[test]
    fn unknown_and_repeated_columns_are_errors_notes_are_not() {
        let names = ["name", "# contact", "", "annual_revenue", "key_accounts"];
        let header = Header::parse(names.iter().map(|n| n.to_string()).collect());
        assert!(header.is_ok_and(|h| h.columns
            == vec![
                Some(ProfileKey::Name),
                None,
                None,
                Some(ProfileKey::AnnualRevenue),
                Some(ProfileKey::KeyAccounts)
            ]));
        // A required column left out is one issue for the sheet.
        let issues = Header::parse(vec!["name".into(), "annual_revenue".into()]);
        assert_eq!(
            issues.err(),
            Some(vec![SheetIssue::MissingCell {
                key: ProfileKey::KeyAccounts,
                column: None
            }])
        );
        let issues = Header::parse(vec!["nmae".into(), "name".into(), "名称".into()]);
        let Err(issues) = issues else {
            panic!("accepted")
        };
        assert_eq!(issues.len(), 2, "{issues:?}");
        assert!(matches!(
            &issues[0],
            SheetIssue::UnknownColumn {
                near: Some(ProfileKey::Name),
                ..
            }
        ));
    }
}
