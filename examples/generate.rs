//! Regenerates the committed `completions/` and `man/` from the clap definition:
//!
//!     cargo run --example generate

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match schedctl::generate::write(root) {
        Ok(changed) if changed.is_empty() => {
            eprintln!("completions/ and man/ are up to date");
            ExitCode::SUCCESS
        }
        Ok(changed) => {
            for path in changed {
                eprintln!("updated {}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("generate: error: {e}");
            ExitCode::FAILURE
        }
    }
}
