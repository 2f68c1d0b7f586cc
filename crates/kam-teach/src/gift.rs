//! `quiz.gift`: the set as a Moodle quiz in GIFT, plain text (no Markdown). Per case, a
//! multiple-choice question on the form (the right one, with every warning of the
//! advice, and the four others, each with feedback that names the condition or rule
//! ruling it out), then the items the case grades: numerical questions on the KAM
//! managers and the headcount (a department's as the range 3..4), or a multiple-choice
//! question on the level of a network's service centres.

use std::fmt::Write as _;

use super::SetSpec;
use super::case::Case;
use super::why::ruled_out;
use crate::advice::Form;
use crate::render::Report;
use crate::rules::Rules;
use crate::words::TeachCatalog;

/// Text for Moodle, which shows Markdown literally: the backticks some sentences of the
/// advice put around profile keys (`kind`) go, the words stay.
pub(crate) fn plain(text: &str) -> String {
    text.replace('`', "")
}

/// Escapes GIFT's special characters (`~ = # { } :` and the backslash) and writes
/// line breaks as `\n`, so a question stays one block.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in plain(text).chars() {
        match c {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// The whole quiz.
pub(crate) fn quiz(spec: &SetSpec, cases: &[Case], text: &dyn TeachCatalog) -> String {
    let rules = Rules::default();
    let l = text.teach_labels();
    let mut out = String::new();
    let _ = writeln!(out, "// {}", spec.command());
    let _ = writeln!(out, "// {}", super::sheet::format_line());
    let _ = writeln!(
        out,
        "$CATEGORY: {}/seed-{}-{}-{}\n",
        l.quiz_category, spec.seed, spec.level, spec.lang
    );
    for case in cases {
        let report = Report {
            source: &case.source,
            profile: &case.profile,
            advice: &case.advice,
            rules: &rules,
        };
        let advice = &case.advice;
        let facts = report.facts();
        let story = text.story(case).join("\n\n");
        // The form.
        let _ = writeln!(
            out,
            "::{} {}::{}",
            escape(&case.id),
            escape(l.gift_form_title),
            escape(&format!("{story}\n\n{}", text.gift_form_question()))
        );
        let _ = writeln!(out, "{{");
        for form in Form::ALL.iter().copied() {
            let (mark, feedback) = if form == advice.form {
                let mut right = text.reason(advice.rule, &facts, &rules);
                for warning in &advice.warnings {
                    right.push_str(text.labels().sentence_gap);
                    right.push_str(&text.client_warning(*warning));
                }
                ('=', right)
            } else {
                let out = ruled_out(form, advice.rule, &facts, &rules);
                ('~', text.not_this_form(form, &out, &report))
            };
            let _ = writeln!(
                out,
                "\t{mark}{}#{}",
                escape(text.form(form)),
                escape(&feedback)
            );
        }
        let _ = writeln!(out, "}}\n");
        let key = &case.answers;
        let numbers = [
            (
                key.kam_managers.map(|n| (n, n)),
                l.gift_managers_title,
                text.gift_managers_question(),
                text.kam_managers_basis(advice),
            ),
            (
                key.headcount,
                l.gift_headcount_title,
                text.gift_headcount_question(),
                text.headcount_basis(advice, key),
            ),
        ];
        for (answer, title, question, basis) in numbers {
            let Some((lo, hi)) = answer else { continue };
            let value = if lo == hi {
                format!("{lo}:0")
            } else {
                format!("{lo}..{hi}")
            };
            let _ = writeln!(
                out,
                "::{} {}::{}\n{{#",
                escape(&case.id),
                escape(title),
                escape(&format!("{story}\n\n{question}"))
            );
            let _ = writeln!(out, "\t={value}#{}", escape(&basis));
            let _ = writeln!(out, "}}\n");
        }
        if let Some(level) = key.service_level {
            let _ = writeln!(
                out,
                "::{} {}::{}",
                escape(&case.id),
                escape(l.gift_level_title),
                escape(&format!("{story}\n\n{}", text.gift_level_question()))
            );
            let _ = writeln!(out, "{{");
            let basis = text.service_level_basis(&report, level);
            for given in case.profile.network.levels.iter().copied() {
                let mark = if given == level { '=' } else { '~' };
                let _ = writeln!(
                    out,
                    "\t{mark}{}#{}",
                    escape(text.level(given)),
                    escape(&basis)
                );
            }
            let _ = writeln!(out, "}}\n");
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_characters_are_escaped() {
        assert_eq!(
            escape("a=b ~c #d {e} f:g \\h\ni"),
            "a\\=b \\~c \\#d \\{e\\} f\\:g \\\\h\\ni"
        );
        assert_eq!(escape("（二）3：中型"), "（二）3：中型");
    }
}
