//! A register's own keys (format.md, "Custom keys"): `[custom]` of
//! `dvk.toml` declares them, a model holds `code = value` at its top
//! level. What a value of one is (the keys themselves are the taxonomy's),
//! and reading one from text (`register --set`, `import`), without I/O.

use serde::{Deserialize, Serialize};

use crate::model::date::Date;
pub use crate::model::taxonomy::{CustomKey, CustomType};
use crate::text::fold;

/// A model's value of a custom key; a code is `Text` holding the code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum CustomValue {
    Text(String),
    Number(f64),
    Date(Date),
    Bool(bool),
    List(Vec<String>),
}

/// A value of a custom key from text as a person types it or a cell
/// holds it (`CustomKey::read`).
impl CustomKey {
    /// A value of this key from text as a person types it or a cell holds
    /// it: a number, a day (`2024-05-01` or `01/05/2024`), true/false
    /// (có/không), a list separated by `;`, a code or its label. `Err`
    /// says what was expected.
    pub fn read(&self, text: &str) -> Result<CustomValue, String> {
        let text = text.trim();
        // `expected`: the key's type, a variant of read-custom-value.
        let bad = |expected: &str| {
            Err(crate::tr!(
                "read-custom-value",
                code = &self.code,
                label = &self.label,
                expected = expected,
                text = text
            ))
        };
        match &self.kind {
            CustomType::Text => Ok(CustomValue::Text(crate::text::nfc(text).into_owned())),
            CustomType::Number => match text.replace(',', ".").parse::<f64>() {
                Ok(n) if n.is_finite() => Ok(CustomValue::Number(n)),
                _ => bad("number"),
            },
            CustomType::Date => match crate::model::date::parse(text).or_else(|| day_first(text)) {
                Some(d) => Ok(CustomValue::Date(d)),
                None => bad("date"),
            },
            CustomType::Bool => match fold(text).as_str() {
                "1" => Ok(CustomValue::Bool(true)),
                "0" => Ok(CustomValue::Bool(false)),
                folded => crate::text::yes_no(folded)
                    .map(CustomValue::Bool)
                    .map_or_else(|| bad("bool"), Ok),
            },
            CustomType::List => Ok(CustomValue::List(
                text.split(';')
                    .map(|s| crate::text::nfc(s.trim()).into_owned())
                    .filter(|s| !s.is_empty())
                    .collect(),
            )),
            CustomType::Code(list) => match list.resolve(text) {
                Some(code) => Ok(CustomValue::Text(code.to_owned())),
                None => Err(list.unknown(text)),
            },
        }
    }
}

/// `DD/MM/YYYY`.
fn day_first(text: &str) -> Option<Date> {
    let mut parts = text.split('/');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    crate::model::date::parse(&format!("{y}-{m:0>2}-{d:0>2}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::taxonomy::CodeList;

    fn key(kind: CustomType) -> CustomKey {
        CustomKey {
            code: "k".into(),
            label: "K".into(),
            kind,
        }
    }

    #[test]
    fn values_are_read_by_their_type() {
        assert_eq!(
            key(CustomType::Number).read(" 120 "),
            Ok(CustomValue::Number(120.0))
        );
        assert!(key(CustomType::Number).read("nhiều").is_err());
        assert_eq!(
            key(CustomType::Date).read("01/05/2024"),
            Ok(CustomValue::Date(
                crate::model::date::parse("2024-05-01").unwrap()
            ))
        );
        assert_eq!(
            key(CustomType::Bool).read("Có"),
            Ok(CustomValue::Bool(true))
        );
        assert_eq!(
            key(CustomType::List).read("a; b;"),
            Ok(CustomValue::List(vec!["a".into(), "b".into()]))
        );
        let codes = CodeList::new("k", &[("ho", "Hộ gia đình"), ("xa", "Xã")]);
        let code = key(CustomType::Code(codes));
        assert_eq!(code.read("hộ gia đình"), Ok(CustomValue::Text("ho".into())));
        assert_eq!(code.read("xa"), Ok(CustomValue::Text("xa".into())));
        assert!(code.read("tỉnh").is_err());
    }
}
