//! Output: human (like rustc), JSON and SARIF 2.1.0.
