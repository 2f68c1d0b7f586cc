use crate::error::InquireResult;

use super::Key;

pub trait InputReader: Sized {
    fn read_key(&mut self) -> InquireResult<Key>;

    /// kam-advise patch 4: whether a key is ready to be read without waiting (the
    /// rest of a paste, or keys typed ahead), so that the prompt is drawn once
    /// after them instead of after each.
    fn has_pending(&mut self) -> bool {
        false
    }
}
