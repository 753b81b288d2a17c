//! Renames of places and bodies (`[renames]` of `dvk.toml`): what each old
//! name became and from when, the 2025 merger of provinces built in, and a
//! value's name in force as of a date. Pure: the parser in
//! `read/settings.rs` builds it, queries, tallies and exports read it.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::model::date::Date;
use crate::text::nfc;

/// The keys whose values `[renames]` may rename, in the order of
/// format.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RenameKey {
    Province,
    District,
    Commune,
    Unit,
    Authority,
}

impl RenameKey {
    pub const ALL: [RenameKey; 5] = [
        RenameKey::Province,
        RenameKey::District,
        RenameKey::Commune,
        RenameKey::Unit,
        RenameKey::Authority,
    ];

    /// The key's name: `[renames.<name>]`, the column `<name>_now`.
    pub fn name(self) -> &'static str {
        match self {
            RenameKey::Province => "province",
            RenameKey::District => "district",
            RenameKey::Commune => "commune",
            RenameKey::Unit => "unit",
            RenameKey::Authority => "authority",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One entry: `"name" = { to = "new name", from = DATE }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rename {
    pub name: String,
    pub to: String,
    pub from: Date,
}

/// The renames of one key, and an index of them by compared name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RenameList {
    entries: Vec<Rename>,
    /// Compared form of `name` → its entry; the first entry of a name wins
    /// (the parser reports a name renamed twice).
    index: HashMap<String, usize>,
}

impl RenameList {
    pub fn new(key: RenameKey, entries: Vec<Rename>) -> Self {
        let mut index = HashMap::with_capacity(entries.len());
        for (i, entry) in entries.iter().enumerate() {
            index.entry(compared(key, &entry.name)).or_insert(i);
        }
        Self { entries, index }
    }

    pub fn entries(&self) -> &[Rename] {
        &self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Every key's renames. The default is format.md's: the 2025 merger of
/// provinces, and nothing for the other keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renames {
    lists: [RenameList; 5],
}

/// Resolution 202/2025/QH15: the provinces merged into others from
/// 2025-07-01, and what each became. Names of places, the same in every
/// language (hence the `i18n:` marks).
const MERGER_2025: [(&str, &str); 29] = [
    ("Hà Giang", "Tuyên Quang"),          // i18n: place names (data)
    ("Yên Bái", "Lào Cai"),               // i18n: place names (data)
    ("Bắc Kạn", "Thái Nguyên"),           // i18n: place names (data)
    ("Vĩnh Phúc", "Phú Thọ"),             // i18n: place names (data)
    ("Hòa Bình", "Phú Thọ"),              // i18n: place names (data)
    ("Bắc Giang", "Bắc Ninh"),            // i18n: place names (data)
    ("Thái Bình", "Hưng Yên"),            // i18n: place names (data)
    ("Hải Dương", "Hải Phòng"),           // i18n: place names (data)
    ("Hà Nam", "Ninh Bình"),              // i18n: place names (data)
    ("Nam Định", "Ninh Bình"),            // i18n: place names (data)
    ("Quảng Bình", "Quảng Trị"),          // i18n: place names (data)
    ("Quảng Nam", "Đà Nẵng"),             // i18n: place names (data)
    ("Kon Tum", "Quảng Ngãi"),            // i18n: place names (data)
    ("Bình Định", "Gia Lai"),             // i18n: place names (data)
    ("Ninh Thuận", "Khánh Hòa"),          // i18n: place names (data)
    ("Đắk Nông", "Lâm Đồng"),             // i18n: place names (data)
    ("Bình Thuận", "Lâm Đồng"),           // i18n: place names (data)
    ("Phú Yên", "Đắk Lắk"),               // i18n: place names (data)
    ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"), // i18n: place names (data)
    ("Bình Dương", "Hồ Chí Minh"),        // i18n: place names (data)
    ("Bình Phước", "Đồng Nai"),           // i18n: place names (data)
    ("Long An", "Tây Ninh"),              // i18n: place names (data)
    ("Sóc Trăng", "Cần Thơ"),             // i18n: place names (data)
    ("Hậu Giang", "Cần Thơ"),             // i18n: place names (data)
    ("Bến Tre", "Vĩnh Long"),             // i18n: place names (data)
    ("Trà Vinh", "Vĩnh Long"),            // i18n: place names (data)
    ("Tiền Giang", "Đồng Tháp"),          // i18n: place names (data)
    ("Bạc Liêu", "Cà Mau"),               // i18n: place names (data)
    ("Kiên Giang", "An Giang"),           // i18n: place names (data)
];

/// The built-in list of `[renames.province]`.
pub fn merger_2025() -> Vec<Rename> {
    let from = crate::model::date::district_abolished();
    MERGER_2025
        .iter()
        .map(|(name, to)| Rename {
            name: (*name).to_owned(),
            to: (*to).to_owned(),
            from,
        })
        .collect()
}

impl Default for Renames {
    fn default() -> Self {
        let mut renames = Self {
            lists: Default::default(),
        };
        renames.set(RenameKey::Province, merger_2025());
        renames
    }
}

impl Renames {
    /// No renames at all, not even the built-in ones.
    pub fn none() -> Self {
        Self {
            lists: Default::default(),
        }
    }

    /// Replaces the list of one key (a register's own table replaces the
    /// default).
    pub fn set(&mut self, key: RenameKey, entries: Vec<Rename>) {
        self.lists[key.index()] = RenameList::new(key, entries);
    }

    pub fn list(&self, key: RenameKey) -> &RenameList {
        &self.lists[key.index()]
    }

    /// The value after every rename whose `from` is on or before `date`,
    /// following chains; the value itself when none applies. The chain
    /// stops after as many steps as there are entries, so that a loop
    /// (which the parser reports) cannot hang it.
    pub fn name_in_force<'a>(&'a self, key: RenameKey, value: &'a str, date: Date) -> &'a str {
        let list = self.list(key);
        if list.is_empty() {
            return value;
        }
        let mut current = value;
        let mut form = compared(key, value);
        for _ in 0..list.entries.len() {
            let Some(entry) = list
                .index
                .get(&form)
                .map(|&i| &list.entries[i])
                .filter(|e| e.from <= date)
            else {
                break;
            };
            current = &entry.to;
            form = compared(key, current);
        }
        current
    }

    /// Whether two names of a key are the same name as `[renames]`
    /// compares them.
    pub fn same(key: RenameKey, a: &str, b: &str) -> bool {
        compared(key, a) == compared(key, b)
    }
}

/// A loop in a list's `to` chains, dates aside: the entries round it, in
/// the order the chain goes, starting at the first of them in the list.
/// One loop per call: the first entry (in list order) that is on one.
pub fn find_loop(key: RenameKey, entries: &[Rename]) -> Option<Vec<usize>> {
    let forms: Vec<String> = entries.iter().map(|e| compared(key, &e.name)).collect();
    let next = |i: usize| {
        let to = compared(key, &entries[i].to);
        forms.iter().position(|f| *f == to)
    };
    for start in 0..entries.len() {
        let mut path = vec![start];
        let mut at = start;
        while let Some(n) = next(at) {
            if n == start {
                return Some(path);
            }
            if path.contains(&n) {
                // A loop that `start` only leads into: found from one of
                // its own entries.
                break;
            }
            path.push(n);
            at = n;
        }
    }
    None
}

/// The form in which names are compared: NFC, lower case, every dash
/// (`-`, `–`, `—`) read as `-` with no space around it, runs of spaces as
/// one; for a province, without a leading "tỉnh", "thành phố", "TP." or
/// "TP".
pub fn compared(key: RenameKey, text: &str) -> String {
    let text: Cow<'_, str> = nfc(text);
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let c = match c {
            '–' | '—' | '‐' | '‑' | '−' => '-',
            c => c,
        };
        if space && !out.is_empty() && c != '-' && !out.ends_with('-') {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    if key == RenameKey::Province {
        // i18n: the prefixes of a province's name, compared without them (data)
        for prefix in ["thành phố ", "tỉnh ", "tp. ", "tp.", "tp "] {
            if let Some(rest) = out.strip_prefix(prefix)
                && !rest.is_empty()
            {
                return rest.to_owned();
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    fn d(s: &str) -> Date {
        crate::model::date::parse(s).unwrap()
    }

    fn rename(name: &str, to: &str, from: &str) -> Rename {
        Rename {
            name: name.to_owned(),
            to: to.to_owned(),
            from: d(from),
        }
    }

    #[test]
    fn the_built_in_merger_applies_from_2025_07_01() {
        let r = Renames::default();
        let p = RenameKey::Province;
        assert_eq!(
            r.name_in_force(p, "Bắc Giang", d("2025-06-30")),
            "Bắc Giang"
        );
        assert_eq!(r.name_in_force(p, "Bắc Giang", d("2025-07-01")), "Bắc Ninh");
        assert_eq!(r.name_in_force(p, "Bắc Ninh", d("2026-01-01")), "Bắc Ninh");
        assert_eq!(
            r.name_in_force(p, "Quảng Bình", d("2026-01-01")),
            "Quảng Trị"
        );
        assert_eq!(r.name_in_force(p, "Hà Nội", d("2026-01-01")), "Hà Nội");
        assert_eq!(
            r.name_in_force(p, "Bà Rịa - Vũng Tàu", d("2026-01-01")),
            "Hồ Chí Minh"
        );
        // Only provinces are built in.
        assert_eq!(
            r.name_in_force(RenameKey::Commune, "Bắc Giang", d("2026-01-01")),
            "Bắc Giang"
        );
        assert_eq!(merger_2025().len(), 29);
        // 63 provinces became 34: 29 merged away into others.
        let targets: std::collections::HashSet<&str> =
            MERGER_2025.iter().map(|(_, t)| *t).collect();
        assert!(MERGER_2025.iter().all(|(n, _)| !targets.contains(n)));
    }

    #[test]
    fn names_compare_in_nfc_ignoring_case() {
        let r = Renames::default();
        let p = RenameKey::Province;
        let nfd: String = "Bắc Giang".nfd().collect();
        assert_eq!(r.name_in_force(p, &nfd, d("2026-01-01")), "Bắc Ninh");
        assert_eq!(r.name_in_force(p, "BẮC GIANG", d("2026-01-01")), "Bắc Ninh");
        assert_eq!(r.name_in_force(p, "bắc giang", d("2026-01-01")), "Bắc Ninh");
        // Diacritics are not ignored: another name.
        assert_eq!(
            r.name_in_force(p, "Bac Giang", d("2026-01-01")),
            "Bac Giang"
        );
        assert_eq!(
            r.name_in_force(p, "Quảng Năm", d("2026-01-01")),
            "Quảng Năm"
        );
    }

    #[test]
    fn every_dash_with_or_without_spaces_is_alike() {
        let r = Renames::default();
        let p = RenameKey::Province;
        for name in [
            "Bà Rịa - Vũng Tàu",
            "Bà Rịa-Vũng Tàu",
            "Bà Rịa – Vũng Tàu",
            "Bà Rịa—Vũng Tàu",
            "Bà Rịa  -  Vũng Tàu",
            "bà rịa -vũng tàu",
        ] {
            assert_eq!(
                r.name_in_force(p, name, d("2026-01-01")),
                "Hồ Chí Minh",
                "{name}"
            );
        }
        assert_eq!(compared(p, " Bà  Rịa – Vũng Tàu "), "bà rịa-vũng tàu");
    }

    #[test]
    fn a_province_prefix_is_ignored_for_provinces_only() {
        let r = Renames::default();
        let p = RenameKey::Province;
        for name in [
            "tỉnh Bắc Giang",
            "Tỉnh Bắc Giang",
            "TỈNH BẮC GIANG",
            "Thành phố Bắc Giang",
            "TP. Bắc Giang",
            "TP.Bắc Giang",
            "TP Bắc Giang",
            "tp bắc giang",
        ] {
            assert_eq!(
                r.name_in_force(p, name, d("2026-01-01")),
                "Bắc Ninh",
                "{name}"
            );
        }
        let mut own = Renames::none();
        own.set(
            RenameKey::Commune,
            vec![rename("Quảng Lợi", "Quảng Tân", "2025-07-01")],
        );
        let c = RenameKey::Commune;
        assert_eq!(
            own.name_in_force(c, "Quảng Lợi", d("2026-01-01")),
            "Quảng Tân"
        );
        assert_eq!(
            own.name_in_force(c, "xã Quảng Lợi", d("2026-01-01")),
            "xã Quảng Lợi"
        );
        // A prefix alone is a name, not an empty one.
        assert_eq!(compared(p, "tỉnh"), "tỉnh");
        assert_eq!(compared(p, "Tpx"), "tpx");
    }

    #[test]
    fn renames_chain_from_the_later_date() {
        let mut r = Renames::none();
        let c = RenameKey::Commune;
        r.set(
            c,
            vec![
                rename("B", "C", "2025-07-01"),
                rename("A", "B", "2020-01-01"),
            ],
        );
        assert_eq!(r.name_in_force(c, "A", d("2019-12-31")), "A");
        assert_eq!(r.name_in_force(c, "A", d("2020-01-01")), "B");
        assert_eq!(r.name_in_force(c, "A", d("2025-06-30")), "B");
        assert_eq!(r.name_in_force(c, "a", d("2025-07-01")), "C");
        assert_eq!(r.name_in_force(c, "B", d("2025-07-01")), "C");
        // A later rename of B waits for A's: A is C from the later date.
        r.set(
            c,
            vec![
                rename("A", "B", "2025-07-01"),
                rename("B", "C", "2020-01-01"),
            ],
        );
        assert_eq!(r.name_in_force(c, "A", d("2024-01-01")), "A");
        assert_eq!(r.name_in_force(c, "B", d("2024-01-01")), "C");
        assert_eq!(r.name_in_force(c, "A", d("2025-07-01")), "C");
    }

    #[test]
    fn a_rename_dated_after_the_date_does_not_apply() {
        let mut r = Renames::default();
        r.set(
            RenameKey::Authority,
            vec![rename(
                "Ban Dân vận Tỉnh ủy",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                "2025-03-01",
            )],
        );
        let a = RenameKey::Authority;
        assert_eq!(
            r.name_in_force(a, "Ban Dân vận Tỉnh ủy", d("2025-02-28")),
            "Ban Dân vận Tỉnh ủy"
        );
        assert_eq!(
            r.name_in_force(a, "ban dân vận tỉnh ủy", d("2025-03-01")),
            "Ban Tuyên giáo và Dân vận Tỉnh ủy"
        );
        // The province list is still the built-in one: each key alone.
        assert_eq!(
            r.name_in_force(RenameKey::Province, "Yên Bái", d("2025-07-01")),
            "Lào Cai"
        );
    }

    #[test]
    fn a_register_list_replaces_the_built_in_one() {
        let mut r = Renames::default();
        r.set(
            RenameKey::Province,
            vec![rename("Quảng Ninh", "Quảng Ninh mới", "2030-01-01")],
        );
        let p = RenameKey::Province;
        assert_eq!(
            r.name_in_force(p, "Bắc Giang", d("2026-01-01")),
            "Bắc Giang"
        );
        assert_eq!(
            r.name_in_force(p, "Quảng Ninh", d("2030-01-01")),
            "Quảng Ninh mới"
        );
    }

    #[test]
    fn loops_are_found_whatever_their_dates() {
        let c = RenameKey::Commune;
        let list = vec![
            rename("X", "Y", "2020-01-01"),
            rename("A", "B", "2020-01-01"),
            rename("B", "c", "2021-01-01"),
            rename("C", "a", "2030-01-01"),
        ];
        assert_eq!(find_loop(c, &list), Some(vec![1, 2, 3]));
        assert_eq!(
            find_loop(c, &[rename("A", "a", "2020-01-01")]),
            Some(vec![0])
        );
        assert_eq!(find_loop(c, &list[..3]), None);
        assert_eq!(find_loop(RenameKey::Province, &merger_2025()), None);
        // A loop does not hang the name in force: it stops after as many
        // steps as there are entries.
        let mut r = Renames::none();
        r.set(c, list);
        assert_eq!(r.name_in_force(c, "A", d("2030-01-01")), "B");
    }
}
