//! Board meetings: the meeting file, the kallelse with its agenda
//! (föredragningslista), and the handlingar bundled into one PDF.

pub mod build;
pub mod load;
pub mod model;
mod objects;
pub mod packet;
mod stamp;

pub use load::{MeetingFile, load_meeting, looks_like_meeting, parse_meeting};
pub use model::{Item, Justering, Meeting};
