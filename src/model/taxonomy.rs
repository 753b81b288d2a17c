//! The register's code lists: levels, fields, subjects, kinds, forms and
//! metrics, each an ordered list of codes with Vietnamese labels, plus the
//! fixed lists that `dvk` derives (status, verdict, event type).
//! Order is report order; for levels it is also rank, lowest first.

use crate::model::renames::Renames;
use crate::text::fold;

/// An ordered list of `code = label`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeList {
    /// What the list is called in messages (`field`, `level`, ...).
    pub name: &'static str,
    pub entries: Vec<(String, String)>,
}

impl CodeList {
    pub fn new(name: &'static str, entries: &[(&str, &str)]) -> Self {
        Self {
            name,
            entries: entries
                .iter()
                .map(|(c, l)| ((*c).to_owned(), (*l).to_owned()))
                .collect(),
        }
    }

    /// The code for a code or a label, ignoring case and diacritics.
    pub fn resolve(&self, value: &str) -> Option<&str> {
        if let Some((code, _)) = self.entries.iter().find(|(c, _)| c == value) {
            return Some(code);
        }
        let folded = fold(value.trim());
        self.entries
            .iter()
            .find(|(c, l)| fold(l) == folded || *c == folded)
            .map(|(c, _)| c.as_str())
    }

    pub fn contains(&self, code: &str) -> bool {
        self.position(code).is_some()
    }

    /// The rank of a code: its place in the list.
    pub fn position(&self, code: &str) -> Option<usize> {
        self.entries.iter().position(|(c, _)| c == code)
    }

    pub fn label<'a>(&'a self, code: &'a str) -> &'a str {
        self.entries
            .iter()
            .find(|(c, _)| c == code)
            .map_or(code, |(_, l)| l.as_str())
    }

    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(c, _)| c.as_str())
    }

    /// `a (A), b (B)`: the choices, for messages.
    pub fn choices(&self) -> String {
        self.entries
            .iter()
            .map(|(c, l)| format!("{c} ({l})"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The message for a value that is no code of this list. A near miss
    /// of a code suggests the code; of a label (`Cấp tỉnhh`), the label.
    pub fn unknown(&self, value: &str) -> String {
        let hint =
            crate::problem::hint_of(crate::problem::nearest(value, self.codes()).or_else(|| {
                crate::problem::nearest(value, self.entries.iter().map(|(_, l)| l.as_str()))
            }));
        // The English article of a custom list's name (the catalogue names
        // the built-in lists itself).
        let article = if self.name.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        crate::tr!(
            "read-not-a-code",
            value = value,
            list = self.name.replace(' ', "-"),
            article = article,
            hint = hint,
            choices = self.choices()
        )
    }
}

/// The type of a custom key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CustomType {
    Text,
    Number,
    Date,
    Bool,
    List,
    /// One code of its own list (`codes = { a = "Label A" }`).
    Code(CodeList),
}

impl CustomType {
    /// The names `type` takes, in the order messages list them.
    pub const NAMES: [&'static str; 6] = ["text", "number", "date", "bool", "list", "code"];

    pub fn name(&self) -> &'static str {
        match self {
            CustomType::Text => "text",
            CustomType::Number => "number",
            CustomType::Date => "date",
            CustomType::Bool => "bool",
            CustomType::List => "list",
            CustomType::Code(_) => "code",
        }
    }
}

/// A key of `[custom]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomKey {
    pub code: String,
    pub label: String,
    pub kind: CustomType,
}

