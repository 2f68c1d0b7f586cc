//! The recommended organisation as one tree, drawn by every format that shows an org
//! chart (the terminal tree here; Graphviz and Mermaid build on the same model).
//!
//! docs/rules.md ("Structure"): the committee sits under top management (the tool's
//! placement); a department shows the reporting line quoted in (二)1 as its example;
//! a network's KAM managers sit at its service-centre level.

use crate::advice::{Advice, Basis, Form, Post, RoleId, UnitKind, structure::managers_unit};
use crate::text::{Catalog, thousands};

/// What a box of the chart stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeKind {
    /// Top management, or a post of the quoted reporting line: above the KAM units.
    Above,
    /// A KAM unit.
    Unit,
    /// People of a unit.
    People,
}

/// A box of the org chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgNode {
    pub kind: NodeKind,
    pub label: String,
    /// People in the box, or units at the level.
    pub count: Option<u64>,
    pub optional: bool,
    /// People assigned from elsewhere, not in the unit's headcount.
    pub outside_headcount: bool,
    /// People at each unit of a multiplied box (a network's service centres): at least
    /// this many each, never a network total.
    pub per_center: Option<u64>,
    pub children: Vec<OrgNode>,
}

impl OrgNode {
    fn new(kind: NodeKind, label: String) -> OrgNode {
        OrgNode {
            kind,
            label,
            count: None,
            optional: false,
            outside_headcount: false,
            per_center: None,
            children: Vec::new(),
        }
    }
}

/// The org chart of the advice, or `None` when no unit is to be set up.
pub fn org_chart(advice: &Advice, text: &dyn Catalog) -> Option<OrgNode> {
    let units = &advice.units;
    if units.is_empty() {
        return None;
    }
    let mut nodes: Vec<OrgNode> = units
        .iter()
        .map(|u| OrgNode {
            count: u.count,
            optional: u.optional,
            ..OrgNode::new(NodeKind::Unit, text.unit(u.kind, u.level))
        })
        .collect();
    // People go where they work: a committee's managers into its management centre,
    // each centre's staff into that centre, focus executives beside the centres; a
    // network's managers at its service-centre level; elsewhere into the one unit.
    let managers_at = managers_unit(units).unwrap_or(0);
    let unit_of = |kind: UnitKind| units.iter().position(|u| u.kind == kind);
    for role in advice.staffing.roles.iter().filter(|r| r.count != Some(0)) {
        let target = match role.id {
            RoleId::KamManager | RoleId::KamSpecialist => managers_at,
            RoleId::ServiceCenterStaff => unit_of(UnitKind::ServiceCenter).unwrap_or(0),
            RoleId::EvaluationCenterStaff => unit_of(UnitKind::EvaluationCenter).unwrap_or(0),
            _ => 0,
        };
        // Under a multiplied box, the figure per centre, never the network's total.
        let per_center = match role.basis {
            Basis::CentersFloor { per_center, .. } | Basis::NetworkGuide { per_center, .. } => {
                Some(per_center)
            }
            _ => None,
        };
        nodes[target].children.push(OrgNode {
            count: if per_center.is_some() {
                None
            } else {
                role.count
            },
            outside_headcount: !role.in_headcount,
            per_center,
            ..OrgNode::new(NodeKind::People, text.role(role))
        });
    }
    // Attach units to parents, last first, each before the ones after it and before
    // the parent's people.
    for i in (1..nodes.len()).rev() {
        if let Some(parent) = units[i].parent {
            let child = nodes.remove(i);
            nodes[parent].children.insert(0, child);
        }
    }
    let mut root = nodes.remove(0);
    if advice.form == Form::Department {
        // The reporting line of the typical department quoted in (二)1, as its example.
        for post in advice
            .reporting_line
            .iter()
            .filter(|&&p| p != Post::KamManager)
        {
            let mut above = OrgNode::new(NodeKind::Above, text.post(*post).to_string());
            above.children.push(root);
            root = above;
        }
    } else {
        let mut top = OrgNode::new(NodeKind::Above, text.labels().top_management.to_string());
        top.children.push(root);
        root = top;
    }
    Some(root)
}

/// The label of a chart box in every format: name, count, optional mark.
pub(crate) fn node_label(node: &OrgNode, text: &dyn Catalog) -> String {
    let l = text.labels();
    let mut label = node.label.clone();
    if let Some(n) = node.count {
        label = format!("{label} ×{}", thousands(n));
    }
    if let Some(n) = node.per_center {
        label = format!("{label}{}{}{}", l.each_prefix, thousands(n), l.each_suffix);
    }
    let mut notes = Vec::new();
    if node.optional {
        notes.push(l.optional);
    }
    if node.outside_headcount {
        notes.push(l.not_in_headcount);
    }
    if !notes.is_empty() {
        label = format!(
            "{label}{}{}{}",
            l.paren_open,
            notes.join(l.clause_separator),
            l.paren_close
        );
    }
    label
}

/// Draws the tree with box-drawing characters, one node a line.
pub fn draw_tree(root: &OrgNode, text: &dyn Catalog) -> Vec<String> {
    draw_tree_within(root, text, usize::MAX, "")
}

