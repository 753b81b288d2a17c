### Reading registers, settings, criteria and the cache (src/read, src/fs, src/model, src/query, src/criteria)

## src/problem.rs
# The end of a message that names a near miss: `; did you mean `x`?`, or nothing.
# Passed to other messages as their $hint.
read-did-you-mean = ; có phải là `{ $choice }`?

## src/model/date.rs
read-day-out-of-range = --{ $flag } nhận ngày từ { $first } đến { $last }, không nhận `{ $date }`

## src/model/id.rs
read-id-rule = mã gồm 1 đến 64 ký tự: chữ thường ASCII, chữ số và `-`, bắt đầu bằng chữ hoặc chữ số

## src/model/evidence.rs
# Why an evidence path names no file, as the end of a sentence whose start names the path
# ("`ho-so/x.pdf` …"); $why as in check-files-path.
read-path-unusable = { $why ->
        [empty] để trống
        [backslash] có dấu `\`: đường dẫn phải viết bằng `/`
        [absolute] là đường dẫn tuyệt đối: đường dẫn phải tính từ thư mục của sổ theo dõi
        [outside] có `..`: hồ sơ minh chứng phải nằm trong sổ theo dõi
        [control] có ký tự điều khiển
        [missing] không trỏ đến tệp nào
        [unreadable] không đọc được
        [link] đi qua một liên kết tượng trưng; dvk không đi theo liên kết
       *[not-file] không phải tệp thông thường
    }

## src/fs/files.rs
# What a file of .dvk/ is instead of a regular file (after "cannot open PATH: ").
read-io-folder = đây là một thư mục
read-io-link = đây là một liên kết tượng trưng
read-io-not-regular = không phải tệp thông thường
read-over-limit = { $bytes } byte, vượt giới hạn { $limit } byte
read-grew-over-limit = vượt giới hạn { $limit } byte
