//! The sentences of an advice, in English.

use super::{English, article, plural};
use crate::advice::{
    Basis, Change, Facts, Form, FormRule, Gap, GapDirection, Hint, Measure, OpeningReason,
    ServiceTier, Step, Trace, Warning,
};
use crate::profile::{Kind, Level, Setup};
use crate::rules::Rules;
use crate::scale::Scale;
use crate::text::{AdviceText, Words, join_list, size_checks, thousands};

/// "one", "two", "three", "all four" conditions.
fn how_many(met: usize) -> &'static str {
    match met {
        1 => "One",
        2 => "Two",
        3 => "Three",
        _ => "All four",
    }
}

impl English {
    fn scale_or_unknown(&self, scale: Option<Scale>) -> &'static str {
        scale.map_or("not given", |s| self.scale(s))
    }

    /// "prefecture level", "national and provincial levels".
    fn level_noun(&self, level: Level) -> String {
        format!("{} level", self.level_plain(level))
    }

    fn levels_noun(&self, levels: &[Level]) -> String {
        let names: Vec<String> = levels
            .iter()
            .map(|l| self.level_plain(*l).to_string())
            .collect();
        let s = if levels.len() > 1 { "levels" } else { "level" };
        format!("{} {s}", join_list(&names, ", ", " and "))
    }

    fn level_plain(&self, level: Level) -> &'static str {
        match level {
            Level::National => "national",
            Level::Provincial => "provincial",
            Level::Prefecture => "prefecture",
            Level::County => "county",
        }
    }

    pub(in crate::text) fn form_with_article(&self, form: Form) -> String {
        let name = self.form(form);
        format!("{} {name}", article(name))
    }
}

impl AdviceText for English {
    fn verdict(&self, worth_considering: bool, met: usize, rule: FormRule) -> String {
        let conditions = match met {
            1 => "One of the four conditions of (一) is met".to_string(),
            4 => "All four conditions of (一) are met".to_string(),
            _ => format!("{} of the four conditions of (一) are met", how_many(met)),
        };
        match (rule, worth_considering) {
            (FormRule::NoKeyAccounts, true) => format!(
                "{conditions}, so the organisation may consider a dedicated KAM unit; but it has no rated key accounts for a unit to manage yet, so none is recommended for now."
            ),
            (FormRule::NoKeyAccounts, false) => "None of the four conditions of (一) is met and no key accounts are rated: no dedicated KAM unit for now.".into(),
            (_, false) => "None of the four conditions of (一) is met: the chapter gives no ground for a dedicated KAM unit for now.".into(),
            (_, true) => format!("{conditions} (one is enough): the organisation may consider a dedicated KAM unit."),
        }
    }
    fn reason(&self, rule: FormRule, facts: &Facts, rules: &Rules) -> String {
        let scale = self.scale_or_unknown(facts.scale);
        let k = facts.key_accounts;
        let accounts = plural(k, "rated key account", "rated key accounts");
        let threshold = rules.key_accounts_threshold;
        let team_max = rules.team_max_key_accounts;
        let whose = if team_max == Rules::default().team_max_key_accounts {
            "the tool"
        } else {
            "the organisation's own setting ◆"
        };
        match rule {
            FormRule::SmallManyAccounts if k >= threshold => format!(
                "This {scale} firm has {accounts}: from {threshold}, (一)2 lets a firm consider a KAM department, and Kotler, quoted in (二)1, says a company with several or even many key accounts is likely to set one up; (二)4's reason for a team, that a small firm's key accounts are very few, does not hold here, so the tool advises the KAM department of (二)3 (which the chapter describes for medium firms)."
            ),
            FormRule::SmallManyAccounts => format!(
                "This {scale} firm has {accounts}, more than the {team_max} up to which {whose} keeps a team, so the tool does not take them as the very few key accounts for which (二)4 gives a small firm a team, and advises the KAM department of (二)3 (which the chapter describes for medium firms)."
            ),
            FormRule::SmallScale if k < threshold => format!(
                "This {scale} firm has {accounts}, fewer than the {threshold} at which (一)2 lets a firm consider a KAM department, which the tool takes as the very few key accounts of (二)4: such a firm needs neither a centre nor a department, only that the KAM function is fulfilled, so the tool advises a KAM team drawn from several functions, as in the practice quoted in (二)4."
            ),
            FormRule::SmallScale => format!(
                "This {scale} firm has {accounts}, as many as the {threshold} of (一)2 but no more than the {team_max} up to which {whose} keeps a team, so the tool advises a KAM team drawn from several functions; but (二)4 gives a team for very few key accounts, and the tool, reading (一)2, does not count {} as very few.",
                thousands(k)
            ),
            _ => self.reason_in_general(rule, rules),
        }
    }

