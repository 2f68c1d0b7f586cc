//! Renderers: pure functions from an advised profile to text, or to a document's bytes
//! (DOCX). One file or folder per format.

pub mod chart;
pub mod compare;
pub mod decision;
pub mod docx;
pub mod dot;
pub mod explain;
pub mod html;
pub mod init;
pub mod json;
pub mod markdown;
pub mod org;
pub mod problems;
pub use problems::InWords;
pub mod rules;
pub mod sheet;
pub mod table;
pub mod wrap;

pub use wrap::{display_width, fit_columns, join_fitting, wrap};

use std::io::Write;

use crate::advice::{Advice, Facts, Form, Hint, Measure, RoleId, ServiceTier};
use crate::date::DocDate;
use crate::profile::Profile;
use crate::rules::Rules;
use crate::text::{Catalog, Lang, catalog, thousands};

/// A format an advised profile is rendered in: one value per run, made once, so that
/// what does not depend on the profile (the chapter's tables of a terminal report) is
/// laid out once for the whole batch.
pub trait Renderer {
    /// One advised profile written to `out`: text ending with a newline, or a whole
    /// document (DOCX).
    fn render(&self, report: &Report<'_>, out: &mut dyn Write) -> Result<(), RenderFailure>;

    /// One advised profile as bytes, for a file written whole.
    fn to_bytes(&self, report: &Report<'_>) -> Result<Vec<u8>, RenderFailure> {
        let mut bytes = Vec::new();
        self.render(report, &mut bytes)?;
        Ok(bytes)
    }
}

/// Why a report could not be made: neither depends on the profile's text, both are
/// reported as what they are.
#[derive(Debug)]
pub enum RenderFailure {
    /// A report could not be serialised as JSON.
    Json(serde_json::Error),
    /// A Word document could not be packed (the zip writer's message).
    Docx(String),
    /// The report could not be written where it was going.
    Write(std::io::Error),
}

impl From<std::io::Error> for RenderFailure {
    fn from(error: std::io::Error) -> RenderFailure {
        RenderFailure::Write(error)
    }
}

impl From<serde_json::Error> for RenderFailure {
    fn from(error: serde_json::Error) -> RenderFailure {
        RenderFailure::Json(error)
    }
}

impl std::fmt::Display for RenderFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderFailure::Json(e) => e.fmt(f),
            RenderFailure::Docx(message) => f.write_str(message),
            RenderFailure::Write(e) => e.fmt(f),
        }
    }
}

/// The terminal table.
pub struct Table {
    pub opts: RenderOptions,
    /// (三) and (四), laid out on first use.
    fixed: std::cell::OnceCell<String>,
}

impl Table {
    pub fn new(opts: RenderOptions) -> Table {
        Table {
            opts,
            fixed: std::cell::OnceCell::new(),
        }
    }
}

impl Renderer for Table {
    fn render(&self, report: &Report<'_>, out: &mut dyn Write) -> Result<(), RenderFailure> {
        let fixed = self.fixed.get_or_init(|| table::fixed_texts(&self.opts));
        Ok(out.write_all(table::render(report, &self.opts, fixed).as_bytes())?)
    }
}

/// JSON Lines.
pub struct Json {
    pub opts: RenderOptions,
    /// (三) and (四) as JSON, written on first use.
    shared: std::cell::OnceCell<json::Shared>,
}

impl Json {
    pub fn new(opts: RenderOptions) -> Json {
        Json {
            opts,
            shared: std::cell::OnceCell::new(),
        }
    }
}

impl Renderer for Json {
    fn render(&self, report: &Report<'_>, out: &mut dyn Write) -> Result<(), RenderFailure> {
        let shared = match self.shared.get() {
            Some(shared) => shared,
            None => {
                let shared = json::Shared::new(self.opts.catalog())?;
                self.shared.get_or_init(|| shared)
            }
        };
        let line = json::render(report, &self.opts, shared)?;
        out.write_all(line.as_bytes())?;
        Ok(out.write_all(b"\n")?)
    }
}

/// The Markdown report.
pub struct Markdown(pub RenderOptions);

impl Renderer for Markdown {
    fn render(&self, report: &Report<'_>, out: &mut dyn Write) -> Result<(), RenderFailure> {
        Ok(out.write_all(markdown::render(report, &self.0).as_bytes())?)
    }
}

/// The HTML report.
pub struct Html(pub RenderOptions);

impl Renderer for Html {
    fn render(&self, report: &Report<'_>, out: &mut dyn Write) -> Result<(), RenderFailure> {
        Ok(out.write_all(html::render(report, &self.0).as_bytes())?)
    }
}

