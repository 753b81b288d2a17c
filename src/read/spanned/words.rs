//! The TOML parser's own words, in the language of the run: its messages
//! are a description and what it expected ("unclosed array, expected
//! `]`"), each from a fixed list, worded here from the catalogue. A
//! description not in the list (a newer parser's) is shown as the parser
//! says it.

use crate::tr;

/// A message of the `toml` crate in the language of the run (its first
/// line: the rest quotes the file, which `check` does its own way).
pub fn toml_message(message: &str) -> String {
    let (description, expected) = match message.split_once(", expected ") {
        Some((d, e)) => (d, Some(e)),
        None => (message, None),
    };
    let description = describe(description);
    match expected {
        None => description,
        Some("nothing") => tr!("toml-expected-nothing", description = description),
        Some(items) => tr!(
            "toml-expected",
            description = description,
            expected = items
                .split(", ")
                .map(expectation)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn describe(description: &str) -> String {
    match description {
        "`_` may only go between digits" => tr!("toml-underscore-may-only-go-between-digits"), // i18n: the parser's words
        "cannot recurse further; max recursion depth met" => {
            tr!("toml-cannot-recurse-further-max-recursion-depth-met")
        } // i18n: the parser's words
        "carriage return must be followed by newline" => {
            tr!("toml-carriage-return-must-be-followed-by-newline")
        } // i18n: the parser's words
        "duplicate key" => tr!("toml-duplicate-key"), // i18n: the parser's words
        "extra `=`" => tr!("toml-extra-equals"),      // i18n: the parser's words
        "extra assignment between key-value pairs" => {
            tr!("toml-extra-assignment-between-key-value-pairs")
        } // i18n: the parser's words
        "extra comma in array" => tr!("toml-extra-comma-in-array"), // i18n: the parser's words
        "extra comma in inline table" => tr!("toml-extra-comma-in-inline-table"), // i18n: the parser's words
        "integers with a radix cannot be signed" => {
            tr!("toml-integers-with-a-radix-cannot-be-signed")
        } // i18n: the parser's words
        "invalid basic string" => tr!("toml-invalid-basic-string"), // i18n: the parser's words
        "invalid binary number" => tr!("toml-invalid-binary-number"), // i18n: the parser's words
        "invalid boolean" => tr!("toml-invalid-boolean"),           // i18n: the parser's words
        "invalid comment character" => tr!("toml-invalid-comment-character"), // i18n: the parser's words
        "invalid date-time" => tr!("toml-invalid-date-time"), // i18n: the parser's words
        "invalid date" => tr!("toml-invalid-date"),           // i18n: the parser's words
        "invalid time" => tr!("toml-invalid-time"),           // i18n: the parser's words
        "invalid exponent" => tr!("toml-invalid-exponent"),   // i18n: the parser's words
        "invalid float" => tr!("toml-invalid-float"),         // i18n: the parser's words
        "invalid fraction" => tr!("toml-invalid-fraction"),   // i18n: the parser's words
        "invalid hexadecimal number" => tr!("toml-invalid-hexadecimal-number"), // i18n: the parser's words
        "invalid inline table element" => tr!("toml-invalid-inline-table-element"), // i18n: the parser's words
        "invalid integer number" => tr!("toml-invalid-integer-number"), // i18n: the parser's words
        "invalid key" => tr!("toml-invalid-key"),                       // i18n: the parser's words
        "invalid key-value pair" => tr!("toml-invalid-key-value-pair"), // i18n: the parser's words
        "invalid literal string" => tr!("toml-invalid-literal-string"), // i18n: the parser's words
        "invalid mantissa" => tr!("toml-invalid-mantissa"),             // i18n: the parser's words
        "invalid multi-line basic string" => tr!("toml-invalid-multi-line-basic-string"), // i18n: the parser's words
        "invalid multi-line literal string" => tr!("toml-invalid-multi-line-literal-string"), // i18n: the parser's words
        "invalid octal number" => tr!("toml-invalid-octal-number"), // i18n: the parser's words
        "invalid string" => tr!("toml-invalid-string"),             // i18n: the parser's words
        "invalid table" => tr!("toml-invalid-table"),               // i18n: the parser's words
        "invalid unquoted key" => tr!("toml-invalid-unquoted-key"), // i18n: the parser's words
        "invalid value" => tr!("toml-invalid-value"),               // i18n: the parser's words
        "key with no value" => tr!("toml-key-with-no-value"),       // i18n: the parser's words
        "keys cannot be multi-line basic strings" => {
            tr!("toml-keys-cannot-be-multi-line-basic-strings")
        } // i18n: the parser's words
        "keys cannot be multi-line literal strings" => {
            tr!("toml-keys-cannot-be-multi-line-literal-strings")
        } // i18n: the parser's words
        "missing array opening" => tr!("toml-missing-array-opening"), // i18n: the parser's words
        "missing assignment between key-value pairs" => {
            tr!("toml-missing-assignment-between-key-value-pairs")
        } // i18n: the parser's words
        "missing comma between array elements" => tr!("toml-missing-comma-between-array-elements"), // i18n: the parser's words
        "missing comma between key-value pairs" => {
            tr!("toml-missing-comma-between-key-value-pairs")
        } // i18n: the parser's words
        "missing comment start" => tr!("toml-missing-comment-start"), // i18n: the parser's words
        "missing escaped value" => tr!("toml-missing-escaped-value"), // i18n: the parser's words
        "missing inline table opening" => tr!("toml-missing-inline-table-opening"), // i18n: the parser's words
        "missing key for inline table element" => tr!("toml-missing-key-for-inline-table-element"), // i18n: the parser's words
        "missing opening quote" => tr!("toml-missing-opening-quote"), // i18n: the parser's words
        "missing table open" => tr!("toml-missing-table-open"),       // i18n: the parser's words
        "missing value" => tr!("toml-missing-value"),                 // i18n: the parser's words
        "missing value for key" => tr!("toml-missing-value-for-key"), // i18n: the parser's words
        "radix must be lowercase" => tr!("toml-radix-must-be-lowercase"), // i18n: the parser's words
        "redundant integer number prefix" => tr!("toml-redundant-integer-number-prefix"), // i18n: the parser's words
        "redundant numeric sign" => tr!("toml-redundant-numeric-sign"), // i18n: the parser's words
        "string values must be quoted" => tr!("toml-string-values-must-be-quoted"), // i18n: the parser's words
        "too few unicode value digits" => tr!("toml-too-few-unicode-value-digits"), // i18n: the parser's words
        "unclosed array" => tr!("toml-unclosed-array"), // i18n: the parser's words
        "unclosed array table" => tr!("toml-unclosed-array-table"), // i18n: the parser's words
        "unclosed inline table" => tr!("toml-unclosed-inline-table"), // i18n: the parser's words
        "unclosed table" => tr!("toml-unclosed-table"), // i18n: the parser's words
        "unexpected `=` in array" => tr!("toml-unexpected-equals-in-array"), // i18n: the parser's words
        "unexpected content" => tr!("toml-unexpected-content"), // i18n: the parser's words
        "unexpected content between comment and newline" => {
            tr!("toml-unexpected-content-between-comment-and-newline")
        } // i18n: the parser's words
        "unexpected key or value" => tr!("toml-unexpected-key-or-value"), // i18n: the parser's words
        "unexpected leading zero" => tr!("toml-unexpected-leading-zero"), // i18n: the parser's words
        "unexpected sign" => tr!("toml-unexpected-sign"), // i18n: the parser's words
        "unquoted keys cannot be empty" => tr!("toml-unquoted-keys-cannot-be-empty"), // i18n: the parser's words
        other => other.to_owned(),
    }
}

/// One thing the parser expected: a character in backticks stays as it is.
fn expectation(item: &str) -> String {
    match item {
        "literal string" => tr!("toml-expected-literal-string"), // i18n: the parser's words
        "basic string" => tr!("toml-expected-basic-string"),     // i18n: the parser's words
        "multi-line basic string" => tr!("toml-expected-multi-line-basic-string"), // i18n: the parser's words
        "characters" => tr!("toml-expected-characters"), // i18n: the parser's words
        "digits" => tr!("toml-expected-digits"),         // i18n: the parser's words
        "letters" => tr!("toml-expected-letters"),       // i18n: the parser's words
        "numbers" => tr!("toml-expected-numbers"),       // i18n: the parser's words
        "key" => tr!("toml-expected-key"),               // i18n: the parser's words
        "value" => tr!("toml-expected-value"),           // i18n: the parser's words
        "hour" => tr!("toml-expected-hour"),             // i18n: the parser's words
        "minute" => tr!("toml-expected-minute"),         // i18n: the parser's words
        "second" => tr!("toml-expected-second"),         // i18n: the parser's words
        "printable characters" => tr!("toml-expected-printable-characters"), // i18n: the parser's words
        "unicode hexadecimal value" => tr!("toml-expected-unicode-hexadecimal-value"), // i18n: the parser's words
        "non-double-quote visible characters" => {
            tr!("toml-expected-non-double-quote-visible-characters")
        } // i18n: the parser's words
        "non-single-quote characters" => tr!("toml-expected-non-single-quote-characters"), // i18n: the parser's words
        "non-single-quote visible characters" => {
            tr!("toml-expected-non-single-quote-visible-characters")
        } // i18n: the parser's words
        other => other.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parsers_words_are_kept_in_english() {
        assert_eq!(
            toml_message("unclosed array, expected `]`"),
            "unclosed array, expected `]`"
        );
        assert_eq!(
            toml_message("string values must be quoted, expected literal string"),
            "string values must be quoted, expected literal string"
        );
        assert_eq!(toml_message("a newer message"), "a newer message");
    }

    #[test]
    fn the_list_of_descriptions_is_the_parsers() {
        use crate::i18n::{Lang, message_in};
        let vi = message_in(Lang::Vi, "toml-unclosed-array", &[]);
        assert_eq!(vi, "mảng chưa đóng");
    }
}
