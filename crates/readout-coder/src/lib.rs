//! readout-coder (in progress)
pub mod words;
