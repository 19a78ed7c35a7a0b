//! `schedctl completions SHELL`: the completion script on stdout. Reads no config file,
//! no certificate and no network, so it works before anything is set up.

use clap_complete::Shell;

use crate::error::Result;

/// Prints the script that `completions/` holds for `shell`.
pub fn print(shell: Shell) -> Result<()> {
    let script = crate::generate::completion(shell);
    super::emit(Ok(String::from_utf8_lossy(&script).into_owned()))
}
