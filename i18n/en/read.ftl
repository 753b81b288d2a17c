### Reading registers, settings, criteria and the cache (src/read, src/fs, src/model, src/query, src/criteria)

## src/problem.rs
# The end of a message that names a near miss: `; did you mean `x`?`, or nothing.
# Passed to other messages as their $hint.
read-did-you-mean = ; did you mean `{ $choice }`?

## src/model/custom.rs
# A value given for a custom key of dvk.toml; $expected: the key's type.
read-custom-value = `{ $code }` ({ $label }) must be { $expected ->
        [number] a number
        [date] a day like 2024-05-01
       *[bool] true or false (có/không)
    }, not "{ $text }"

## src/model/date.rs
read-day-out-of-range = --{ $flag } takes a day from { $first } to { $last }, not `{ $date }`

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

## src/model/id.rs
read-id-rule = an id is 1 to 64 lowercase ASCII letters, digits and `-`, starting with a letter or digit

## src/model/taxonomy.rs
# A value that is no code of a list. $list: the list (level, field, ...; a custom key's own code
# for its list); $article: "a" or "an" before a custom key's code, in English;
# $hint: read-did-you-mean; $choices: `code (Label), ...`.
read-not-a-code = `{ $value }` is not { $list ->
        [level] a level
        [field] a field
        [subject] a subject
        [kind] a kind
        [form] a form
        [status] a status
        [verdict] a verdict
        [event-type] an event type
       *[other] { $article } { $list }
    } code{ $hint } (choices: { $choices })

## src/query/key.rs
# $metrics: `code (Label), ...`.
read-unknown-metric = unknown metric `{ $metric }` in `{ $name }` (metrics: { $metrics })
# $hint: read-did-you-mean; $keys: every key, joined by ", ".
read-unknown-key = unknown key `{ $key }`{ $hint }
    (keys: { $keys })

## src/query/mod.rs
read-unclosed-quote = unclosed quote in query `{ $query }`
read-empty-term = empty term `{ $term }` in query
# $op: the term's operator (:, >=, !=, ...).
read-term-needs-value = `{ $term }`: `{ $key }{ $op }` needs a value
read-cannot-compare = `{ $term }`: `{ $key }` cannot be compared with `{ $op }`; comparisons are for dates, numbers and levels (use `{ $key }:`)
read-takes-date = `{ $key }` takes a date like 2023, 2023-05 or 2023-05-17, not `{ $value }`
read-takes-number = `{ $key }` takes a number, not `{ $value }`
read-takes-bool = `{ $key }` takes true or false (có or không), not `{ $value }`

## src/criteria/mod.rs
# A judgement given on the command line (`dvk assess ID CRITERION=VALUE...`).
read-judgement-form = `{ $pair }`: write CRITERION=VALUE
read-judgement-value = `{ $pair }`: the value must be true, false, có, không or a number of points
read-judgement-automatic = `{ $id }` is checked automatically (`{ $check }`); a judgement of it is not read; leave it out
read-judged-twice = `{ $id }` is judged twice

## src/read/workspace.rs
# The first error of a broken register, as check prints it (PATH:LINE:COL: error: ...), under error-broken.
read-first-error = first: { $problem }

## src/fs/atomic.rs
read-exists = { $path } exists already; nothing was written

## src/fs/files.rs
# What a file of .dvk/ is instead of a regular file (after "cannot open PATH: ").
read-io-folder = a folder
read-io-link = a symbolic link
read-io-not-regular = not a regular file
read-over-limit = { $bytes } bytes, over the limit of { $limit }
read-grew-over-limit = over the limit of { $limit } bytes

## src/fs/git.rs
# $what: what needed git ("history comes from git"), said by the command.
read-git-no-repo = { $dir } is not in a git repository; { $what }
# $why: git's own words, in English.
read-git-no-repo-because = { $dir } is not in a git repository ({ $why }); { $what }
read-git-missing = git is not installed (no `git` on PATH); { $what }
# $cause: git's own words.
read-git-log-failed = git log of { $file } failed: { $cause }
read-git-merge-failed = git merge-file of { $file } failed: { $cause }
read-git-config-failed = git config { $key } failed: { $cause }

## src/fs/layout.rs
read-settings-not-file = { $path } is not a regular file; a register's settings are a file, and dvk does not look for a register above it

## src/fs/lock.rs
read-lock-link = { $path } is a symbolic link; dvk keeps its lock there and follows no link out of the register
read-locked = another dvk is writing to { $register } (it holds { $lock }); try again when it is done
