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
use crate::config::{ProcessEnv, Settings};
use crate::credentials;
use crate::error::{Error, Kind, Result};
use crate::explain::{self, Context, Target};
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
        let client = Client::new(
            &settings,
            &identity,
            &env,
            global.verbose,
            explain::describe,
        )
        .map_err(explain::setup)?;
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
    /// or until `--top` items.
    fn get_list<V: DeserializeOwned>(
        &self,
        base_path: &str,
        paging: Paging,
        target: &Target,
        what: &str,
    ) -> Result<Vec<Item<V>>> {
        let mut items = Vec::new();
        let mut skip = paging.skip;
        loop {
            let wanted = match paging.top {
                Some(top) => (top - items.len() as u32).min(PAGE_SIZE),
                None => PAGE_SIZE,
            };
            if wanted == 0 {
                break;
            }
            let path = format!("{base_path}&$top={wanted}&$skip={skip}");
            let response = self.get(&path, target, None)?;
            let page: Vec<Item<V>> =
                model::parse_list(&response.body, response.request_id.as_deref(), what)?;
            let count = page.len() as u32;
            items.extend(page);
            if count < wanted {
                break;
            }
            skip = skip.saturating_add(count);
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
