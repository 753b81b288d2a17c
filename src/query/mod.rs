//! The query language of cli.md: terms that must all hold. A term is
//! `key:value`, `key:a,b`, `key:A..B`, a comparison, `key?`, a bare word,
//! or any of these negated with `-` or `not:`. Parsing checks keys and
//! codes against the taxonomy, so matching cannot fail.

pub mod key;

use crate::error::{Error, Result};
use crate::model::date::PartialDate;
use crate::model::renames::Renames;
use crate::model::taxonomy::Taxonomy;
use crate::query::key::{Codes, Key, Mode, Row, Type, Value};
use crate::text::{contains_folded, fold};

#[derive(Debug, Clone, Default)]
pub struct Query {
    terms: Vec<Term>,
}

#[derive(Debug, Clone)]
struct Term {
    negated: bool,
    test: Test,
}

#[derive(Debug, Clone)]
enum Test {
    /// Folded word, looked for in the model's texts.
    Word(String),
    Present(Key),
    /// A key's value matches; for a renamed key, `Some` holds the renames,
    /// and the term holds when the recorded value or its name in force
    /// matches.
    Match(Key, Matcher, Option<Box<Renames>>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Ge,
    Gt,
    Le,
    Lt,
}

#[derive(Debug, Clone)]
enum Matcher {
    AnyOf(Vec<Operand>),
    NoneOf(Vec<Operand>),
    Range(Operand, Operand),
    Compare(Op, Operand),
}

#[derive(Debug, Clone)]
enum Operand {
    /// Folded text, matched as "contains".
    Text(String),
    Exact(String),
    Code(String),
    Date(PartialDate),
    Number(f64),
    Bool(bool),
}

/// The keys whose text a bare word is looked for in.
const WORD_KEYS: [Key; 6] = [
    Key::Name,
    Key::Unit,
    Key::Commune,
    Key::District,
    Key::Province,
    Key::Summary,
];

impl Query {
    /// A query from command-line arguments, one term each.
    pub fn from_args<S: AsRef<str>>(args: &[S], mode: Mode, taxonomy: &Taxonomy) -> Result<Self> {
        let terms = args
            .iter()
            .map(|a| a.as_ref().trim())
            .filter(|a| !a.is_empty())
            .map(|a| Term::parse(a, mode, taxonomy))
            .collect::<Result<_>>()?;
        Ok(Self { terms })
    }

    /// A query from one string (`check`, `--where`): terms separated by
    /// spaces, a value with spaces in quotes.
    pub fn parse(text: &str, mode: Mode, taxonomy: &Taxonomy) -> Result<Self> {
        Self::from_args(&split_terms(text)?, mode, taxonomy)
    }

    /// A query that every row matches.
    pub fn all() -> Self {
        Self::default()
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The keys the query reads: so that callers can skip the derived keys
    /// it does not need.
    pub fn keys(&self) -> impl Iterator<Item = &Key> {
        self.terms.iter().flat_map(|t| match &t.test {
            Test::Word(_) => WORD_KEYS.iter().collect::<Vec<_>>(),
            Test::Present(k) | Test::Match(k, _, _) => vec![k],
        })
    }

    pub fn matches(&self, row: &Row<'_>) -> bool {
        self.terms.iter().all(|t| t.holds(row) != t.negated)
    }
}

/// Splits at spaces outside double or single quotes; quotes are kept for
/// the term parser to strip.
fn split_terms(text: &str) -> Result<Vec<String>> {
    let mut terms = Vec::new();
    let mut current = String::new();
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match (c, quote) {
            ('"' | '\'', None) => {
                quote = Some(c);
                current.push(c);
            }
            (c, Some(q)) if c == q => {
                quote = None;
                current.push(c);
            }
            (c, None) if c.is_whitespace() => {
                if !current.is_empty() {
                    terms.push(std::mem::take(&mut current));
                }
            }
            (c, _) => current.push(c),
        }
    }
    if quote.is_some() {
        return Err(Error::Input(crate::tr!(
            "read-unclosed-quote",
            query = text
        )));
    }
    if !current.is_empty() {
        terms.push(current);
    }
    Ok(terms)
}

fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner;
        }
    }
    // `key:"a b"` split by the shell keeps quotes only around the value.
    value
}

