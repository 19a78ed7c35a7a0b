//! One module per command; this one dispatches and holds what commands share: the session
//! (settings, credentials, client), output options, paging and error explanation.

mod cloud_service;
mod collection;
mod completions;
mod config;
mod job;

use std::time::Instant;

use serde::de::DeserializeOwned;

use crate::cli::{
    Cli, CloudServiceCommand, CollectionCommand, ColorChoice, Command, ConfigCommand, GlobalArgs,
    JobCommand, OutputFormat, Paging,
};
use crate::client::{Client, Failure, Response, RetryLines};
use crate::config::Settings;
use crate::credentials;
use crate::env::{Environment, ProcessEnv};
use crate::error::{Error, Result};
use crate::explain::{self, response, usage, Context, Target};
use crate::model::field::FieldPath;
use crate::model::{self, Item};
use crate::output::jq::Program;
use crate::output::{self, Format, OutputOptions};

/// The most items the service returns in one page.
const PAGE_SIZE: u32 = 100;

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let global = &cli.global;
    match &cli.command {
        Command::Job(JobCommand::Get { collection, jobs }) => job::get(global, collection, jobs),
        Command::Job(JobCommand::List {
            collection,
            state,
            paging,
        }) => job::list(global, collection, state.as_deref(), *paging),
        Command::Job(JobCommand::History {
            collection,
            job,
            status,
            paging,
        }) => job::history(global, collection, job, status.as_deref(), *paging),
        Command::Job(JobCommand::Wait {
            collection,
            job,
            condition,
            timeout,
            interval,
        }) => job::wait(global, collection, job, condition, *timeout, *interval),
        Command::Collection(CollectionCommand::List) => collection::list(global),
        Command::Collection(CollectionCommand::Get { collection }) => {
            collection::get(global, collection)
        }
        Command::CloudService(CloudServiceCommand::List) => cloud_service::list(global),
        Command::Completions { shell } => completions::print(*shell),
        Command::Config(command) => {
            no_fields(global)?;
            match command {
                ConfigCommand::Path => config::path(global),
                ConfigCommand::Show => config::show(global),
                ConfigCommand::Profiles => config::profiles(global),
                ConfigCommand::Use { profile } => config::use_profile(global, profile),
                ConfigCommand::Set { key, value } => config::set(global, key, value),
                ConfigCommand::Unset { key } => config::unset(global, key),
                ConfigCommand::ImportPublishsettings { file, name, force } => {
                    config::import(global, file, name.as_deref(), *force)
                }
            }
        }
    }
}

/// Everything a command needs to talk to the service.
struct Session {
    settings: Settings,
    client: Client,
    thumbprint: String,
}

impl Session {
    /// Resolves settings, loads the certificate and builds the client.
    fn open(global: &GlobalArgs) -> Result<Session> {
        Session::with_settings(global, crate::config::resolve(global, &ProcessEnv)?)
    }

    /// [`Session::open`] for a command that needs no cloud service.
    fn open_for_subscription(global: &GlobalArgs) -> Result<Session> {
        let settings = crate::config::resolve_without_cloud_service(global, &ProcessEnv)?;
        Session::with_settings(global, settings)
    }

    fn with_settings(global: &GlobalArgs, settings: Settings) -> Result<Session> {
        let env = ProcessEnv;
        let identity = credentials::load(&settings.credentials, global.quiet)?;
        let mut client = Client::new(
            &settings,
            &identity,
            &env,
            global.verbose,
            explain::describe,
        )
        .map_err(explain::setup)?;
        // Retries are visible on a terminal unless -q, and always with -v (SPEC §7).
        let terminal = env.stderr_is_terminal();
        if global.verbose > 0 || (terminal && !global.quiet) {
            client.announce_retries(RetryLines {
                describe: explain::retry_line,
                clear_line: terminal,
            });
        }
        Ok(Session {
            thumbprint: identity.thumbprint(),
            settings,
            client,
        })
    }

    /// GETs a path, explaining an error status in terms of `target`.
    fn get(&self, path: &str, target: &Target, deadline: Option<Instant>) -> Result<Response> {
        self.client
            .get_until(path, deadline)
            .map_err(|failure| self.explain(failure, target))
    }

    fn explain(&self, failure: Failure, target: &Target) -> Error {
        let context = Context {
            subscription: &self.settings.subscription_id.value,
            cloud_service: &self.settings.cloud_service.value,
            thumbprint: &self.thumbprint,
        };
        explain::explain(failure, target, &context)
    }

