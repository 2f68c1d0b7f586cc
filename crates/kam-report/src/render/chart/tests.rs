//! Layout and drawing tests: no overlap, parents centred, rows aligned, CJK widths,
//! wrapping, stacking of wide trees, escaping, determinism; and the previews.

use super::layout::place;
use super::measure::{measure, wrap};
use super::svg::{escape, num};
use super::*;

fn unit(label: &str, children: Vec<ChartNode>) -> ChartNode {
    ChartNode {
        children,
        ..ChartNode::unit(label)
    }
}

fn emphasised(mut node: ChartNode) -> ChartNode {
    node.emphasis = true;
    node
}

fn dashed(mut node: ChartNode) -> ChartNode {
    node.dashed = true;
    node
}

fn legend(zh: bool) -> Legend {
    if zh {
        Legend {
            unit: "组织单位".to_string(),
            people: "人员".to_string(),
            optional: Some("可选".to_string()),
            muted: Some("上级".to_string()),
        }
    } else {
        Legend {
            unit: "Unit".to_string(),
            people: "People".to_string(),
            optional: Some("Optional".to_string()),
            muted: Some("Above".to_string()),
        }
    }
}

fn committee(zh: bool) -> ChartNode {
    let t = |en: &'static str, zh_text: &'static str| if zh { zh_text } else { en };
    let staff = || ChartNode::people(t("Staff", "专员"), "×1");
    unit(
        t("Top management (CEO)", "最高管理层（首席执行官）"),
        vec![emphasised(unit(
            t("KAM committee", "重点客户管理委员会"),
            vec![
                unit(
                    t("KAM management centre", "重点客户管理中心"),
                    vec![ChartNode::people(t("KAM managers", "重点客户经理"), "×3")],
                ),
                unit(t("KAM service centre", "重点客户服务中心"), vec![staff()]),
                unit(
                    t("KAM evaluation centre", "重点客户评估中心"),
                    vec![staff()],
                ),
                ChartNode::people(t("Focus executives", "集中执行官"), "×25"),
            ],
        ))],
    )
}

fn tiered(zh: bool) -> ChartNode {
    let t = |en: &'static str, zh_text: &'static str| if zh { zh_text } else { en };
    let with_detail = |mut node: ChartNode, detail: &str| {
        node.detail = Some(detail.to_string());
        node
    };
    emphasised(unit(
        t("National KAM management body", "国家级重点客户管理机构"),
        vec![with_detail(
            unit(
                t("Provincial KAM management body", "省级重点客户管理机构"),
                vec![with_detail(
                    unit(
                        t("Prefecture KAM service centre", "地市级重点客户服务中心"),
                        vec![
                            ChartNode::people(t("KAM managers", "重点客户经理"), "×4"),
                            dashed(ChartNode::unit(t(
                                "County KAM service centre (optional)",
                                "县级重点客户服务中心（可选）",
                            ))),
                        ],
                    ),
                    t("333 prefecture centres", "333个"),
                )],
            ),
            t("31 provincial bodies", "31个"),
        )],
    ))
}

fn department(zh: bool) -> ChartNode {
    let t = |en: &'static str, zh_text: &'static str| if zh { zh_text } else { en };
    unit(
        t("CEO", "首席执行官"),
        vec![unit(
            t("VP of marketing and sales", "营销与销售副总裁"),
            vec![unit(
                t("National sales manager", "全国销售经理"),
                vec![emphasised(unit(
                    t("KAM department", "重点客户管理部"),
                    vec![
                        ChartNode::people(t("KAM managers", "重点客户经理"), "×2"),
                        ChartNode::people(t("KAM specialists", "重点客户管理专员"), "×1"),
                    ],
                ))],
            )],
        )],
    )
}