fn is_key_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.'
}

impl Term {
    fn parse(text: &str, mode: Mode, taxonomy: &Taxonomy) -> Result<Self> {
        let mut negated = false;
        let mut rest = text;
        loop {
            if let Some(r) = rest.strip_prefix("not:") {
                rest = r;
            } else if let Some(r) = rest.strip_prefix('-').filter(|r| !r.is_empty()) {
                rest = r;
            } else {
                break;
            }
            negated = !negated;
        }
        let key_len = rest.find(|c: char| !is_key_char(c)).unwrap_or(rest.len());
        let (name, after) = rest.split_at(key_len);
        if !name.is_empty() && after == "?" {
            let key = Key::parse(name, mode, taxonomy)?;
            return Ok(Term {
                negated,
                test: Test::Present(key),
            });
        }
        let op = ["!=", ">=", "<=", ">", "<", ":"]
            .into_iter()
            .find(|op| after.starts_with(op));
        let (Some(op), false) = (op, name.is_empty()) else {
            let word = fold(unquote(rest));
            if word.is_empty() {
                return Err(Error::Input(crate::tr!("read-empty-term", term = text)));
            }
            return Ok(Term {
                negated,
                test: Test::Word(word),
            });
        };
        let key = Key::parse(name, mode, taxonomy)?;
        let value = unquote(&after[op.len()..]).trim();
        if value.is_empty() {
            return Err(Error::Input(crate::tr!(
                "read-term-needs-value",
                term = text,
                key = name,
                op = op
            )));
        }
        let kind = key.kind();
        let operand = |v: &str| Operand::parse(v, name, kind, taxonomy);
        if kind == Type::Code(Codes::Level) && (op != ":" && op != "!=" || value.contains("..")) {
            let codes = level_span(op, value, name, taxonomy)?;
            return Ok(Term {
                negated: negated != (op == "!="),
                test: Test::Match(key, Matcher::AnyOf(codes), None),
            });
        }
        let matcher = match op {
            ":" | "!=" => {
                if let Some((lo, hi)) = value.split_once("..").filter(|_| ordered(kind)) {
                    let range = Matcher::Range(operand(lo.trim())?, operand(hi.trim())?);
                    if op == "!=" {
                        negated = !negated;
                    }
                    range
                } else {
                    let operands = value
                        .split(',')
                        .map(str::trim)
                        .filter(|v| !v.is_empty())
                        .map(operand)
                        .collect::<Result<Vec<_>>>()?;
                    if op == ":" {
                        Matcher::AnyOf(operands)
                    } else {
                        Matcher::NoneOf(operands)
                    }
                }
            }
            _ => {
                if !ordered(kind) {
                    return Err(Error::Input(crate::tr!(
                        "read-cannot-compare",
                        term = text,
                        key = name,
                        op = op
                    )));
                }
                let op = match op {
                    ">=" => Op::Ge,
                    ">" => Op::Gt,
                    "<=" => Op::Le,
                    _ => Op::Lt,
                };
                Matcher::Compare(op, operand(value)?)
            }
        };
        let renames = key.renamed().map(|_| Box::new(taxonomy.renames.clone()));
        Ok(Term {
            negated,
            test: Test::Match(key, matcher, renames),
        })
    }

