//! The committed `completions/` and `man/` folders, made from the clap definition
//! ([`crate::cli::command`]) and the texts of [`crate::help`]. `cargo run --example generate`
//! writes them; a test compares them with what the current code makes.

use std::io;
use std::path::{Path, PathBuf};

use clap_complete::{Generator, Shell};
use clap_mangen::roff::{bold, italic, roman, Roff};
use clap_mangen::Man;

use crate::help;

/// The one command that brings `completions/` and `man/` up to date.
pub const REGENERATE: &str = "cargo run --example generate";

/// The shells that get a completion script, in the order of the README.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// The folders this module owns, relative to the repository root.
const FOLDERS: [&str; 2] = ["completions", "man"];

/// One generated file: its path relative to the repository root, and its contents.
pub struct GeneratedFile {
    /// e.g. `completions/schedctl.bash`, `man/schedctl-job-get.1`.
    pub path: PathBuf,
    /// What the file must hold.
    pub contents: Vec<u8>,
}

/// The completion script for `shell`, as `schedctl completions SHELL` prints it.
pub fn completion(shell: Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut crate::cli::command(), "schedctl", &mut script);
    let script = String::from_utf8_lossy(&script);
    with_profile_names(shell, &script).into_bytes()
}

/// Bash: the profile names of the config file in use (`--config` on the line, else as
/// schedctl finds it), without `config profiles`' two-character marks; `-o table` whatever
/// `SCHEDCTL_OUTPUT` says.
const BASH_PROFILES: &str = r#"_schedctl_profiles() {
    local i line config=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${COMP_WORDS[i]}" in
            --config) config=(--config "${COMP_WORDS[i+1]}") ;;
            --config=*) config=(--config "${COMP_WORDS[i]#--config=}") ;;
        esac
    done
    schedctl "${config[@]}" -o table config profiles 2>/dev/null | while IFS= read -r line; do
        printf '%s\n' "${line:2}"
    done
}

"#;

/// Zsh: as [`BASH_PROFILES`].
const ZSH_PROFILES: &str = r#"_schedctl_profiles() {
    local i
    local -a config profiles
    for ((i = 2; i < CURRENT; i++)); do
        case $words[i] in
            --config) config=(--config "${words[i+1]}") ;;
            --config=*) config=(--config "${words[i]#--config=}") ;;
        esac
    done
    profiles=(${(f)"$(schedctl $config -o table config profiles 2>/dev/null)"})
    profiles=(${profiles#??})
    compadd -a profiles
}

"#;

/// Fish: as [`BASH_PROFILES`].
const FISH_PROFILES: &str = r#"function __fish_schedctl_profiles
    set -l tokens (commandline -opc)
    set -l config
    for i in (seq (count $tokens))
        switch $tokens[$i]
            case --config
                if test $i -lt (count $tokens)
                    set config --config $tokens[(math $i + 1)]
                end
            case '--config=*'
                set config --config (string replace -- --config= '' $tokens[$i])
        end
    end
    command -q schedctl; and schedctl $config -o table config profiles 2>/dev/null | string sub -s 3
end

# Before the subcommand, the generated conditions fail on a -p still without its value.
function __fish_schedctl_after_profile
    set -l tokens (commandline -opc)
    contains -- $tokens[-1] -p --profile
end

complete -c schedctl -n __fish_schedctl_after_profile -f -a "(__fish_schedctl_profiles)"

"#;

/// clap_complete completes `-p NAME` with file names. In bash, zsh and fish the script asks
/// `schedctl config profiles` instead (SPEC §3), through a helper function placed before the
/// generated code. Each rewrite matches the generated text exactly; a test fails if a
/// clap_complete upgrade changes it.
fn with_profile_names(shell: Shell, script: &str) -> String {
    match shell {
        Shell::Bash => {
            let mut out = String::from(BASH_PROFILES);
            out.push_str(script);
            let mut rewritten = String::with_capacity(out.len());
            let mut lines = out.lines().peekable();
            while let Some(line) = lines.next() {
                rewritten.push_str(line);
                rewritten.push('\n');
                let trimmed = line.trim();
                if trimmed == "--profile)" || trimmed == "-p)" {
                    if let Some(next) = lines.peek() {
                        if next.trim() == "COMPREPLY=($(compgen -f \"${cur}\"))" {
                            let indent = &next[..next.len() - next.trim_start().len()];
                            rewritten.push_str(indent);
                            rewritten.push_str(
                                "COMPREPLY=($(compgen -W \"$(_schedctl_profiles)\" -- \"${cur}\"))\n",
                            );
                            lines.next();
                        }
                    }
                }
            }
            rewritten
        }
        Shell::Zsh => {
            let mut out = String::new();
            let mut placed = false;
            for line in script.lines() {
                if !placed && line.starts_with("_schedctl() {") {
                    out.push_str(ZSH_PROFILES);
                    placed = true;
                }
                let trimmed = line.trim_start();
                if trimmed.starts_with("'-p+[") || trimmed.starts_with("'--profile=[") {
                    out.push_str(&line.replace(":NAME:_default'", ":NAME:_schedctl_profiles'"));
                } else {
                    out.push_str(line);
                }
                out.push('\n');
            }
            out
        }
        Shell::Fish => {
            let mut out = String::from(FISH_PROFILES);
            for line in script.lines() {
                out.push_str(line);
                if line.contains(" -s p -l profile ") && line.ends_with(" -r") {
                    out.push_str(" -f -a \"(__fish_schedctl_profiles)\"");
                }
                out.push('\n');
            }
            out
        }
        _ => script.to_string(),
    }
}

/// Every file of `completions/` and `man/`.
pub fn files() -> Vec<GeneratedFile> {
    let mut files: Vec<GeneratedFile> = SHELLS
        .iter()
        .map(|&shell| GeneratedFile {
            path: Path::new("completions").join(shell.file_name("schedctl")),
            contents: completion(shell),
        })
        .collect();
    files.extend(man_pages());
    files
}

/// `man/schedctl.1` and one page per subcommand (`man/schedctl-job-get.1`, …).
pub fn man_pages() -> Vec<GeneratedFile> {
    let mut cmd = crate::cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    collect_pages(&cmd, "", &mut pages);
    pages
}

fn collect_pages(cmd: &clap::Command, path: &str, pages: &mut Vec<GeneratedFile>) {
    let name = cmd.get_display_name().unwrap_or(cmd.get_name()).to_string();
    pages.push(GeneratedFile {
        path: Path::new("man").join(format!("{name}.1")),
        contents: man_page(cmd, path),
    });
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let sub_path = if path.is_empty() {
            sub.get_name().to_string()
        } else {
            format!("{path} {}", sub.get_name())
        };
        collect_pages(sub, &sub_path, pages);
    }
}