    fn reason_in_general(&self, rule: FormRule, rules: &Rules) -> String {
        let threshold = rules.key_accounts_threshold;
        let team_max = rules.team_max_key_accounts;
        let whose = if team_max == Rules::default().team_max_key_accounts {
            "the tool"
        } else {
            "the organisation's own setting ◆"
        };
        // Every firm above the team's limit has reached (一)2's threshold: only then can
        // the general sentence lean on (一)2.
        let reaches_threshold = team_max.saturating_add(1) >= threshold;
        match rule {
            FormRule::NoKeyAccounts => "A unit needs rated key accounts to manage, and the firm has none yet: rating them comes first. Making rated key accounts a precondition is the tool's reading of (一)2.".into(),
            FormRule::NoConditionMet => "The chapter indicates a dedicated unit only when one of the conditions of (一) is met, and none of them is met here.".into(),
            FormRule::Multinational => "International groups manage their key accounts through a KAM committee (二)1; the chapter says nothing of their size, and the tool does not distinguish them by size either.".into(),
            FormRule::LargeGroup => "Large group enterprises manage their key accounts through a KAM committee (二)1; the chapter prints 重点型集团企业, which the tool reads as 大型集团企业, large group enterprise.".into(),
            FormRule::PublicSector => "State-sector bodies mostly set up a KAM service centre (二)2 (\"mostly\": the tool's reading of the printed 重点多 as 大多), as in the postal rules quoted there; the tool does not distinguish such bodies by size.".into(),
            FormRule::LargeEnterprise => "Large domestic enterprises mostly set up a KAM service centre (二)2 (printed 国内重点型企业 and 重点多, which the tool reads as 国内大型企业, large domestic enterprise, and 大多, mostly).".into(),
            FormRule::MediumScale => "Medium enterprises, smaller than large ones and with fewer key accounts, mostly set up a KAM department (二)3 (printed 重点型企业 and 重点多, which the tool reads as 大型企业, large enterprise, and 大多, mostly).".into(),
            FormRule::SmallManyAccounts if reaches_threshold => format!(
                "A small or micro firm with more than {team_max} rated key accounts has reached the {threshold} at which (一)2 lets a firm consider a KAM department, and Kotler, quoted in (二)1, says a company with several or even many key accounts is likely to set one up; (二)4's reason for a team, that a small firm's key accounts are very few, no longer holds, so the tool advises the KAM department of (二)3 (which the chapter describes for medium firms)."
            ),
            FormRule::SmallManyAccounts => format!(
                "Above {team_max} rated key accounts, the limit {whose} sets for a team, the tool no longer takes a small or micro firm's key accounts as the very few for which (二)4 gives a team, and advises the KAM department of (二)3 (which the chapter describes for medium firms)."
            ),
            FormRule::SmallScale if team_max < threshold => format!(
                "A small or micro firm with at most {team_max} rated key accounts, fewer than the {threshold} at which (一)2 lets a firm consider a KAM department, has what the tool takes as the very few key accounts of (二)4: it needs neither a centre nor a department, only that the KAM function is fulfilled, so the tool advises a KAM team drawn from several functions, as in the practice quoted in (二)4."
            ),
            FormRule::SmallScale => format!(
                "A small or micro firm with at most {team_max} rated key accounts (the limit {whose} sets for a team) is advised a KAM team drawn from several functions, which need only fulfil the KAM function; but (二)4 gives a team for very few key accounts, and from {threshold} the tool does not read them as very few."
            ),
        }
    }

