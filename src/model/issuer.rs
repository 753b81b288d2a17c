//! Who issues the report's documents: `[report]` in `dvk.toml` (the Party
//! document header, the form number, the signature block). Every value is
//! optional; a missing one leaves its place blank, to be filled by hand.

/// The values of `[report]`, each `None` when not written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Issuer {
    /// First line, top left: "ĐẢNG BỘ TỈNH …".
    pub parent: Option<String>,
    /// Second line, top left: "BAN …".
    pub issuer: Option<String>,
    /// "`place`, ngày D tháng M năm Y", top right.
    pub place: Option<String>,
    /// The form number, top right of each table: "Biểu số 01-DVK".
    pub form: Option<String>,
    pub signer: Option<String>,
    pub signer_title: Option<String>,
    /// Người lập biểu.
    pub prepared_by: Option<String>,
}

impl Issuer {
    /// The keys of `[report]`, in the order of the file.
    pub const KEYS: [&'static str; 7] = [
        "parent",
        "issuer",
        "place",
        "form",
        "signer",
        "signer_title",
        "prepared_by",
    ];

    /// The value of a key of [`Issuer::KEYS`].
    pub fn slot(&mut self, key: &str) -> Option<&mut Option<String>> {
        Some(match key {
            "parent" => &mut self.parent,
            "issuer" => &mut self.issuer,
            "place" => &mut self.place,
            "form" => &mut self.form,
            "signer" => &mut self.signer,
            "signer_title" => &mut self.signer_title,
            "prepared_by" => &mut self.prepared_by,
            _ => return None,
        })
    }
}
