//! The section headings every paper uses.
pub const PROPOSALS: &str = "Förslag till beslut";
pub const ARENDE: &str = "Ärende";
pub const BASIS: &str = "Beslutsunderlag:";
pub const BAKGRUND: &str = "Bakgrund";
pub const EKONOMI: &str = "Ekonomiska konsekvenser";
pub const MBL: &str =
    "Information eller förhandling enligt lag (1976:580) om medbestämmande i arbetslivet";
