//! The section headings every paper uses.
pub const PROPOSALS: &str = "Förslag till beslut";
pub const ARENDE: &str = "Ärende";
pub const BASIS: &str = "Beslutsunderlag:";
pub const BAKGRUND: &str = "Bakgrund";
pub const EKONOMI: &str = "Ekonomiska konsekvenser";
/// The distribution list's label, as the layouts print it.
pub const SEND_TO: &str = "Beslutet skickas till:";
pub const MBL: &str =
    "Information eller förhandling enligt lag (1976:580) om medbestämmande i arbetslivet";