    /// Fetches a list: pages of 100 through `$skip` on one connection until a short page,
    /// or until `--top` items; a page that [`Pager`] refuses is an invalid response.
    fn get_list<V: DeserializeOwned>(
        &self,
        base_path: &str,
        paging: Paging,
        target: &Target,
        what: &str,
    ) -> Result<Vec<Item<V>>> {
        let mut pager = Pager::new(paging);
        let mut items = Vec::new();
        while let Some((top, skip)) = pager.next_page() {
            let path = format!("{base_path}&$top={top}&$skip={skip}");
            let response = self.get(&path, target, None)?;
            let request_id = response.request_id.as_deref();
            let page: Vec<Item<V>> = model::parse_list(&response.body, request_id, what)?;
            pager
                .accept(page.len(), &response.body, what)
                .map_err(|why| usage::invalid_page(why, response.request_id.clone()))?;
            items.extend(page);
        }
        Ok(items)
    }

    /// Output options for stdout as it is: see [`output_options`].
    fn output_options(&self, global: &GlobalArgs, query: Query) -> OutputOptions {
        output_options(&ProcessEnv, self.settings.output.value, global, query)
    }
}

/// Output options from the process around (`env`), the resolved output format and the global
/// flags: colour by [`decide_color`], width by [`table_width`], and the clock that tables
/// measure relative times from.
fn output_options(
    env: &dyn Environment,
    format: OutputFormat,
    global: &GlobalArgs,
    query: Query,
) -> OutputOptions {
    OutputOptions {
        format: match format {
            OutputFormat::Table => Format::Table,
            OutputFormat::Wide => Format::Wide,
            OutputFormat::Json => Format::Json,
            OutputFormat::Jsonl => Format::Jsonl,
        },
        fields: query.fields,
        jq: query.jq,
        color: decide_color(global.color, env, env.stdout_is_terminal()),
        width: table_width(env),
        no_headers: global.no_headers,
        now: env.now(),
    }
}

/// Says on stderr what a list left empty, for table output only and unless `-q` (SPEC §3):
/// stdout stays empty, as kubectl's `No resources found`.
fn say_empty(global: &GlobalArgs, options: &OutputOptions, count: usize, what: &str) {
    let table = matches!(options.format, Format::Table | Format::Wide);
    let picked = !options.fields.is_empty() || options.jq.is_some();
    if count == 0 && table && !picked && !global.quiet {
        eprintln!("{}", crate::text::safe(what));
    }
}

/// Decides colour for stdout, in SPEC §4's order: `--color` when given > `NO_COLOR` non-empty
/// (never) > `CLICOLOR_FORCE` other than `0` (always) > whether stdout is a terminal.
fn decide_color(choice: Option<ColorChoice>, env: &dyn Environment, terminal: bool) -> bool {
    match choice {
        Some(ColorChoice::Always) => true,
        Some(ColorChoice::Never) => false,
        Some(ColorChoice::Auto) => terminal,
        None if env.var("NO_COLOR").is_some_and(|v| !v.is_empty()) => false,
        None if env.var("CLICOLOR_FORCE").is_some_and(|v| v != "0") => true,
        None => terminal,
    }
}