/// The Word document.
pub struct Docx(pub RenderOptions);

impl Renderer for Docx {
    fn render(&self, report: &Report<'_>, out: &mut dyn Write) -> Result<(), RenderFailure> {
        let document =
            docx::render(report, &self.0).map_err(|e| RenderFailure::Docx(e.to_string()))?;
        Ok(out.write_all(&document)?)
    }
}

/// The Graphviz chart.
pub struct Dot(pub RenderOptions);

impl Renderer for Dot {
    fn render(&self, report: &Report<'_>, out: &mut dyn Write) -> Result<(), RenderFailure> {
        Ok(out.write_all(dot::render(report, &self.0).as_bytes())?)
    }
}

/// A compared value as text: money, a count, or yes/no.
pub(crate) fn measure(m: Measure, text: &dyn Catalog) -> String {
    text.measure(m)
}

/// A condition's threshold as text: "≥ 5000万元", or "yes" for a flag.
pub(crate) fn threshold(m: Measure, text: &dyn Catalog) -> String {
    match m {
        Measure::Flag(_) | Measure::Unstated => text.labels().yes.to_string(),
        other => format!("≥ {}", measure(other, text)),
    }
}

/// One advised profile, with where it came from and the rules it was advised under.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    pub source: &'a str,
    pub profile: &'a Profile,
    pub advice: &'a Advice,
    pub rules: &'a Rules,
}

