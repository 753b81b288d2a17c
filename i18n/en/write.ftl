### Writing: register, import, the lifecycle verbs, evidence, fmt, absorb, merge (src/write)


## Shared by several files of src/write

# $problems: one problem a line.
write-nothing-written = { $problems }
    nothing was written
# $hint: "; did you mean `x`?", or nothing.
write-no-model = no model `{ $id }`{ $hint }
write-required = `{ $key }` is required

## src/write/lifecycle.rs

write-district-abolished = warning: the district level (huyen) no longer exists from 2025-07-01
write-name-the-models = name the models: give their ids, or --where QUERY
# $kind: an event type code (cong_nhan); $key: a key of events (level).
write-event-needs = a `{ $kind }` event needs --{ $key }
write-event-has-no = a `{ $kind }` event has no { $key }; drop --{ $key }
write-until-before-date = --until { $until } is before the decision's date { $date }: a recognition ends on or after the day it is given
# $rule: what an id is made of.
write-not-a-model-id = `{ $id }` is not a model id: { $rule }
write-append-invalid = { $file }: appending would not leave a valid model; nothing was written
# $problem: the first error `check` would report in the file.
write-append-invalid-at = { $file }: appending would not leave a valid model: line { $line }: { $problem }; nothing was written

## src/write/registration.rs

write-bad-phase = `phase` must be two years like 2021-2025, not `{ $phase }`
# $rule: what an id is made of.
write-bad-id = `{ $id }` cannot be an id: { $rule }
write-no-custom-keys = `{ $code }` is no custom key: dvk.toml has no [custom] keys
# $hint: "; did you mean `x`?", or nothing; $codes: the custom keys of dvk.toml.
write-not-a-custom-key = `{ $code }` is no custom key{ $hint } (custom keys: { $codes })
write-id-taken = a model with id `{ $id }` exists already

## src/write/init.rs

write-init-exists = { $path } is a register already (it has { $file }); nothing was changed

## src/write/evidence.rs

# $rel: the path both would be copied to, under the register.
write-evidence-same-name = { $first } and { $second } would both be { $rel }; rename one
# $cause: why the file cannot be opened (the system's words).
write-evidence-not-plain = { $file }: { $cause }; --file takes a plain file
write-evidence-too-big = { $file }: { $bytes } bytes; --file takes files of at most 50 MiB
write-evidence-name-not-utf8 = { $file }: its name is not UTF-8 text
write-evidence-folder-link = { $folder } is a symbolic link; dvk copies evidence into no link
write-evidence-not-a-folder = { $folder } is there already and is not a folder
write-evidence-target-not-plain = { $rel } is there already and is not a plain file; nothing is copied over it
write-evidence-differs = { $file } and { $rel } differ: a different file is there under that name; rename { $file } or give { $rel } itself
write-evidence-grew = { $file }: it grew past 50 MiB while copied; nothing was written

## src/write/from_sheet.rs

write-from-no-header = { $file }: no header row: no row has a column `id` (Mã), or `name` (Tên mô hình) and `unit` (Đơn vị thực hiện); nothing was written
# $id, $name, $unit: where each is (write-from-column or write-from-no-column).
write-from-names-no-model = names no model: it needs an id ({ $id }), or a name ({ $name }) and a unit ({ $unit }) together
write-from-no-column = no column
# $letter: a spreadsheet column (A, B, ... AA).
write-from-column = column { $letter }
write-from-row = { $file }: row { $row }: { $problem }
# $problems: one bad row a line; $count: how many.
write-from-bad-rows = { $problems }
    { $count ->
        [one] { $count } row
       *[other] { $count } rows
    } of { $file } name no model or several; nothing was written
write-from-no-rows = { $file }: no row names a model; nothing was written
# $count: 2 or more; $ids: their ids.
write-from-several-models = "{ $name }" of "{ $unit }" names { $count } models: { $ids }; give their ids (column Mã)
write-from-no-such-model = no model "{ $name }" of "{ $unit }"
# $nearest: the nearest models, as id ("name", "unit").
write-from-no-such-model-nearest = no model "{ $name }" of "{ $unit }"; nearest: { $nearest }

