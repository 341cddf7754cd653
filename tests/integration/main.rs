//! End-to-end tests of the `phr` binary, all in one test binary, each in a sealed
//! environment (see `common`).

mod binder;
mod care;
mod common;
mod hostile;
mod input_props;
mod parse_props;
mod security;
