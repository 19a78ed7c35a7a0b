//! schedctl: a command-line client for the Azure Scheduler REST API (classic,
//! api-version 2014-04-01). Data flows one way: CLI → settings → request → response → model
//! → output.

pub mod cli;
pub mod client;
pub mod commands;
pub mod config;
pub mod config_edit;
pub mod credentials;
pub mod env;
pub mod error;
pub mod explain;
pub mod generate;
pub mod help;
pub mod model;
pub mod output;
pub mod pem;
pub mod platform;
pub mod publishsettings;
pub mod resource;