impl Report<'_> {
    /// What the form rules read, for wording the reason.
    pub fn facts(&self) -> Facts {
        Facts {
            key_accounts: self.profile.key_accounts,
            worth_considering: self.advice.worth_considering,
            kind: self.profile.kind,
            scale: self.profile.scale,
        }
    }

    /// The revenue as given, with its CNY figure where the currency is another.
    pub fn revenue(&self, text: &dyn Catalog) -> String {
        let r = &self.profile.revenue;
        if r.currency == "CNY" {
            text.money(self.profile.revenue_cny)
        } else {
            text.foreign_money(
                &r.amount.to_string(),
                &r.currency,
                &r.cny_rate.to_string(),
                self.profile.revenue_cny,
            )
        }
    }

    /// The recommended form with its clause: "KAM department (二)3", "重点客户管理部(二)3".
    pub fn form_with_clause(&self, text: &dyn Catalog) -> String {
        let advice = self.advice;
        text.with_clause(text.form(advice.form), advice.rule.form_clause())
    }

    /// Whether a unit may be considered, in agreement with the form rule.
    pub fn verdict(&self, text: &dyn Catalog) -> String {
        let advice = self.advice;
        let met = advice.conditions.iter().filter(|c| c.met).count();
        text.verdict(advice.worth_considering, met, advice.rule)
    }

    /// Every fact of the profile a document's table shows, as (label, value): the
    /// revenue in its currency beside CNY, the answers to (一)3 and (一)4 ("not
    /// stated" where the profile leaves them out), and each optional fact given.
    pub fn fact_rows(&self, text: &dyn Catalog) -> Vec<(&'static str, String)> {
        let (l, d) = (text.labels(), text.document_labels());
        let p = self.profile;
        let mut rows = vec![
            (l.revenue, self.revenue(text)),
            (l.key_accounts, thousands(p.key_accounts)),
            (l.kind, text.kind(p.kind).to_string()),
            (l.scale, self.scale(text)),
        ];
        if let Some(row) = p.industry {
            rows.push((d.industry, text.industry(row).to_string()));
        }
        if let Some(n) = p.employees {
            rows.push((d.employees, thousands(n)));
        }
        if let Some(yuan) = p.total_assets_cny {
            rows.push((d.total_assets, text.money(yuan)));
        }
        if let Some(setup) = p.current_setup {
            rows.push((d.current_setup, text.setup(setup).to_string()));
        }
        for c in &self.advice.conditions {
            if matches!(c.value, Measure::Flag(_) | Measure::Unstated) {
                rows.push((text.condition(c.id), text.measure(c.value)));
            }
        }
        if !p.network.levels.is_empty() {
            let levels: Vec<String> = p
                .network
                .levels
                .iter()
                .map(|&level| match p.network.count(level) {
                    Some(n) => format!(
                        "{}{}{}{}",
                        text.level(level),
                        l.paren_open,
                        thousands(n),
                        l.paren_close
                    ),
                    None => text.level(level).to_string(),
                })
                .collect();
            rows.push((d.network, levels.join(l.list_separator)));
        }
        if let Some(functions) = &p.team_functions {
            rows.push((d.team_functions, functions.join(l.list_separator)));
        }
        rows
    }

    /// What a document says to its client besides the advice: each warning in the
    /// client's words, and the note on figures marked ◆ when a rules file is in force.
    pub fn client_notes(&self, text: &dyn Catalog) -> Vec<String> {
        let mut notes: Vec<String> = self
            .advice
            .warnings
            .iter()
            .map(|w| text.client_warning(*w))
            .collect();
        if !self.rules.is_default() {
            notes.push(text.own_settings_legend().to_string());
        }
        notes
    }

    /// The hints a document gives: all but the note to the tool's user on a rules
    /// file (a document says it with ◆).
    pub fn client_hints(&self) -> impl Iterator<Item = &Hint> {
        self.advice
            .hints
            .iter()
            .filter(|h| !matches!(h, Hint::CustomRules))
    }

    /// The staffing table's rows: role, count, source, basis (with "not in the
    /// headcount"). For a client, a figure from a rules file is marked ◆ as the
    /// organisation's own setting.
    pub fn staffing_rows_for(&self, text: &dyn Catalog, client: bool) -> Vec<Vec<String>> {
        let mut rows = self.staffing_rows(text);
        if client {
            for (row, role) in rows.iter_mut().zip(&self.advice.staffing.roles) {
                if role.source == crate::rules::Source::RulesFile {
                    row[2] = text.document_labels().own_setting.to_string();
                }
            }
        }
        rows
    }

    /// The staffing table's rows: role, count, source, basis (with "not in the headcount").
    pub fn staffing_rows(&self, text: &dyn Catalog) -> Vec<Vec<String>> {
        let l = text.labels();
        let uncounted = self.advice.form == Form::ServiceCenter
            && matches!(self.advice.tier, ServiceTier::Uncounted { .. });
        self.advice
            .staffing
            .roles
            .iter()
            .map(|role| {
                let mut basis = text.basis(role.basis);
                if !role.in_headcount {
                    basis = format!("{basis}{}{}", l.clause_separator, l.not_in_headcount);
                }
                vec![
                    text.role(role),
                    match (role.count, uncounted && role.id == RoleId::KamManager) {
                        (None, _) => "—".to_string(),
                        // An uncounted tier's managers: the least the load needs.
                        (Some(n), true) => format!("≥ {}", thousands(n)),
                        (Some(n), false) => thousands(n),
                    },
                    text.source(role.source).to_string(),
                    basis,
                ]
            })
            .collect()
    }

    /// The staffing's totals as (label, value): headcount (a service centre's counts
    /// only its managers), KAM managers where there is a unit, focus executives if any.
    pub fn staffing_totals(&self, text: &dyn Catalog) -> Vec<(&'static str, String)> {
        let l = text.labels();
        let (form, staffing) = (self.advice.form, &self.advice.staffing);
        // No unit, no headcount line.
        if form == Form::None {
            return Vec::new();
        }
        let mut totals = vec![match (self.advice.tier, staffing.headcount) {
            (_, None) => (l.headcount, l.headcount_not_estimated.to_string()),
            (ServiceTier::Counted { .. }, Some(n)) if form == Form::ServiceCenter => {
                (l.headcount_managers_only, text.people(n))
            }
            (_, Some(n)) => (l.headcount, text.people(n)),
        }];
        let managers = match self.advice.tier {
            ServiceTier::Uncounted { .. } if form == Form::ServiceCenter => {
                text.managers_guide(staffing.kam_managers, self.rules.service_center_min_staff)
            }
            _ => text.staff_count(staffing.kam_managers),
        };
        totals.push((l.kam_managers, managers));
        if staffing.focus_executives > 0 {
            totals.push((
                l.focus_executives,
                text.staff_count(staffing.focus_executives),
            ));
        }
        totals
    }

    /// The department's quoted reporting line in one line, with its note; `None` for
    /// every other form.
    pub fn reporting_line(&self, text: &dyn Catalog) -> Option<String> {
        let l = text.labels();
        let line = &self.advice.reporting_line;
        (!line.is_empty()).then(|| {
            let posts: Vec<&str> = line.iter().map(|&p| text.post(p)).collect();
            format!(
                "{}{}{}{}{}{}",
                l.reporting_line,
                l.colon,
                posts.join(" → "),
                l.paren_open,
                text.reporting_line_note(),
                l.paren_close
            )
        })
    }

    /// The scale with where it came from: "medium (declared)".
    pub fn scale(&self, text: &dyn Catalog) -> String {
        let l = text.labels();
        let source = text.scale_source(self.profile.scale_source, self.profile.industry);
        let (open, close) = (l.paren_open, l.paren_close);
        match self.profile.scale {
            Some(scale) => format!("{}{open}{source}{close}", text.scale(scale)),
            None => format!("{}{open}{source}{close}", l.not_given),
        }
    }
}

