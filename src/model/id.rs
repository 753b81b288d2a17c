//! Model ids: the pattern every id must match, and the id `register` and
//! `import` make from a model's year, commune (or unit) and name.

use crate::text::slug;

pub const MAX_LEN: usize = 64;

/// `^[a-z0-9][a-z0-9-]{0,63}$`.
pub fn is_valid(id: &str) -> bool {
    let bytes = id.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= MAX_LEN
        && (bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit())
        && bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
}

/// What an id may be, in the language of the run: for messages that
/// refuse one ("`x` cannot be a model id: …").
pub fn rule() -> String {
    crate::tr!("read-id-rule")
}

/// `<year>-<commune or unit>-<name>`, folded to ASCII, cut at a word so
/// that a numeric suffix still fits.
pub fn base(year: i32, place: &str, name: &str) -> String {
    let mut id = format!("{year}");
    for part in [slug(place), slug(name)] {
        for word in part.split('-').filter(|w| !w.is_empty()) {
            // Leave room for "-NN" when the id must be made unique.
            if id.len() + 1 + word.len() > MAX_LEN - 4 {
                return id;
            }
            id.push('-');
            id.push_str(word);
        }
    }
    id
}

/// The first of `base`, `base-2`, `base-3`, ... that `taken` does not hold.
pub fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    let mut n = 2u64;
    loop {
        let id = format!("{base}-{n}");
        if !taken(&id) {
            return id;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_pattern() {
        assert!(is_valid("2019-quang-tan-xay-dung-vuon-mau"));
        assert!(is_valid("a"));
        for bad in ["", "-a", "A", "a_b", "a/b", "../x", &"a".repeat(65), "đ"] {
            assert!(!is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn base_folds_vietnamese_and_fits() {
        assert_eq!(
            base(2019, "Quảng Tân", "Xây dựng vườn mẫu"),
            "2019-quang-tan-xay-dung-vuon-mau"
        );
        let long = base(
            2020,
            "Đầm Hà",
            &"Đường giao thông nông thôn kiểu mẫu ".repeat(5),
        );
        assert!(long.len() <= MAX_LEN - 4 && is_valid(&long), "{long}");
        assert!(long.starts_with("2020-dam-ha-duong-giao-thong"));
    }

    #[test]
    fn unique_adds_a_suffix() {
        let taken = ["a", "a-2"];
        assert_eq!(unique("a", |id| taken.contains(&id)), "a-3");
        assert_eq!(unique("b", |id| taken.contains(&id)), "b");
    }
}