/// One man page: clap_mangen's sections, then ours from `src/help.rs`.
fn man_page(cmd: &clap::Command, path: &str) -> Vec<u8> {
    let man = Man::new(cmd.clone())
        .source(format!("schedctl {}", env!("CARGO_PKG_VERSION")))
        .manual("schedctl manual");
    let mut chunks: Vec<Vec<u8>> = Vec::new();
    let mut render = |f: &dyn Fn(&mut Vec<u8>) -> io::Result<()>| {
        let mut chunk = Vec::new();
        f(&mut chunk).expect("writing to a Vec cannot fail");
        chunks.push(chunk);
    };
    render(&|w| man.render_title(w));
    render(&|w| man.render_name_section(w));
    render(&|w| man.render_synopsis_section(w));
    render(&|w| man.render_description_section(w));
    render(&|w| man.render_options_section(w));
    if cmd.get_subcommands().next().is_some() {
        render(&|w| man.render_subcommands_section(w));
    }
    // No VERSION section: the footer already names the version.
    render(&|w| our_sections(cmd, path).to_writer(w));

    // Each rendering starts with the same roff preamble; keep the first only.
    let preamble = Roff::new().render().into_bytes();
    let mut page = Vec::new();
    for (i, chunk) in chunks.into_iter().enumerate() {
        match chunk.strip_prefix(preamble.as_slice()) {
            Some(rest) if i > 0 => page.extend_from_slice(rest),
            _ => page.extend_from_slice(&chunk),
        }
    }
    ascii_roff(&page)
}

/// The page with every non-ASCII character written as groff's `\[uXXXX]` escape: groff reads
/// its input as Latin-1 by default, so a `…` or `é` in a help text would otherwise warn (CI
/// runs `groff -ww`) and print as mojibake.
fn ascii_roff(page: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(page);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\[u{:04X}]", c as u32));
        }
    }
    out.into_bytes()
}

