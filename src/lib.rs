//! schedctl: a command-line client for the Azure Scheduler REST API (classic,
//! api-version 2014-04-01). Data flows one way: CLI → settings → request → response → model
//! → output.

pub mod cli;
pub mod client;
pub mod commands;
pub mod config;
pub(crate) mod config_edit;
pub(crate) mod credentials;
pub(crate) mod env;
pub mod error;
pub(crate) mod explain;
pub mod generate;
pub(crate) mod help;
pub mod model;
pub mod output;
pub(crate) mod pem;
pub mod platform;
pub(crate) mod publishsettings;
pub(crate) mod resource;
pub mod text;