    fn basis(&self, basis: Basis) -> String {
        let accounts = |n| plural(n, "key account", "key accounts");
        match basis {
            Basis::PerManager { accounts: n, per } if per != 9 => format!(
                "{} at {per} per manager, rounded up: {per} is the organisation's own setting ◆ (the typical KAM department quoted in (二)1 has 9 per manager on average)",
                accounts(n)
            ),
            Basis::PerManager { accounts: n, per } => format!(
                "{} at {per} per manager, rounded up: the tool's reading of the typical KAM department quoted in (二)1, where each manager looks after 9 key accounts on average; the chapter sets no number of managers",
                accounts(n)
            ),
            Basis::TeamLead { accounts: n, per } if n <= per => format!(
                "one KAM manager looks after the {} and leads the team; the manager must be able to build and run a team (四)2",
                accounts(n)
            ),
            Basis::TeamLead { accounts: n, per } => format!(
                "{} at {per} per manager, rounded up (the tool's reading of the typical department quoted in (二)1); one of them leads the team, which needs a manager who can build and run a team (四)2",
                accounts(n)
            ),
            Basis::CentersFloor { centers, per_center, accounts: n, per } => format!(
                "at least {} at each of the {} service centres, so that none is left without staff (the tool's assumption), or the {} that {} at {per} per manager need if that is more (the tool's reading of (二)1)",
                plural(per_center, "KAM manager", "KAM managers"),
                thousands(centers),
                thousands(n.div_ceil(per.max(1))),
                accounts(n)
            ),
            Basis::NetworkGuide { level, per_center, accounts: n, per } => format!(
                "at least {per_center} at each {} service centre (the tool's assumption); {} at {per} per manager suggest at least {} in all (the tool's reading of (二)1), a minimum for the whole tier, not the staff of one centre",
                self.level(level),
                accounts(n),
                plural(n.div_ceil(per.max(1)), "manager", "managers")
            ),
            Basis::DepartmentBase { base, managers } => {
                let extra = base.saturating_sub(managers);
                let rest = if extra == 1 {
                    "the remaining place goes".to_string()
                } else {
                    format!("the other {extra} places go")
                };
                let size = if base == 3 {
                    "3-4 people, the low end of which the tool takes".to_string()
                } else {
                    format!("3-4 people; here {base}")
                };
                format!(
                    "the chapter gives a KAM department {size} (二)3; beside {}, {rest} to KAM specialists (the name is the tool's)",
                    plural(managers, "KAM manager", "KAM managers"),
                )
            }
            Basis::CenterBase { base, managers, committee } => {
                let extra = base.saturating_sub(managers);
                let what = if committee {
                    "the committee's management centre, like a single KAM service centre,"
                } else {
                    "a single KAM service centre"
                };
                let rest = if extra == 1 {
                    "the remaining place goes".to_string()
                } else {
                    format!("the other {extra} places go")
                };
                format!(
                    "{what} has at least {}, so that it is not smaller than the 3-4-person department (二)3 describes for medium firms (the tool's assumption); beside {}, {rest} to KAM specialists",
                    plural(base, "person", "people"),
                    plural(managers, "KAM manager", "KAM managers"),
                )
            }
            Basis::CenterFloor { per_center } => format!(
                "{} to begin with, to be raised as the business needs; the chapter names the centre but not its staff (二)1",
                plural(per_center, "person", "people")
            ),
            Basis::CommitteeMembers => "the firm's top managers who sit on the committee part-time (the tool's assumption); the chapter names the committee but not its members (二)1".into(),
            Basis::FocusPerAccount { accounts: n, per } => {
                let each = if per == 1 {
                    "one for each".to_string()
                } else {
                    format!("{per} for each")
                };
                format!(
                    "an optional practice, not required staff: {each} of the {}, besides the account's representative, keeping close ties with the customer's executives, as Xerox does in the example quoted in (二)1",
                    accounts(n)
                )
            }
            Basis::PerFunction { per } => format!(
                "{} from the function, joining the team while staying in the function (the tool's assumption); the team is cross-functional, as in the practice quoted in (二)4",
                plural(per, "person", "people")
            ),
            Basis::NamedPartTime => "someone named to answer for the key accounts part-time, so that they do not stay with individual salespeople (the chapter's opening)".into(),
        }
    }

