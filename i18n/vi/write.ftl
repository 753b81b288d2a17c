### Writing: register, import, the lifecycle verbs, evidence, fmt, absorb, merge (src/write)


## Shared by several files of src/write

# $problems: one problem a line.
write-nothing-written = { $problems }
    không ghi gì
# $hint: "; có phải là `x`?", or nothing.
write-no-model = không có mô hình `{ $id }`{ $hint }
write-required = bắt buộc phải có `{ $key }`

## src/write/lifecycle.rs

write-district-abolished = cảnh báo: từ ngày 2025-07-01 không còn cấp huyện (huyen)
write-name-the-models = hãy chỉ ra các mô hình: ghi mã của chúng, hoặc dùng --where với một điều kiện lọc
# $kind: an event type code (cong_nhan); $key: a key of events (level).
write-event-needs = sự kiện `{ $kind }` cần có --{ $key }
write-event-has-no = sự kiện `{ $kind }` không có mục { $key }; hãy bỏ --{ $key }
write-until-before-date = --until { $until } sớm hơn ngày của quyết định ({ $date }): thời hạn công nhận phải kết thúc vào hoặc sau ngày công nhận
# $rule: what an id is made of.
write-not-a-model-id = `{ $id }` không phải là mã mô hình: { $rule }
write-append-invalid = { $file }: ghi thêm vào thì mô hình sẽ không còn hợp lệ; không ghi gì
# $problem: the first error `check` would report in the file.
write-append-invalid-at = { $file }: ghi thêm vào thì mô hình sẽ không còn hợp lệ: dòng { $line }: { $problem }; không ghi gì

## src/write/registration.rs

write-bad-phase = `phase` phải là hai năm, ví dụ 2021-2025, không phải `{ $phase }`
# $rule: what an id is made of.
write-bad-id = `{ $id }` không dùng được làm mã: { $rule }
write-no-custom-keys = `{ $code }` không phải là khóa riêng: dvk.toml không có khóa riêng nào trong [custom]
# $hint: "; có phải là `x`?", or nothing; $codes: the custom keys of dvk.toml.
write-not-a-custom-key = `{ $code }` không phải là khóa riêng{ $hint } (các khóa riêng: { $codes })
write-id-taken = đã có mô hình mang mã `{ $id }`

## src/write/init.rs

write-init-exists = { $path } đã là một sổ theo dõi (đã có { $file }); không thay đổi gì

## src/write/evidence.rs

# $rel: the path both would be copied to, under the register.
write-evidence-same-name = { $first } và { $second } sẽ cùng được chép thành { $rel }; hãy đổi tên một tệp
# $cause: why the file cannot be opened (the system's words).
write-evidence-not-plain = { $file }: { $cause }; --file chỉ nhận tệp thường
write-evidence-too-big = { $file }: { $bytes } byte; --file chỉ nhận tệp không quá 50 MiB
write-evidence-name-not-utf8 = { $file }: tên tệp không phải văn bản UTF-8
write-evidence-folder-link = { $folder } là một liên kết tượng trưng; dvk không chép hồ sơ minh chứng vào liên kết
write-evidence-not-a-folder = { $folder } đã có nhưng không phải là thư mục
write-evidence-target-not-plain = { $rel } đã có nhưng không phải là tệp thường; không chép đè lên
write-evidence-differs = { $file } và { $rel } khác nhau: đã có một tệp khác mang tên đó; hãy đổi tên { $file } hoặc dùng chính tệp { $rel }
write-evidence-grew = { $file }: tệp lớn quá 50 MiB trong khi chép; không ghi gì

## src/write/from_sheet.rs

