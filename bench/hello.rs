//! The smallest Rust program that writes a line: the start-up floor that
//! `bench/compare.sh` measures kam-advise against.
use std::io::Write;

fn main() {
    let _ = writeln!(std::io::stdout().lock(), "hello");
}