## src/write/import/mod.rs

# $columns: the headers of the columns import does not read.
write-import-ignored = { $file }: ignored columns: { $columns }
# $duplicate: write-import-row with a repeat.
write-import-skipped = { $file }: { $duplicate }; skipped
write-import-repeats-model = repeats model `{ $id }` (same name, unit and registration date)
write-import-repeats-row = repeats row { $row } (same name, unit and registration date)
write-import-row = row { $row }: { $problem }
# $column: the column's letter and header: D (Lĩnh vực).
write-import-row-column = row { $row }, column { $column }: { $problem }
# $columns: the titles of the columns a sheet needs.
write-import-no-header = { $file }: no header row: no row names two columns dvk knows, such as { $columns }
# $first: the earlier row with that id.
write-import-id-twice = row { $first } has the id `{ $id }` too
# $duplicate: write-import-repeats-model or write-import-repeats-row.
write-import-strict = { $duplicate }; --strict refuses duplicates

## src/write/import/columns.rs

# $hint: "; did you mean `x`?", or nothing; $keys: the keys and metrics a column may hold.
write-import-unknown-target = `{ $target }` is not a column dvk knows{ $hint } (keys: { $keys }; or a Vietnamese name such as `Tên mô hình`)
# $first, $second: columns as letter and header: D (Lĩnh vực).
write-import-column-twice = columns { $first } and { $second } both hold `{ $key }`; keep one, or name one otherwise with --map
# $missing: the keys without a column, as key (Title); $found: the headers of the header row.
write-import-missing-columns = no column for { $missing }; the header row (row { $row }) has: { $found }
    hint: name other headers with --map MAP.toml ("Header" = "key")
write-import-outcomes-need-year = outcome columns { $columns } need a column for their year, headed `Năm` or `year`

## src/write/import/cell.rs

write-cell-day-empty = expected a day like 2019-03-15 or 15/03/2019, not an empty cell
write-cell-day-text = expected a day like 2019-03-15 or 15/03/2019, not `{ $text }`
write-cell-day-year = expected a day like 2019-03-15 or 15/03/2019, not `{ $number }`: a year is not a day
write-cell-day-number = expected a day like 2019-03-15 or 15/03/2019, not the number `{ $number }`
# $kind: what the cell holds (empty, date or text); $value: its text.
write-cell-year = expected a year like 2024, not { $kind ->
        [empty] an empty cell
        [date] the date { $value }
       *[text] `{ $value }`
    }
# $kind: what the cell holds (empty, date or text); $value: its text.
write-cell-number = expected a number like 1250 or 12.5, not { $kind ->
        [empty] an empty cell
        [date] the date { $value }
       *[text] `{ $value }`
    }
write-cell-negative = `{ $text }` is negative; expected a number ≥ 0
write-cell-thousands = `{ $text }` has a thousands separator or is ambiguous; write the number without one, like 1250 or 12.5

## src/write/import/sheet.rs

write-sheet-kind = { $file }: import reads .csv, .xlsx, .xls and .ods files
write-sheet-csv = --sheet is for workbooks; { $file } is a CSV file
# $mib: the largest spreadsheet import reads, in MiB.
write-sheet-too-big = { $file }: over { $mib } MiB; import reads spreadsheets of at most { $mib } MiB
# $cause: why the file is refused (the system's words).
write-sheet-not-regular = { $file }: { $cause }; import reads a regular file
write-sheet-unpacks = unpacks to over { $mib } MiB; import reads workbooks of at most { $mib } MiB unpacked
write-sheet-utf16-odd = not UTF-16 text: an odd number of bytes
write-sheet-utf16 = not UTF-16 text
# "CSV UTF-8" and "Unicode text" are the names of Excel's formats in its "Save as" list.
write-sheet-utf8 = line { $line } is not UTF-8 text; save the sheet as "CSV UTF-8" or "Unicode text"
write-sheet-rows = over { $max } rows; import reads sheets of at most { $max } rows (split the list)
write-sheet-cells = over { $max } cells; import reads sheets of at most { $max } cells (split the list)
# $cause: the workbook reader's words.
write-sheet-unreadable = cannot read { $file }: { $cause }
# $hint: "; did you mean `x`?", or nothing; $sheets: the workbook's sheets.
write-sheet-no-such-sheet = { $file } has no sheet `{ $sheet }`{ $hint } (sheets: { $sheets })
write-sheet-no-sheet = { $file } has no sheet
write-sheet-sheet-unreadable = cannot read the sheet: { $cause }
write-sheet-cell-too-far = a cell past column { $max }

