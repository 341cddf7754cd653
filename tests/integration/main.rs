//! End-to-end tests of the `phr` binary, all in one test binary, each in a sealed
//! environment (see `common`).

mod binder;
mod care;
mod common;
mod docs;
mod exports;
mod hostile;
mod input_props;
mod input_props_readers;
mod parse_props;
mod recon_invariants;
mod recon_read_list;
mod recon_scenarios;
mod reconcile;
mod request;
mod security;
mod terminal;
