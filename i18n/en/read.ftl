### Reading registers, settings, criteria and the cache (src/read, src/fs, src/model, src/query, src/criteria)

## src/problem.rs
# The end of a message that names a near miss: `; did you mean `x`?`, or nothing.
# Passed to other messages as their $hint.
read-did-you-mean = ; did you mean `{ $choice }`?

## src/model/date.rs
read-day-out-of-range = --{ $flag } takes a day from { $first } to { $last }, not `{ $date }`

## src/model/id.rs
read-id-rule = an id is 1 to 64 lowercase ASCII letters, digits and `-`, starting with a letter or digit

## src/model/evidence.rs
# Why an evidence path names no file, as the end of a sentence whose start names the path
# ("`ho-so/x.pdf` …"); $why as in check-files-path.
read-path-unusable = { $why ->
        [empty] is empty
        [backslash] has a `\`: paths are written with `/`
        [absolute] is absolute: paths are relative to the register's folder
        [outside] has `..`: evidence is inside the register
        [control] has a control character
        [missing] names no file
        [unreadable] cannot be read
        [link] goes through a symbolic link; links are not followed
       *[not-file] is not a regular file
    }

## src/fs/files.rs
# What a file of .dvk/ is instead of a regular file (after "cannot open PATH: ").
read-io-folder = a folder
read-io-link = a symbolic link
read-io-not-regular = not a regular file
read-over-limit = { $bytes } bytes, over the limit of { $limit }
read-grew-over-limit = over the limit of { $limit } bytes