fn team(zh: bool) -> ChartNode {
    let t = |en: &'static str, zh_text: &'static str| if zh { zh_text } else { en };
    emphasised(unit(
        t("KAM team", "重点客户管理小组"),
        vec![ChartNode::people(t("KAM managers", "重点客户经理"), "×2")],
    ))
}

fn wide_people() -> ChartNode {
    let roles = [
        "KAM managers",
        "Focus executives",
        "Member from finance",
        "Member from production/supply",
        "Member from after-sales service",
        "KAM department staff",
        "重点客户管理专员",
        "生产/供应部门成员",
    ];
    unit(
        "KAM team",
        roles.iter().map(|r| ChartNode::people(r, "×2")).collect(),
    )
}

fn three_by_two() -> ChartNode {
    let branch = |name: &str| {
        unit(
            name,
            vec![
                unit("KAM service centre (prefecture)", vec![]),
                ChartNode::people("Member from after-sales service", "×12"),
            ],
        )
    };
    unit(
        "KAM management body (national)",
        vec![
            branch("KAM management body (provincial)"),
            branch("KAM evaluation centre"),
            branch("重点客户管理机构（省级）"),
        ],
    )
}

fn chain() -> ChartNode {
    let mut node = ChartNode::people("KAM managers", "×5");
    for label in [
        "Level 4",
        "Level 3 with a much longer label",
        "Level 2",
        "Root",
    ] {
        node = unit(label, vec![node]);
    }
    node
}

/// A deterministic pseudo-random generator (PCG-style LCG).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> usize {
        (self.next() % n) as usize
    }
}

fn random_tree(rng: &mut Lcg, depth: usize, budget: &mut usize) -> ChartNode {
    const LABELS: [&str; 9] = [
        "A",
        "KAM team",
        "重点客户服务中心",
        "Member from after-sales service",
        "县级重点客户服务中心（可选）",
        "VP",
        "全国销售经理",
        "County-level KAM service centre (optional)",
        "X-ray & <tags> \"quoted\"",
    ];
    let mut node = ChartNode::unit(LABELS[rng.below(LABELS.len() as u64)]);
    if rng.below(2) == 0 {
        node.shape = Shape::People;
    }
    node.dashed = rng.below(5) == 0;
    node.emphasis = rng.below(7) == 0;
    if rng.below(3) == 0 {
        node.detail = Some(["×3", "31个", "333 prefecture centres"][rng.below(3)].to_string());
    }
    let max_children = if depth == 0 { 9 } else { 5 };
    let count = if depth >= 5 {
        0
    } else {
        rng.below(max_children)
    };
    for _ in 0..count {
        if *budget == 0 {
            break;
        }
        *budget -= 1;
        let child = random_tree(rng, depth + 1, budget);
        node.children.push(child);
    }
    node
}

fn all_trees() -> Vec<ChartNode> {
    let mut trees = vec![
        committee(false),
        committee(true),
        tiered(false),
        tiered(true),
        department(false),
        department(true),
        team(false),
        team(true),
        wide_people(),
        three_by_two(),
        chain(),
        ChartNode::unit("Alone"),
    ];
    for seed in 0..80 {
        let mut rng = Lcg(seed);
        let mut budget = 40;
        trees.push(random_tree(&mut rng, 0, &mut budget));
    }
    trees
}

