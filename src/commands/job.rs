//! `schedctl job …`.

use crate::cli::GlobalArgs;
use crate::client::{Client, Failure};
use crate::config::{self, ProcessEnv};
use crate::diagnose::{self, Context, Target};
use crate::error::Result;
use crate::output::{self, OutputOptions};
use crate::{credentials, model, resource};

/// `job get`: one GET, then the job in the chosen output.
pub fn get(global: &GlobalArgs, collection: &str, job: &str) -> Result<()> {
    let env = ProcessEnv;
    let fields = super::field_paths(global)?;
    resource::check_collection(collection)?;
    resource::check_name("job name", job, None)?;
    let settings = config::resolve(global, &env)?;
    let path = resource::job_path(&settings, collection, job)?;
    let identity = credentials::load(&settings.credentials, global.quiet)?;
    let client = Client::new(&settings, &identity, &env, global.verbose)?;
    let thumbprint = identity.thumbprint();
    let context = Context {
        subscription: &settings.subscription_id.value,
        cloud_service: &settings.cloud_service.value,
        thumbprint: &thumbprint,
    };
    let response = client.get(&path).map_err(|failure| match failure {
        Failure::Status(status) => {
            diagnose::explain(status, &Target::Job { collection, job }, &context)
        }
        Failure::Other(error) => error,
    })?;
    let job = model::parse_job(&response.body, response.request_id.as_deref())?;
    let options = OutputOptions::for_stdout(settings.output.value, fields, global.color, &env);
    super::emit(|out| output::print_job(out, &job, &options))
}
