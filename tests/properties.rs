//! Property tests: for any valid profile the advice is self-consistent, and no
//! input at all — bytes or TOML — makes the whole path panic.

use proptest::prelude::*;

use kam_advise::advice::staffing::kam_managers;
use kam_advise::advice::staffing::staffing_for;
use kam_advise::advice::{ConditionId, Form, FormRule, RoleId, ServiceTier, advise};
use kam_advise::app::{Options, render_profile};
use kam_advise::money::{Decimal, Revenue};
use kam_advise::options::Format;
use kam_advise::profile::{Kind, Level, Network, Profile, ScaleSource, Strategy as Flags};
use kam_advise::render::RenderOptions;
use kam_advise::rules::Rules;
use kam_advise::scale::{Figures, INDUSTRIES, Scale};
use kam_advise::text::Lang;

fn kind() -> impl Strategy<Value = Kind> {
    prop::sample::select(Kind::ALL.to_vec())
}

fn scale() -> impl Strategy<Value = Scale> {
    prop::sample::select(Scale::ALL.to_vec())
}

fn levels() -> impl Strategy<Value = Vec<Level>> {
    prop::sample::subsequence(Level::ALL.to_vec(), 0..=4)
}

/// Key accounts: mostly realistic, sometimes extreme.
fn accounts() -> impl Strategy<Value = u64> {
    prop_oneof![8 => 0u64..200, 1 => any::<u64>(), 1 => Just(u64::MAX)]
}

/// Revenue in yuan: mostly realistic, sometimes extreme.
fn revenue() -> impl Strategy<Value = u64> {
    prop_oneof![8 => 0u64..2_000_000_000, 1 => any::<u64>(), 1 => Just(1_000_000_000_000_000u64)]
}

/// Hundredths of a yuan: mostly none, sometimes a fraction.
fn cents() -> impl Strategy<Value = u64> {
    prop_oneof![3 => Just(0u64), 1 => 0u64..100]
}

/// `whole` yuan and `cents` hundredths, exactly.
fn yuan(whole: u64, cents: u64) -> Decimal {
    Decimal::parse(&format!("{whole}.{cents:02}"))
        .unwrap_or_else(|e| panic!("{whole}.{cents}: {e:?}"))
}

prop_compose! {
    fn profile()(
        key_accounts in accounts(),
        revenue_cny in revenue(),
        revenue_cents in cents(),
        kind in kind(),
        scale in prop::option::weighted(0.9, scale()),
        strategic_plan in any::<bool>(),
        account_development in any::<bool>(),
        network_levels in levels(),
    ) -> Profile {
        Profile {
            name: "P".into(),
            revenue_cny,
            key_accounts,
            currency: "CNY".into(),
            // Only a public-sector body or a multinational may lack a scale.
            kind,
            scale: scale.or(match kind {
                Kind::PublicSector | Kind::Multinational => None,
                _ => Some(Scale::Medium),
            }),
            scale_source: if scale.is_some() { ScaleSource::Declared } else { ScaleSource::None },
            scale_from_figures: None,
            industry: None,
            employees: None,
            total_assets_cny: None,
            current_setup: None,
            strategy: Flags {
                strategic_plan,
                account_development,
                strategic_plan_stated: true,
                account_development_stated: true,
            },
            network: Network { levels: network_levels, counts: Vec::new() },
            team_functions: None,
            revenue: Revenue::cny(yuan(revenue_cny, revenue_cents)),
        }
    }
}