write-from-no-header = { $file }: không tìm thấy dòng tiêu đề: không dòng nào có cột `id` (Mã), hoặc hai cột `name` (Tên mô hình) và `unit` (Đơn vị thực hiện); không ghi gì
# $id, $name, $unit: where each is (write-from-column or write-from-no-column).
write-from-names-no-model = không chỉ ra mô hình nào: cần có mã ({ $id }), hoặc có cả tên ({ $name }) và đơn vị thực hiện ({ $unit })
write-from-no-column = không có cột
# $letter: a spreadsheet column (A, B, ... AA).
write-from-column = cột { $letter }
write-from-row = { $file }: dòng { $row }: { $problem }
# $problems: one bad row a line; $count: how many.
write-from-bad-rows = { $problems }
    { $count } dòng của { $file } không chỉ ra mô hình nào hoặc chỉ ra nhiều mô hình; không ghi gì
write-from-no-rows = { $file }: không dòng nào chỉ ra một mô hình; không ghi gì
# $count: 2 or more; $ids: their ids.
write-from-several-models = "{ $name }" của "{ $unit }" ứng với { $count } mô hình: { $ids }; hãy ghi mã của chúng (cột Mã)
write-from-no-such-model = không có mô hình "{ $name }" của "{ $unit }"
# $nearest: the nearest models, as id ("name", "unit").
write-from-no-such-model-nearest = không có mô hình "{ $name }" của "{ $unit }"; gần giống nhất: { $nearest }

## src/write/import/mod.rs

# $columns: the headers of the columns import does not read.
write-import-ignored = { $file }: bỏ qua các cột: { $columns }
# $duplicate: write-import-row with a repeat.
write-import-skipped = { $file }: { $duplicate }; đã bỏ qua
write-import-repeats-model = trùng với mô hình `{ $id }` (cùng tên, đơn vị thực hiện và ngày đăng ký)
write-import-repeats-row = trùng với dòng { $row } (cùng tên, đơn vị thực hiện và ngày đăng ký)
write-import-row = dòng { $row }: { $problem }
# $column: the column's letter and header: D (Lĩnh vực).
write-import-row-column = dòng { $row }, cột { $column }: { $problem }
# $columns: the titles of the columns a sheet needs.
write-import-no-header = { $file }: không tìm thấy dòng tiêu đề: không dòng nào có hai cột mà dvk biết, chẳng hạn { $columns }
# $first: the earlier row with that id.
write-import-id-twice = dòng { $first } cũng có mã `{ $id }`
# $duplicate: write-import-repeats-model or write-import-repeats-row.
write-import-strict = { $duplicate }; --strict không nhận dòng trùng

## src/write/import/columns.rs

# $hint: "; có phải là `x`?", or nothing; $keys: the keys and metrics a column may hold.
write-import-unknown-target = `{ $target }` không phải là cột mà dvk biết{ $hint } (các khóa: { $keys }; hoặc tên tiếng Việt, ví dụ `Tên mô hình`)
# $first, $second: columns as letter and header: D (Lĩnh vực).
write-import-column-twice = cột { $first } và cột { $second } cùng chứa `{ $key }`; hãy giữ một cột, hoặc dùng --map để gán cột kia cho khóa khác
# $missing: the keys without a column, as key (Title); $found: the headers of the header row.
write-import-missing-columns = không có cột cho { $missing }; dòng tiêu đề (dòng { $row }) có: { $found }
    gợi ý: gán các tiêu đề khác bằng --map MAP.toml ("Tiêu đề" = "khóa")
write-import-outcomes-need-year = các cột kết quả { $columns } cần thêm một cột ghi năm, có tiêu đề `Năm` hoặc `year`

## src/write/import/cell.rs

write-cell-day-empty = cần một ngày như 2019-03-15 hoặc 15/03/2019, nhưng ô để trống
write-cell-day-text = cần một ngày như 2019-03-15 hoặc 15/03/2019, không phải `{ $text }`
write-cell-day-year = cần một ngày như 2019-03-15 hoặc 15/03/2019, không phải `{ $number }`: một năm không phải là một ngày
write-cell-day-number = cần một ngày như 2019-03-15 hoặc 15/03/2019, không phải số `{ $number }`
# $kind: what the cell holds (empty, date or text); $value: its text.
write-cell-year = cần một năm như 2024, { $kind ->
        [empty] nhưng ô để trống
        [date] không phải ngày { $value }
       *[text] không phải `{ $value }`
    }
