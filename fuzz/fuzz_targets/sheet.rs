//! Sheet bytes (CSV, TSV, XLSX, XLS, ODS) through the sheet readers and every
//! row's check, as `kam-advise FILE` reads them. The first byte picks the format;
//! the rest is the file. Any panic, abort (a failed allocation under the release
//! profile), or a run that does not end is a bug. Each error must name the file.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use kam_advise::sheet::{SheetKind, read_sheet};
use libfuzzer_sys::fuzz_target;

const EXTENSIONS: [&str; 5] = ["csv", "tsv", "xlsx", "xls", "ods"];

/// One scratch directory for the process: each input is written to a file there.
fn dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("kam-advise-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch directory");
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let ext = EXTENSIONS[usize::from(pick) % EXTENSIONS.len()];
    let name = format!("fuzz.{ext}");
    let path = dir().join(&name);
    std::fs::write(&path, bytes).expect("scratch file");
    let kind = SheetKind::of(&path).expect("a sheet extension");
    let mut rows = 0usize;
    let _ = read_sheet(&path, kind, None, &mut |row| -> Result<(), ()> {
        rows += 1;
        if let Err(error) = row {
            let text = kam_advise::render::problems::in_english(&error);
            assert!(text.contains("fuzz."), "{text}");
        }
        Ok(())
    });
});