    fn staffing_note(&self, form: Form, tier: ServiceTier) -> &'static str {
        match (form, tier) {
            (Form::None, _) => "",
            (Form::Team, _) => {
                "The members come from the firm's functions and stay in them, so they are not counted in the headcount (the tool's assumption). In P&G's practice quoted in (二)4 a team serves one account and often works at the customer's offices; the tool advises one team for all the key accounts, since (二)4 asks of a small firm only that the KAM function is fulfilled."
            }
            (Form::Department, _) => {
                "The chapter gives a KAM department 3-4 people and adds managers as key accounts are added (二)3."
            }
            (Form::ServiceCenter, ServiceTier::Single) => {
                "The chapter gives no staffing for a service centre: the postal rules quoted in (二)2 leave staff to be arranged flexibly as the business develops. The tool floors a single centre at a department's size (its assumption), so that it is never drawn smaller than one; with more KAM managers than that, the managers set the size."
            }
            (Form::ServiceCenter, ServiceTier::Counted { .. }) => {
                "The chapter gives no staffing for a service centre: the postal rules quoted in (二)2 leave staff to be arranged flexibly as the business develops. The tool puts at least one KAM manager at each service centre; the management bodies above and any county-level centres are staffed as the business needs, not estimated here, and not in the headcount."
            }
            (Form::ServiceCenter, ServiceTier::Uncounted { .. }) => {
                "The chapter gives no staffing for a service centre: the postal rules quoted in (二)2 leave staff to be arranged flexibly as the business develops. The profile does not say how many service centres there are, so no headcount is estimated: each centre needs at least one KAM manager, and the figure above is the least the average load suggests, not the staff of the whole network. The management bodies above and any county-level centres are staffed as the business needs."
            }
            (Form::Committee, _) => {
                "The chapter names the committee's centres without staffing them (二)1, so all of the committee's staffing is the tool's assumption: the KAM managers sit in the management centre, which has at least as many people as a stand-alone KAM service centre, so that a committee is never smaller than one. The tool also assumes that the committee's own service centre coordinates while the management centre's managers serve the accounts, so it starts smaller. The committee's members and any focus executives are outside the headcount."
            }
        }
    }

    fn none_pointer(&self) -> &'static str {
        "The unit's duties (三) and what its people need (四) apply once a unit is set up: see `kam-advise explain duties` and `kam-advise explain requirements`."
    }

    fn reporting_line_note(&self) -> &'static str {
        "the chapter's quoted example for a typical KAM department, to adapt to the firm's own titles"
    }

    fn placement_note(&self, form: Form) -> &'static str {
        match form {
            Form::Committee => {
                "The chapter gives the committee no place in the firm's hierarchy; drawing it under top management is the tool's choice."
            }
            Form::ServiceCenter => {
                "The chapter gives the service centre no place in the hierarchy; drawing it (or the network's top body) under top management is the tool's choice."
            }
            Form::Team => {
                "The chapter gives the team no place in the firm's hierarchy; drawing it under top management is the tool's choice."
            }
            Form::Department => {
                "The posts above the department are the reporting line of the typical KAM department quoted in (二)1: an example to adapt to the firm's own titles."
            }
            Form::None => "",
        }
    }

    fn warning(&self, warning: Warning) -> String {
        match warning {
            Warning::GroupNotLarge { scale } => format!(
                "The profile says group, but the group is {}, not large: (二)1 gives a KAM committee to large groups (printed 重点型集团企业, which the tool reads as 大型), so the form follows the scale. Check `kind` and `scale`.",
                self.scale(scale)
            ),
            Warning::SmallMultinational { scale } => format!(
                "The profile says multinational group, and its scale is {}: (二)1 says only that international groups use a KAM committee, and the tool does not distinguish them by size. If the profile describes a subsidiary rather than the group itself, set kind = \"enterprise\".",
                self.scale(scale)
            ),
            Warning::ScaleMismatch { declared, figures } => format!(
                "The declared scale is {}, but by the NBS 2017 table the profile's figures make the firm {}. The advice uses the declared scale; check `scale` against `employees`, `annual_revenue` and `total_assets`.",
                self.scale(declared),
                self.scale(figures)
            ),
            Warning::NetworkUnused { form } => match form {
                Form::None => {
                    "`[network]` is given, but no unit is recommended, so the levels are not used."
                        .into()
                }
                _ => format!(
                    "`[network]` is given, but only a KAM service centre (二)2 is organised by levels; the {} recommended here does not use them.",
                    self.form(form)
                ),
            },
            Warning::TeamUnused { form } => format!(
                "`[team]` is given, but the recommendation is {}, not a team, so its functions are not used.",
                self.form_with_article(form)
            ),
        }
    }

    fn hint(&self, hint: Hint) -> String {
        let caveat = |c: Option<Warning>| match c {
            Some(Warning::SmallMultinational { scale }) => format!(
                " The profile says the multinational is {}: that holds for the group itself, not for a subsidiary.",
                self.scale(scale)
            ),
            Some(Warning::GroupNotLarge { scale }) => format!(
                " The profile says group, but {}: the form follows the scale.",
                self.scale(scale)
            ),
            _ => String::new(),
        };
        match hint {
            Hint::RevenueShort { short_by, threshold } => {
                let (short, places) = crate::text::shortfall_shown(short_by);
                format!(
                    "Revenue is {} short of the {} of (一)1.",
                    self.money_exact(short, places),
                    self.money_exact(threshold, crate::text::threshold_places(threshold))
                )
            }
            Hint::AccountsShort { short_by, threshold } => format!(
                "{} more rated key {} would reach the {threshold} of (一)2.",
                thousands(short_by),
                if short_by == 1 { "account" } else { "accounts" }
            ),
            Hint::RateAccountsFirst { threshold } => format!(
                "Rate the key accounts first; from {threshold} rated accounts (一)2 is met."
            ),
            Hint::IfFirmJudges { rule, caveat: c } => format!(
                "(一)3 and (一)4 are for the organisation itself to judge: if its strategic plan calls for a KAM unit, or a unit would develop its key accounts faster, its kind and scale point to {} {}.{}",
                self.form_with_article(rule.form()),
                rule.form_clause(),
                caveat(c)
            ),
            Hint::OnceRated { rule, caveat: c } => format!(
                "Once key accounts are rated, the kind and scale given point to {} {}.{}",
                self.form_with_article(rule.form()),
                rule.form_clause(),
                caveat(c)
            ),
            Hint::TeamDefensible { key_accounts } => format!(
                "With {} rated, fewer than the 6 at which (一)2 lets a unit be considered, a small cross-functional team (二)4 is also a defensible reading: (二)4 says a centre or department does not suit very few key accounts. The chapter says it of small firms, so the tool keeps the form above.",
                plural(key_accounts, "key account", "key accounts")
            ),
            Hint::NextChange { at_accounts, change, caveat: c } => match change {
                Change::Form { rule, headcount } => format!(
                    "At {} the recommendation becomes {} {}{}.{}",
                    plural(at_accounts, "key account", "key accounts"),
                    self.form_with_article(rule.form()),
                    rule.form_clause(),
                    headcount.map_or_else(String::new, |n| format!(", with a headcount of {}", self.people(n))),
                    caveat(c)
                ),
                Change::Headcount { headcount } => format!(
                    "At {} the unit grows to {}.",
                    plural(at_accounts, "key account", "key accounts"),
                    self.people(headcount)
                ),
                Change::Managers { managers } => format!(
                    "At {} the average load suggests at least {} across the tier (still at least one at each service centre).",
                    plural(at_accounts, "key account", "key accounts"),
                    plural(managers, "KAM manager", "KAM managers")
                ),
            },
            Hint::CustomRules => "These results use figures from a --rules file, not the defaults; `kam-advise rules` shows the defaults.".into(),
        }
    }

    fn gap_summary(&self, gap: &Gap, rule: FormRule) -> String {
        let today = self.setup(gap.current);
        let form = rule.form();
        let held = match gap.current {
            Setup::None => "Today no one in particular looks after the key accounts".to_string(),
            _ => format!("Today the key accounts are with {today}"),
        };
        match gap.direction {
            GapDirection::Wait if rule == FormRule::NoKeyAccounts => {
                format!("{held}; no unit is recommended until key accounts are rated.")
            }
            GapDirection::Wait => format!(
                "{held}; no dedicated unit is indicated, but a named manager can answer for them part-time."
            ),
            GapDirection::Build => format!(
                "{held}; the tool suggests setting up {}.",
                self.form_with_article(form)
            ),
            GapDirection::Grow => format!(
                "Today there is {today}; the tool suggests it become {}.",
                self.form_with_article(form)
            ),
            GapDirection::Same => format!("There is already {today}, the recommended form."),
            GapDirection::Reduce if form == Form::None => format!(
                "There is {today}, although the tool, reading the chapter, suggests no dedicated unit for now {}.",
                rule.form_clause()
            ),
            GapDirection::Reduce => format!(
                "There is {today}, more organisation than the tool, reading the chapter, suggests ({} {}).",
                self.form_with_article(form),
                rule.form_clause()
            ),
        }
    }

    fn opening_reason(&self, reason: OpeningReason) -> String {
        match reason {
            OpeningReason::FewAccounts { key_accounts: 0, .. } => "Too few key accounts? None is rated yet: rate them first.".into(),
            OpeningReason::FewAccounts { key_accounts, threshold } if key_accounts >= threshold => format!(
                "Too few key accounts? No: {} rated, at least the {threshold} of (一)2.",
                plural(key_accounts, "key account is", "key accounts are")
            ),
            OpeningReason::FewAccounts { key_accounts, threshold } => format!(
                "Too few key accounts? {} rated, fewer than the {threshold} of (一)2, but another condition of (一) is met, so a unit may still be considered.",
                plural(key_accounts, "key account is", "key accounts are")
            ),
            OpeningReason::Cost { headcount, focus_executives, partial } => {
                let focus = if focus_executives > 0 {
                    format!(", and {} outside it if the Xerox practice is followed", plural(focus_executives, "focus executive", "focus executives"))
                } else {
                    String::new()
                };
                match headcount {
                    Some(headcount) if partial => format!(
                        "Is the cost seen as too large (printed 费用过重点, read as 费用过大)? It depends mostly on the unit's people: at least {} at the service centres, plus the management bodies above and any county centres, staffed as the business needs and not costed here{focus}. A question to weigh against what the key accounts bring.",
                        plural(headcount, "KAM manager", "KAM managers")
                    ),
                    Some(headcount) => format!(
                        "Is the cost seen as too large (printed 费用过重点, read as 费用过大)? It depends mostly on the unit's headcount, {}{focus}: a question to weigh against what the key accounts bring.",
                        self.people(headcount)
                    ),
                    None => "Is the cost seen as too large (printed 费用过重点, read as 费用过大)? It depends mostly on how many people each service centre gets, at least one each: a question to weigh against what the key accounts bring.".into(),
                }
            }
            OpeningReason::Need => "Is no need seen? (一)3 and (一)4 are for the organisation itself to judge: does its strategic plan call for a unit, and would one develop its key accounts faster and deepen their confidence in it?".into(),
        }
    }

    fn step(&self, step: &Step) -> String {
        match step {
            Step::RateAccounts { threshold } => format!("Rate the key accounts, then review this advice with the ratings (from {threshold} rated accounts, (一)2 is met)."),
            Step::NameManagers { count: 1 } => "Name one manager to answer for the key accounts part-time, beside their other work (the tool's assumption), so that they do not stay with individual salespeople.".into(),
            Step::NameManagers { count } => format!(
                "Name {} managers to answer for the key accounts part-time, beside their other work (the tool's assumption), so that they do not stay with individual salespeople.",
                thousands(*count)
            ),
            Step::TakeAccountsFromSalespeople { to_unit: true } => "Take the key accounts out of individual salespeople's hands: they hold the customer resources today and the firm does not use them (the chapter's opening). Move each account's records, contacts and plans to the new unit.".into(),
            Step::TakeAccountsFromSalespeople { to_unit: false } => "Take the key accounts out of individual salespeople's hands: they hold the customer resources today and the firm does not use them (the chapter's opening). Give the named manager each account's records, contacts and plans.".into(),
            Step::TakeAccountsFromSalesDepartment => "Move the key accounts from the sales department, where no one manages them on their own (the chapter's opening), to the new unit.".into(),
            Step::FormCommittee => "Set up the KAM committee under top management, with the firm's top managers sitting on it part-time, and centres such as a KAM management centre, a KAM service centre and a KAM evaluation centre (二)1.".into(),
            Step::AppointManagers { count: 1, per } => format!(
                "Appoint a KAM manager for up to about {per} key accounts (the tool's reading of the typical department quoted in (二)1), chosen against (四)1 and (四)2."
            ),
            Step::AppointManagers { count, per } => format!(
                "Appoint {} KAM managers, each looking after about {per} key accounts (the tool's reading of the typical department quoted in (二)1), chosen against (四)1 and (四)2.",
                thousands(*count)
            ),
            Step::LeadTeam { count: 1, accounts } => format!(
                "Appoint a KAM manager to look after the {} and lead the team, someone who can build and run a team (四)2.",
                plural(*accounts, "key account", "key accounts")
            ),
            Step::LeadTeam { count, accounts } => format!(
                "Appoint {} KAM managers for the {}, one of whom leads the team; the lead must be able to build and run a team (四)2.",
                thousands(*count),
                plural(*accounts, "key account", "key accounts")
            ),
            Step::StaffNetworkCenters { level, per_center, count: Some(count), .. } => format!(
                "Give each {} service centre at least {} ({} in all; the tool's assumption), chosen against (四)1 and (四)2, and arrange further staff flexibly as the business develops (二)2.",
                self.level(*level),
                plural(*per_center, "KAM manager", "KAM managers"),
                thousands(*count)
            ),
            Step::StaffNetworkCenters { level, per_center, count: None, guide, per } => format!(
                "Give each {} service centre at least {} (the tool's assumption), chosen against (四)1 and (四)2; at {per} key accounts per manager the accounts call for at least {} across the tier. Arrange further staff flexibly as the business develops (二)2.",
                self.level(*level),
                plural(*per_center, "KAM manager", "KAM managers"),
                plural(*guide, "manager", "managers")
            ),
            Step::FillCenter { headcount, specialists, committee } => {
                let what = if *committee {
                    "the committee's management centre"
                } else {
                    "the KAM service centre"
                };
                let specialists = if *specialists > 0 {
                    format!(", {} among them", plural(*specialists, "KAM specialist", "KAM specialists"))
                } else {
                    String::new()
                };
                if specialists.is_empty() {
                    format!(
                        "Staff {what} with the {} above (no fewer than the tool's floor), and add people as key accounts are added.",
                        plural(*headcount, "KAM manager", "KAM managers")
                    )
                } else {
                    format!(
                        "Staff {what} to at least {}{specialists} (the tool's floor: no smaller than a KAM department), and add people as key accounts are added.",
                        self.people(*headcount)
                    )
                }
            }
            Step::StaffCenters { per_center } => format!(
                "Staff the committee's service and evaluation centres, {} each to begin with (the tool's assumption), and more as the business needs.",
                plural(*per_center, "person", "people")
            ),
            Step::AssignFocusExecutives { count } => format!(
                "If the firm follows the Xerox practice quoted in (二)1, give each key account a focus executive who keeps close ties with the customer's executives ({} in all); this is optional.",
                thousands(*count)
            ),
            Step::SetUpServiceCenter => "Set up the KAM service centre (二)2.".into(),
            Step::SetUpTiers { bodies, center, optional_county } => {
                let county = if *optional_county {
                    ", and at county level where decided locally"
                } else {
                    ""
                };
                if bodies.is_empty() {
                    format!("Set up KAM service centres at {}{county} (二)2.", self.level_noun(*center))
                } else {
                    format!(
                        "Set up KAM management bodies at {} and KAM service centres at {}{county} (二)2.",
                        self.levels_noun(bodies),
                        self.level_noun(*center)
                    )
                }
            }
            Step::FillDepartment { headcount, specialists } => {
                let specialists = if *specialists > 0 {
                    format!(", {} among them", plural(*specialists, "KAM specialist", "KAM specialists"))
                } else {
                    String::new()
                };
                format!(
                    "Staff the KAM department to {}{specialists}, and add people as key accounts are added (二)3.",
                    self.people(*headcount)
                )
            }
            Step::AdaptReportingLine => "Decide whom the department reports to; (二)1 quotes a typical line (KAM managers, national sales manager, VP of marketing and sales, CEO) as an example to adapt to the firm's titles.".into(),
            Step::NameTeamMembers { per } => format!(
                "Name the team's members from the firm's functions concerned, {} each (the tool's assumption), to form the cross-functional KAM team, which need only fulfil the KAM function (二)4; one team for all the key accounts is the tool's arrangement.",
                plural(*per, "person", "people")
            ),
            Step::WriteDuties => "Write the seven duties listed in (三) into the unit's mandate.".into(),
            Step::TrainStaff => "Plan training (三)7 against the requirements of (四)1 and the KAM manager's roles (四)2.".into(),
            Step::ReviewStaffing { managers, headcount } => match headcount {
                Some(headcount) => format!(
                    "Keep it; check that it has {} and {} in all.",
                    plural(*managers, "KAM manager", "KAM managers"),
                    self.people(*headcount)
                ),
                None => format!(
                    "Keep it; check that every service centre has at least one KAM manager ({} suggested across the tier).",
                    thousands(*managers)
                ),
            },
            Step::KeepOrFold { current, form: Form::None } => format!(
                "Keep {} only if it pays for itself (the chapter's opening names cost as a reason firms hold back); otherwise let a named manager answer for the key accounts part-time.",
                self.setup(*current)
            ),
            Step::KeepOrFold { current, form } => format!(
                "Keep {} only if it pays for itself (the chapter's opening names cost as a reason firms hold back); otherwise fold it into {}.",
                self.setup(*current),
                self.form_with_article(*form)
            ),
        }
    }

    fn trace(&self, trace: &Trace) -> String {
        match trace {
            Trace::ScaleInferred { row, checks, scale } => {
                let row_name = crate::scale::IndustryRow::find(row).map_or(*row, |r| r.en_name);
                format!(
                    "Scale by NBS 2017 ({row_name}): {} → {}.",
                    size_checks(self, checks).join(". "),
                    self.scale(*scale)
                )
            }
            Trace::ScaleNotNeeded { kind } => match kind {
                Kind::PublicSector => "Scale: not given; a state-sector body's form does not depend on size, and NBS 2017 does not classify government bodies.".into(),
                _ => "Scale: not given; the tool does not decide a multinational group's form by its size (its reading of (二)1).".into(),
            },
            Trace::Condition(c) => {
                let compare = match c.value {
                    Measure::Flag(_) | Measure::Unstated => self.measure(c.value),
                    _ => format!(
                        "{} {} {}",
                        self.measure(c.value),
                        if c.met { "≥" } else { "<" },
                        self.measure(c.threshold)
                    ),
                };
                // Exactly at the threshold: say why that is met (the chapter says 达到, reaches).
                let exactly = if c.met && c.value == c.threshold && !matches!(c.value, Measure::Flag(_) | Measure::Unstated) {
                    " (exactly the threshold; the chapter says a firm that reaches it (达到) may consider a unit, so it counts as met)"
                } else {
                    ""
                };
                format!(
                    "{} {}: {compare} → {}{exactly}.",
                    c.id.clause(),
                    self.condition(c.id),
                    if c.met { "met" } else { "not met" }
                )
            }
            Trace::FormRule { rule, applies, facts, team_max } => {
                let kind = self.kind(facts.kind);
                let scale = self.scale_or_unknown(facts.scale);
                let k = thousands(facts.key_accounts);
                let question = match rule {
                    FormRule::NoKeyAccounts => format!("no key accounts rated? key accounts: {k}"),
                    FormRule::NoConditionMet => format!(
                        "no condition of (一) met? {}",
                        if facts.worth_considering { "one or more is met" } else { "none is met" }
                    ),
                    FormRule::Multinational => format!("an international group? type: {kind}"),
                    FormRule::LargeGroup => format!("a large group? type: {kind}, scale: {scale}"),
                    FormRule::PublicSector => format!("a state-sector body? type: {kind}"),
                    FormRule::LargeEnterprise => format!("large? scale: {scale}"),
                    FormRule::MediumScale => format!("medium? scale: {scale}"),
                    FormRule::SmallManyAccounts => format!(
                        "small or micro with more than {team_max} key accounts? scale: {scale}, key accounts: {k}"
                    ),
                    FormRule::SmallScale => format!("small or micro? scale: {scale}"),
                };
                let answer = if *applies {
                    format!("yes: {}", self.form(rule.form()))
                } else {
                    "no".into()
                };
                format!(
                    "{}: {question} → {answer}.",
                    self.with_clause(&self.rule_name(*rule), rule.form_clause())
                )
            }
            Trace::KamManagers { accounts, per, managers } => format!(
                "KAM managers = {} ÷ {per}, rounded up = {}. Counting {per} key accounts per manager is the tool's reading of the typical department quoted in (二)1, where each manager looks after 9 on average; the chapter sets no number of managers.",
                thousands(*accounts),
                thousands(*managers)
            ),
            Trace::DepartmentHeadcount { base, managers, headcount } => format!(
                "Department headcount: the chapter puts a department at 3-4 people (二)3; the tool takes the larger of {base} and {} = {}.",
                plural(*managers, "KAM manager", "KAM managers"),
                thousands(*headcount)
            ),
            Trace::CenterHeadcount { base, managers, headcount } => format!(
                "Service centre headcount: the chapter gives none (二)2; the tool takes the larger of its floor of {base} (not smaller than a department) and {} = {}.",
                plural(*managers, "KAM manager", "KAM managers"),
                thousands(*headcount)
            ),
            Trace::CentersFloor { centers, per_center, managers, headcount } => format!(
                "Service centres' KAM managers: the chapter gives none (二)2; the tool takes the larger of {} centres × {per_center} and {} = {}.",
                thousands(*centers),
                plural(*managers, "KAM manager", "KAM managers"),
                thousands(*headcount)
            ),
            Trace::CommitteeHeadcount { center, per_center, headcount } => format!(
                "Committee headcount = management centre {} + 2 centres × {per_center} = {}; the chapter staffs none of the centres (二)1, so this is all the tool's assumption.",
                thousands(*center),
                thousands(*headcount)
            ),
            Trace::FocusExecutives { accounts, per, count } => format!(
                "Focus executives, if the Xerox practice is followed = {} key accounts × {per} = {} (二)1.",
                thousands(*accounts),
                thousands(*count)
            ),
        }
    }
}
