//! The org chart for Graphviz: `kam-advise client.toml --format dot | dot -Tpng -o chart.png`.

use std::fmt::Write as _;

use super::org::{NodeKind, flatten, node_label, org_chart};
use super::{RenderOptions, Report};

/// Quotes a label for DOT: backslashes and double quotes escaped, newlines as `\n`.
pub fn quote(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n");
    format!("\"{escaped}\"")
}

/// Renders the org chart of one profile as a DOT digraph.
pub fn render(report: &Report<'_>, opts: &RenderOptions) -> String {
    let text = opts.catalog();
    let advice = report.advice;
    let mut out = String::new();
    let title = format!(
        "{}{}{}",
        report.profile.name,
        text.labels().title_dash,
        text.form(advice.form)
    );
    let _ = writeln!(out, "digraph kam {{");
    let _ = writeln!(
        out,
        "    graph [rankdir=TB, labelloc=t, fontsize=16, fontname=\"Noto Sans CJK SC,sans-serif\", label={}];",
        quote(&title)
    );
    let _ = writeln!(
        out,
        "    node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3fb\", color=\"#4a6fa5\", fontname=\"Noto Sans CJK SC,sans-serif\"];"
    );
    let _ = writeln!(out, "    edge [color=\"#4a6fa5\", arrowhead=none];");
    match org_chart(advice, text) {
        Some(root) => {
            let nodes = flatten(&root);
            for (id, (_, node)) in nodes.iter().enumerate() {
                let mut attrs = vec![format!("label={}", quote(&node_label(node, text)))];
                match node.kind {
                    NodeKind::People => {
                        attrs.push("shape=ellipse, fillcolor=\"#fdf6e3\"".into());
                    }
                    NodeKind::Above => {
                        attrs.push("fillcolor=\"#f2f2f2\", color=\"#888888\"".into());
                    }
                    NodeKind::Unit => {}
                }
                if node.optional {
                    attrs.push("style=\"rounded,dashed,filled\", fillcolor=\"#f7f7f7\"".into());
                }
                let _ = writeln!(out, "    n{id} [{}];", attrs.join(", "));
            }
            for (id, (parent, _)) in nodes.iter().enumerate() {
                if let Some(parent) = parent {
                    let _ = writeln!(out, "    n{parent} -> n{id};");
                }
            }
        }
        None => {
            let _ = writeln!(out, "    n0 [label={}];", quote(text.form(advice.form)));
        }
    }
    let _ = writeln!(out, "}}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_quoted_and_escaped() {
        assert_eq!(quote("重点客户"), "\"重点客户\"");
        assert_eq!(quote("a \"b\" \\ c"), "\"a \\\"b\\\" \\\\ c\"");
        assert_eq!(quote("x\ny"), "\"x\\ny\"");
    }
}
