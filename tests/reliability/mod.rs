//! Reliability, in the one integration binary.

mod regressions;
