//! `quiz.gift`: the set as a Moodle quiz in GIFT. Per case, a multiple-choice question
//! on the form (the right one and the four others, each with feedback that names the
//! condition or rule ruling it out) and a numerical question on the KAM managers.

use std::fmt::Write as _;

use super::SetSpec;
use super::case::Case;
use super::why::ruled_out;
use crate::advice::Form;
use crate::render::Report;
use crate::rules::Rules;
use crate::teach::words::TeachCatalog;

/// Escapes GIFT's special characters (`~ = # { } :` and the backslash) and writes
/// line breaks as `\n`, so a question stays one block.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
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
pub fn quiz(spec: &SetSpec, cases: &[Case], text: &dyn TeachCatalog) -> String {
    let rules = Rules::default();
    let l = text.teach_labels();
    let mut out = String::new();
    let _ = writeln!(out, "// {}", spec.command());
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
                ('=', text.reason(advice.rule, &facts, &rules))
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
        // The KAM managers.
        let _ = writeln!(
            out,
            "::{} {}::{}\n{{#",
            escape(&case.id),
            escape(l.gift_managers_title),
            escape(&format!("{story}\n\n{}", text.gift_managers_question()))
        );
        let _ = writeln!(
            out,
            "\t={}:0#{}",
            advice.staffing.kam_managers,
            escape(&text.kam_managers_basis(advice))
        );
        let _ = writeln!(out, "}}\n");
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
