//! (二) The units each form is made of, and the reporting line quoted for a department
//! (docs/rules.md, "Structure").

use crate::advice::form::Form;
use crate::profile::{Level, Network};

slug_enum! {
    /// What a unit of the structure is.
    pub enum UnitKind {
        Committee = "committee",
        ManagementCenter = "management-center",
        ServiceCenter = "service-center",
        EvaluationCenter = "evaluation-center",
        ManagementBody = "management-body",
        Department = "department",
        Team = "team",
    }
}

/// One KAM unit of the recommended structure; `parent` indexes the units list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub kind: UnitKind,
    pub level: Option<Level>,
    /// How many such units the level has, when the profile says (`[network] counts`).
    pub count: Option<u64>,
    /// A unit set up or not as decided locally (the county tier of (二)2).
    pub optional: bool,
    pub parent: Option<usize>,
}

impl Unit {
    /// An id unique within one advice: the kind, and the level where there is one
    /// (`management-body-national`).
    pub fn id(&self) -> String {
        match self.level {
            Some(level) => format!("{}-{}", self.kind.slug(), level.slug()),
            None => self.kind.slug().to_string(),
        }
    }
}

/// The units of a form.
///
/// A service centre with network levels follows (二)2's postal example, a three-tier
/// system, for the levels given: the lowest level other than county holds the service
/// centre, the levels above it management bodies, and county (when given) an optional
/// service centre — or the service centre itself when it is the only level.
pub(crate) fn units_for(form: Form, network: &Network) -> Vec<Unit> {
    let unit = |kind, parent| Unit {
        kind,
        level: None,
        count: None,
        optional: false,
        parent,
    };
    match form {
        Form::None => Vec::new(),
        Form::Committee => vec![
            unit(UnitKind::Committee, None),
            unit(UnitKind::ManagementCenter, Some(0)),
            unit(UnitKind::ServiceCenter, Some(0)),
            unit(UnitKind::EvaluationCenter, Some(0)),
        ],
        Form::ServiceCenter if network.levels.is_empty() => {
            vec![unit(UnitKind::ServiceCenter, None)]
        }
        Form::ServiceCenter => {
            let center_level = service_center_level(&network.levels);
            network
                .levels
                .iter()
                .enumerate()
                .map(|(i, &level)| Unit {
                    kind: if level < center_level {
                        UnitKind::ManagementBody
                    } else {
                        UnitKind::ServiceCenter
                    },
                    level: Some(level),
                    count: network.count(level),
                    optional: level > center_level,
                    parent: i.checked_sub(1),
                })
                .collect()
        }
        Form::Department => vec![unit(UnitKind::Department, None)],
        Form::Team => vec![unit(UnitKind::Team, None)],
    }
}

/// The level that holds the service centre: the lowest given other than county, or
/// county when it is the only one.
fn service_center_level(levels: &[Level]) -> Level {
    levels
        .iter()
        .copied()
        .rfind(|l| *l != Level::County)
        .unwrap_or(Level::County)
}

/// The unit where the KAM managers sit: the management centre of a committee, the
/// (non-optional) service centre of a network, or the only unit.
pub fn managers_unit(units: &[Unit]) -> Option<usize> {
    units
        .iter()
        .position(|u| u.kind == UnitKind::ManagementCenter)
        .or_else(|| {
            units
                .iter()
                .position(|u| u.kind == UnitKind::ServiceCenter && !u.optional)
        })
        .or(if units.len() == 1 { Some(0) } else { None })
}

slug_enum! {
    /// The posts of the reporting line quoted for a typical department, bottom to top.
    pub enum Post {
        KamManager = "kam-manager",
        NationalSalesManager = "national-sales-manager",
        VpMarketingSales = "vp-marketing-sales",
        Ceo = "ceo",
    }
}

/// The reporting line of a typical KAM department as (二)1 quotes it, bottom to top: an
/// example to adapt to the firm's titles; no other form has one.
pub(crate) fn reporting_line(form: Form) -> Vec<Post> {
    if form == Form::Department {
        Post::ALL.to_vec()
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn network(levels: &[Level]) -> Network {
        Network {
            levels: levels.to_vec(),
            counts: Vec::new(),
        }
    }

    fn kinds(units: &[Unit]) -> Vec<(String, bool)> {
        units.iter().map(|u| (u.id(), u.optional)).collect()
    }

    #[test]
    fn committee_has_three_centres_and_no_place_above_it() {
        let units = units_for(Form::Committee, &Network::default());
        assert_eq!(units.len(), 4);
        assert_eq!(units[0].parent, None);
        assert!(units[1..].iter().all(|u| u.parent == Some(0)));
        assert_eq!(managers_unit(&units), Some(1));
        assert!(reporting_line(Form::Committee).is_empty());
    }

    #[test]
    fn the_postal_example_is_three_tiers_with_an_optional_county() {
        let all = [
            Level::National,
            Level::Provincial,
            Level::Prefecture,
            Level::County,
        ];
        let units = units_for(Form::ServiceCenter, &network(&all));
        let ids: Vec<(String, bool)> = kinds(&units);
        assert_eq!(
            ids,
            [
                ("management-body-national".to_string(), false),
                ("management-body-provincial".to_string(), false),
                ("service-center-prefecture".to_string(), false),
                ("service-center-county".to_string(), true),
            ]
        );
        assert_eq!(managers_unit(&units), Some(2));
    }

    #[test]
    fn levels_given_decide_the_tiers() {
        let ids = |levels: &[Level]| {
            kinds(&units_for(Form::ServiceCenter, &network(levels)))
                .into_iter()
                .map(|(id, optional)| if optional { format!("{id}?") } else { id })
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(&[Level::County]), ["service-center-county"]);
        assert_eq!(ids(&[Level::Provincial]), ["service-center-provincial"]);
        assert_eq!(
            ids(&[Level::National, Level::Provincial]),
            ["management-body-national", "service-center-provincial"]
        );
        assert_eq!(
            ids(&[Level::Provincial, Level::Prefecture, Level::County]),
            [
                "management-body-provincial",
                "service-center-prefecture",
                "service-center-county?"
            ]
        );
        assert_eq!(
            ids(&[Level::National, Level::County]),
            ["service-center-national", "service-center-county?"]
        );
        assert_eq!(
            kinds(&units_for(Form::ServiceCenter, &Network::default())),
            [("service-center".to_string(), false)]
        );
    }

    #[test]
    fn counts_sit_on_their_level() {
        let net = Network {
            levels: vec![Level::Provincial, Level::Prefecture],
            counts: vec![(Level::Provincial, 31), (Level::Prefecture, 333)],
        };
        let units = units_for(Form::ServiceCenter, &net);
        assert_eq!(units[0].count, Some(31));
        assert_eq!(units[1].count, Some(333));
    }

    #[test]
    fn only_a_department_has_the_quoted_reporting_line() {
        assert_eq!(reporting_line(Form::Department).len(), 4);
        for form in [Form::None, Form::Team, Form::ServiceCenter, Form::Committee] {
            assert!(reporting_line(form).is_empty());
        }
    }
}