fn overlap(a: &NodeBox, b: &NodeBox) -> bool {
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/// Children of each parent, in order, from the links.
fn children_of(lay: &Layout, parent: usize) -> Vec<usize> {
    lay.links
        .iter()
        .filter(|l| l.parent == parent)
        .map(|l| l.child)
        .collect()
}

#[test]
fn no_two_boxes_overlap() {
    for (t, tree) in all_trees().iter().enumerate() {
        let lay = layout(tree);
        for (i, a) in lay.boxes.iter().enumerate() {
            assert!(
                a.x >= 0.0 && a.x + a.w <= lay.width,
                "tree {t}: box {i} outside"
            );
            assert!(
                a.y >= 0.0 && a.y + a.h <= lay.height,
                "tree {t}: box {i} outside"
            );
            for (j, b) in lay.boxes.iter().enumerate().skip(i + 1) {
                assert!(
                    !overlap(a, b),
                    "tree {t}: boxes {i} and {j} overlap: {a:?} {b:?}"
                );
            }
        }
    }
}

#[test]
fn lines_run_only_through_their_own_two_boxes() {
    for (t, tree) in all_trees().iter().enumerate() {
        let lay = layout(tree);
        for link in &lay.links {
            for seg in link.points.windows(2) {
                let (x0, x1) = (seg[0].0.min(seg[1].0), seg[0].0.max(seg[1].0));
                let (y0, y1) = (seg[0].1.min(seg[1].1), seg[0].1.max(seg[1].1));
                for (i, b) in lay.boxes.iter().enumerate() {
                    if i == link.parent || i == link.child {
                        continue;
                    }
                    let hit = x0 < b.x + b.w + 1.0
                        && b.x - 1.0 < x1
                        && y0 < b.y + b.h + 1.0
                        && b.y - 1.0 < y1;
                    assert!(!hit, "tree {t}: link {link:?} crosses box {i} {b:?}");
                }
            }
        }
    }
}

#[test]
fn parents_are_centred_over_their_children() {
    for (t, tree) in all_trees().iter().enumerate() {
        let lay = layout(tree);
        for (p, parent) in lay.boxes.iter().enumerate() {
            let kids = children_of(&lay, p);
            let (Some(&first), Some(&last)) = (kids.first(), kids.last()) else {
                continue;
            };
            if lay.boxes[first].stacked {
                continue;
            }
            let mid = (lay.boxes[first].center_x() + lay.boxes[last].center_x()) / 2.0;
            assert!(
                (parent.center_x() - mid).abs() <= 0.5,
                "tree {t}: node {p} at {} over {mid}",
                parent.center_x()
            );
        }
    }
}

#[test]
fn siblings_keep_their_order_and_rows_align() {
    for tree in all_trees() {
        let lay = layout(&tree);
        for p in 0..lay.boxes.len() {
            let kids = children_of(&lay, p);
            for pair in kids.windows(2) {
                let (a, b) = (&lay.boxes[pair[0]], &lay.boxes[pair[1]]);
                if a.stacked {
                    assert!(b.y >= a.y + a.h + STACK_GAP - 0.01);
                } else {
                    assert!(b.x >= a.x + a.w + SIBLING_GAP - 0.01);
                    assert_eq!(a.y, b.y);
                }
            }
        }
    }
}

#[test]
fn the_pre_order_is_root_first() {
    let lay = layout(&committee(false));
    assert_eq!(lay.boxes.len(), 9);
    // 0 top, 1 committee, 2 management centre, 3 its managers, 4 service centre...
    assert_eq!(children_of(&lay, 1), [2, 4, 6, 8]);
    assert_eq!(children_of(&lay, 2), [3]);
    assert!(lay.boxes[0].y < lay.boxes[1].y);
}

#[test]
fn cjk_labels_are_wider_than_ascii_ones() {
    let ascii = layout(&ChartNode::unit("ABCD")).boxes[0].w;
    let cjk = layout(&ChartNode::unit("重点客户")).boxes[0].w;
    assert!(cjk > ascii, "{cjk} vs {ascii}");
    let ascii = layout(&ChartNode::unit("abcdefghij")).boxes[0].w;
    let cjk = layout(&ChartNode::unit("重点客户管理委员会中")).boxes[0].w;
    assert!(cjk > ascii * 1.5, "{cjk} vs {ascii}");
    // A short label still gets a usable box.
    assert!(layout(&ChartNode::unit("A")).boxes[0].w >= MIN_WIDTH);
}

#[test]
fn details_make_boxes_taller_and_rows_share_a_height() {
    let lay = layout(&unit(
        "Root",
        vec![ChartNode::unit("Plain"), ChartNode::people("People", "×3")],
    ));
    assert!(lay.boxes[0].h < lay.boxes[2].h);
    assert_eq!(lay.boxes[1].h, lay.boxes[2].h);
}

#[test]
fn long_labels_wrap_into_balanced_lines() {
    assert_eq!(
        wrap("县级重点客户服务中心（可选）", 24),
        ["县级重点客户服务中心", "（可选）"]
    );
    assert_eq!(
        wrap("County-level KAM service centre (optional)", 24),
        ["County-level KAM", "service centre", "(optional)"]
    );
    assert_eq!(
        wrap("Member from after-sales service", 24),
        ["Member from", "after-sales service"]
    );
    assert_eq!(wrap("  KAM   team ", 24), ["KAM team"]);
    let zh = wrap("重点客户管理委员会重点客户管理委员会", 24);
    assert_eq!(zh, ["重点客户管理委员会", "重点客户管理委员会"]);
    for line in wrap("一二三四五六七八九十，一二三四五六七八九十。", 12) {
        assert!(!line.starts_with('，') && !line.starts_with('。'), "{line}");
    }
}

#[test]
fn wide_trees_stack_their_leaves() {
    for tree in [wide_people(), three_by_two()] {
        let items = measure(&tree, WRAP_COLUMNS);
        let side_by_side = place(&items, &vec![false; items.len()]);
        assert!(side_by_side.width > MAX_WIDTH, "{}", side_by_side.width);
        let lay = layout(&tree);
        assert!(lay.width < side_by_side.width - 100.0, "{}", lay.width);
        assert!(lay.boxes.iter().any(|b| b.stacked));
    }
    // A row of people under one unit fits the page once stacked.
    assert!(layout(&wide_people()).width <= MAX_WIDTH);
    // Narrow trees keep their rows.
    for tree in [
        committee(false),
        committee(true),
        department(false),
        tiered(true),
    ] {
        assert!(layout(&tree).boxes.iter().all(|b| !b.stacked));
    }
}

#[test]
fn text_is_escaped() {
    let tree = unit("R&D <lab> \"x\" 'y'", vec![ChartNode::people("A&B", "<3>")]);
    let svg = render(&tree, &legend(false), Some("Q&A's <chart>"));
    assert!(svg.contains("R&amp;D &lt;lab&gt; &quot;x&quot; &apos;y&apos;"));
    assert!(svg.contains("A&amp;B"));
    assert!(svg.contains("&lt;3&gt;"));
    assert!(svg.contains("Q&amp;A&apos;s &lt;chart&gt;"));
    assert!(!svg.contains("<lab>") && !svg.contains("<chart>") && !svg.contains("<3>"));
    assert_eq!(escape("a\u{1}b"), "ab");
}

#[test]
fn rendering_is_deterministic() {
    for (t, tree) in all_trees().iter().enumerate() {
        let zh = t % 2 == 1;
        let a = render(tree, &legend(zh), Some("Chart"));
        let b = render(&tree.clone(), &legend(zh), Some("Chart"));
        assert_eq!(a, b);
        assert!(!a.contains("NaN") && !a.contains("inf") && !a.contains("-0 "));
    }
}

#[test]
fn the_svg_is_one_element_that_scales() {
    let svg = render(&committee(false), &legend(false), None);
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "));
    assert!(svg.ends_with("</svg>"));
    assert!(svg.contains("style=\"max-width:100%;height:auto\""));
    assert!(svg.contains("Noto Sans CJK SC"));
    assert_eq!(svg.matches("<svg").count(), 1);
    // Balanced elements.
    assert_eq!(svg.matches("<g").count(), svg.matches("</g>").count());
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
}

#[test]
fn the_legend_lists_only_shapes_present() {
    let l = legend(false);
    let units_only = render(&unit("Root", vec![ChartNode::unit("Child")]), &l, None);
    assert!(units_only.contains(">Unit</text>"));
    assert!(!units_only.contains(">People</text>"));
    assert!(!units_only.contains(">Optional</text>"));

    let all = render(&tiered(false), &l, None);
    assert!(all.contains(">Unit</text>"));
    assert!(all.contains(">People</text>"));
    assert!(all.contains(">Optional</text>"));

    let no_optional_text = Legend {
        optional: None,
        ..legend(false)
    };
    let svg = render(&tiered(false), &no_optional_text, None);
    assert!(!svg.contains(">Optional</text>"));

    let people_only = render(&ChartNode::people("Managers", "×2"), &l, None);
    assert!(!people_only.contains(">Unit</text>"));
    assert!(people_only.contains(">People</text>"));
}

#[test]
fn optional_boxes_and_their_lines_are_dashed() {
    let svg = render(&tiered(false), &legend(false), None);
    assert!(svg.contains("stroke-dasharray=\"5 3\""));
    assert!(svg.contains("stroke-dasharray=\"4 3\""));
    let svg = render(&department(false), &legend(false), None);
    assert!(!svg.contains("stroke-dasharray"));
}

#[test]
fn numbers_have_at_most_one_decimal() {
    assert_eq!(num(-0.04), "0");
    assert_eq!(num(12.0), "12");
    assert_eq!(num(12.25), "12.3");
    assert_eq!(num(-3.16), "-3.2");
}

fn random_preview(seed: u64) -> ChartNode {
    let mut budget = 40;
    random_tree(&mut Lcg(seed), 0, &mut budget)
}

/// Writes preview SVGs and HTML pages to `target/svg-preview/`:
/// `cargo test --lib render::chart -- --ignored`, then screenshot a page with
/// `chromium --no-sandbox --headless --screenshot=out.png --window-size=900,500
/// file:///…/target/svg-preview/committee-en.html` (Debian: `chromium fonts-noto-cjk`).
#[test]
#[ignore]
fn write_previews() -> std::io::Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/svg-preview");
    std::fs::create_dir_all(&dir)?;
    let charts: Vec<(&str, ChartNode, bool, Option<&str>)> = vec![
        (
            "committee-en",
            committee(false),
            false,
            Some("Recommended organisation: KAM committee"),
        ),
        (
            "committee-zh",
            committee(true),
            true,
            Some("建议的组织：重点客户管理委员会"),
        ),
        (
            "tiered-en",
            tiered(false),
            false,
            Some("Tiered KAM service centres"),
        ),
        (
            "tiered-zh",
            tiered(true),
            true,
            Some("分级重点客户服务中心"),
        ),
        ("department-en", department(false), false, None),
        ("department-zh", department(true), true, None),
        ("team-en", team(false), false, None),
        ("team-zh", team(true), true, None),
        (
            "wide-people",
            wide_people(),
            false,
            Some("Eight people boxes"),
        ),
        ("three-by-two", three_by_two(), false, None),
        ("chain", chain(), false, None),
        (
            "capitals",
            unit(
                "VP, MARKETING & SALES",
                vec![
                    ChartNode::people("WWW MMM WWW", "×10"),
                    ChartNode::people("illicit little lilt", "×1"),
                    dashed(ChartNode::people("Optional people", "×1")),
                ],
            ),
            false,
            Some("Capitals & <escapes> \"quoted\" 'too'"),
        ),
        ("random-7", random_preview(7), false, None),
        ("random-12", random_preview(12), true, None),
    ];
    for (name, tree, zh, title) in charts {
        let svg = render(&tree, &legend(zh), title);
        std::fs::write(dir.join(format!("{name}.svg")), &svg)?;
        let html = format!(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>{name}</title></head>\
             <body style=\"margin:16px;background:#fff\">{svg}</body></html>"
        );
        std::fs::write(dir.join(format!("{name}.html")), html)?;
    }
    Ok(())
}