    fn holds(&self, row: &Row<'_>) -> bool {
        match &self.test {
            Test::Word(word) => WORD_KEYS.iter().any(|k| match k.value(row) {
                Value::Text(t) => contains_folded(&t, word),
                _ => false,
            }),
            Test::Present(key) => key.value(row).is_present(),
            Test::Match(key, matcher, renames) => {
                let value = key.value(row);
                // The name in force only when the recorded value does not
                // match: most rows are decided without it.
                let any = |operands: &[Operand]| {
                    operands.iter().any(|o| o.equals(&value))
                        || renames.as_deref().is_some_and(|r| {
                            let in_force = key.value_in_force(row, r);
                            in_force != value && operands.iter().any(|o| o.equals(&in_force))
                        })
                };
                match matcher {
                    Matcher::AnyOf(operands) => any(operands),
                    Matcher::NoneOf(operands) => !any(operands),
                    Matcher::Range(lo, hi) => {
                        lo.compare(&value, Op::Ge) && hi.compare(&value, Op::Le)
                    }
                    Matcher::Compare(op, operand) => operand.compare(&value, *op),
                }
            }
        }
    }
}

/// The levels that `op value` (or a range `A..B`) admits, in rank order.
fn level_span(op: &str, value: &str, key: &str, taxonomy: &Taxonomy) -> Result<Vec<Operand>> {
    let levels = &taxonomy.levels;
    let rank = |v: &str| -> Result<usize> {
        let v = unquote(v.trim());
        levels
            .resolve(v)
            .and_then(|code| levels.position(code))
            .ok_or_else(|| Error::Input(format!("`{key}`: {}", levels.unknown(v))))
    };
    let admits: Box<dyn Fn(usize) -> bool> = match (op, value.split_once("..")) {
        (":" | "!=", Some((a, b))) => {
            let (lo, hi) = (rank(a)?, rank(b)?);
            Box::new(move |i| lo <= i && i <= hi)
        }
        (">=", _) => {
            let r = rank(value)?;
            Box::new(move |i| i >= r)
        }
        (">", _) => {
            let r = rank(value)?;
            Box::new(move |i| i > r)
        }
        ("<=", _) => {
            let r = rank(value)?;
            Box::new(move |i| i <= r)
        }
        _ => {
            let r = rank(value)?;
            Box::new(move |i| i < r)
        }
    };
    Ok(levels
        .codes()
        .enumerate()
        .filter(|(i, _)| admits(*i))
        .map(|(_, c)| Operand::Code(c.to_owned()))
        .collect())
}

/// Keys that take comparisons and ranges.
fn ordered(kind: Type) -> bool {
    matches!(kind, Type::Date | Type::Number | Type::Code(Codes::Level))
}

