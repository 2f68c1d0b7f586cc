//! The org chart of the HTML report: the shared org model ([`OrgNode`]) turned into
//! the drawn chart's boxes ([`ChartNode`]) and drawn as inline SVG, with its legend
//! and the note a reader needs (the committee's placement is the tool's; a
//! department's reporting line is the chapter's example).

use maud::{Markup, PreEscaped, html};

use crate::advice::Advice;
use crate::render::chart::{self, ChartNode, Legend, Shape};
use crate::render::org::{NodeKind, OrgNode, org_chart};
use crate::text::{Catalog, thousands};

/// The drawn chart's boxes and its legend, or `None` when no unit is to be set up:
/// what the HTML report draws as SVG and the Word document as shapes.
pub(crate) fn drawn(advice: &Advice, text: &dyn Catalog) -> Option<(ChartNode, Legend)> {
    let root = org_chart(advice, text)?;
    let mut emphasised = false;
    let chart = chart_node(&root, text, &mut emphasised);
    let l = text.labels();
    let legend = Legend {
        unit: l.chart_legend_unit.to_string(),
        people: l.chart_legend_people.to_string(),
        optional: Some(l.chart_legend_optional.to_string()),
        muted: Some(text.document_labels().chart_legend_above.to_string()),
    };
    Some((chart, legend))
}

/// The chart as a `<figure>`, or `None` when no unit is to be set up.
pub(crate) fn figure(advice: &Advice, text: &dyn Catalog) -> Option<Markup> {
    let (chart, legend) = drawn(advice, text)?;
    // The chart module escapes every text it draws, and writes nothing else that a
    // user could have typed: its SVG goes into the page as it is.
    let description = text.document_labels().chart_description;
    let svg = chart::render_described(&chart, &legend, description);
    let note = text.placement_note(advice.form);
    Some(html! {
        figure.chart {
            (PreEscaped(svg))
            @if !note.is_empty() {
                figcaption { (note) }
            }
        }
    })
}

/// One box and its subtree. The first KAM unit met from the top is the one
/// recommended: it is emphasised.
fn chart_node(node: &OrgNode, text: &dyn Catalog, emphasised: &mut bool) -> ChartNode {
    let l = text.labels();
    let mut notes: Vec<&str> = Vec::new();
    if node.optional {
        notes.push(l.optional);
    }
    if node.outside_headcount {
        notes.push(l.not_in_headcount);
    }
    let notes = notes.join(l.clause_separator);
    // A multiplied box's people: the figure for each centre, never a network total.
    let figure = match (node.count, node.per_center) {
        (Some(n), _) => Some(format!("×{}", thousands(n))),
        (None, Some(n)) => Some(format!(
            "{}{}{}",
            l.each_prefix.trim_start(),
            thousands(n),
            l.each_suffix
        )),
        (None, None) => None,
    };
    let detail = match (figure, notes.is_empty()) {
        (None, true) => None,
        (None, false) => Some(notes),
        (Some(figure), true) => Some(figure),
        (Some(figure), false) => Some(format!("{figure}{}{notes}{}", l.paren_open, l.paren_close)),
    };
    let emphasis = node.kind == NodeKind::Unit && !*emphasised;
    if emphasis {
        *emphasised = true;
    }
    let children = node
        .children
        .iter()
        .map(|child| chart_node(child, text, emphasised))
        .collect();
    ChartNode {
        label: node.label.clone(),
        detail,
        shape: match node.kind {
            NodeKind::People => Shape::People,
            NodeKind::Above | NodeKind::Unit => Shape::Unit,
        },
        dashed: node.optional,
        emphasis,
        muted: node.kind == NodeKind::Above,
        children,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::{advise, test_profile};
    use crate::profile::{Kind, Level, Network};
    use crate::rules::Rules;
    use crate::scale::Scale;
    use crate::text::{Lang, catalog};

    fn chart_of(p: &crate::profile::Profile, lang: Lang) -> Option<ChartNode> {
        let text = catalog(lang);
        let advice = advise(p, &Rules::default());
        org_chart(&advice, text).map(|root| chart_node(&root, text, &mut false))
    }

    #[test]
    fn top_management_is_muted_and_the_recommended_unit_emphasised() {
        let mut p = test_profile(40, 90000);
        p.kind = Kind::Group;
        p.scale = Some(Scale::Large);
        let Some(top) = chart_of(&p, Lang::En) else {
            panic!("a committee has a chart");
        };
        assert!(top.muted && !top.emphasis);
        assert_eq!(top.label, "Top management");
        let committee = &top.children[0];
        assert!(committee.emphasis && !committee.muted);
        assert_eq!(committee.label, "KAM committee");
        // Only one box is emphasised: the centres are not.
        assert!(committee.children.iter().all(|c| !c.emphasis));
        let member = &committee.children[3];
        assert_eq!(member.shape, Shape::People);
        assert_eq!(member.detail.as_deref(), Some("not in the headcount"));
        let focus = &committee.children[4];
        assert_eq!(focus.shape, Shape::People);
        assert_eq!(focus.detail.as_deref(), Some("×40 (not in the headcount)"));
    }

    #[test]
    fn the_optional_tier_is_dashed_and_says_so() {
        let mut p = test_profile(20, 90000);
        p.kind = Kind::PublicSector;
        p.network = Network {
            levels: vec![Level::Provincial, Level::Prefecture, Level::County],
            counts: vec![(Level::Provincial, 31)],
        };
        let Some(top) = chart_of(&p, Lang::Zh) else {
            panic!("a service centre has a chart");
        };
        let provincial = &top.children[0];
        assert_eq!(provincial.detail.as_deref(), Some("×31"));
        let county = &provincial.children[0].children[0];
        assert!(county.dashed);
        assert_eq!(county.detail.as_deref(), Some("可选"));
    }

    #[test]
    fn a_department_hangs_under_its_muted_reporting_line() {
        let Some(ceo) = chart_of(&test_profile(12, 9000), Lang::En) else {
            panic!("a department has a chart");
        };
        let mut node = &ceo;
        for label in ["CEO", "VP of marketing and sales", "national sales manager"] {
            assert_eq!(node.label, label);
            assert!(node.muted);
            node = &node.children[0];
        }
        assert_eq!(node.label, "KAM department");
        assert!(node.emphasis && !node.muted);
    }
}