prop_compose! {
    fn rules()(
        revenue_threshold_cny in 1u64..1_000_000_000,
        revenue_threshold_cents in cents(),
        key_accounts_threshold in 1u64..50,
        accounts_per_manager in 1u64..50,
        department_base_headcount in 1u64..10,
        service_center_base_headcount in 1u64..10,
        service_center_min_staff in 1u64..4,
        team_members_per_function in 0u64..4,
        team_max_key_accounts in 0u64..40,
        committee_center_min_staff in 0u64..4,
        focus_executives_per_account in 0u64..3,
        named_managers in 1u64..3,
    ) -> Rules {
        Rules {
            revenue_threshold_cny,
            revenue_threshold_fraction: yuan(0, revenue_threshold_cents),
            key_accounts_threshold,
            team_max_key_accounts,
            accounts_per_manager,
            department_base_headcount,
            service_center_base_headcount,
            service_center_min_staff,
            committee_center_min_staff,
            focus_executives_per_account,
            team_members_per_function,
            named_managers,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn advice_is_self_consistent(p in profile(), rules in rules()) {
        let a = advise(&p, &rules);
        // A unit may be considered exactly when some condition is met.
        prop_assert_eq!(a.worth_considering, a.conditions.iter().any(|c| c.met));
        prop_assert_eq!(a.conditions.len(), 4);
        prop_assert_eq!(a.form, a.rule.form());
        // KAM managers are ceil(accounts / per) whenever a unit is advised; no unit
        // means no managers and no headcount, and happens only under rules 1 and 2.
        let managers = p.key_accounts.div_ceil(rules.accounts_per_manager);
        if a.form != Form::None {
            // A network's counted tier may need more: one at each centre at least.
            prop_assert!(a.staffing.kam_managers >= managers);
            if a.tier == ServiceTier::Single {
                prop_assert_eq!(a.staffing.kam_managers, managers);
            }
            prop_assert!(a.worth_considering);
        } else {
            prop_assert!(p.key_accounts == 0 || !a.worth_considering);
            prop_assert_eq!(a.staffing.headcount, Some(0));
            prop_assert_eq!(a.staffing.kam_managers, 0);
            prop_assert!(a.units.is_empty());
        }
        // A department has at least its base headcount.
        if a.form == Form::Department {
            prop_assert!(a.staffing.headcount >= Some(rules.department_base_headcount));
            prop_assert!(a.staffing.headcount >= Some(a.staffing.kam_managers));
        }
        // A committee: focus executives per key account, no reporting line, three centres.
        if a.form == Form::Committee {
            prop_assert_eq!(
                a.staffing.focus_executives,
                p.key_accounts.saturating_mul(rules.focus_executives_per_account)
            );
            prop_assert!(a.reporting_line.is_empty());
            prop_assert_eq!(a.units.len(), 4);
            let center = managers
                .max(rules.service_center_base_headcount)
                .max(rules.department_base_headcount);
            prop_assert_eq!(
                a.staffing.headcount,
                Some(center.saturating_add(2 * rules.committee_center_min_staff))
            );
        } else {
            prop_assert_eq!(a.staffing.focus_executives, 0);
        }
        // Only a department has the quoted reporting line.
        prop_assert_eq!(a.form == Form::Department, !a.reporting_line.is_empty());
        // Headcount is the sum of the roles it counts.
        // (None only for a network whose service tier is not counted.)
        let counted = a.staffing.roles.iter().filter(|r| r.in_headcount).filter_map(|r| r.count).fold(0u64, u64::saturating_add);
        match a.tier {
            ServiceTier::Uncounted { .. } if a.form == Form::ServiceCenter => prop_assert_eq!(a.staffing.headcount, None),
            _ => prop_assert_eq!(a.staffing.headcount, Some(counted)),
        }
        prop_assert!(a.staffing.roles.iter().filter(|r| r.id == RoleId::KamManager).all(|r| r.count == Some(a.staffing.kam_managers)));
        // A counted tier: at least the floor at each centre.
        if let (Form::ServiceCenter, ServiceTier::Counted { centers, .. }) = (a.form, a.tier) {
            prop_assert!(a.staffing.kam_managers >= centers.saturating_mul(rules.service_center_min_staff));
        }
        // Kind decides before scale: multinational and public sector whatever the size.
        if p.key_accounts > 0 && a.worth_considering {
            match p.kind {
                Kind::Multinational => prop_assert_eq!(a.rule, FormRule::Multinational),
                Kind::PublicSector => prop_assert_eq!(a.rule, FormRule::PublicSector),
                _ => {}
            }
        }
        // Unit ids are unique within an advice.
        let mut ids: Vec<String> = a.units.iter().map(|u| u.id()).collect();
        ids.sort();
        ids.dedup();
        prop_assert_eq!(ids.len(), a.units.len());
    }

    #[test]
    fn more_key_accounts_never_mean_fewer_managers(p in profile(), extra in 0u64..1000, rules in rules()) {
        let mut more = p.clone();
        more.key_accounts = p.key_accounts.saturating_add(extra);
        prop_assert!(kam_managers(more.key_accounts, &rules) >= kam_managers(p.key_accounts, &rules));
        let (a, b) = (advise(&p, &rules), advise(&more, &rules));
        if a.form == b.form {
            prop_assert!(b.staffing.headcount >= a.staffing.headcount);
        }
    }

    #[test]
    fn more_revenue_never_unmeets_the_revenue_condition(p in profile(), extra in any::<u64>(), rules in rules()) {
        let mut richer = p.clone();
        richer.revenue_cny = p.revenue_cny.saturating_add(extra);
        richer.revenue = Revenue::cny(p.revenue.cny.checked_add(Decimal::from(extra)).unwrap_or(p.revenue.cny));
        let met = |profile: &Profile| {
            advise(profile, &rules).conditions.iter().any(|c| c.id == ConditionId::Revenue && c.met)
        };
        prop_assert!(!met(&p) || met(&richer));
    }

    #[test]
    fn the_revenue_condition_compares_exactly_and_whole_yuan_agree(p in profile(), rules in rules()) {
        let met = advise(&p, &rules).conditions.iter().any(|c| c.id == ConditionId::Revenue && c.met);
        prop_assert_eq!(met, p.revenue.cny >= rules.revenue_threshold());
        // Truncated whole yuan decide alike against a whole-yuan threshold.
        if rules.revenue_threshold_fraction == Decimal::ZERO {
            prop_assert_eq!(met, p.revenue_cny >= rules.revenue_threshold_cny);
        }
    }

    #[test]
    fn inferred_scale_never_drops_when_every_figure_grows(
        row in 0usize..16,
        x in 0u64..5000, y in 0u64..3_000_000_000, z in 0u64..3_000_000_000,
        dx in 0u64..5000, dy in 0u64..3_000_000_000, dz in 0u64..3_000_000_000,
    ) {
        let row = &INDUSTRIES[row];
        let small = Figures { employees: Some(x), revenue_cny: Some(y), assets_cny: Some(z) };
        let big = Figures { employees: Some(x + dx), revenue_cny: Some(y + dy), assets_cny: Some(z + dz) };
        prop_assert!(row.infer_scale(&big) >= row.infer_scale(&small));
    }
}

fn all_options() -> Vec<Options> {
    let mut all = Vec::new();
    for format in [
        Format::Table,
        Format::Json,
        Format::Markdown,
        Format::Dot,
        Format::Html,
        Format::Docx,
    ] {
        for lang in [Lang::En, Lang::Zh] {
            all.push(Options {
                format,
                render: RenderOptions {
                    lang,
                    color: false,
                    width: 80,
                    why: true,
                    date: kam_advise::date::DocDate::from_unix_seconds(0),
                    deliverable: Default::default(),
                },
                rules: Rules::default(),
            });
        }
    }
    all
}

/// The whole path never panics; an error always names the file.
fn check_input(bytes: &[u8]) -> Result<(), TestCaseError> {
    for options in all_options() {
        match render_profile("fuzz.toml", bytes, &options) {
            Ok(text) => prop_assert!(!text.is_empty()),
            Err(e) => {
                let message = e.to_string();
                prop_assert!(!message.is_empty());
                for line in message.lines() {
                    prop_assert!(line.starts_with("fuzz.toml:"), "{}", line);
                }
            }
        }
    }
    Ok(())
}

/// A string as a TOML string literal (Rust's `{:?}` escapes are not TOML).
fn q(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// A TOML value of any type, nested a little.
fn toml_value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        any::<i64>().prop_map(|i| i.to_string()),
        any::<f64>().prop_map(|f| if f.is_finite() {
            format!("{f:?}")
        } else {
            "nan".into()
        }),
        "[0-9万亿kKmMbB.,_ -]{0,12}".prop_map(|s| q(&s)),
        ".{0,20}".prop_map(|s| q(&s)),
        ".{0,20}".prop_map(|s| format!("{s:?}")),
        any::<bool>().prop_map(|b| b.to_string()),
        Just("1979-05-27".to_string()),
        prop::sample::select(vec![
            "\"national\"",
            "\"county\"",
            "\"large\"",
            "\"group\"",
            "\"工业\"",
            "\"software-it\"",
            "\"sales\""
        ])
        .prop_map(String::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(|v| format!("[{}]", v.join(", "))),
            prop::collection::vec(("[a-z_]{1,8}", inner), 0..3).prop_map(|kv| {
                let body: Vec<String> = kv.into_iter().map(|(k, v)| format!("{k} = {v}")).collect();
                format!("{{ {} }}", body.join(", "))
            }),
        ]
    })
}

