//! Usage errors: clap's own in English, worded from the catalogue in
//! Vietnamese with the same layout (message, possible values, tips, usage
//! line, where to read more) and the same exit code.

use crate::support::Test;

fn vi() -> Test {
    Test::empty().env("DVK_LANG", "vi")
}

#[test]
fn an_unknown_command_suggests_the_closest_one() {
    vi().expect_with(
        &["lisst"],
        "",
        "lỗi: không có lệnh 'lisst'\n\n  gợi ý: có phải là lệnh 'list'?\n\n\
         Cách dùng: dvk [TÙY CHỌN] <LỆNH>\n\nXem thêm: dvk --help\n",
        2,
    );
}

#[test]
fn an_unknown_option_names_the_command_to_read_about() {
    vi().expect_with(
        &["list", "--bogus"],
        "",
        "lỗi: lệnh không nhận đối số '--bogus'\n\n  \
         gợi ý: để dùng '--bogus' làm giá trị, hãy viết '-- --bogus'\n\n\
         Cách dùng: dvk list [TÙY CHỌN] [ĐIỀU_KIỆN]...\n\nXem thêm: dvk list --help\n",
        2,
    );
    vi().expect_with(
        &["-C", "x", "list", "--sor", "path"],
        "",
        "lỗi: lệnh không nhận đối số '--sor'\n\n  gợi ý: có phải là '--sort'?\n\n\
         Cách dùng: dvk list --sort <KHÓA[,KHÓA]> [ĐIỀU_KIỆN]...\n\nXem thêm: dvk list --help\n",
        2,
    );
}

#[test]
fn a_value_not_among_the_choices_lists_them() {
    vi().expect_with(
        &["list", "--format", "xml"],
        "",
        "lỗi: giá trị 'xml' không hợp lệ cho '--format <ĐỊNH_DẠNG>'\n  \
         [giá trị hợp lệ: table, csv, json]\n\nXem thêm: dvk list --help\n",
        2,
    );
    vi().expect_with(
        &["list", "--format"],
        "",
        "lỗi: '--format <ĐỊNH_DẠNG>' cần một giá trị nhưng chưa có giá trị nào\n  \
         [giá trị hợp lệ: table, csv, json]\n\nXem thêm: dvk list --help\n",
        2,
    );
    vi().expect_with(
        &["completions", "tcsh"],
        "",
        "lỗi: giá trị 'tcsh' không hợp lệ cho '<SHELL>'\n  \
         [giá trị hợp lệ: bash, elvish, fish, powershell, zsh]\n\n  \
         gợi ý: có phải là giá trị 'zsh'?\n\nXem thêm: dvk completions --help\n",
        2,
    );
}

#[test]
fn a_missing_argument_a_conflict_and_a_repeated_option() {
    vi().expect_with(
        &["tally"],
        "",
        "lỗi: còn thiếu các đối số bắt buộc sau:\n  --by <KHÓA[,KHÓA...]>\n\n\
         Cách dùng: dvk tally --by <KHÓA[,KHÓA...]> [ĐIỀU_KIỆN]...\n\nXem thêm: dvk tally --help\n",
        2,
    );
    vi().expect_with(
        &["list", "--year", "2024", "--phase", "2021-2025"],
        "",
        "lỗi: không dùng được đối số '--year <Y>' cùng với '--phase <A-B>'\n\n\
         Cách dùng: dvk list --year <Y> [ĐIỀU_KIỆN]...\n\nXem thêm: dvk list --help\n",
        2,
    );
    vi().expect_with(
        &["list", "--year", "2024", "--year", "2025"],
        "",
        "lỗi: đối số '--year <Y>' chỉ được dùng một lần\n\n\
         Cách dùng: dvk list [TÙY CHỌN] [ĐIỀU_KIỆN]...\n\nXem thêm: dvk list --help\n",
        2,
    );
    vi().expect_with(
        &["list", "--quiet=x"],
        "",
        "lỗi: '--quiet' không nhận thêm giá trị 'x'\n\n\
         Cách dùng: dvk list --quiet [ĐIỀU_KIỆN]...\n\nXem thêm: dvk list --help\n",
        2,
    );
}

#[test]
fn a_number_that_does_not_read_says_why() {
    vi().expect_with(
        &["list", "--year", "abc"],
        "",
        "lỗi: giá trị 'abc' không hợp lệ cho '--year <Y>': không phải là số nguyên\n\n\
         Xem thêm: dvk list --help\n",
        2,
    );
    vi().expect_with(
        &["list", "--year", "99999999999"],
        "",
        "lỗi: giá trị '99999999999' không hợp lệ cho '--year <Y>': \
         99999999999 nằm ngoài khoảng -2147483648..=2147483647\n\n\
         Xem thêm: dvk list --help\n",
        2,
    );
}

/// A language dvk does not speak is refused in the language of the
/// environment, naming the choices.
#[test]
fn an_unknown_language_is_refused_in_the_environments() {
    vi().expect_with(
        &["--lang", "fr", "list"],
        "",
        "lỗi: giá trị 'fr' không hợp lệ cho '--lang <NGÔN_NGỮ>'\n  [giá trị hợp lệ: vi, en]\n\n\
         Xem thêm: dvk list --help\n",
        2,
    );
    Test::empty().expect_with(
        &["--lang=fr", "list"],
        "",
        "error: invalid value 'fr' for '--lang <LANG>'\n  [possible values: vi, en]\n\n\
         For more information, try '--help'.\n",
        2,
    );
    // --lang chooses over the environment, for the errors too.
    Test::empty().expect_with(
        &["--lang", "vi", "lisst"],
        "",
        "lỗi: không có lệnh 'lisst'\n\n  gợi ý: có phải là lệnh 'list'?\n\n\
         Cách dùng: dvk [TÙY CHỌN] <LỆNH>\n\nXem thêm: dvk --help\n",
        2,
    );
}

/// English is clap's own rendering, unchanged.
#[test]
fn english_is_clap_s_own() {
    Test::empty().expect_with(
        &["list", "--sor", "path"],
        "",
        "error: unexpected argument '--sor' found\n\n  tip: a similar argument exists: '--sort'\n\n\
         Usage: dvk list --sort <KEY[,KEY]> [QUERY]...\n\nFor more information, try '--help'.\n",
        2,
    );
}
