//! Vietnamese text: NFC normalisation for writing, and the folded form
//! (no case, no diacritics, `đ` as `d`) that queries and imports match on.
//! Also the ASCII slug that ids are made from.

use std::fmt::Write as _;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::is_nfc;

/// The text in NFC, borrowing it when it already is.
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    if is_normalized(text) {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.nfc().collect())
    }
}

/// Whether the text is already in NFC.
///
/// Vietnamese written in NFC uses only letters that are in NFC whatever
/// stands around them (see `plain`), so most text is decided without
/// Unicode's tables; text with anything else is checked in full.
pub fn is_normalized(text: &str) -> bool {
    plain(text) || is_nfc(text)
}

/// Whether every character is one that is NFC whatever its neighbours:
/// U+0000 to U+02FF (ASCII and the Latin letters before the combining
/// marks) and U+1E00 to U+1EFF (the precomposed letters Vietnamese is
/// written with). Each is "yes" to Unicode's NFC quick check and of
/// combining class 0, so it can neither combine with what precedes it nor
/// be reordered (a test holds every one to that). Decided on the UTF-8
/// bytes: every character from U+0300 on starts with a byte of `0xCC` or
/// more, which no other byte of UTF-8 is (characters below U+0300 start
/// below `0xCC`, and continuation bytes are below `0xC0`), and U+1E00 to
/// U+1EFF are `E1 B8..BB xx`. So only those bytes need a look, and the
/// search for them is a tight loop over the rest.
fn plain(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(at) = bytes[i..].iter().position(|&b| b >= 0xCC) {
        let lead = i + at;
        if bytes[lead] != 0xE1 || !matches!(bytes.get(lead + 1), Some(0xB8..=0xBB)) {
            return false;
        }
        i = lead + 3;
    }
    true
}

/// Lower case, without diacritics, `đ` folded to `d`: the form in which
/// free text is compared. NFC and NFD input fold to the same string.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The text as it can be written to a terminal: control characters other
/// than a line break shown as `\u{1b}`, so that text from a file cannot
/// drive the terminal (clear it, retitle it, hide what follows).
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() && c != '\n' {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The text as one line of a terminal: every control character, a line
/// break too, shown as `\u{a}`: for a file's name, which `check` prints
/// on a line of its own that scripts split.
pub fn printable_line(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_control() {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The folded text reduced to `[a-z0-9]` words joined by single `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Whether `needle` (already folded) occurs in the folded `haystack`.
pub fn contains_folded(haystack: &str, folded_needle: &str) -> bool {
    if haystack.is_ascii() {
        // Fast path: most codes and many names need no decomposition.
        return haystack
            .as_bytes()
            .windows(folded_needle.len().max(1))
            .any(|w| w.eq_ignore_ascii_case(folded_needle.as_bytes()))
            || folded_needle.is_empty();
    }
    fold(haystack).contains(folded_needle)
}

/// Yes or no as a commission writes it, folded: `true`, `có`, `yes` /
/// `false`, `không`, `no`; `None` for anything else.
pub fn yes_no(folded: &str) -> Option<bool> {
    match folded {
        "true" | "co" | "yes" => Some(true),
        "false" | "khong" | "no" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_letters_are_nfc_whatever_their_neighbours() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::{IsNormalized, is_nfc_quick};
        let letters: Vec<char> = ('\0'..='\u{10FFFF}')
            .filter(|c| plain(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert!(
            letters
                .iter()
                .all(|c| matches!(c, '\0'..='\u{2FF}' | '\u{1E00}'..='\u{1EFF}'))
        );
        assert_eq!(letters.len(), 0x300 + 0x100);
        for c in letters {
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
        }
        // NFC and NFD Vietnamese: the same answers as the full check.
        for text in [
            "Dân vận khéo: Đường hoa nông thôn mới",
            "Tâ\u{302}n Phú",
            "Nguyễn",
            "e\u{301}",
        ] {
            assert_eq!(is_normalized(text), is_nfc(text), "{text:?}");
        }
        assert!(is_normalized("Quảng Tân, Hưng Yên"));
        assert!(!is_normalized("Qua\u{309}ng"));
    }

    /// Over text, not one character: plain exactly when every character
    /// is in the two ranges, whatever stands next to what.
    #[test]
    fn plain_text_is_plain_letter_by_letter() {
        let near = [
            'a',
            ' ',
            '\n',
            'ư',
            'Đ',
            '\u{2FF}',
            '\u{300}',
            '\u{302}',
            '\u{1000}',
            '\u{1DFF}',
            '\u{1E00}',
            'ệ',
            '\u{1EFF}',
            '\u{1F00}',
            '\u{E100}',
            '\u{FEFF}',
            '\u{1F33F}',
        ];
        let mut seed: u32 = 0x2025_0701;
        for _ in 0..20_000 {
            let text: String = (0..seed % 9)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 17;
                    seed ^= seed << 5;
                    near[seed as usize % near.len()]
                })
                .collect();
            let expected = text
                .chars()
                .all(|c| matches!(c, '\0'..='\u{2FF}' | '\u{1E00}'..='\u{1EFF}'));
            assert_eq!(plain(&text), expected, "{text:?}");
        }
    }

    #[test]
    fn fold_removes_case_and_diacritics() {
        assert_eq!(fold("Quảng Tân"), "quang tan");
        assert_eq!(fold("ĐẦM HÀ"), "dam ha");
        assert_eq!(fold("Văn hóa - xã hội"), "van hoa - xa hoi");
    }

    #[test]
    fn nfc_and_nfd_fold_alike() {
        let nfd: String = "Quảng Tân".nfd().collect();
        assert_ne!(nfd, "Quảng Tân");
        assert_eq!(fold(&nfd), fold("Quảng Tân"));
        assert_eq!(nfc(&nfd), "Quảng Tân");
        assert!(!is_normalized(&nfd));
    }

    #[test]
    fn printable_escapes_control_characters_but_line_breaks() {
        assert_eq!(printable("Tân\nxã"), "Tân\nxã");
        assert_eq!(printable_line("Tân\nxã\u{1b}"), "Tân\\u{a}xã\\u{1b}");
        assert_eq!(printable("a\u{1b}[2Jb\u{7}\t"), "a\\u{1b}[2Jb\\u{7}\\u{9}");
    }

    #[test]
    fn slug_is_ascii_words() {
        assert_eq!(slug("Xây dựng vườn mẫu"), "xay-dung-vuon-mau");
        assert_eq!(
            slug("  Đường  giao thông — nông thôn! "),
            "duong-giao-thong-nong-thon"
        );
        assert_eq!(slug("***"), "");
    }

    #[test]
    fn contains_folded_matches_any_form() {
        assert!(contains_folded("Hội Nông dân xã Quảng Tân", "quang tan"));
        assert!(contains_folded("abc Def", "def"));
        assert!(!contains_folded("abc", "abd"));
        assert!(contains_folded("anything", ""));
    }
}
