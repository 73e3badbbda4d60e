//! The emulator harness is folio-emulator's, shared with the other emulator suites.

pub use folio_emulator::*;
