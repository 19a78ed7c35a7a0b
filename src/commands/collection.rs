//! `schedctl collection …`: list and get.

use crate::cli::GlobalArgs;
use crate::error::Result;
use crate::explain::Target;
use crate::model::{collection, schema};
use crate::output::{self, table};
use crate::resource;

use super::{emit, query, say_empty, Session};

/// `collection list`: the scheduler collections of the cloud service.
pub fn list(global: &GlobalArgs) -> Result<()> {
    let query = query(global)?;
    let session = Session::open(global)?;
    let path = resource::cloud_service_path(&session.settings)?;
    let response = session.get(&path, &Target::CloudService, None)?;
    let collections =
        collection::parse_cloud_service(&response.body, response.request_id.as_deref())?;
    let options = session.output_options(global, query);
    let empty = format!(
        "no job collections in cloud service '{}'",
        session.settings.cloud_service.value
    );
    say_empty(global, &options, collections.len(), &empty);
    emit(output::render_list(
        &collections,
        &schema::COLLECTION,
        &options,
        table::collections,
    ))
}

/// `collection get`: one collection's state, plan and quota.
pub fn get(global: &GlobalArgs, name: &str) -> Result<()> {
    let query = query(global)?;
    resource::check_collection(name)?;
    let session = Session::open(global)?;
    let path = resource::collection_path(&session.settings, name)?;
    let target = Target::Collection { collection: name };
    let response = session.get(&path, &target, None)?;
    let found = collection::parse_collection(&response.body, response.request_id.as_deref())?;
    let options = session.output_options(global, query);
    emit(output::render_one(
        &found,
        &schema::COLLECTION,
        &options,
        table::collection,
    ))
}