# $kind: what the cell holds (empty, date or text); $value: its text.
write-cell-number = cần một số (như 1250 hoặc 12,5), { $kind ->
        [empty] nhưng ô để trống
        [date] không phải ngày { $value }
       *[text] không phải `{ $value }`
    }
write-cell-negative = `{ $text }` là số âm; cần một số ≥ 0
write-cell-thousands = `{ $text }` có dấu phân cách hàng nghìn hoặc dễ hiểu lầm; hãy viết số không có dấu đó, như 1250 hoặc 12,5

## src/write/import/sheet.rs

write-sheet-kind = { $file }: lệnh import chỉ đọc tệp .csv, .xlsx, .xls và .ods
write-sheet-csv = --sheet chỉ dùng cho tệp Excel hoặc ODS (.xlsx, .xls, .ods); { $file } là tệp CSV
# $mib: the largest spreadsheet import reads, in MiB.
write-sheet-too-big = { $file }: lớn hơn { $mib } MiB; lệnh import chỉ đọc bảng tính không quá { $mib } MiB
# $cause: why the file is refused (the system's words).
write-sheet-not-regular = { $file }: { $cause }; lệnh import chỉ đọc tệp thường
write-sheet-unpacks = giải nén ra hơn { $mib } MiB; lệnh import chỉ đọc bảng tính không quá { $mib } MiB khi giải nén
write-sheet-utf16-odd = không phải văn bản UTF-16: số byte lẻ
write-sheet-utf16 = không phải văn bản UTF-16
# "CSV UTF-8" and "Unicode text" are the names of Excel's formats in its "Save as" list.
write-sheet-utf8 = dòng { $line } không phải văn bản UTF-8; hãy lưu bảng tính dưới dạng "CSV UTF-8" hoặc "Unicode text"
write-sheet-rows = quá { $max } dòng; lệnh import chỉ đọc trang tính không quá { $max } dòng (hãy chia nhỏ danh sách)
write-sheet-cells = quá { $max } ô; lệnh import chỉ đọc trang tính không quá { $max } ô (hãy chia nhỏ danh sách)
# $cause: the workbook reader's words.
write-sheet-unreadable = không đọc được { $file }: tệp không phải là bảng tính đọc được (bộ đọc báo: { $cause })
# $hint: "; có phải là `x`?", or nothing; $sheets: the workbook's sheets.
write-sheet-no-such-sheet = { $file } không có trang tính `{ $sheet }`{ $hint } (các trang tính: { $sheets })
write-sheet-no-sheet = { $file } không có trang tính nào
write-sheet-sheet-unreadable = không đọc được trang tính: { $cause }
write-sheet-cell-too-far = có ô nằm quá cột thứ { $max }

## src/write/absorb.rs

# $other: the register's folder; $first: its first error.
write-absorb-broken = không thể tiếp nhận { $other }: sổ đó có { $errors } lỗi; chạy `dvk -C { $other } check` để xem
    { $first }
write-absorb-itself = { $other } chính là sổ này; hãy chỉ ra một sổ theo dõi khác để tiếp nhận
# $here: the set's file in this register; $there: in the other.
write-absorb-criteria-differ = bộ tiêu chí `{ $id }` ở sổ này là tệp { $here }, ở sổ kia là tệp { $there }, nội dung khác nhau
# $problem: the first error in the set, as `check` words it.
write-absorb-criteria-unreadable = bộ tiêu chí `{ $id }` không đọc được với dvk.toml của sổ này: { $problem }
write-absorb-id-in-both = mã `{ $id }` có ở cả hai sổ: { $here } ở sổ này, { $there } ở sổ kia
# $list: the key the code is for (subject, field, level, kind, form, metric);
# $models: write-absorb-models or write-absorb-models-and-more.
write-absorb-code-lacking = { $list ->
        [subject] đối tượng
        [field] lĩnh vực
        [level] cấp
        [kind] loại
        [form] hình thức
        [metric] chỉ tiêu
       *[other] { $list }
    } `{ $code }` được dùng ở { $models } nhưng không có trong dvk.toml của sổ này
