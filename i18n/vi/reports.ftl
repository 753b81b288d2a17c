### Tables and views: headings and notes (src/reports, src/select)


## src/reports/tally.rs

report-tally-by-twice = --by nêu `{ $name }` hai lần
report-tally-by-none = --by cần ít nhất một khóa, ví dụ --by field,level
report-tally-sum-events = --sum không dùng được cùng --events: kết quả là của mô hình, không phải của sự kiện, nên mỗi mô hình sẽ bị cộng một lần cho mỗi sự kiện của nó; hãy thống kê theo mô hình (bỏ --events)
# $metrics: the metrics' codes and labels, as the taxonomy lists them.
report-tally-sum-unknown = --sum: không có chỉ tiêu `{ $name }` (các chỉ tiêu: { $metrics })
# The terminal table of `tally` (--format table).
report-tally-model-level = Cấp của mô hình
report-tally-registered-year = Năm đăng ký
report-tally-event-year = Năm (sự kiện)
report-tally-count = Số lượng
# Also the heading of the report pack's rates, in Vietnamese in every
# language (tr_in vi), as are the two below.
report-tally-percent = Tỷ lệ (%)
# The last column of the cross-tab: a row's total.
report-tally-total = Tổng
# The last row: the total of every row.
report-tally-grand-total = Tổng cộng
# A group of the rows with no value for the key.
report-tally-none = (không có)

## src/reports/history.rs

# Said after "PATH is not in a git repository; " (src/fs/git.rs).
report-history-needs-git = lịch sử của mô hình lấy từ git
# The terminal table of `history`.
report-history-commit = Commit
report-history-date = Ngày
report-history-author = Người ghi
report-history-email = Email
report-history-subject = Nội dung commit
report-history-changes = Thay đổi
report-history-no-commit = chưa có commit nào chứa { $path }: tệp mới có từ sau commit gần nhất
# What changed in a commit, one line each (the terminal only: csv and json
# hold the English words in every language).
report-history-renamed = đổi tên từ { $path }
report-history-deleted = xóa tệp
report-history-not-toml-now = có thay đổi; ở phiên bản này tệp không phải TOML hợp lệ
report-history-not-toml-before = có thay đổi; ở phiên bản trước tệp không phải TOML hợp lệ
report-history-created = tạo tệp
# A key that a version does not have, in `key: old → new`.
report-history-none = (không có)
# $record: `event cong_nhan huyen 2024-06-20`, `assessment hd08-2022
# 2024-05-10`, `outcome 2024` (names and values as the file has them).
report-history-record-changed = sửa { $record }
report-history-record-removed = xóa { $record }
report-history-record-added = thêm { $record }

## src/reports/view.rs

# `show --format table`: the model's evidence files, with what each is for.
report-show-evidence-of = Hồ sơ của
report-show-evidence-file = Tệp
report-show-evidence-model = Mô hình
# $date: the assessment's date (YYYY-MM-DD); $criteria: the criteria set's id.
report-show-evidence-assessment = { $date } đánh giá theo { $criteria }
# `show --format table`: the model's events.
report-show-event-date = Ngày
report-show-event-type = Sự kiện
report-show-event-detail = Cấp / hình thức / nơi
report-show-event-decision = Quyết định
report-show-event-authority = Cơ quan
# Parts of an event's detail, after its level or form: the end of its
# term (YYYY-MM-DD), its number, and whether it renews a recognition.
report-show-event-until = đến { $date }
report-show-event-number = số { $number }
report-show-event-renewal = công nhận lại

## src/reports/verdicts.rs

# The table of `evaluate` (--format table).
report-evaluate-id = Mã
report-evaluate-name = Tên mô hình
report-evaluate-verdict = Kết quả
report-evaluate-score = Điểm
report-evaluate-max-score = Tối đa
report-evaluate-failed-column = Không đạt
report-evaluate-pending-column = Chờ đánh giá
report-evaluate-why = Vì sao
# A criterion in the "why": its text and its id.
report-evaluate-criterion = { $text } ({ $id })
report-evaluate-criterion-required = { $text } ({ $id }, bắt buộc)
# $score, $max, $min: numbers as dvk writes them (`30`, `7.5`).
report-evaluate-score-needed = { $score }/{ $max } điểm, cần { $min }
report-evaluate-score-of = { $score }/{ $max } điểm
report-evaluate-out-of-scope = ngoài phạm vi áp dụng của bộ tiêu chí
# $score: report-evaluate-score-needed or -of.
report-evaluate-passed = đạt mọi tiêu chí bắt buộc; { $score }
# $criteria: the criteria, each as report-evaluate-criterion, joined by "; ".
report-evaluate-failed = chưa đạt: { $criteria }
report-evaluate-pending = chờ thẩm định: { $criteria }
# Under the table: how many models got each verdict (the verdicts' codes).
report-evaluate-summary = { $count } mô hình: { $passed } dat, { $failed } khong_dat, { $pending } cho_danh_gia, { $outside } khong_ap_dung

## src/reports/export.rs

# Headings of export's columns beside the keys' titles (csv, json and a
# workbook name columns by code).
report-export-recognized-date = Ngày công nhận
report-export-last-decision = Quyết định gần nhất
report-export-assessed-date = Ngày đánh giá
report-export-assessed-criteria = Bộ tiêu chí
# $metric: the metric's title (`Đường giao thông (km)`).
report-export-sum = { $metric } trong kỳ
# $key: the key's title; the column holds its name in force today.
report-export-now = { $key } (nay)
report-export-path = Tệp
report-export-register = Sổ
report-export-column-twice = --columns nêu `{ $name }` hai lần
# $hint: "; did you mean `x`?" or nothing; $columns: every column's name.
report-export-column-unknown = --columns: không có cột `{ $name }`{ $hint }
    (các cột: { $columns })

## src/reports/listing.rs

report-list-sort-needs-key = --sort: sau `-` cần có một khóa
# Under the table of `list`: how many rows of how many models read.
report-list-models-of = { $count } trong số { $models } mô hình
report-list-events-of = { $count } sự kiện, trong { $models } mô hình

## src/reports/annex.rs

# `annex DECISION` when no event carries it.
report-annex-no-decision = không có sự kiện nào ghi quyết định `{ $decision }`; chưa có sự kiện nào ghi số quyết định
# $nearest: up to three decision numbers the register has, in backticks.
report-annex-not-carried = không có sự kiện nào ghi quyết định `{ $decision }`; các số gần giống nhất: { $nearest }
