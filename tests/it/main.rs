//! Integration tests: the real `schedctl` binary against the real emulator over mutual TLS.
//! One test binary (like jj's `runner.rs`) keeps link time low.

mod common;
mod proxy;
mod pty;
mod test_cloud_services;
mod test_collections;
mod test_completions;
mod test_config;
mod test_config_commands;
mod test_config_edit;
mod test_credentials;
mod test_errors;
mod test_generated;
mod test_hostile;
mod test_job_get;
mod test_job_get_many;
mod test_lists;
mod test_network_hostile;
mod test_parsers;
mod test_pty;
mod test_query;
mod test_reliability;
mod test_secrets;
mod test_shell;
mod test_tables;
mod test_terminal_output;
mod test_trust;
mod test_visible_retries;
mod test_wait;
