//! The committed completion scripts and man pages are what the current clap definition makes.

use std::path::Path;

use schedctl::generate::{self, REGENERATE};

#[test]
fn completions_and_man_pages_match_the_clap_definition() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let differences = generate::differences(root).expect("read completions/ and man/");
    assert!(
        differences.is_empty(),
        "completions/ and man/ are stale: they no longer match src/cli.rs and src/help.rs:\n  {}\n\n\
         Regenerate them with:\n\n    {REGENERATE}\n\nand commit the result.\n",
        differences.join("\n  ")
    );
}

#[test]
fn there_is_a_man_page_per_command_and_a_script_per_shell() {
    let names: Vec<String> = generate::files()
        .iter()
        .map(|f| f.path.display().to_string())
        .collect();
    for expected in [
        "completions/schedctl.bash",
        "completions/_schedctl",
        "completions/schedctl.fish",
        "completions/_schedctl.ps1",
        "completions/schedctl.elv",
        "man/schedctl.1",
        "man/schedctl-job.1",
        "man/schedctl-job-get.1",
        "man/schedctl-completions.1",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} in {names:?}"
        );
    }
    assert!(!names.iter().any(|n| n.contains("help")), "{names:?}");
}

#[test]
fn the_man_page_has_the_hand_written_sections() {
    let page = generate::man_pages()
        .into_iter()
        .find(|f| f.path == Path::new("man/schedctl.1"))
        .expect("schedctl.1");
    let page = String::from_utf8(page.contents).unwrap();
    for section in [
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH FILES",
        ".SH EXAMPLES",
        ".SH \"SEE ALSO\"",
    ] {
        assert!(page.contains(section), "{section} missing");
    }
    assert!(page.contains("cloud_service = \"CS\\-NorthEurope\\-scheduler\""));
    assert!(page.contains("\\fB130\\fR"));
    let get = generate::man_pages()
        .into_iter()
        .find(|f| f.path == Path::new("man/schedctl-job-get.1"))
        .expect("schedctl-job-get.1");
    let get = String::from_utf8(get.contents).unwrap();
    assert!(get.contains("jq .status"), "{get}");
    assert!(get.contains(".SH \"EXIT STATUS\""));
}
