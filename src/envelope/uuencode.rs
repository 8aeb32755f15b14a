//! Uuencoded attachments.
//!
//! ```text
//! begin 644 image001.jpg
//! M_]C_X  02D9)1@ ! 0$ 8 !@  #_VP!# ;$! 0$! 0$! 0$! 0$!...
//! `
//! end
//! ```
