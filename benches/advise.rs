//! `cargo bench`: the engine alone, one profile end to end in each format (the Word
//! document beside the HTML report it must stay within 3× of), and a batch of
//! 10,000 generated profiles through the library. The whole-process
//! comparisons (start-up, batch against plain TOML parsing, memory) are in
//! `bench/compare.sh`.

use divan::{Bencher, black_box};
use kam_advise::app::{Options, render_profile};
use kam_advise::options::Format;
use kam_advise::render::RenderOptions;
use kam_advise::rules::Rules;
use kam_advise::text::Lang;

fn main() {
    divan::main();
}

const PROFILE: &str = include_str!("../examples/medium-manufacturer.toml");

fn options(format: Format) -> Options {
    Options {
        format,
        render: RenderOptions {
            lang: Lang::Zh,
            color: false,
            width: 100,
            why: false,
            date: kam_advise::date::DocDate::from_unix_seconds(1_795_867_200),
            deliverable: Default::default(),
        },
        rules: Rules::default(),
    }
}

/// A generated profile, varied so that every form and the scale inference occur.
pub fn generated(i: usize) -> String {
    let kinds = ["enterprise", "group", "multinational", "public-sector"];
    format!(
        "name = \"客户 {i}\"\nannual_revenue = \"{}万\"\nkey_accounts = {}\nkind = \"{}\"\nindustry = \"industry\"\nemployees = {}\ncurrent_setup = \"sales\"\n\n[strategy]\nstrategic_plan = {}\n",
        (i * 37) % 90_000,
        i % 60,
        kinds[i % 4],
        (i * 13) % 2_000,
        i.is_multiple_of(3)
    )
}

#[divan::bench]
fn engine_alone(bencher: Bencher) {
    let profile =
        kam_advise::parse_profile("p.toml", PROFILE.as_bytes()).unwrap_or_else(|e| panic!("{e:?}"));
    let rules = Rules::default();
    bencher.bench(|| kam_advise::advise(black_box(&profile), &rules));
}

#[divan::bench(args = [Format::Table, Format::Json, Format::Markdown, Format::Dot, Format::Html, Format::Docx])]
fn one_profile_end_to_end(bencher: Bencher, format: Format) {
    let options = options(format);
    bencher.bench(|| render_profile("p.toml", black_box(PROFILE.as_bytes()), &options));
}

#[divan::bench(args = [Format::Table, Format::Json], sample_count = 10)]
fn batch_of_10000(bencher: Bencher, format: Format) {
    let profiles: Vec<String> = (0..10_000).map(generated).collect();
    let options = options(format);
    bencher.bench(|| {
        let mut bytes = 0usize;
        for text in &profiles {
            if let Ok(out) = render_profile("p.toml", text.as_bytes(), &options) {
                bytes += out.len();
            }
        }
        bytes
    });
}
