### Tables and views: headings and notes (src/reports, src/select)


## src/reports/tally.rs

report-tally-by-twice = --by names `{ $name }` twice
report-tally-by-none = --by needs at least one key, e.g. --by field,level
report-tally-sum-events = --sum cannot be used with --events: outcomes belong to a model, not to an event, so a model would be summed once for each of its events; tally the models instead (leave out --events)
# $metrics: the metrics' codes and labels, as the taxonomy lists them.
report-tally-sum-unknown = --sum: unknown metric `{ $name }` (metrics: { $metrics })
# The terminal table of `tally` (--format table). Its keys' titles come
# from the taxonomy in Vietnamese and the tests pin these words as they
# are, so the English table keeps today's Vietnamese headings.
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
report-history-needs-git = a model's history comes from git
# The terminal table of `history`: the error catalogue pins its headings
# as they are, so the English table keeps today's words.
report-history-commit = Commit
report-history-date = Ngày
report-history-author = Người ghi
report-history-email = Email
report-history-subject = Nội dung commit
report-history-changes = Thay đổi
report-history-no-commit = no commit holds { $path } yet: it is new since the last commit
# What changed in a commit, one line each. The English words are also
# what csv and json hold, in every language.
report-history-renamed = renamed from { $path }
report-history-deleted = deleted
report-history-not-toml-now = changed; the file is not valid TOML here
report-history-not-toml-before = changed; the file was not valid TOML before
report-history-created = created
# A key that a version does not have, in `key: old → new`.
report-history-none = (none)
# $record: `event cong_nhan huyen 2024-06-20`, `assessment hd08-2022
# 2024-05-10`, `outcome 2024` (names and values as the file has them).
report-history-record-changed = changed { $record }
report-history-record-removed = removed { $record }
report-history-record-added = added { $record }

## src/reports/view.rs

# `show --format table`: the model's evidence files, with what each is for.
report-show-evidence-of = Evidence of
report-show-evidence-file = File
report-show-evidence-model = Model
# $date: the assessment's date (YYYY-MM-DD); $criteria: the criteria set's id.
report-show-evidence-assessment = { $date } assessment under { $criteria }
# `show --format table`: the model's events.
report-show-event-date = Date
report-show-event-type = Event
report-show-event-detail = Level / form / place
report-show-event-decision = Decision
report-show-event-authority = Authority
# Parts of an event's detail, after its level or form: the end of its
# term (YYYY-MM-DD), its number, and whether it renews a recognition.
report-show-event-until = until { $date }
report-show-event-number = no. { $number }
report-show-event-renewal = renewal

## src/reports/verdicts.rs

# The table of `evaluate` (--format table). The error catalogue pins its
# headings and its "why" as they are, so the English table keeps today's
# Vietnamese words.
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
# (Always "models", as dvk has always written it.)
report-evaluate-summary = { $count ->
        [one] 1 model
       *[other] { $count } models
    }: { $passed } dat, { $failed } khong_dat, { $pending } cho_danh_gia, { $outside } khong_ap_dung

## src/reports/export.rs

# Headings of export's columns beside the keys' titles, which the taxonomy
# gives in Vietnamese (csv, json and a workbook name columns by code).
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
report-export-column-twice = --columns names `{ $name }` twice
# $hint: "; did you mean `x`?" or nothing; $columns: every column's name.
report-export-column-unknown = --columns: unknown column `{ $name }`{ $hint }
    (columns: { $columns })

## src/reports/listing.rs

report-list-sort-needs-key = --sort: `-` needs a key
# Under the table of `list`: how many rows of how many models read.
# (Always "models", as dvk has always written it.)
report-list-models-of = { $count ->
        [one] 1 model
       *[other] { $count } models
    } of { $models ->
        [one] 1 model
       *[other] { $models } models
    }
report-list-events-of = { $count ->
        [one] 1 event
       *[other] { $count } events
    } of { $models ->
        [one] 1 model
       *[other] { $models } models
    }

## src/reports/annex.rs

# `annex DECISION` when no event carries it.
report-annex-no-decision = no event carries the decision `{ $decision }`; no event names a decision
# $nearest: up to three decision numbers the register has, in backticks.
report-annex-not-carried = no event carries the decision `{ $decision }`; the nearest: { $nearest }