/// How to render: language, colour, and the width to fit.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    pub lang: Lang,
    pub color: bool,
    pub width: u16,
    /// Show the reasoning (`--why`).
    pub why: bool,
    /// The date a document carries (HTML, DOCX, Markdown); `None` for output that
    /// carries none.
    pub date: Option<DocDate>,
    /// Who prepared a document, its logo and whether it is confidential (HTML,
    /// DOCX, Markdown); shared by every document of a run.
    pub deliverable: std::sync::Arc<Deliverable>,
}

/// What a consultant adds to the documents of a run: `--prepared-by`, `--logo`,
/// `--confidential`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Deliverable {
    pub prepared_by: Option<String>,
    pub logo: Option<Logo>,
    pub confidential: bool,
}

/// An image to embed in a document, checked: its type and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    pub kind: LogoKind,
    pub bytes: Vec<u8>,
}

/// The image types a logo may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoKind {
    Png,
    Jpeg,
    Svg,
}

impl LogoKind {
    pub fn mime(self) -> &'static str {
        match self {
            LogoKind::Png => "image/png",
            LogoKind::Jpeg => "image/jpeg",
            LogoKind::Svg => "image/svg+xml",
        }
    }

    /// The type the bytes say they are (their signature, or an SVG's root element),
    /// whatever the file's name.
    pub fn sniff(bytes: &[u8]) -> Option<LogoKind> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(LogoKind::Png);
        }
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            return Some(LogoKind::Jpeg);
        }
        let head = std::str::from_utf8(&bytes[..bytes.len().min(4096)]).ok()?;
        let head = head.trim_start_matches('\u{feff}').trim_start();
        (head.starts_with("<svg") || (head.starts_with("<?xml") && head.contains("<svg")))
            .then_some(LogoKind::Svg)
    }
}

impl RenderOptions {
    pub fn catalog(&self) -> &'static dyn Catalog {
        catalog(self.lang)
    }

    pub fn style(&self) -> Style {
        Style { color: self.color }
    }
}

/// ANSI styling that does nothing when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, style: anstyle::Style, text: &str) -> String {
        if self.color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }
    pub fn heading(&self, text: &str) -> String {
        self.paint(anstyle::Style::new().bold(), text)
    }
    pub fn good(&self, text: &str) -> String {
        self.paint(anstyle::AnsiColor::Green.on_default(), text)
    }
    pub fn warn(&self, text: &str) -> String {
        self.paint(anstyle::AnsiColor::Yellow.on_default(), text)
    }
    pub fn dim(&self, text: &str) -> String {
        self.paint(anstyle::Style::new().dimmed(), text)
    }
}

/// A titled table: what `explain` and `compare` print, in the terminal or as Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// A sentence under the table, empty for none.
    pub note: String,
}

/// Sections as terminal tables.
pub fn sections_as_table(sections: &[Section], opts: &RenderOptions) -> String {
    use std::fmt::Write as _;
    let style = opts.style();
    let mut out = String::new();
    for (i, section) in sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !section.title.is_empty() {
            let title = wrap(&section.title, usize::from(opts.width), "", "");
            let _ = writeln!(out, "{}", style.heading(&title));
        }
        let header: Vec<&str> = section.header.iter().map(String::as_str).collect();
        let table = table::grid(opts, &header, &section.rows, |_, _, cell| cell);
        let _ = writeln!(out, "{table}");
        if !section.note.is_empty() {
            let _ = writeln!(
                out,
                "{}",
                wrap(&section.note, usize::from(opts.width), "", "")
            );
        }
    }
    out
}

/// Sections as Markdown: a heading and a table each.
pub fn sections_as_markdown(sections: &[Section]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for (i, section) in sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !section.title.is_empty() {
            let _ = writeln!(out, "## {}\n", section.title);
        }
        let header: Vec<&str> = section.header.iter().map(String::as_str).collect();
        markdown::table(&mut out, &header, &section.rows);
        if !section.note.is_empty() {
            let _ = writeln!(out, "\n{}", section.note);
        }
    }
    out
}