/// [`draw_tree`] for a terminal: every line starts with `indent`, and a label that
/// would pass `width` columns goes on below itself, in line with its start (a label
/// that fits is written as it is, so `usize::MAX` never wraps).
pub(crate) fn draw_tree_within(
    root: &OrgNode,
    text: &dyn Catalog,
    width: usize,
    indent: &str,
) -> Vec<String> {
    fn go(
        node: &OrgNode,
        prefix: &str,
        out: &mut Vec<String>,
        draw: &dyn Fn(&str, &str, &OrgNode) -> String,
    ) {
        let count = node.children.len();
        for (i, child) in node.children.iter().enumerate() {
            let last = i + 1 == count;
            let branch = if last { "└─ " } else { "├─ " };
            let deeper = format!("{prefix}{}", if last { "   " } else { "│  " });
            out.push(draw(&format!("{prefix}{branch}"), &deeper, child));
            go(child, &deeper, out, draw);
        }
    }
    let draw = |first: &str, rest: &str, node: &OrgNode| {
        let label = node_label(node, text);
        // Below a label that has children, its continuation keeps their line open.
        let rest = if node.children.is_empty() {
            format!("{indent}{rest}")
        } else {
            format!("{indent}{rest}│  ")
        };
        super::wrap(&label, width, &format!("{indent}{first}"), &rest)
    };
    let mut lines = vec![draw("", "", root)];
    go(root, "", &mut lines, &draw);
    lines
}

/// Nodes in depth-first order with their parent's index: for formats that list
/// nodes and edges.
pub(crate) fn flatten(root: &OrgNode) -> Vec<(Option<usize>, &OrgNode)> {
    fn go<'a>(
        node: &'a OrgNode,
        parent: Option<usize>,
        out: &mut Vec<(Option<usize>, &'a OrgNode)>,
    ) {
        let id = out.len();
        out.push((parent, node));
        for child in &node.children {
            go(child, Some(id), out);
        }
    }
    let mut out = Vec::new();
    go(root, None, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::{advise, test_profile};
    use crate::profile::{Kind, Level, Network};
    use crate::rules::Rules;
    use crate::scale::Scale;
    use crate::text::{Lang, catalog};

    fn tree(p: &crate::profile::Profile, lang: Lang) -> Vec<String> {
        let text = catalog(lang);
        let advice = advise(p, &Rules::default());
        org_chart(&advice, text)
            .map(|r| draw_tree(&r, text))
            .unwrap_or_default()
    }

    #[test]
    fn committee_sits_under_top_management_with_its_centres_staffed() {
        let mut p = test_profile(40, 90000);
        p.kind = Kind::Group;
        p.scale = Some(Scale::Large);
        assert_eq!(
            tree(&p, Lang::En),
            [
                "Top management",
                "└─ KAM committee",
                "   ├─ KAM management centre",
                "   │  └─ KAM manager ×5",
                "   ├─ KAM service centre",
                "   │  └─ Service centre staff ×1",
                "   ├─ KAM evaluation centre",
                "   │  └─ Evaluation centre staff ×1",
                "   ├─ Committee members: top managers, part-time (not in the headcount)",
                "   └─ Focus executive ×40 (not in the headcount)",
            ]
        );
    }

    #[test]
    fn a_network_without_a_national_level_puts_managers_at_the_service_centres() {
        let mut p = test_profile(20, 90000);
        p.kind = Kind::PublicSector;
        p.network = Network {
            levels: vec![Level::Provincial, Level::Prefecture, Level::County],
            counts: vec![(Level::Provincial, 31), (Level::Prefecture, 333)],
        };
        assert_eq!(
            tree(&p, Lang::Zh),
            [
                "最高管理层",
                "└─ 省级重点客户管理机构 ×31",
                "   └─ 地市级重点客户服务中心 ×333",
                "      ├─ 县级重点客户服务中心（可选）",
                "      └─ 重点客户经理（每个中心≥1人）",
            ]
        );
        // Without counts, the same per-centre figure, never a total.
        p.network.counts.clear();
        let lines = tree(&p, Lang::En);
        assert_eq!(
            lines.last().map(String::as_str),
            Some("      └─ KAM manager ≥1 each")
        );
        assert!(!lines.iter().any(|l| l.contains("×3")));
    }

    #[test]
    fn a_department_shows_the_quoted_reporting_line() {
        assert_eq!(
            tree(&test_profile(12, 9000), Lang::En),
            [
                "CEO",
                "└─ VP of marketing and sales",
                "   └─ national sales manager",
                "      └─ KAM department",
                "         ├─ KAM manager ×2",
                "         └─ KAM specialist ×1",
            ]
        );
    }

    #[test]
    fn no_chart_without_units_and_flatten_numbers_depth_first() {
        let text = catalog(Lang::En);
        let none = advise(&test_profile(0, 0), &Rules::default());
        assert_eq!(org_chart(&none, text), None);
        let mut p = test_profile(4, 6000);
        p.scale = Some(Scale::Small);
        let team = org_chart(&advise(&p, &Rules::default()), text);
        let flat: Vec<Option<usize>> = team
            .as_ref()
            .map(flatten)
            .unwrap_or_default()
            .iter()
            .map(|(p, _)| *p)
            .collect();
        assert_eq!(
            flat,
            [None, Some(0), Some(1), Some(1), Some(1), Some(1), Some(1)]
        );
    }
}