# $ids: up to three ids in backticks, with commas.
write-absorb-models = { $count ->
        [1] mô hình { $ids }
       *[other] các mô hình { $ids }
    }
write-absorb-models-and-more = các mô hình { $ids } và { $more } mô hình khác
# $key: a key of [renames] (province, district, commune, unit, authority);
# $from: the day the new name holds from.
write-absorb-rename-lacking = cảnh báo: { $file } đổi tên { $key ->
        [province] tỉnh
        [district] huyện
        [commune] xã
        [unit] đơn vị thực hiện
        [authority] cơ quan ban hành
       *[other] { $key }
    } `{ $name }` thành `{ $to }` từ ngày { $from }, còn dvk.toml của sổ này thì không; hãy thêm vào [renames.{ $key }] để các mô hình của nó được tính theo tên mới
# $problem: the first error in the model, as `check` words it.
write-absorb-model-unreadable = { $file } không đọc được với dvk.toml của sổ này: { $problem }
write-absorb-link-here = { $path } ở sổ này là một liên kết tượng trưng; dvk không ghi qua liên kết
# $there: the file of the other register.
write-absorb-model-here = { $here } đã có ở sổ này, nội dung khác với mô hình của sổ kia ({ $there })
write-absorb-criteria-here = { $here } đã có ở sổ này, nội dung khác với bộ tiêu chí cùng tên ({ $there })
write-absorb-evidence-here = { $here } đã có ở sổ này, nội dung khác với tệp hồ sơ minh chứng cùng tên ({ $there })
write-absorb-not-plain = { $file }: không phải tệp thường (là liên kết, thư mục hoặc đường ống); dvk chỉ chép tệp thường
write-absorb-link-there = { $path } là một liên kết tượng trưng; dvk không chép liên kết
write-absorb-evidence-not-plain = { $file } không phải tệp thường (là liên kết hoặc đường ống); dvk chỉ chép tệp thường
# What absorbing copies: write-absorb-two or -three of these counts.
write-absorb-n-models = { $count } mô hình
write-absorb-n-criteria-sets = { $count } bộ tiêu chí
write-absorb-n-evidence-files = { $count } tệp hồ sơ minh chứng
# $first, $second: counts of what is copied (write-absorb-n-models, ...).
write-absorb-two = { $first } và { $second }
write-absorb-three = { $first }, { $second } và { $third }

## src/write/merge.rs

# $file: the register's .gitattributes; $line: the line it has for the driver.
write-merge-installed = Đã cài trình hợp nhất của dvk: { $file } có dòng `{ $line }` (hãy commit tệp này), và merge.dvk.driver nằm trong .git/config, là tệp không được chép theo khi clone: mỗi bản clone cần chạy `dvk merge-driver --install` một lần.
write-merge-installed-already = Trình hợp nhất của dvk đã được cài: { $file } và merge.dvk.driver trong .git/config.
# Said after "PATH is not in a git repository; " or "git is not installed (no `git` on PATH); ".
write-merge-needs-git = trình hợp nhất phải được cài trong kho git chứa sổ theo dõi

## src/write/format.rs

write-format-unreadable = không đọc được
# $problem: the TOML parser's words.
write-format-syntax = sai cú pháp: { $problem }
write-format-would-change-data = định dạng lại sẽ làm thay đổi dữ liệu; giữ nguyên tệp