## src/write/absorb.rs

# $other: the register's folder; $first: its first error.
write-absorb-broken = cannot absorb { $other }: it has { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }; run `dvk -C { $other } check` to see them
    { $first }
write-absorb-itself = { $other } is this register; name another register to absorb
# $here: the set's file in this register; $there: in the other.
write-absorb-criteria-differ = criteria set `{ $id }` is { $here } here and { $there } there, with other content
# $problem: the first error in the set, as `check` words it.
write-absorb-criteria-unreadable = criteria set `{ $id }` does not read with this register's dvk.toml: { $problem }
write-absorb-id-in-both = id `{ $id }` is in both registers: { $here } here, { $there } there
# $list: the key the code is for (subject, field, level, kind, form, metric);
# $models: write-absorb-models or write-absorb-models-and-more.
write-absorb-code-lacking = { $list } `{ $code }` is used by { $models } and is not in this register's dvk.toml
# $ids: up to three ids in backticks, with commas.
write-absorb-models = { $count ->
        [one] model { $ids }
       *[other] models { $ids }
    }
write-absorb-models-and-more = models { $ids } and { $more } more
# $key: a key of [renames] (province, district, commune, unit, authority);
# $from: the day the new name holds from.
write-absorb-rename-lacking = warning: { $file } renames { $key } `{ $name }` to `{ $to }` from { $from }, and this register's dvk.toml does not; add it to [renames.{ $key }] to count its models under the new name
# $problem: the first error in the model, as `check` words it.
write-absorb-model-unreadable = { $file } does not read with this register's dvk.toml: { $problem }
write-absorb-link-here = { $path } is a symbolic link here; dvk writes through no link
# $there: the file of the other register.
write-absorb-model-here = { $here } is here already, with other content than a model of the other register ({ $there })
write-absorb-criteria-here = { $here } is here already, with other content than a criteria set of the same name ({ $there })
write-absorb-evidence-here = { $here } is here already, with other content than an evidence file of the same name ({ $there })
write-absorb-not-plain = { $file }: not a plain file (a link, a folder or a pipe); dvk copies plain files only
write-absorb-link-there = { $path } is a symbolic link; dvk copies no link
write-absorb-evidence-not-plain = { $file } is not a plain file (a link or a pipe); dvk copies plain files only
# What absorbing copies: write-absorb-two or -three of these counts.
write-absorb-n-models = { $count ->
        [one] { $count } model
       *[other] { $count } models
    }
write-absorb-n-criteria-sets = { $count ->
        [one] { $count } criteria set
       *[other] { $count } criteria sets
    }
write-absorb-n-evidence-files = { $count ->
        [one] { $count } evidence file
       *[other] { $count } evidence files
    }
# $first, $second: counts of what is copied (write-absorb-n-models, ...).
write-absorb-two = { $first } and { $second }
write-absorb-three = { $first }, { $second } and { $third }

## src/write/merge.rs

# $file: the register's .gitattributes; $line: the line it has for the driver.
write-merge-installed = Set up dvk's merge driver: { $file } has `{ $line }` (commit it), and merge.dvk.driver is in .git/config, which a clone does not copy: each clone runs `dvk merge-driver --install` once.
write-merge-installed-already = dvk's merge driver is set up already: { $file } and merge.dvk.driver in .git/config.
# Said after "PATH is not in a git repository; " or "git is not installed (no `git` on PATH); ".
write-merge-needs-git = the merge driver is set up in the git repository that holds the register

## src/write/format.rs

write-format-unreadable = cannot be read
# $problem: the TOML parser's words.
write-format-syntax = does not parse: { $problem }
write-format-would-change-data = formatting would change its data; left as it is