impl CustomKey {
    /// The code list of a `code` key.
    pub fn codes(&self) -> Option<&CodeList> {
        match &self.kind {
            CustomType::Code(list) => Some(list),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Metric {
    pub code: String,
    pub label: String,
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taxonomy {
    pub levels: CodeList,
    pub fields: CodeList,
    pub subjects: CodeList,
    pub kinds: CodeList,
    pub forms: CodeList,
    pub metrics: Vec<Metric>,
    pub statuses: CodeList,
    pub verdicts: CodeList,
    pub event_types: CodeList,
    /// `[recognition] term`: how many years a recognition without `until`
    /// holds (to the end of the year `term - 1` years after its own);
    /// `None`: until it is ended.
    pub recognition_term: Option<u32>,
    /// `[renames]`: what names of places and bodies became, and from when.
    pub renames: Renames,
    /// `[custom]`: the register's own keys, in its order.
    pub custom: Vec<CustomKey>,
}

impl Taxonomy {
    /// The custom key of a code.
    pub fn custom_key(&self, code: &str) -> Option<&CustomKey> {
        self.custom.iter().find(|k| k.code == code)
    }
}

impl Default for Taxonomy {
    /// The national taxonomy of format.md. Its labels are data, Vietnamese
    /// whatever the run speaks: `init` writes them into `dvk.toml`, and
    /// tables and documents show them as values (hence the `i18n:` marks).
    fn default() -> Self {
        let metric = |code: &str, label: &str, unit: &str| Metric {
            code: code.to_owned(),
            label: label.to_owned(),
            unit: unit.to_owned(),
        };
        Self {
            levels: CodeList::new(
                "level",
                &[
                    ("xa", "Cấp xã"),             // i18n: national label (data)
                    ("huyen", "Cấp huyện"),       // i18n: national label (data)
                    ("tinh", "Cấp tỉnh"),         // i18n: national label (data)
                    ("trung_uong", "Trung ương"), // i18n: national label (data)
                ],
            ),
            fields: CodeList::new(
                "field",
                &[
                    ("kinh_te", "Kinh tế"),                         // i18n: national label (data)
                    ("van_hoa_xa_hoi", "Văn hóa - xã hội"),         // i18n: national label (data)
                    ("quoc_phong_an_ninh", "Quốc phòng - an ninh"), // i18n: national label (data)
                    ("xay_dung_he_thong_chinh_tri", "Xây dựng hệ thống chính trị"), // i18n: national label (data)
                ],
            ),
            subjects: CodeList::new("subject", &[("tap_the", "Tập thể"), ("ca_nhan", "Cá nhân")]), // i18n: national label (data)
            kinds: CodeList::new(
                "kind",
                &[("mo_hinh", "Mô hình"), ("dien_hinh", "Điển hình")], // i18n: national label (data)
            ),
            forms: CodeList::new(
                "form",
                &[
                    ("bang_khen", "Bằng khen"),             // i18n: national label (data)
                    ("giay_khen", "Giấy khen"),             // i18n: national label (data)
                    ("giay_chung_nhan", "Giấy chứng nhận"), // i18n: national label (data)
                    ("bieu_duong", "Biểu dương"),           // i18n: national label (data)
                ],
            ),
            metrics: vec![
                metric("dat_hien_m2", "Đất hiến", "m²"), // i18n: national label (data)
                metric("ngay_cong", "Ngày công", "ngày"), // i18n: national label (data)
                metric("tien_dong", "Kinh phí huy động", "đồng"), // i18n: national label (data)
                metric("lop_tap_huan", "Lớp tập huấn", "lớp"), // i18n: national label (data) // i18n: format.md's label (data)
                metric("ho_tham_gia", "Hộ tham gia", "hộ"),    // i18n: format.md's label (data)
                metric("duong_km", "Đường giao thông", "km"),  // i18n: format.md's label (data)
            ],
            statuses: CodeList::new(
                "status",
                &[
                    ("dang_ky", "Đăng ký"),           // i18n: format.md's label (data)
                    ("de_nghi", "Đề nghị"),           // i18n: format.md's label (data)
                    ("cong_nhan", "Công nhận"),       // i18n: format.md's label (data)
                    ("het_han", "Hết hạn công nhận"), // i18n: format.md's label (data)
                    ("khong_dat", "Không đạt"),       // i18n: format.md's label (data)
                    ("ngung", "Ngừng"),
                    ("thu_hoi", "Thu hồi"), // i18n: format.md's label (data)
                ],
            ),
            verdicts: CodeList::new(
                "verdict",
                &[
                    ("dat", "Đạt"),
                    ("khong_dat", "Không đạt"), // i18n: format.md's label (data)
                    ("cho_danh_gia", "Chờ đánh giá"), // i18n: format.md's label (data)
                    ("khong_ap_dung", "Không áp dụng"), // i18n: format.md's label (data)
                ],
            ),
            event_types: CodeList::new(
                // i18n: the list's name, a variant of read-not-a-code
                "event type",
                &[
                    ("de_nghi", "Đề nghị"),         // i18n: format.md's label (data)
                    ("cong_nhan", "Công nhận"),     // i18n: format.md's label (data)
                    ("khong_dat", "Không đạt"),     // i18n: format.md's label (data)
                    ("khen_thuong", "Khen thưởng"), // i18n: format.md's label (data)
                    ("nhan_rong", "Nhân rộng"),     // i18n: format.md's label (data)
                    ("ngung", "Ngừng"),
                    ("thu_hoi", "Thu hồi"), // i18n: format.md's label (data)
                ],
            ),
            recognition_term: None,
            renames: Renames::default(),
            custom: Vec::new(),
        }
    }
}

impl Taxonomy {
    pub fn metric(&self, code: &str) -> Option<&Metric> {
        self.metrics.iter().find(|m| m.code == code)
    }

    /// The metric for a code or a label, ignoring case and diacritics.
    pub fn resolve_metric(&self, value: &str) -> Option<&Metric> {
        let folded = fold(value.trim());
        self.metrics
            .iter()
            .find(|m| m.code == value || m.code == folded || fold(&m.label) == folded)
    }

    pub fn metric_choices(&self) -> String {
        self.metrics
            .iter()
            .map(|m| format!("{} ({})", m.code, m.label))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_codes_and_labels() {
        let t = Taxonomy::default();
        assert_eq!(t.fields.resolve("kinh_te"), Some("kinh_te"));
        assert_eq!(t.fields.resolve("Kinh tế"), Some("kinh_te"));
        assert_eq!(t.fields.resolve("kinh te"), Some("kinh_te"));
        assert_eq!(t.fields.resolve("VĂN HÓA - XÃ HỘI"), Some("van_hoa_xa_hoi"));
        assert_eq!(t.levels.resolve("Cấp huyện"), Some("huyen"));
        assert_eq!(t.levels.resolve("tinhh"), None);
        assert!(t.levels.position("xa") < t.levels.position("tinh"));
    }

    #[test]
    fn unknown_code_names_the_choices() {
        let t = Taxonomy::default();
        assert_eq!(
            t.subjects.unknown("tap_th"),
            "`tap_th` is not a subject code; did you mean `tap_the`? \
             (choices: tap_the (Tập thể), ca_nhan (Cá nhân))"
        );
        assert!(
            t.levels
                .unknown("Cấp tỉnhh")
                .starts_with("`Cấp tỉnhh` is not a level code; did you mean `Cấp tỉnh`? (")
        );
        assert!(
            t.fields
                .unknown("Văn hóa – xã hội")
                .contains("did you mean `Văn hóa - xã hội`?")
        );
    }
}
