//! Writes the hostile corpus (`tests/hostile/corpus.rs`) into a directory, for
//! `bench/hostile.sh` and for reporting upstream: `cargo run --example
//! hostile-corpus DIR`. Prints one line per file: its name and its extra arguments.
#![allow(clippy::print_stdout, clippy::unwrap_used)]

#[path = "../tests/hostile/corpus.rs"]
mod corpus;

fn main() {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: hostile-corpus DIR");
        std::process::exit(2);
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    for case in corpus::write_all(&dir).unwrap() {
        println!("{}\t{}", case.name, case.args.join(" "));
    }
}
