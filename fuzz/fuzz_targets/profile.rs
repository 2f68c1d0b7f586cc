//! The whole path a profile takes — read, parse, check, advise, render in every
//! format and language — on arbitrary bytes. Any panic is a bug.
#![no_main]

use kam_advise::app::{render_profile, Options};
use kam_advise::date::DocDate;
use kam_advise::options::Format;
use kam_advise::render::RenderOptions;
use kam_advise::rules::Rules;
use kam_advise::text::Lang;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for format in [Format::Table, Format::Json, Format::Markdown, Format::Dot, Format::Html, Format::Docx] {
        for lang in [Lang::En, Lang::Zh] {
            let options = Options {
                format,
                render: RenderOptions {
                    lang,
                    color: false,
                    width: 80,
                    why: true,
                    date: DocDate::from_unix_seconds(0),
                    deliverable: Default::default(),
                },
                rules: Rules::default(),
            };
            match render_profile("fuzz.toml", data, &options) {
                Ok(text) => assert!(!text.is_empty()),
                Err(e) => assert!(e.to_string().starts_with("fuzz.toml")),
            }
        }
    }
    // The same bytes as a --rules file.
    let _ = Rules::parse("rules.toml", data);
});
