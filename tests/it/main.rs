//! Integration tests: the real `schedctl` binary against the real emulator over mutual TLS.
//! One test binary (like jj's `runner.rs`) keeps link time low.

mod common;
mod proxy;
mod test_config;
mod test_credentials;
mod test_errors;
mod test_job_get;
mod test_parsers;
mod test_reliability;
