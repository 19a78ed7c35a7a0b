//! `schedctl cloud-service list`: how a user finds the cloud service to set.

use crate::cli::GlobalArgs;
use crate::error::Result;
use crate::explain::Target;
use crate::model::{cloud_service, schema};
use crate::output::{self, table};
use crate::resource;

use super::{emit, query, say_empty, Session};

/// `cloud-service list`: every cloud service of the subscription, with its job collections;
/// needs no cloud service setting.
pub fn list(global: &GlobalArgs) -> Result<()> {
    let query = query(global)?;
    let session = Session::open_for_subscription(global)?;
    let path = resource::cloud_services_path(&session.settings)?;
    let response = session.get(&path, &Target::CloudServices, None)?;
    let services =
        cloud_service::parse_cloud_services(&response.body, response.request_id.as_deref())?;
    let options = session.output_options(global, query);
    let empty = format!(
        "no cloud services in subscription '{}'",
        session.settings.subscription_id.value
    );
    say_empty(global, &options, services.len(), &empty);
    emit(output::render_list(
        &services,
        &schema::CLOUD_SERVICE,
        &options,
        table::cloud_services,
    ))
}
