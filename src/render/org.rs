//! The recommended organisation as one tree, drawn by every format that shows an
//! org chart (the terminal tree here; Graphviz and Mermaid build on the same model).

use crate::advice::{Advice, Form, Post, RoleId, UnitId};
use crate::text::Catalog;

/// A box of the org chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgNode {
    pub label: String,
    /// People in the box, where the staffing counts them.
    pub people: Option<u64>,
    pub optional: bool,
    pub children: Vec<OrgNode>,
}

impl OrgNode {
    fn new(label: &str) -> OrgNode {
        OrgNode {
            label: label.to_string(),
            people: None,
            optional: false,
            children: Vec::new(),
        }
    }

    fn people(label: &str, count: u64) -> OrgNode {
        OrgNode {
            people: Some(count),
            ..OrgNode::new(label)
        }
    }
}

/// The org chart of the advice, or `None` when no unit is to be set up.
pub fn org_chart(advice: &Advice, text: &dyn Catalog) -> Option<OrgNode> {
    let units = &advice.units;
    if units.is_empty() {
        return None;
    }
    // Build the units' own tree from their parent links.
    let mut nodes: Vec<OrgNode> = units
        .iter()
        .map(|u| {
            let mut label = text.unit(u.id).to_string();
            if let Some(level) = u.level {
                label = format!("{label} ({})", text.level(level));
            }
            OrgNode {
                optional: u.optional,
                ..OrgNode::new(&label)
            }
        })
        .collect();
    let staff: Vec<OrgNode> = advice
        .staffing
        .roles
        .iter()
        .filter(|r| r.count > 0)
        .map(|r| OrgNode::people(text.role(r.id), r.count))
        .collect();
    // People go where they work: a committee's KAM managers into its management
    // centre and its focus executives beside the centres; elsewhere into the top unit.
    if advice.form == Form::Committee {
        let centre = units
            .iter()
            .position(|u| u.id == UnitId::ManagementCentre)
            .unwrap_or(0);
        for (role, node) in advice.staffing.roles.iter().zip(staff) {
            let target = if role.id == RoleId::KamManager {
                centre
            } else {
                0
            };
            nodes[target].children.push(node);
        }
    } else {
        nodes[0].children.extend(staff);
    }
    // Attach children to parents, deepest first so each subtree is complete.
    for i in (1..nodes.len()).rev() {
        if let Some(parent) = units[i].parent {
            let child = nodes.remove(i);
            nodes[parent].children.insert(0, child);
        }
    }
    let mut root = nodes.remove(0);
    // The committee reports up the chapter's line, bottom to top: national sales
    // manager, then VP of marketing and sales, then the CEO at the root.
    if advice.form == Form::Committee {
        for post in advice
            .reporting_line
            .iter()
            .filter(|&&p| p != Post::KamManagers)
        {
            let mut above = OrgNode::new(text.post(*post));
            above.children.push(root);
            root = above;
        }
    }
    Some(root)
}

/// Draws the tree with box-drawing characters, one node a line.
/// The label of a chart box in every format: name, head count, optional mark.
pub fn node_label(node: &OrgNode, text: &dyn Catalog) -> String {
    let mut label = node.label.clone();
    if let Some(n) = node.people {
        label = format!("{label} ×{n}");
    }
    if node.optional {
        label = format!("{label} ({})", text.labels().optional);
    }
    label
}

/// Draws the tree with box-drawing characters, one node a line.
pub fn draw_tree(root: &OrgNode, text: &dyn Catalog) -> Vec<String> {
    fn go(node: &OrgNode, prefix: &str, lines: &mut Vec<String>, text: &dyn Catalog) {
        let count = node.children.len();
        for (i, child) in node.children.iter().enumerate() {
            let last = i + 1 == count;
            let branch = if last { "└─ " } else { "├─ " };
            lines.push(format!("{prefix}{branch}{}", node_label(child, text)));
            let deeper = format!("{prefix}{}", if last { "   " } else { "│  " });
            go(child, &deeper, lines, text);
        }
    }
    let mut lines = vec![node_label(root, text)];
    go(root, "", &mut lines, text);
    lines
}

/// Nodes in depth-first order with their parent's index: for formats that list
/// nodes and edges.
pub fn flatten(root: &OrgNode) -> Vec<(Option<usize>, &OrgNode)> {
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
    use crate::advice::{staffing_for, units_for};
    use crate::profile::Level;
    use crate::rules::Rules;
    use crate::text::{Lang, catalog};

    fn advice_for(form: Form, accounts: u64, levels: &[Level]) -> Advice {
        let rules = Rules::default();
        let units = units_for(form, levels);
        Advice {
            conditions: Vec::new(),
            warranted: true,
            form,
            reason: crate::advice::FormReason::LargeScale,
            staffing: staffing_for(form, accounts, &units, &rules),
            units,
            reporting_line: if form == Form::Committee {
                crate::advice::COMMITTEE_REPORTING_LINE.to_vec()
            } else {
                Vec::new()
            },
            warnings: Vec::new(),
            hints: Vec::new(),
            default_rules: true,
            gap: None,
            trace: Vec::new(),
        }
    }

    #[test]
    fn committee_chart_runs_from_the_ceo_down() {
        let text = catalog(Lang::En);
        let root = org_chart(&advice_for(Form::Committee, 40, &[]), text);
        let lines = root.map(|r| draw_tree(&r, text)).unwrap_or_default();
        assert_eq!(
            lines,
            [
                "CEO",
                "└─ VP of marketing and sales",
                "   └─ National sales manager",
                "      └─ KAM committee",
                "         ├─ KAM management centre",
                "         │  └─ KAM manager ×5",
                "         ├─ KAM service centre",
                "         ├─ KAM evaluation centre",
                "         └─ Focus executive ×40",
            ]
        );
    }

    #[test]
    fn tiers_nest_and_the_county_is_optional() {
        let text = catalog(Lang::En);
        let levels = [
            Level::National,
            Level::Provincial,
            Level::Prefecture,
            Level::County,
        ];
        let root = org_chart(&advice_for(Form::ServiceCenter, 20, &levels), text);
        let lines = root.map(|r| draw_tree(&r, text)).unwrap_or_default();
        assert_eq!(
            lines,
            [
                "KAM management body (national)",
                "├─ KAM management body (provincial)",
                "│  └─ KAM service centre (prefecture)",
                "│     └─ KAM service centre (county) (optional)",
                "└─ KAM manager ×3",
            ]
        );
    }

    #[test]
    fn no_chart_without_units_and_flatten_numbers_depth_first() {
        let text = catalog(Lang::En);
        assert_eq!(org_chart(&advice_for(Form::None, 0, &[]), text), None);
        let team = org_chart(&advice_for(Form::Team, 10, &[]), text);
        let flat: Vec<Option<usize>> = team
            .as_ref()
            .map(flatten)
            .unwrap_or_default()
            .iter()
            .map(|(p, _)| *p)
            .collect();
        assert_eq!(flat, [None, Some(0), Some(0), Some(0), Some(0)]);
    }
}
