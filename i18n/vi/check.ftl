### The problems check reports in a register (after PATH:LINE:COL: error|warning:)

## src/problem.rs
check-too-many = còn vấn đề khác từ đây trở đi; mỗi tệp chỉ hiện tối đa { $max } vấn đề

## src/model/evidence.rs
# An evidence path of a model that names no file of the register, and why ($why).
check-files-path = `{ $path }` trong `files` { $why ->
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

## src/criteria/mod.rs
# $judged: the criteria a team judges (those not checked automatically).
check-not-a-criterion = `{ $id }` không phải tiêu chí của `{ $set }`{ $hint } (các tiêu chí cần chấm: { $judged })
check-too-many-points = { $points } điểm cho `{ $id }`: tiêu chí này tối đa { $max } điểm
# $check: the criterion's query.
check-automatic = `{ $id }` được kiểm tra tự động (`{ $check }`); dvk bỏ qua kết quả chấm tiêu chí này
check-unknown-set = không có bộ tiêu chí `{ $id }`{ $hint } (các bộ hiện có: { $sets })
check-unknown-set-none = không có bộ tiêu chí `{ $id }`{ $hint } (thư mục criteria/ chưa có bộ nào)

## src/read/conflict.rs
# $ours and $theirs: check-conflict-lines.
check-merge-conflict = xung đột hợp nhất chưa giải quyết ({ $ours } của bên này, { $theirs } của bên kia): giữ lại phần đúng, xóa các dòng đánh dấu, rồi chạy lại `dvk check`
# The lines one side of a merge conflict holds: $count of them, from $first to $last.
check-conflict-lines = { $count ->
        [0] không dòng nào
        [1] dòng { $first }
       *[other] các dòng { $first }–{ $last }
    }

## src/read/criteria.rs
check-bad-query = `{ $key }` không phải điều kiện lọc hợp lệ: { $problem }
check-in-criteria-set = bộ tiêu chí
check-in-criterion = mục [[criterion]]
check-criterion-twice = mã tiêu chí `{ $id }` được dùng hai lần trong bộ này
check-no-criterion = bộ tiêu chí cần có ít nhất một mục [[criterion]]
check-min-score = `min_score` { $min } lớn hơn tổng điểm của mọi tiêu chí ({ $max })
check-bad-criterion-id = mã tiêu chí `{ $id }` chỉ được gồm chữ thường ASCII, chữ số và `_`

## src/read/model.rs
# Where a key is unknown or missing (check-unknown-key, check-missing-key).
check-in-model = mô hình
check-in-this-table = bảng này
check-in-outcome = mục [[outcome]]
check-in-outcome-metrics = mục [[outcome]] (năm và các chỉ tiêu)
check-in-assessment = mục [[assessment]]
# $what: one of the check-in-… messages.
check-missing-key = thiếu khóa bắt buộc `{ $key }` trong { $what }
check-empty = `{ $key }` đang để trống
check-type-paths = mảng đường dẫn
check-type-judgement = true, false hoặc số điểm
check-files-empty-path = một đường dẫn trống trong `files`
check-phase = `phase` phải là hai năm dạng "2021-2025", không phải "{ $text }"
check-not-a-year = `year` { $year } không phải là một năm hợp lệ
check-negative = `{ $key }` không được là số âm
check-negative-points = điểm của `{ $id }` không được là số âm
check-events-order = các sự kiện không theo thứ tự ngày: { $date } đứng sau { $before }
# $kind: the event's type code (cong_nhan, ...).
check-district-event = sự kiện `{ $kind }` cấp huyện (huyen) ngày { $date }: từ 2025-07-01 không còn cấp huyện
check-event-key = sự kiện `{ $kind }` không có khóa `{ $key }` (các khóa của sự kiện này: { $keys })
check-event-unknown-key = khóa `{ $key }` không hợp lệ trong sự kiện `{ $kind }`{ $hint }
check-event-unknown-key-listed = khóa `{ $key }` không hợp lệ trong sự kiện `{ $kind }` (các khóa của sự kiện này: { $keys })
check-event-needs = sự kiện `{ $kind }` cần có `{ $key }`
check-until-before = `until` ({ $until }) sớm hơn ngày của sự kiện ({ $date }): thời hạn công nhận kết thúc vào hoặc sau ngày được công nhận
check-not-nfc = văn bản không ở dạng NFC (chữ tiếng Việt bị tách dấu); `dvk fmt` sẽ sửa

## src/read/register.rs
check-stale-staging = thư mục tạm của một lần nhập dữ liệu bị dừng giữa chừng; lệnh ghi tiếp theo sẽ xóa thư mục này
# $rule: read-id-rule.
check-bad-model-id = `{ $id }` không dùng được làm mã mô hình: { $rule }
check-bad-set-id = `{ $id }` không dùng được làm mã bộ tiêu chí: { $rule }
check-duplicate-set-id = mã bộ tiêu chí `{ $id }` bị trùng
# $others: the other files with the id, joined by ", "; $count: how many.
check-duplicate-id = mã `{ $id }` bị trùng: { $others } cũng có mã này

## src/read/settings.rs
check-recognition-term = [recognition] `term` phải là số năm nguyên, từ 1 trở lên, không phải { $years }
check-empty-label = nhãn của `{ $code }` đang để trống
# $table: the table of dvk.toml (levels, fields, ...).
check-same-label = [{ $table }] `{ $code }` trùng nhãn với `{ $other }`: "{ $label }"
check-empty-table = [{ $table }] đang trống; hãy xóa bảng này để dùng danh mục toàn quốc
check-bad-code = [{ $table }] mã `{ $code }` chỉ được gồm chữ thường ASCII, chữ số và `_`
check-metric-year = không được đặt mã chỉ tiêu là `year`
check-in-metric = chỉ tiêu
check-metric-needs-label = chỉ tiêu `{ $code }` cần có `label`
check-custom-standard = [custom] `{ $code }` là tên của một khóa chuẩn; hãy đặt mã khác cho khóa riêng của sổ theo dõi
check-in-custom-key = khóa riêng
check-custom-needs = [custom] `{ $code }` cần có `{ $key }`
check-custom-needs-codes = [custom] `{ $code }` có kiểu code nên cần có `codes = {"{"} a = "Nhãn A" {"}"}`
check-custom-type = [custom] `{ $code }`: kiểu "{ $kind }" không hợp lệ{ $hint } (các kiểu: { $kinds })
check-custom-codes-type = [custom] `{ $code }` có `codes` nhưng lại có kiểu { $kind }; `codes` chỉ dùng với type = "code"
check-in-rename = mục đổi tên
# $table: renames.province, renames.unit, ...
check-rename-needs = [{ $table }] `{ $name }` cần có `{ $key }`
check-renamed-twice = [{ $table }] `{ $name }` bị đổi tên hai lần: đây cũng là tên `{ $other }`
check-rename-empty-to = [{ $table }] `{ $name }`: `to` đang để trống
check-rename-loop = [{ $table }] các mục đổi tên tạo thành vòng lặp: { $chain }

## src/read/spanned/mod.rs
# $message: one of the check-toml-… messages, or the TOML parser's own (in English).
check-toml-syntax = cú pháp TOML: { $message }
# $what: where the key is (one of the check-in-… messages, or a table's name such as [report]);
# $hint: read-did-you-mean.
check-unknown-key = khóa `{ $key }` không hợp lệ trong { $what }{ $hint }
# $what: as in check-unknown-key; $keys: the keys there are, joined by ", ".
check-unknown-key-listed = khóa `{ $key }` không hợp lệ trong { $what } (các khóa hợp lệ: { $keys })
# $expected and $found: check-type-… messages.
check-wrong-type = `{ $key }` phải là { $expected }, không phải { $found }
check-type-string = chuỗi ký tự
check-type-integer = số nguyên
check-type-number = số
check-type-boolean = giá trị đúng/sai
check-type-date = ngày
check-type-array = mảng
check-type-table = bảng
check-type-date-like = ngày dạng 2019-03-15
check-type-whole-number = số nguyên
check-type-true-false = true hoặc false
check-type-strings = mảng chuỗi ký tự
check-type-tables = danh sách bảng, viết [[{ $key }]]
check-date-out-of-range = `{ $key }` là { $day }, nằm ngoài khoảng ngày thông thường ({ $first } đến { $last }); bảng tính sẽ hiện ngày này dưới dạng văn bản
check-not-a-real-day = `{ $key }` không phải là ngày có thật
check-date-with-time = `{ $key }` phải là ngày dạng 2019-03-15, không kèm giờ
check-date-quoted = `{ $key }` phải là ngày dạng 2019-03-15, không phải chuỗi ký tự; hãy viết không có dấu ngoặc kép: { $key } = { $date }
check-date-string = `{ $key }` phải là ngày dạng 2019-03-15, không phải chuỗi ký tự
check-too-large = `{ $key }` quá lớn: TOML chỉ chứa số nguyên từ { $min } đến { $max }
check-not-finite = `{ $key }` phải là số hữu hạn, không phải `{ $text }`

## src/read/spanned/toml10.rs
check-toml-second-bom = dấu BOM (byte order mark) thứ hai; một tệp chỉ được mở đầu bằng tối đa một dấu
check-toml-trailing-comma = TOML 1.1 cho phép dấu phẩy sau mục cuối của bảng viết trên một dòng; sổ theo dõi dùng TOML 1.0: hãy xóa dấu phẩy đó
check-toml-multiline-table = TOML 1.1 cho phép viết bảng { "{" }…{ "}" } trên nhiều dòng; sổ theo dõi dùng TOML 1.0: hãy viết trên một dòng, hoặc thành một [table]
check-toml-escape-e = `\e` là ký tự thoát của TOML 1.1; sổ theo dõi dùng TOML 1.0: hãy viết `\u001b`
check-toml-escape-x = `\xHH` là ký tự thoát của TOML 1.1; sổ theo dõi dùng TOML 1.0: hãy viết `\u00HH`
check-toml-not-ascii-digits = `{ $raw }` không phải giá trị TOML: số phải viết bằng chữ số ASCII
check-toml-prefix-no-digits = `{ $raw }` không phải giá trị TOML: sau `{ $prefix }` phải có chữ số
check-toml-time-no-seconds = TOML 1.1 cho phép ghi giờ không có giây; sổ theo dõi dùng TOML 1.0: hãy ghi cả giây (07:32:00)

## src/fs/files.rs
check-cannot-read = không đọc được: { $cause }
check-cannot-read-folder = không đọc được thư mục: { $cause }
check-symlink = đây là một liên kết tượng trưng; dvk không đi theo liên kết
check-not-regular-file = đây không phải tệp thông thường
check-file-too-large = { $bytes } byte; dvk không đọc tệp lớn hơn 1 MiB
check-file-grew = tệp lớn hơn 1 MiB; dvk không đọc tệp lớn hơn 1 MiB
check-not-utf8 = tệp không phải văn bản UTF-8
check-name-not-utf8 = tên tệp không phải UTF-8

## src/read/spanned/words.rs: lời của bộ đọc TOML
toml-expected = { $description }, cần { $expected }
toml-underscore-may-only-go-between-digits = `_` chỉ được đặt giữa hai chữ số
toml-cannot-recurse-further-max-recursion-depth-met = lồng nhau quá sâu
toml-carriage-return-must-be-followed-by-newline = ký tự về đầu dòng (CR) phải đi liền với ký tự xuống dòng
toml-duplicate-key = khóa bị trùng
toml-extra-equals = thừa dấu `=`
toml-extra-assignment-between-key-value-pairs = thừa dấu gán giữa các cặp khóa–giá trị
toml-extra-comma-in-array = thừa dấu phẩy trong mảng
toml-extra-comma-in-inline-table = thừa dấu phẩy trong bảng viết trên một dòng
toml-integers-with-a-radix-cannot-be-signed = số nguyên có tiền tố cơ số không được có dấu
toml-invalid-basic-string = chuỗi trong ngoặc kép không hợp lệ
toml-invalid-binary-number = số nhị phân không hợp lệ
toml-invalid-boolean = giá trị đúng/sai không hợp lệ
toml-invalid-comment-character = ký tự không hợp lệ trong chú thích
toml-invalid-date-time = ngày giờ không hợp lệ
toml-invalid-date = ngày không hợp lệ
toml-invalid-time = giờ không hợp lệ
toml-invalid-exponent = số mũ không hợp lệ
toml-invalid-float = số thực không hợp lệ
toml-invalid-fraction = phần thập phân không hợp lệ
toml-invalid-hexadecimal-number = số thập lục phân không hợp lệ
toml-invalid-inline-table-element = phần tử không hợp lệ trong bảng viết trên một dòng
toml-invalid-integer-number = số nguyên không hợp lệ
toml-invalid-key = khóa không hợp lệ
toml-invalid-key-value-pair = cặp khóa–giá trị không hợp lệ
toml-invalid-literal-string = chuỗi trong ngoặc đơn không hợp lệ
toml-invalid-mantissa = phần định trị không hợp lệ
toml-invalid-multi-line-basic-string = chuỗi nhiều dòng trong ngoặc kép không hợp lệ
toml-invalid-multi-line-literal-string = chuỗi nhiều dòng trong ngoặc đơn không hợp lệ
toml-invalid-octal-number = số bát phân không hợp lệ
toml-invalid-string = chuỗi không hợp lệ
toml-invalid-table = bảng không hợp lệ
toml-invalid-unquoted-key = khóa không có ngoặc không hợp lệ
toml-invalid-value = giá trị không hợp lệ
toml-key-with-no-value = khóa không có giá trị
toml-keys-cannot-be-multi-line-basic-strings = khóa không được là chuỗi nhiều dòng
toml-keys-cannot-be-multi-line-literal-strings = khóa không được là chuỗi nhiều dòng
toml-missing-array-opening = thiếu dấu mở mảng `[`
toml-missing-assignment-between-key-value-pairs = thiếu dấu `=` giữa khóa và giá trị
toml-missing-comma-between-array-elements = thiếu dấu phẩy giữa các phần tử của mảng
toml-missing-comma-between-key-value-pairs = thiếu dấu phẩy giữa các cặp khóa–giá trị
toml-missing-comment-start = thiếu dấu `#` mở đầu chú thích
toml-missing-escaped-value = thiếu ký tự sau dấu `\`
toml-missing-inline-table-opening = thiếu dấu mở bảng `{"{"}`
toml-missing-key-for-inline-table-element = thiếu khóa cho phần tử của bảng viết trên một dòng
toml-missing-opening-quote = thiếu dấu ngoặc mở
toml-missing-table-open = thiếu dấu mở bảng `[`
toml-missing-value = thiếu giá trị
toml-missing-value-for-key = thiếu giá trị cho khóa
toml-radix-must-be-lowercase = tiền tố cơ số phải viết thường
toml-redundant-integer-number-prefix = thừa tiền tố của số nguyên
toml-redundant-numeric-sign = thừa dấu của số
toml-string-values-must-be-quoted = giá trị chuỗi phải đặt trong ngoặc kép
toml-too-few-unicode-value-digits = thiếu chữ số của mã Unicode
toml-unclosed-array = mảng chưa đóng
toml-unclosed-array-table = tiêu đề bảng mảng chưa đóng
toml-unclosed-inline-table = bảng viết trên một dòng chưa đóng
toml-unclosed-table = tiêu đề bảng chưa đóng
toml-unexpected-equals-in-array = dấu `=` không được có trong mảng
toml-unexpected-content = có nội dung không mong đợi
toml-unexpected-content-between-comment-and-newline = có nội dung không mong đợi giữa chú thích và cuối dòng
toml-unexpected-key-or-value = khóa hoặc giá trị không mong đợi
toml-unexpected-leading-zero = số không được bắt đầu bằng chữ số 0
toml-unexpected-sign = dấu không mong đợi
toml-unquoted-keys-cannot-be-empty = khóa không có ngoặc không được rỗng
toml-expected-nothing = { $description }
toml-expected-literal-string = chuỗi ký tự
toml-expected-basic-string = chuỗi trong ngoặc kép
toml-expected-multi-line-basic-string = chuỗi nhiều dòng
toml-expected-characters = ký tự
toml-expected-digits = chữ số
toml-expected-letters = chữ cái
toml-expected-numbers = chữ số
toml-expected-key = khóa
toml-expected-value = giá trị
toml-expected-hour = giờ
toml-expected-minute = phút
toml-expected-second = giây
toml-expected-printable-characters = ký tự in được
toml-expected-unicode-hexadecimal-value = mã Unicode thập lục phân
toml-expected-non-double-quote-visible-characters = ký tự nhìn thấy được trừ dấu ngoặc kép
toml-expected-non-single-quote-characters = ký tự trừ dấu ngoặc đơn
toml-expected-non-single-quote-visible-characters = ký tự nhìn thấy được trừ dấu ngoặc đơn