impl Operand {
    fn parse(value: &str, key: &str, kind: Type, taxonomy: &Taxonomy) -> Result<Self> {
        let value = unquote(value);
        match kind {
            Type::Text => Ok(Operand::Text(fold(value))),
            Type::Exact => Ok(Operand::Exact(value.to_owned())),
            Type::Code(codes) => {
                let list = codes.list(taxonomy);
                match list.resolve(value) {
                    Some(code) => Ok(Operand::Code(code.to_owned())),
                    None => Err(Error::Input(format!("`{key}`: {}", list.unknown(value)))),
                }
            }
            Type::Date => PartialDate::parse(value).map(Operand::Date).ok_or_else(|| {
                Error::Input(crate::tr!("read-takes-date", key = key, value = value))
            }),
            Type::Number => value
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite())
                .map(Operand::Number)
                .ok_or_else(|| {
                    Error::Input(crate::tr!("read-takes-number", key = key, value = value))
                }),
            Type::Bool => crate::text::yes_no(&fold(value))
                .map(Operand::Bool)
                .ok_or_else(|| {
                    Error::Input(crate::tr!("read-takes-bool", key = key, value = value))
                }),
        }
    }

    fn equals(&self, value: &Value<'_>) -> bool {
        match (self, value) {
            (Operand::Text(word), Value::Text(t)) => contains_folded(t, word),
            (Operand::Text(word), Value::List(items)) => {
                items.iter().any(|t| contains_folded(t, word))
            }
            (Operand::Exact(s) | Operand::Code(s), Value::Text(t)) => s == t,
            (Operand::Date(p), Value::Date(d)) => p.contains(*d),
            (Operand::Number(n), Value::Number(v)) => n.total_cmp(v).is_eq(),
            (Operand::Bool(b), Value::Bool(v)) => b == v,
            _ => false,
        }
    }

    /// Whether `value op self` holds.
    fn compare(&self, value: &Value<'_>, op: Op) -> bool {
        let ordering = match (self, value) {
            (Operand::Number(n), Value::Number(v)) => v.total_cmp(n),
            (Operand::Date(p), Value::Date(d)) => {
                // A partial date is a span of days: `>= 2023` from its
                // first day, `<= 2023` to its last.
                return match op {
                    Op::Ge => *d >= p.first,
                    Op::Gt => *d > p.last,
                    Op::Le => *d <= p.last,
                    Op::Lt => *d < p.first,
                };
            }
            _ => return false,
        };
        match op {
            Op::Ge => ordering.is_ge(),
            Op::Gt => ordering.is_gt(),
            Op::Le => ordering.is_le(),
            Op::Lt => ordering.is_lt(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::derived::{AsOf, Derived};
    use crate::read::model::parse;
    use std::path::Path;
    use unicode_normalization::UnicodeNormalization;

    const MODEL: &str = r#"
name = "Xây dựng vườn mẫu"
unit = "Hội Nông dân xã Quảng Tân"
subject = "tap_the"
field = "kinh_te"
level = "xa"
registered = 2019-03-15
phase = "2016-2020"
commune = "Quảng Tân"
district = "Đầm Hà"
partners = ["Đoàn Thanh niên xã"]
tags = ["nong-thon-moi"]

[[outcome]]
year = 2019
dat_hien_m2 = 1250

[[event]]
date = 2019-12-20
type = "cong_nhan"
level = "huyen"
decision = "123-QĐ/HU"
"#;

    fn matches(query: &str, text: &str, as_of: &str) -> bool {
        let t = Taxonomy::default();
        let (model, problems) = parse(
            "m",
            Path::new("m.toml"),
            text,
            &t,
            &crate::criteria::Catalog::default(),
        );
        assert!(
            !problems.iter().any(crate::problem::Problem::is_error),
            "{problems:?}"
        );
        let model = model.unwrap();
        let as_of = AsOf::date(crate::model::date::parse(as_of).unwrap());
        let derived = Derived::of(&model, as_of.date, &t);
        let row = Row {
            model: &model,
            derived: &derived,
            event: None,
            as_of: &as_of,
        };
        Query::parse(query, Mode::Models, &t).unwrap().matches(&row)
    }

    fn holds(query: &str) -> bool {
        matches(query, MODEL, "2020-12-31")
    }

    fn error(query: &str) -> String {
        Query::parse(query, Mode::Models, &Taxonomy::default())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn renamed_keys_match_the_recorded_name_or_the_name_in_force() {
        let text = MODEL.replace("commune = \"Quảng Tân\"", "province = \"tỉnh Quảng Bình\"");
        let at = |query: &str, as_of: &str| matches(query, &text, as_of);
        assert!(at("province:\"Quảng Bình\"", "2025-06-30"));
        assert!(!at("province:\"Quảng Trị\"", "2025-06-30"));
        assert!(at("province:\"quang tri\"", "2025-07-01"));
        assert!(at("province:\"Quảng Bình\"", "2025-07-01"));
        assert!(!at("-province:\"Quảng Trị\"", "2025-07-01"));
        assert!(!at("province!=\"Quảng Trị\"", "2025-07-01"));
        assert!(at("province!=\"Quảng Trị\"", "2025-06-30"));
        // A word looks at the recorded texts only.
        assert!(!at("\"Quảng Trị\"", "2025-07-01"));
    }

    #[test]
    fn codes_and_labels() {
        assert!(holds("field:kinh_te"));
        assert!(holds("field:\"Kinh tế\""));
        assert!(holds("field:van_hoa_xa_hoi,kinh_te"));
        assert!(!holds("field:van_hoa_xa_hoi"));
        assert!(holds("-field:van_hoa_xa_hoi"));
        assert!(holds("not:field:van_hoa_xa_hoi"));
        assert!(holds("field!=van_hoa_xa_hoi"));
        assert!(!holds("field!=kinh_te"));
    }

    #[test]
    fn free_text_ignores_case_and_diacritics() {
        assert!(holds("commune:\"quảng tân\""));
        assert!(holds("commune:quang"));
        assert!(holds("unit:'NÔNG DÂN'"));
        assert!(holds("partners:thanh"));
        assert!(holds("tags:nong-thon"));
        assert!(holds("vườn"));
        assert!(holds("dam"));
        assert!(!holds("lúa"));
        assert!(holds("-lúa"));
        let nfd: String = MODEL.nfd().collect();
        assert!(matches("commune:\"Quảng Tân\"", &nfd, "2020-12-31"));
        let query_nfd: String = "commune:Quảng".nfd().collect();
        assert!(holds(&query_nfd));
    }

    #[test]
    fn dates_partial_ranges_and_comparisons() {
        assert!(holds("registered:2019"));
        assert!(holds("registered:2019-03"));
        assert!(holds("registered:2019-03-15"));
        assert!(!holds("registered:2019-04"));
        assert!(holds("registered:2018..2019"));
        assert!(holds("registered:2019-03-15..2019-03-15"));
        assert!(!holds("registered:2020..2021"));
        assert!(holds("registered>=2019"));
        assert!(!holds("registered>2019"));
        assert!(holds("registered<=2019"));
        assert!(!holds("registered<2019"));
        assert!(holds("registered<2019-03-16"));
        assert!(holds("year:2019"));
        assert!(holds("year:2015..2019"));
        assert!(holds("year>2018"));
        assert!(!holds("started?"));
    }

    #[test]
    fn levels_compare_by_rank() {
        assert!(holds("level:xa"));
        assert!(holds("level<huyen"));
        assert!(!holds("level>=huyen"));
        assert!(holds("recognized:huyen"));
        assert!(holds("recognized>=huyen"));
        assert!(holds("recognized>xa"));
        assert!(!holds("recognized>huyen"));
        assert!(holds("recognized:xa..tinh"));
        assert!(holds("recognized:\"Cấp huyện\""));
        assert!(!matches("recognized?", MODEL, "2019-12-19"));
        assert!(matches("recognized!=huyen", MODEL, "2019-12-19"));
        assert!(!matches("recognized>=xa", MODEL, "2019-12-19"));
    }

    #[test]
    fn derived_keys_as_of_a_date() {
        assert!(holds("status:cong_nhan"));
        assert!(matches("status:dang_ky", MODEL, "2019-12-19"));
        assert!(holds("months:21"));
        assert!(holds("months>=12"));
        assert!(holds("outcome.dat_hien_m2>1000"));
        assert!(holds("outcome.dat_hien_m2?"));
        assert!(!holds("outcome.ngay_cong?"));
        assert!(holds("commendations:0"));
        assert!(holds("id:m"));
        assert!(holds("phase:2016-2020"));
    }

    #[test]
    fn bad_terms_name_the_choices() {
        assert!(error("feild:kinh_te").starts_with("unknown key `feild`; did you mean `field`?"));
        assert_eq!(
            error("level:huyenn"),
            "`level`: `huyenn` is not a level code; did you mean `huyen`? \
             (choices: xa (Cấp xã), huyen (Cấp huyện), tinh (Cấp tỉnh), trung_uong (Trung ương))"
        );
        assert!(error("field>=kinh_te").contains("cannot be compared"));
        assert!(error("registered:2019-13").contains("takes a date like 2023"));
        assert!(error("months:abc").contains("takes a number"));
        assert!(error("name:").contains("needs a value"));
        assert!(error("commune:\"quảng").contains("unclosed quote"));
    }
}
