//! Conflict markers a merge left in a file (`<<<<<<<`, `|||||||`,
//! `=======`, `>>>>>>>` at the start of a line): each conflict is one
//! problem naming the lines of each side, reported instead of the TOML
//! errors the markers would give.

use crate::problem::Sink;

/// One conflict: the 1-based lines of each side (`first > last` when a
/// side is empty) and the byte offset of its `<<<<<<<` line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conflict {
    pub offset: usize,
    pub ours: (usize, usize),
    pub theirs: (usize, usize),
}

/// Whether `line` is a marker made of `c` (git writes seven of them, then
/// a space and a label, or nothing).
fn is_marker(line: &str, c: char) -> bool {
    let line = line.trim_end_matches(['\n', '\r']);
    let rest = line.trim_start_matches(c);
    line.len() - rest.len() == 7 && (rest.is_empty() || rest.starts_with(' '))
}

/// Every complete conflict of `text`, in order.
pub fn find(text: &str) -> Vec<Conflict> {
    // Most files hold no marker: one quick look at the text.
    if !text.contains("<<<<<<<") {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (offset, line)
    let mut ours_end = None;
    let mut middle = None;
    let mut offset = 0;
    for (index, line) in text.split_inclusive('\n').enumerate() {
        let number = index + 1;
        if is_marker(line, '<') {
            open = Some((offset, number));
            ours_end = None;
            middle = None;
        } else if let Some((start, first)) = open {
            if is_marker(line, '|') && ours_end.is_none() {
                ours_end = Some(number - 1);
            } else if is_marker(line, '=') && middle.is_none() {
                ours_end.get_or_insert(number - 1);
                middle = Some(number);
            } else if is_marker(line, '>') {
                if let (Some(end), Some(middle)) = (ours_end, middle) {
                    found.push(Conflict {
                        offset: start,
                        ours: (first + 1, end),
                        theirs: (middle + 1, number - 1),
                    });
                }
                open = None;
            }
        }
        offset += line.len();
    }
    found
}

/// Reports each conflict of `text` as an error at its `<<<<<<<` line;
/// returns whether there was any (the file is then not parsed further).
pub fn report(text: &str, sink: &mut Sink<'_>) -> bool {
    let found = find(text);
    for conflict in &found {
        sink.error_at(
            Some(conflict.offset),
            crate::tr!(
                "check-merge-conflict",
                ours = lines(conflict.ours),
                theirs = lines(conflict.theirs)
            ),
        );
    }
    !found.is_empty()
}

/// `lines 4–5`, `line 4` or `no lines`.
fn lines((first, last): (usize, usize)) -> String {
    let count = last.checked_sub(first).map_or(0, |d| d + 1);
    crate::tr!(
        "check-conflict-lines",
        count = count,
        first = first.to_string(),
        last = last.to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_conflict_with_the_lines_of_its_sides() {
        let text = "name = \"A\"\n<<<<<<< ours\nunit = \"B\"\nlevel = \"xa\"\n=======\nunit = \"C\"\n>>>>>>> theirs\n\
                    <<<<<<< HEAD\n||||||| base\nx = 1\n=======\ny = 2\n>>>>>>> side\n";
        assert_eq!(
            find(text),
            [
                Conflict {
                    offset: 11,
                    ours: (3, 4),
                    theirs: (6, 6)
                },
                Conflict {
                    offset: 82,
                    ours: (9, 8),
                    theirs: (12, 12)
                },
            ]
        );
        assert_eq!(lines((9, 8)), "no lines");
        assert_eq!(lines((3, 4)), "lines 3–4");
    }

    #[test]
    fn a_marker_is_seven_signs_at_the_start_of_a_line() {
        assert!(find("a = \"<<<<<<< x\"\n").is_empty());
        assert!(find("<<<<<<<< x\n=======\n>>>>>>>\n").is_empty());
        assert!(find("<<<<<<< x\nno end\n=======\n").is_empty());
        assert_eq!(find("<<<<<<<\r\n=======\r\n>>>>>>>\r\n").len(), 1);
    }
}