/// Columns for tables (SPEC §5): the terminal's width when stdout is one, else `COLUMNS` (so
/// that `COLUMNS=80 schedctl … | less` fits), else no limit.
fn table_width(env: &dyn Environment) -> Option<usize> {
    if env.stdout_is_terminal() {
        return env.terminal_width();
    }
    env.var("COLUMNS")
        .and_then(|v| v.to_str()?.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
}

/// Most items a list may hold in all (SPEC §7): past this the service is paging without end.
const MAX_ITEMS: usize = 100_000;

/// The paging of one list: which page to ask for next, and whether each page is one that a
/// service honouring `$top` and `$skip` could send (SPEC §7). A service that ignores `$skip`
/// would otherwise be asked forever, and one that sends more than `$top` would break `--top`.
#[derive(Debug)]
struct Pager {
    /// `--top`: the most items to fetch in all.
    cap: Option<usize>,
    /// `$skip` of the next page.
    skip: u64,
    /// `$top` of the page in flight.
    asked: usize,
    /// Items accepted so far.
    fetched: usize,
    /// The previous page's body, to tell a service that ignores `$skip`.
    previous: Option<Vec<u8>>,
    /// A short page or the cap ended the list.
    done: bool,
}

impl Pager {
    fn new(paging: Paging) -> Pager {
        Pager {
            cap: paging.top.map(|top| top as usize),
            skip: u64::from(paging.skip),
            asked: 0,
            fetched: 0,
            previous: None,
            done: false,
        }
    }

    /// `$top` and `$skip` of the next request, or `None` when the list is complete.
    fn next_page(&mut self) -> Option<(usize, u64)> {
        let left = match self.cap {
            Some(cap) => cap.saturating_sub(self.fetched),
            None => usize::MAX,
        };
        self.asked = left.min(PAGE_SIZE as usize);
        (!self.done && self.asked > 0).then_some((self.asked, self.skip))
    }

    /// Takes the answer to the last [`Pager::next_page`]: `count` items in `body`. The error
    /// says why the page cannot be right.
    fn accept(&mut self, count: usize, body: &[u8], what: &str) -> std::result::Result<(), String> {
        if count > self.asked {
            return Err(response::page_too_big(count, what, self.asked));
        }
        if count > 0 && self.previous.as_deref() == Some(body) {
            return Err(response::page_repeated(what, self.skip));
        }
        self.fetched = self.fetched.saturating_add(count);
        if self.fetched > MAX_ITEMS {
            return Err(response::too_many_items(MAX_ITEMS, what));
        }
        self.skip = self.skip.saturating_add(count as u64);
        self.done = count < self.asked || self.cap.is_some_and(|cap| self.fetched >= cap);
        self.previous = Some(body.to_vec());
        Ok(())
    }
}

/// What `--field` or `--jq` pick from a result, checked before anything else happens.
#[derive(Default)]
struct Query {
    fields: Vec<FieldPath>,
    jq: Option<Program>,
}

/// Parses every `--field` and compiles `--jq` before anything else happens: a mistake in
/// either is a usage error that costs no request, and so is giving both (clap refuses them
/// together on one level, but not one before the subcommand and the other after it).
fn query(global: &GlobalArgs) -> Result<Query> {
    if global.jq.is_some() && !global.fields.is_empty() {
        return Err(usage::jq_with_field());
    }
    let fields = global
        .fields
        .iter()
        .map(|f| FieldPath::parse(f))
        .collect::<Result<_>>()?;
    let jq = match &global.jq {
        Some(expr) => Some(Program::compile(expr).map_err(usage::jq_invalid)?),
        None => None,
    };
    Ok(Query { fields, jq })
}

/// `--field` and `--jq` select values of jobs, history entries and collections only
/// (SPEC §5).
fn no_fields(global: &GlobalArgs) -> Result<()> {
    let flag = if !global.fields.is_empty() {
        "--field"
    } else if global.jq.is_some() {
        "--jq"
    } else {
        return Ok(());
    };
    Err(usage::selection_on_config(flag))
}

/// Writes a rendering to stdout; a closed pipe ends the program quietly (SPEC §5).
fn emit(text: Result<String>) -> Result<()> {
    let text = text?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match output::write(&mut out, &text) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(usage::stdout_unwritable(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::env::FakeEnv;

    fn env(vars: &[(&str, &str)]) -> FakeEnv {
        FakeEnv::new().with_vars(vars)
    }

    #[test]
    fn color_follows_the_order_of_spec_section_4() {
        use ColorChoice::*;
        let none = env(&[]);
        let no_color = env(&[("NO_COLOR", "1")]);
        let empty_no_color = env(&[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")]);
        let force = env(&[("CLICOLOR_FORCE", "1")]);
        let force_zero = env(&[("CLICOLOR_FORCE", "0")]);
        let both = env(&[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]);
        // --color given wins over everything, and `auto` given means the terminal decides.
        assert!(decide_color(Some(Always), &both, false));
        assert!(!decide_color(Some(Never), &force, true));
        assert!(decide_color(Some(Auto), &no_color, true));
        assert!(!decide_color(Some(Auto), &force, false));
        // Then NO_COLOR (non-empty), then CLICOLOR_FORCE (not 0), then the terminal.
        assert!(!decide_color(None, &no_color, true));
        assert!(!decide_color(None, &both, true));
        assert!(decide_color(None, &empty_no_color, false));
        assert!(decide_color(None, &force, false));
        assert!(!decide_color(None, &force_zero, false));
        assert!(decide_color(None, &force_zero, true));
        assert!(decide_color(None, &none, true));
        assert!(!decide_color(None, &none, false));
    }

    fn global(args: &[&str]) -> GlobalArgs {
        let argv = ["schedctl", "job", "list", "myjc"].iter().chain(args);
        <Cli as clap::Parser>::parse_from(argv).global
    }

    #[test]
    fn tables_fit_the_terminal_else_columns_and_measure_time_from_the_seam() {
        use crate::env::FakeEnv;
        use std::time::{Duration, SystemTime};
        let at = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let pipe = FakeEnv::new().with_var("COLUMNS", "100").at(at);
        let o = output_options(&pipe, OutputFormat::Wide, &global(&[]), Query::default());
        assert_eq!(o.format, Format::Wide);
        assert_eq!(
            (o.width, o.color, o.no_headers, o.now),
            (Some(100), false, false, at)
        );
        // On a terminal its own width wins over COLUMNS; a terminal of unknown width has none.
        let terminal = pipe.clone().with_terminals(true, false).with_width(80);
        let o = output_options(
            &terminal,
            OutputFormat::Table,
            &global(&["--no-headers"]),
            Query::default(),
        );
        assert_eq!((o.width, o.color, o.no_headers), (Some(80), true, true));
        let unknown = FakeEnv::new()
            .with_var("COLUMNS", "100")
            .with_terminals(true, false);
        assert_eq!(table_width(&unknown), None);
        for columns in ["0", "", "wide", "-5"] {
            assert_eq!(
                table_width(&FakeEnv::new().with_var("COLUMNS", columns)),
                None
            );
        }
        assert_eq!(
            table_width(&FakeEnv::new().with_var("COLUMNS", " 72 ")),
            Some(72)
        );
        assert_eq!(table_width(&FakeEnv::new()), None);
    }

    fn paging(top: Option<u32>, skip: u32) -> Paging {
        Paging { top, skip }
    }

    /// Feeds the pager pages of `sizes` items with distinct bodies; the requests made.
    fn requests(pager: &mut Pager, sizes: &[usize]) -> Vec<(usize, u64)> {
        let mut asked = Vec::new();
        for (i, size) in sizes.iter().enumerate() {
            let Some(request) = pager.next_page() else {
                break;
            };
            asked.push(request);
            pager
                .accept(*size, format!("page {i}").as_bytes(), "jobs")
                .unwrap();
        }
        asked
    }

    #[test]
    fn pages_go_on_until_a_short_page_or_the_cap() {
        let mut p = Pager::new(paging(None, 0));
        assert_eq!(
            requests(&mut p, &[100, 100, 7, 100]),
            [(100, 0), (100, 100), (100, 200)]
        );
        let mut p = Pager::new(paging(Some(150), 5));
        assert_eq!(requests(&mut p, &[100, 50, 1]), [(100, 5), (50, 105)]);
        assert_eq!(p.next_page(), None);
        let mut p = Pager::new(paging(Some(3), u32::MAX));
        assert_eq!(requests(&mut p, &[3]), [(3, u64::from(u32::MAX))]);
    }

    #[test]
    fn a_page_larger_than_asked_is_refused_and_nothing_wraps() {
        let mut p = Pager::new(paging(Some(150), 0));
        p.next_page();
        p.accept(100, b"a", "jobs").unwrap();
        assert_eq!(p.next_page(), Some((50, 100)));
        let e = p.accept(100, b"b", "jobs").unwrap_err();
        assert_eq!(
            e,
            "the service sent 100 jobs in a page where at most 50 were asked for ($top=50)"
        );
    }

    #[test]
    fn a_repeated_page_is_refused() {
        let mut p = Pager::new(paging(None, 0));
        p.next_page();
        p.accept(100, b"same", "jobs").unwrap();
        p.next_page();
        let e = p.accept(100, b"same", "jobs").unwrap_err();
        assert!(
            e.contains("the same page of jobs twice (at $skip=100)"),
            "{e}"
        );
    }

    #[test]
    fn more_than_the_most_items_in_all_is_refused() {
        for cap in [None, Some(u32::MAX)] {
            let mut p = Pager::new(paging(cap, 0));
            let mut pages = 0;
            let e = loop {
                let (top, _) = p.next_page().expect("the pager never ends the list itself");
                pages += 1;
                match p.accept(top, format!("page {pages}").as_bytes(), "jobs") {
                    Ok(()) => continue,
                    Err(e) => break e,
                }
            };
            assert_eq!(pages, MAX_ITEMS / PAGE_SIZE as usize + 1);
            assert_eq!(
                e,
                "the service sent more than 100000 jobs in all; schedctl stops there"
            );
        }
    }
}