/// The profile's own keys, plus keys that belong in a table and a near-miss typo.
fn keys() -> Vec<&'static str> {
    let mut keys = kam_advise::profile::TOP_KEYS.to_vec();
    keys.extend(["levels", "strategic_plan", "nmae"]);
    keys
}

/// A TOML document made mostly of the profile's own keys, with values of any type.
fn toml_document() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(keys()), toml_value()), 0..14).prop_map(|pairs| {
        let mut seen = std::collections::HashSet::new();
        pairs
            .into_iter()
            .filter(|(k, _)| seen.insert(*k))
            .map(|(k, v)| format!("{k} = {v}\n"))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check_input(&bytes)?;
    }

    #[test]
    fn arbitrary_toml_documents_never_panic(doc in toml_document()) {
        check_input(doc.as_bytes())?;
    }

    #[test]
    fn valid_profiles_with_any_figures_are_advised(
        name in "[A-Za-z\\p{Han}][A-Za-z\\p{Han} ]{0,30}",
        revenue in "[0-9]{1,9}(\\.[0-9]{1,4})?(万|亿|K|M|B|bn)?",
        accounts in 0u64..100_000,
        industry in prop::sample::select(INDUSTRIES.iter().map(|r| r.slug).collect::<Vec<_>>()),
        employees in 0u64..100_000,
        assets in "[0-9]{1,10}万",
        levels in levels(),
    ) {
        let levels: Vec<String> = levels.iter().map(|l| q(l.slug())).collect();
        let doc = format!(
            "name = {}\nannual_revenue = {}\nkey_accounts = {accounts}\nindustry = {}\n\
             employees = {employees}\ntotal_assets = {}\n[network]\nlevels = [{}]\n",
            q(&name), q(&revenue), q(industry), q(&assets),
            levels.join(", ")
        );
        for options in all_options() {
            let result = render_profile("p.toml", doc.as_bytes(), &options);
            if levels.is_empty() {
                prop_assert!(result.is_err(), "empty levels are an error");
            } else {
                prop_assert!(result.is_ok(), "{doc}\n{:?}", result.err());
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    /// The tool's consistency rule (docs/rules.md, "Staffing"): for the same key
    /// accounts and no network, a more elaborate form is never staffed below a simpler
    /// one, whatever the rules values that keep their minimums.
    #[test]
    fn headcount_grows_with_the_form(accounts in accounts(), rules in rules()) {
        let headcount = |rule| {
            staffing_for(rule, accounts, None, ServiceTier::Single, &rules).headcount
        };
        let team = headcount(FormRule::SmallScale);
        let department = headcount(FormRule::MediumScale);
        let center = headcount(FormRule::LargeEnterprise);
        let committee = headcount(FormRule::LargeGroup);
        prop_assert!(team.is_some() && department.is_some() && center.is_some() && committee.is_some());
        prop_assert!(team <= department, "team {:?} > department {:?}", team, department);
        prop_assert!(department <= center, "department {:?} > centre {:?}", department, center);
        prop_assert!(center <= committee, "centre {:?} > committee {:?}", center, committee);
        prop_assert_eq!(
            headcount(FormRule::PublicSector),
            center,
            "a public body's single centre is staffed like a large firm's"
        );
    }
}
