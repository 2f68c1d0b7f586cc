//! The org chart for Graphviz: `kam-advise client.toml --format dot | dot -Tpng -o chart.png`.

use std::fmt::Write as _;

use super::org::{NodeKind, OrgNode, flatten, node_label, org_chart};
use super::{RenderOptions, Report};

/// Quotes a label for DOT: backslashes and double quotes escaped, newlines as `\n`.
pub(crate) fn quote(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n");
    format!("\"{escaped}\"")
}

/// Renders the org chart of one profile as a DOT digraph: the enterprise's name and
/// the form as its title, top management and a reporting line muted, the
/// recommended unit emphasised, people as ellipses, an optional tier dashed, and
/// a legend of the kinds of box the chart has.
pub fn render(report: &Report<'_>, opts: &RenderOptions) -> String {
    let text = opts.catalog();
    let l = text.labels();
    let advice = report.advice;
    let mut out = String::new();
    let title = format!("{}\n{}", report.profile.name, text.form(advice.form));
    let _ = writeln!(out, "digraph kam {{");
    let _ = writeln!(
        out,
        "    graph [rankdir=TB, labelloc=t, fontsize=16, fontname=\"Noto Sans CJK SC,sans-serif\", label={}];",
        quote(&title)
    );
    let _ = writeln!(
        out,
        "    node [shape=box, style=\"rounded,filled\", fillcolor=\"{UNIT_FILL}\", color=\"#4a6fa5\", fontname=\"Noto Sans CJK SC,sans-serif\"];"
    );
    let _ = writeln!(out, "    edge [color=\"#4a6fa5\", arrowhead=none];");
    let Some(root) = org_chart(advice, text) else {
        let _ = writeln!(out, "    n0 [label={}];", quote(text.form(advice.form)));
        let _ = writeln!(out, "}}");
        return out;
    };
    let nodes = flatten(&root);
    let recommended = nodes.iter().position(|(_, n)| n.kind == NodeKind::Unit);
    for (id, (_, node)) in nodes.iter().enumerate() {
        let mut attrs = vec![format!("label={}", quote(&node_label(node, text)))];
        attrs.extend(
            look(node.kind, node.optional)
                .iter()
                .flatten()
                .map(|a| a.to_string()),
        );
        if Some(id) == recommended {
            attrs.push("penwidth=2.2".into());
        }
        let _ = writeln!(out, "    n{id} [{}];", attrs.join(", "));
    }
    for (id, (parent, node)) in nodes.iter().enumerate() {
        if let Some(parent) = parent {
            let style = if node.optional { " [style=dashed]" } else { "" };
            let _ = writeln!(out, "    n{parent} -> n{id}{style};");
        }
    }

    // The legend: one sample of each kind of box present, in a row under the chart.
    let has = |f: &dyn Fn(&OrgNode) -> bool| nodes.iter().any(|(_, n)| f(n));
    let mut samples: Vec<(&str, [Option<&str>; 2])> = Vec::new();
    if has(&|n| n.kind == NodeKind::Above) {
        samples.push((
            text.document_labels().chart_legend_above,
            look(NodeKind::Above, false),
        ));
    }
    samples.push((l.chart_legend_unit, look(NodeKind::Unit, false)));
    if has(&|n| n.kind == NodeKind::People) {
        samples.push((l.chart_legend_people, look(NodeKind::People, false)));
    }
    if has(&|n| n.optional) {
        samples.push((l.chart_legend_optional, look(NodeKind::Unit, true)));
    }
    let _ = writeln!(
        out,
        "    subgraph cluster_legend {{\n        label=\"\"; color=\"#bbbbbb\"; style=dashed;"
    );
    for (i, (label, look)) in samples.iter().enumerate() {
        let mut attrs = vec![format!("label={}", quote(label)), "fontsize=10".to_string()];
        attrs.extend(look.iter().flatten().map(|a| a.to_string()));
        let _ = writeln!(out, "        legend{i} [{}];", attrs.join(", "));
    }
    let row: Vec<String> = (0..samples.len()).map(|i| format!("legend{i}")).collect();
    let _ = writeln!(out, "        {{ rank=same; {} }}", row.join("; "));
    if row.len() > 1 {
        // In this order, left to right.
        let _ = writeln!(out, "        {} [style=invis];", row.join(" -> "));
    }
    let _ = writeln!(out, "    }}");
    // Below every leaf, so the legend is the chart's last row; without weight, so
    // it pulls no leaf down to its own row.
    for (id, (_, node)) in nodes.iter().enumerate() {
        if node.children.is_empty() {
            let _ = writeln!(out, "    n{id} -> legend0 [style=invis, weight=0];");
        }
    }
    let _ = writeln!(out, "}}");
    out
}

const UNIT_FILL: &str = "#eef3fb";

/// The attributes that set a kind of box apart from a unit (the default).
fn look(kind: NodeKind, optional: bool) -> [Option<&'static str>; 2] {
    let kind = match kind {
        NodeKind::People => Some("shape=ellipse, fillcolor=\"#fdf6e3\""),
        NodeKind::Above => Some("fillcolor=\"#f2f2f2\", color=\"#888888\""),
        NodeKind::Unit => None,
    };
    let optional = optional.then_some("style=\"rounded,dashed,filled\", fillcolor=\"#f7f7f7\"");
    [kind, optional]
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