/// EXIT STATUS, ENVIRONMENT and FILES (schedctl.1 only), FIELDS (commands that print a
/// resource), EXAMPLES and SEE ALSO.
fn our_sections(cmd: &clap::Command, path: &str) -> Roff {
    let mut roff = Roff::new();
    let top = path.is_empty();

    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in help::EXIT_CODES {
        roff.control("TP", []);
        roff.text([bold(code.to_string())]);
        roff.text([roman(*meaning)]);
    }

    if top {
        roff.control("SH", ["ENVIRONMENT"]);
        for (names, meaning) in help::ENVIRONMENT {
            roff.control("TP", []);
            roff.text([bold(*names)]);
            roff.text([roman(*meaning)]);
        }

        roff.control("SH", ["FILES"]);
        roff.control("TP", []);
        roff.text([italic("~/.config/schedctl/config.toml")]);
        roff.text([roman(help::CONFIG_FILE)]);
        roff.text([roman("For example:")]);
        roff.control("RS", ["4"]);
        roff.control("PP", []);
        roff.control("nf", []);
        for line in help::CONFIG_EXAMPLE.lines() {
            roff.text([roman(line)]);
        }
        roff.control("fi", []);
        roff.control("RE", []);
    }

    if let Some(schema) = help::schema_of(path) {
        roff.control("SH", ["FIELDS"]);
        roff.text([roman(format!("{}:", help::fields_heading(schema)))]);
        roff.control("RS", ["4"]);
        roff.control("PP", []);
        // Lines as `--help` wraps them: filled text would hyphenate the paths.
        roff.control("nf", []);
        for line in help::fields_text(schema, 0, 72).lines() {
            roff.text([roman(line)]);
        }
        roff.control("fi", []);
        roff.control("RE", []);
    }

    let examples = help::examples(path);
    if !examples.is_empty() {
        roff.control("SH", ["EXAMPLES"]);
        for example in examples {
            roff.control("PP", []);
            roff.text([roman(format!("{}:", example.what))]);
            roff.control("RS", ["4"]);
            roff.control("nf", []);
            roff.text([bold(example.command)]);
            roff.control("fi", []);
            roff.control("RE", []);
        }
    }

    roff.control("SH", ["SEE ALSO"]);
    let mut see_also: Vec<String> = Vec::new();
    if !top {
        see_also.push("schedctl".to_string());
        let parent = path.rsplit_once(' ').map(|(p, _)| p);
        if let Some(parent) = parent {
            see_also.push(format!("schedctl-{}", parent.replace(' ', "-")));
        }
    }
    let own = cmd.get_display_name().unwrap_or(cmd.get_name());
    see_also.extend(
        cmd.get_subcommands()
            .filter(|s| !s.is_hide_set())
            .map(|s| format!("{own}-{}", s.get_name())),
    );
    let mut line = Vec::new();
    for (i, page) in see_also.iter().enumerate() {
        if i > 0 {
            line.push(roman(", "));
        }
        line.push(bold(page.as_str()));
        line.push(roman("(1)"));
    }
    roff.text(line);
    roff
}

/// Writes every generated file under `root` and removes files in `completions/` and `man/`
/// that are no longer generated. Returns the paths written or removed.
pub fn write(root: &Path) -> io::Result<Vec<PathBuf>> {
    let files = files();
    let mut changed = Vec::new();
    for folder in FOLDERS {
        std::fs::create_dir_all(root.join(folder))?;
    }
    for file in &files {
        let target = root.join(&file.path);
        if std::fs::read(&target).ok().as_deref() != Some(file.contents.as_slice()) {
            std::fs::write(&target, &file.contents)?;
            changed.push(file.path.clone());
        }
    }
    for extra in extra_files(root, &files)? {
        std::fs::remove_file(root.join(&extra))?;
        changed.push(extra);
    }
    Ok(changed)
}

/// What differs between `root` and the generated files, one line each; empty when current.
pub fn differences(root: &Path) -> io::Result<Vec<String>> {
    let files = files();
    let mut problems = Vec::new();
    for file in &files {
        match std::fs::read(root.join(&file.path)) {
            Ok(contents) if contents == file.contents => {}
            Ok(_) => problems.push(format!("{} differs", file.path.display())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                problems.push(format!("{} is missing", file.path.display()))
            }
            Err(e) => return Err(e),
        }
    }
    for extra in extra_files(root, &files)? {
        problems.push(format!("{} is no longer generated", extra.display()));
    }
    Ok(problems)
}

fn extra_files(root: &Path, files: &[GeneratedFile]) -> io::Result<Vec<PathBuf>> {
    let mut extra = Vec::new();
    for folder in FOLDERS {
        let entries = match std::fs::read_dir(root.join(folder)) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        for entry in entries {
            let path = Path::new(folder).join(entry?.file_name());
            if !files.iter().any(|f| f.path == path) {
                extra.push(path);
            }
        }
    }
    extra.sort();
    Ok(extra)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn man_pages_are_ascii_with_groff_escapes_for_the_rest() {
        assert_eq!(
            ascii_roff("a … é".as_bytes()),
            b"a \\[u2026] \\[u00E9]".to_vec()
        );
        for page in man_pages() {
            assert!(page.contents.is_ascii(), "{}", page.path.display());
        }
    }
}
