//! What a request is answered with: a status, a body and its type, and
//! for downloads and evidence the file's name; or a failure, which
//! becomes a page that says what went wrong, in words.

use crate::tr;

/// An answer before it is sent.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    /// `Content-Disposition`, for files.
    pub disposition: Option<String>,
    pub body: Vec<u8>,
}

impl Answer {
    /// A page of html.
    pub fn html(status: u16, html: String) -> Self {
        Self {
            status,
            content_type: "text/html; charset=utf-8",
            disposition: None,
            body: html.into_bytes(),
        }
    }

    /// A file to save (or, `inline`, to open in the browser), named
    /// `name`.
    pub fn file(content_type: &'static str, name: &str, inline: bool, body: Vec<u8>) -> Self {
        Self {
            status: 200,
            content_type,
            disposition: Some(disposition(name, inline)),
            body,
        }
    }
}

/// `Content-Disposition` for a file name of any letters: an ASCII
/// fallback, and the name itself encoded as RFC 6266 and 5987 say.
pub fn disposition(name: &str, inline: bool) -> String {
    let how = if inline { "inline" } else { "attachment" };
    let ascii: String = crate::text::fold(name)
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded = percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC);
    format!("{how}; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// A request that cannot be answered with what it asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// 400, 403, 404 or 500.
    pub status: u16,
    pub message: String,
}

impl Failure {
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self {
            status: 400,
            message: message.into(),
        }
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self {
            status: 404,
            message: message.into(),
        }
    }

    pub fn forbidden(message: impl Into<String>) -> Self {
        Self {
            status: 403,
            message: message.into(),
        }
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self {
            status: 500,
            message: message.into(),
        }
    }

    /// The page's heading for the status.
    pub fn title(&self) -> String {
        match self.status {
            400 => tr!("web-error-400"),
            403 => tr!("web-error-403"),
            404 => tr!("web-error-404"),
            _ => tr!("web-error-500"),
        }
    }
}

impl From<crate::error::Error> for Failure {
    /// An error of the library on a request's input (a query, a sort
    /// key) is the request's fault; reading or writing is the server's.
    fn from(error: crate::error::Error) -> Self {
        let message = error.to_string();
        match error {
            crate::error::Error::Input(_) => Self::bad_request(message),
            _ => Self::internal(message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_of_any_letters_is_given_both_ways() {
        assert_eq!(
            disposition("biên bản \"1\".pdf", false),
            "attachment; filename=\"bien_ban__1_.pdf\"; \
             filename*=UTF-8''bi%C3%AAn%20b%E1%BA%A3n%20%221%22%2Epdf"
        );
        assert!(disposition("a.pdf", true).starts_with("inline; "));
    }
}
