### Reading registers, settings, criteria and the cache (src/read, src/fs, src/model, src/query, src/criteria)

## src/problem.rs
# The end of a message that names a near miss: `; did you mean `x`?`, or nothing.
# Passed to other messages as their $hint.
read-did-you-mean = ; có phải là `{ $choice }`?

## src/model/custom.rs
# A value given for a custom key of dvk.toml; $expected: the key's type.
read-custom-value = `{ $code }` ({ $label }) phải là { $expected ->
        [number] một số
        [date] ngày dạng 2024-05-01
       *[bool] true hoặc false (có/không)
    }, không phải "{ $text }"

## src/model/date.rs
read-day-out-of-range = --{ $flag } nhận ngày từ { $first } đến { $last }, không nhận `{ $date }`

## src/model/evidence.rs
# Why an evidence path names no file, as the end of a sentence whose start names the path
# ("`ho-so/x.pdf` …"); $why as in check-files-path.
read-path-unusable = { $why ->
        [empty] để trống
        [backslash] có dấu `\`: đường dẫn phải viết bằng `/`
        [absolute] là đường dẫn tuyệt đối: đường dẫn phải tính từ thư mục của sổ theo dõi
        [outside] có `..`: hồ sơ minh chứng phải nằm trong sổ theo dõi
        [control] có ký tự điều khiển
        [missing] không tồn tại
        [unreadable] không đọc được
        [link] đi qua một liên kết tượng trưng; dvk không đi theo liên kết
       *[not-file] không phải tệp thông thường
    }

## src/model/id.rs
read-id-rule = mã gồm 1 đến 64 ký tự: chữ thường ASCII, chữ số và `-`, bắt đầu bằng chữ hoặc chữ số

## src/model/taxonomy.rs
# A value that is no code of a list. $list: the list (level, field, ...; a custom key's own code
# for its list); $article: "a" or "an" before a custom key's code, in English;
# $hint: read-did-you-mean; $choices: `code (Label), ...`.
read-not-a-code = `{ $value }` không phải là mã { $list ->
        [level] cấp
        [field] lĩnh vực
        [subject] đối tượng
        [kind] loại
        [form] hình thức
        [status] trạng thái
        [verdict] kết luận
        [event-type] loại sự kiện
       *[other] { $list }
    } hợp lệ{ $hint } (các lựa chọn: { $choices })

## src/query/key.rs
# $metrics: `code (Label), ...`.
read-unknown-metric = chỉ tiêu `{ $metric }` trong `{ $name }` không hợp lệ (các chỉ tiêu: { $metrics })
# $hint: read-did-you-mean; $keys: every key, joined by ", ".
read-unknown-key = khóa `{ $key }` không hợp lệ{ $hint }
    (các khóa: { $keys })

## src/query/mod.rs
read-unclosed-quote = điều kiện lọc `{ $query }` có dấu nháy chưa đóng
read-empty-term = điều kiện lọc có điều kiện trống `{ $term }`
# $op: the term's operator (:, >=, !=, ...).
read-term-needs-value = `{ $term }`: `{ $key }{ $op }` cần có giá trị
read-cannot-compare = `{ $term }`: không thể so sánh `{ $key }` bằng `{ $op }`; chỉ so sánh được ngày, số và cấp (hãy dùng `{ $key }:`)
read-takes-date = `{ $key }` nhận ngày dạng 2023, 2023-05 hoặc 2023-05-17, không nhận `{ $value }`
read-takes-number = `{ $key }` nhận một số, không nhận `{ $value }`
read-takes-bool = `{ $key }` nhận true hoặc false (có hoặc không), không nhận `{ $value }`

## src/criteria/mod.rs
# A judgement given on the command line (`dvk assess ID CRITERION=VALUE...`).
read-judgement-form = `{ $pair }`: hãy viết TIÊU_CHÍ=GIÁ_TRỊ
read-judgement-value = `{ $pair }`: giá trị phải là true, false, có, không hoặc số điểm
read-judgement-automatic = `{ $id }` được kiểm tra tự động (`{ $check }`), không cần chấm; hãy bỏ kết quả này ra
read-judged-twice = `{ $id }` được chấm hai lần

## src/read/workspace.rs
# The first error of a broken register, as check prints it (PATH:LINE:COL: error: ...), under error-broken.
read-first-error = lỗi đầu tiên: { $problem }

## src/fs/atomic.rs
read-exists = { $path } đã có; dvk không ghi gì

## src/fs/files.rs
# What a file of .dvk/ is instead of a regular file (after "cannot open PATH: ").
read-io-folder = đây là một thư mục
read-io-link = đây là một liên kết tượng trưng
read-io-not-regular = đây không phải tệp thông thường
read-over-limit = { $bytes } byte, vượt giới hạn { $limit } byte
read-grew-over-limit = vượt giới hạn { $limit } byte

## src/fs/git.rs
# $what: what needed git ("history comes from git"), said by the command.
read-git-no-repo = { $dir } không nằm trong kho git; { $what }
# $why: git's own words, in English.
read-git-no-repo-because = { $dir } không nằm trong kho git ({ $why }); { $what }
read-git-missing = chưa cài git (không có `git` trong PATH); { $what }
# $cause: git's own words.
read-git-log-failed = lệnh git log cho { $file } bị lỗi: { $cause }
read-git-merge-failed = lệnh git merge-file cho { $file } bị lỗi: { $cause }
read-git-config-failed = lệnh git config { $key } bị lỗi: { $cause }

## src/fs/layout.rs
read-settings-not-file = { $path } không phải tệp thông thường; tệp cài đặt của sổ theo dõi phải là một tệp, và dvk không tìm sổ theo dõi ở thư mục bên trên

## src/fs/lock.rs
read-lock-link = { $path } là một liên kết tượng trưng; dvk đặt khóa ghi ở đó và không đi theo liên kết nào ra ngoài sổ theo dõi
read-locked = một lệnh dvk khác đang ghi vào { $register } (đang giữ { $lock }); hãy thử lại khi lệnh đó xong
