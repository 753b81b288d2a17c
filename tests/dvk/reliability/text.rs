//! Generated text: Vietnamese words in NFC or NFD, awkward characters for
//! TOML strings, and the files' own spellings (CRLF, BOM, spacing).

use unicode_normalization::UnicodeNormalization;

use super::rng::Rng;

pub(crate) const WORDS: [&str; 40] = [
    "Xây dựng",
    "vườn mẫu",
    "Dân vận khéo",
    "hiến đất",
    "làm đường",
    "giao thông",
    "nông thôn mới",
    "Ngày Chủ nhật xanh",
    "Hội Nông dân",
    "Hội Liên hiệp Phụ nữ",
    "Đoàn Thanh niên",
    "Cựu chiến binh",
    "xã Quảng Tân",
    "huyện Đầm Hà",
    "tỉnh Quảng Ninh",
    "Bắc Giang",
    "Lục Nam",
    "Yên Thế",
    "đồng bào Mông",
    "người có uy tín",
    "tổ hòa giải",
    "giữ bình yên",
    "xóm làng",
    "camera an ninh",
    "mắt thần",
    "khu dân cư",
    "cải cách hành chính",
    "một cửa",
    "trồng rừng",
    "phát triển kinh tế",
    "lúa hàng hóa",
    "cánh đồng lớn",
    "rác thải nhựa",
    "hủ tục",
    "ỦY BAN",
    "Đảng ủy",
    "Ban Dân vận Huyện ủy",
    "Chi bộ thôn",
    "ĐƯỜNG BÊ TÔNG",
    "thôn Bản Ngày",
];

/// Characters that TOML must escape or that a careless writer breaks on.
const AWKWARD: [&str; 16] = [
    "\"",
    "\\",
    "'",
    "'''",
    "\"\"\"",
    "#",
    "\t",
    "=",
    "[",
    "]",
    "{",
    "}",
    "\u{1b}[2J",
    "\u{7f}",
    "😀",
    "\u{200b}",
];

/// Words joined by spaces: 1 to `max` of them.
pub(crate) fn words(rng: &mut Rng, max: usize) -> String {
    let n = 1 + rng.below(max);
    (0..n)
        .map(|_| rng.pick_str(&WORDS))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Vietnamese text as a user might type or paste it: sometimes NFD,
/// sometimes with spaces around, sometimes with awkward characters
/// (`awkward`: how often, in percent). Never empty after trimming.
pub(crate) fn typed(rng: &mut Rng, max_words: usize, awkward: usize) -> String {
    let mut text = words(rng, max_words);
    if rng.chance(awkward) {
        let at = char_boundary(&text, rng.below(text.len() + 1));
        text.insert_str(at, rng.pick_str(&AWKWARD));
    }
    if rng.chance(30) {
        text = nfd(&text);
    }
    if rng.chance(20) {
        text = format!("  {text}\t ");
    }
    text
}

pub(crate) fn nfd(text: &str) -> String {
    text.nfd().collect()
}

pub(crate) fn nfc(text: &str) -> String {
    text.nfc().collect()
}

/// The largest char boundary at or below `at`.
pub(crate) fn char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `text` with CRLF line endings.
pub(crate) fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\n', "\r\n")
}
