//! One module per command; this one dispatches and holds what commands share: the session
//! (settings, credentials, client), output options, paging and error explanation.

mod collection;
mod completions;
mod config;
mod job;

use std::time::Instant;

use serde::de::DeserializeOwned;

use crate::cli::{Cli, CollectionCommand, Command, ConfigCommand, GlobalArgs, JobCommand, Paging};
use crate::client::{Client, Failure, Response};
use crate::config::Settings;
use crate::credentials;
use crate::diagnose::{self, Context, Target};
use crate::env::ProcessEnv;
use crate::error::{Error, Kind, Result};
use crate::model::{self, Item};
use crate::output::fields::FieldPath;
use crate::output::{self, OutputOptions};

/// The most items the service returns in one page.
const PAGE_SIZE: u32 = 100;

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let global = &cli.global;
    match &cli.command {
        Command::Job(JobCommand::Get { collection, job }) => job::get(global, collection, job),
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
        let env = ProcessEnv;
        let settings = crate::config::resolve(global, &env)?;
        let identity = credentials::load(&settings.credentials, global.quiet)?;
        let client = Client::new(&settings, &identity, &env, global.verbose)?;
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
            .map_err(|failure| match failure {
                Failure::Status(status) => self.explain(status, target),
                Failure::Other(error) => error,
            })
    }

    fn explain(&self, status: crate::client::StatusFailure, target: &Target) -> Error {
        let context = Context {
            subscription: &self.settings.subscription_id.value,
            cloud_service: &self.settings.cloud_service.value,
            thumbprint: &self.thumbprint,
        };
        diagnose::explain(status, target, &context)
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
                .map_err(|why| {
                    Error::new(Kind::InvalidResponse, why).request_id(response.request_id.clone())
                })?;
            items.extend(page);
        }
        Ok(items)
    }

    /// Output options from the settings and the global flags.
    fn output_options(&self, global: &GlobalArgs, fields: Vec<FieldPath>) -> OutputOptions {
        OutputOptions::for_stdout(
            self.settings.output.value,
            fields,
            global.color,
            &ProcessEnv,
        )
    }
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
            return Err(format!(
                "the service sent {count} {what} in a page where at most {} were asked for ($top={})",
                self.asked, self.asked
            ));
        }
        if count > 0 && self.previous.as_deref() == Some(body) {
            return Err(format!(
                "the service sent the same page of {what} twice (at $skip={}): it seems to ignore $skip",
                self.skip
            ));
        }
        self.fetched = self.fetched.saturating_add(count);
        if self.fetched > MAX_ITEMS {
            return Err(format!(
                "the service sent more than {MAX_ITEMS} {what} in all; schedctl stops there"
            ));
        }
        self.skip = self.skip.saturating_add(count as u64);
        self.done = count < self.asked || self.cap.is_some_and(|cap| self.fetched >= cap);
        self.previous = Some(body.to_vec());
        Ok(())
    }
}

/// Parses every `--field` before anything else happens.
fn field_paths(global: &GlobalArgs) -> Result<Vec<FieldPath>> {
    global.fields.iter().map(|f| FieldPath::parse(f)).collect()
}

/// `--field` selects values of jobs, history entries and collections only (SPEC §5).
fn no_fields(global: &GlobalArgs) -> Result<()> {
    if global.fields.is_empty() {
        Ok(())
    } else {
        Err(Error::usage("--field does not apply to config commands")
            .hint("use -o json with jq to pick values from `schedctl config show`"))
    }
}

/// Writes a rendering to stdout; a closed pipe ends the program quietly (SPEC §5).
fn emit(text: Result<String>) -> Result<()> {
    let text = text?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match output::write(&mut out, &text) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::new(
            Kind::Internal,
            format!("cannot write to stdout: {e}"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
