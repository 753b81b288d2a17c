### The problems check reports in a register (after PATH:LINE:COL: error|warning:)

## src/problem.rs
check-too-many = more problems from here on; a file shows at most { $max }

## src/model/evidence.rs
# An evidence path of a model that names no file of the register, and why ($why).
check-files-path = `{ $path }` in `files` { $why ->
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

## src/criteria/mod.rs
# $judged: the criteria a team judges (those not checked automatically).
check-not-a-criterion = `{ $id }` is not a criterion of `{ $set }`{ $hint } (judged criteria: { $judged })
check-too-many-points = { $points } points for `{ $id }`: it is worth at most { $max }
# $check: the criterion's query.
check-automatic = `{ $id }` is checked automatically (`{ $check }`); a judgement of it is not read
check-unknown-set = no criteria set `{ $id }`{ $hint } (sets: { $sets })
check-unknown-set-none = no criteria set `{ $id }`{ $hint } (there is none in criteria/)

## src/read/conflict.rs
# $ours and $theirs: check-conflict-lines.
check-merge-conflict = unresolved merge conflict ({ $ours } ours, { $theirs } theirs): keep what is right, delete the marker lines, then run `dvk check` again
# The lines one side of a merge conflict holds: $count of them, from $first to $last.
check-conflict-lines = { $count ->
        [0] no lines
        [one] line { $first }
       *[other] lines { $first }–{ $last }
    }

## src/read/criteria.rs
check-bad-query = `{ $key }` is not a valid query: { $problem }
check-in-criteria-set = a criteria set
check-in-criterion = a [[criterion]]
check-criterion-twice = criterion id `{ $id }` is used twice in this set
check-no-criterion = a criteria set needs at least one [[criterion]]
check-min-score = `min_score` { $min } is more than all the points together ({ $max })
check-bad-criterion-id = criterion id `{ $id }` must be lowercase ASCII letters, digits and `_`

## src/read/model.rs
# Where a key is unknown or missing (check-unknown-key, check-missing-key).
check-in-model = a model
check-in-this-table = this table
check-in-outcome = an [[outcome]]
check-in-outcome-metrics = an [[outcome]] (year and metrics)
check-in-assessment = an [[assessment]]
# $what: one of the check-in-… messages.
check-missing-key = missing required key `{ $key }` in { $what }
check-empty = `{ $key }` is empty
check-type-paths = an array of paths
check-type-judgement = true, false or a number of points
check-files-empty-path = an empty path in `files`
check-phase = `phase` must be two years like "2021-2025", not "{ $text }"
check-not-a-year = `year` { $year } is not a year
check-negative = `{ $key }` must not be negative
check-negative-points = points for `{ $id }` must not be negative
check-events-order = events out of date order: { $date } comes after { $before }
# $kind: the event's type code (cong_nhan, ...).
check-district-event = a district-level (huyen) `{ $kind }` dated { $date }: the district level no longer exists from 2025-07-01
check-event-key = a `{ $kind }` event has no `{ $key }` (its keys: { $keys })
check-event-unknown-key = unknown key `{ $key }` in a `{ $kind }` event{ $hint }
check-event-unknown-key-listed = unknown key `{ $key }` in a `{ $kind }` event (its keys: { $keys })
check-event-needs = a `{ $kind }` event needs `{ $key }`
check-until-before = `until` ({ $until }) is before the event's date ({ $date }): a recognition ends on or after the day it is given
check-not-nfc = text is not in NFC (Vietnamese letters decomposed); `dvk fmt` fixes it

## src/read/register.rs
check-stale-staging = the staging folder of an import that was stopped; the next command that writes removes it
# $rule: read-id-rule.
check-bad-model-id = `{ $id }` cannot be a model id: { $rule }
check-bad-set-id = `{ $id }` cannot be a criteria set id: { $rule }
check-duplicate-set-id = duplicate criteria set id `{ $id }`
# $others: the other files with the id, joined by ", "; $count: how many.
check-duplicate-id = duplicate id `{ $id }`: { $others } { $count ->
        [one] has
       *[other] have
    } it too

## src/read/settings.rs
check-recognition-term = [recognition] `term` must be a whole number of years, 1 or more, not { $years }
check-empty-label = the label of `{ $code }` is empty
# $table: the table of dvk.toml (levels, fields, ...).
check-same-label = [{ $table }] `{ $code }` has the same label as `{ $other }`: "{ $label }"
check-empty-table = [{ $table }] is empty; remove it to use the national list
check-bad-code = [{ $table }] code `{ $code }` must be lowercase ASCII letters, digits and `_`
check-metric-year = a metric cannot be called `year`
check-in-metric = a metric
check-metric-needs-label = metric `{ $code }` needs a `label`
check-custom-standard = [custom] `{ $code }` is the name of a standard key; give the register's own key another code
check-in-custom-key = a custom key
check-custom-needs = [custom] `{ $code }` needs `{ $key }`
check-custom-needs-codes = [custom] `{ $code }` is of type code and needs `codes = {"{"} a = "Label A" {"}"}`
check-custom-type = [custom] `{ $code }`: unknown type "{ $kind }"{ $hint } (types: { $kinds })
check-custom-codes-type = [custom] `{ $code }` has `codes` but is of type { $kind }; codes go with type = "code"
check-in-rename = a rename
# $table: renames.province, renames.unit, ...
check-rename-needs = [{ $table }] `{ $name }` needs `{ $key }`
check-renamed-twice = [{ $table }] `{ $name }` is renamed twice: it is the same name as `{ $other }`
check-rename-empty-to = [{ $table }] `{ $name }`: `to` is empty
check-rename-loop = [{ $table }] the renames go round in a loop: { $chain }

## src/read/spanned/mod.rs
# $message: one of the check-toml-… messages, or the TOML parser's own (in English).
check-toml-syntax = TOML syntax: { $message }
# $what: where the key is (one of the check-in-… messages, or a table's name such as [report]);
# $hint: read-did-you-mean.
check-unknown-key = unknown key `{ $key }` in { $what }{ $hint }
# $what: as in check-unknown-key; $keys: the keys there are, joined by ", ".
check-unknown-key-listed = unknown key `{ $key }` in { $what } (known keys: { $keys })
# $expected and $found: check-type-… messages.
check-wrong-type = `{ $key }` must be { $expected }, not { $found }
check-type-string = a string
check-type-integer = an integer
check-type-number = a number
check-type-boolean = a boolean
check-type-date = a date
check-type-array = an array
check-type-table = a table
check-type-date-like = a date like 2019-03-15
check-type-whole-number = a whole number
check-type-true-false = true or false
check-type-strings = an array of strings
check-type-tables = a list of tables written [[{ $key }]]
check-date-out-of-range = `{ $key }` is { $day }, outside the days dvk expects ({ $first } to { $last }); a workbook shows it as text
check-not-a-real-day = `{ $key }` is not a real day
check-date-with-time = `{ $key }` must be a date like 2019-03-15, without a time
check-date-quoted = `{ $key }` must be a date like 2019-03-15, not a string; write it without quotes: { $key } = { $date }
check-date-string = `{ $key }` must be a date like 2019-03-15, not a string
check-too-large = `{ $key }` is too large: TOML holds whole numbers from { $min } to { $max }
check-not-finite = `{ $key }` must be a finite number, not `{ $text }`

## src/read/spanned/toml10.rs
check-toml-second-bom = a second byte order mark; a file begins with one at most
check-toml-trailing-comma = TOML 1.1 allows a comma after the last entry of an inline table; the register is TOML 1.0: remove it
check-toml-multiline-table = TOML 1.1 allows an inline table over several lines; the register is TOML 1.0: write it on one line, or as a [table]
check-toml-escape-e = `\e` is an escape of TOML 1.1; the register is TOML 1.0: write `\u001b`
check-toml-escape-x = `\xHH` is an escape of TOML 1.1; the register is TOML 1.0: write `\u00HH`
check-toml-not-ascii-digits = `{ $raw }` is no TOML value: a number is written in ASCII digits
check-toml-prefix-no-digits = `{ $raw }` is no TOML value: `{ $prefix }` needs digits
check-toml-time-no-seconds = TOML 1.1 allows a time without seconds; the register is TOML 1.0: write them (07:32:00)

## src/fs/files.rs
check-cannot-read = cannot read: { $cause }
check-cannot-read-folder = cannot read folder: { $cause }
check-symlink = a symbolic link; links are not followed
check-not-regular-file = not a regular file
check-file-too-large = { $bytes } bytes; files over 1 MiB are not read
check-file-grew = over 1 MiB; files over 1 MiB are not read
check-not-utf8 = not UTF-8 text
check-name-not-utf8 = a file name that is not UTF-8

## src/read/spanned/words.rs: the TOML parser's words (toml_parser's fixed list)
# A description, then what the parser expected.
toml-expected = { $description }, expected { $expected }
toml-underscore-may-only-go-between-digits = `_` may only go between digits
toml-cannot-recurse-further-max-recursion-depth-met = cannot recurse further; max recursion depth met
toml-carriage-return-must-be-followed-by-newline = carriage return must be followed by newline
toml-duplicate-key = duplicate key
toml-extra-equals = extra `=`
toml-extra-assignment-between-key-value-pairs = extra assignment between key-value pairs
toml-extra-comma-in-array = extra comma in array
toml-extra-comma-in-inline-table = extra comma in inline table
toml-integers-with-a-radix-cannot-be-signed = integers with a radix cannot be signed
toml-invalid-basic-string = invalid basic string
toml-invalid-binary-number = invalid binary number
toml-invalid-boolean = invalid boolean
toml-invalid-comment-character = invalid comment character
toml-invalid-date-time = invalid date-time
toml-invalid-date = invalid date
toml-invalid-time = invalid time
toml-invalid-exponent = invalid exponent
toml-invalid-float = invalid float
toml-invalid-fraction = invalid fraction
toml-invalid-hexadecimal-number = invalid hexadecimal number
toml-invalid-inline-table-element = invalid inline table element
toml-invalid-integer-number = invalid integer number
toml-invalid-key = invalid key
toml-invalid-key-value-pair = invalid key-value pair
toml-invalid-literal-string = invalid literal string
toml-invalid-mantissa = invalid mantissa
toml-invalid-multi-line-basic-string = invalid multi-line basic string
toml-invalid-multi-line-literal-string = invalid multi-line literal string
toml-invalid-octal-number = invalid octal number
toml-invalid-string = invalid string
toml-invalid-table = invalid table
toml-invalid-unquoted-key = invalid unquoted key
toml-invalid-value = invalid value
toml-key-with-no-value = key with no value
toml-keys-cannot-be-multi-line-basic-strings = keys cannot be multi-line basic strings
toml-keys-cannot-be-multi-line-literal-strings = keys cannot be multi-line literal strings
toml-missing-array-opening = missing array opening
toml-missing-assignment-between-key-value-pairs = missing assignment between key-value pairs
toml-missing-comma-between-array-elements = missing comma between array elements
toml-missing-comma-between-key-value-pairs = missing comma between key-value pairs
toml-missing-comment-start = missing comment start
toml-missing-escaped-value = missing escaped value
toml-missing-inline-table-opening = missing inline table opening
toml-missing-key-for-inline-table-element = missing key for inline table element
toml-missing-opening-quote = missing opening quote
toml-missing-table-open = missing table open
toml-missing-value = missing value
toml-missing-value-for-key = missing value for key
toml-radix-must-be-lowercase = radix must be lowercase
toml-redundant-integer-number-prefix = redundant integer number prefix
toml-redundant-numeric-sign = redundant numeric sign
toml-string-values-must-be-quoted = string values must be quoted
toml-too-few-unicode-value-digits = too few unicode value digits
toml-unclosed-array = unclosed array
toml-unclosed-array-table = unclosed array table
toml-unclosed-inline-table = unclosed inline table
toml-unclosed-table = unclosed table
toml-unexpected-equals-in-array = unexpected `=` in array
toml-unexpected-content = unexpected content
toml-unexpected-content-between-comment-and-newline = unexpected content between comment and newline
toml-unexpected-key-or-value = unexpected key or value
toml-unexpected-leading-zero = unexpected leading zero
toml-unexpected-sign = unexpected sign
toml-unquoted-keys-cannot-be-empty = unquoted keys cannot be empty
toml-expected-nothing = { $description }, expected nothing
toml-expected-literal-string = literal string
toml-expected-basic-string = basic string
toml-expected-multi-line-basic-string = multi-line basic string
toml-expected-characters = characters
toml-expected-digits = digits
toml-expected-letters = letters
toml-expected-numbers = numbers
toml-expected-key = key
toml-expected-value = value
toml-expected-hour = hour
toml-expected-minute = minute
toml-expected-second = second
toml-expected-printable-characters = printable characters
toml-expected-unicode-hexadecimal-value = unicode hexadecimal value
toml-expected-non-double-quote-visible-characters = non-double-quote visible characters
toml-expected-non-single-quote-characters = non-single-quote characters
toml-expected-non-single-quote-visible-characters = non-single-quote visible characters
