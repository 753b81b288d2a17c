### The web view's pages (src/web)

## src/web/pages/mod.rs
web-brand = Dân vận khéo
web-menu-overview = Tổng quan
web-menu-models = Danh sách mô hình
web-footer = dvk serve: xem sổ theo dõi đúng như trên đĩa; trang này không thay đổi gì trong sổ.
web-as-of-label = Tính đến ngày
web-show = Xem
# $value: the date typed in the page's address
web-bad-date = `{ $value }` không phải là ngày: viết theo dạng YYYY-MM-DD, ví dụ 2025-06-30

## src/web/answer.rs
web-error-400 = Yêu cầu không hợp lệ
web-error-403 = Bị từ chối
web-error-404 = Không tìm thấy
web-error-500 = Đã có lỗi xảy ra

## src/web/routes.rs
web-bad-path = Địa chỉ không phải là văn bản UTF-8 hợp lệ.
web-no-page = Không có trang này. Trang tổng quan và danh sách mô hình có ở trên cùng.
web-crashed = Không tạo được trang. Xin báo cho người quản lý dvk, kèm địa chỉ của trang.

## src/web/mod.rs
web-cannot-bind = không nghe được ở { $address }: { $cause }
web-server-failed = máy chủ web đã dừng: { $cause }

## src/web/pages/problems.rs
web-broken-title = Sổ theo dõi có lỗi
web-broken = Sổ theo dõi có { $errors } lỗi nên không hiển thị số liệu: số liệu sẽ sai.
web-broken-fix = Sửa các lỗi liệt kê dưới đây (giống `dvk check`), rồi tải lại trang.

## src/web/pages/overview.rs
web-overview-year = Tổng quan năm { $year }
web-overview-phase = Tổng quan giai đoạn { $first }-{ $last }
web-overview-day = Tổng quan tính đến ngày { $date }
web-pick-year = Năm
web-pick-phase = Giai đoạn
web-pick-date = Ngày
# $value: what was typed; $first, $last: the years dvk takes
web-bad-year = `{ $value }` không phải là năm từ { $first } đến { $last }
web-bad-phase = `{ $value }` không phải là giai đoạn: viết hai năm, ví dụ 2021-2025
web-download-pack = Tải bộ báo cáo (zip: CSV, bảng tính, văn bản Word, biểu đồ)
web-chart-models = Số mô hình
web-overview-count = { $count } mô hình đăng ký đến ngày { $date }.

## src/web/pages/models.rs
web-models-title = Danh sách mô hình
web-search = Tìm
web-search-label = Điều kiện lọc
web-search-example = ví dụ: field:kinh_te level>=huyen "Quảng Tân"
web-search-help = Mọi điều kiện đều phải thỏa: key:value, key:a,b, key:A..B, key>=v, key?, -điều_kiện, hoặc một từ trong tên, đơn vị thực hiện hay địa bàn (xem `dvk list --help`).
# $count: models the query selects; $all: models read
web-models-count = { $count } trên { $all } mô hình, tính đến ngày { $date }.
web-bad-page = `{ $value }` không phải là trang của danh sách này: danh sách có các trang từ 1 đến { $pages }
web-download-csv = Tải tệp CSV
web-download-xlsx = Tải bảng tính (xlsx)
web-page-previous = ← Trang trước
web-page-next = Trang sau →
web-page-of = Trang { $page } / { $pages }

## src/web/pages/model.rs
# $hint: a "did you mean" with its leading space, or nothing
web-no-model = Không có mô hình `{ $id }` trong sổ theo dõi.{ $hint }
web-model-not-yet = Đăng ký ngày { $registered }: sau ngày của trang này, nên chưa có trong danh sách hay thống kê tính đến ngày đó.
web-model-events = Quá trình
web-model-no-events = Chưa có sự kiện nào.
web-model-assessments = Kết quả thẩm định
web-assessment-by = do { $by } thẩm định
web-assessment-no-set = Bộ tiêu chí `{ $criteria }` không có trong sổ theo dõi.
web-criterion = Tiêu chí
web-criterion-text = Nội dung
web-criterion-judgement = Đánh giá
# $met: met or not met; $check: the criterion's query
web-criterion-automatic = { $met } (kiểm tra tự động: `{ $check }`)
web-criterion-pending = chưa đánh giá
web-criterion-points = { $points } / { $of } điểm
web-met = đạt
web-not-met = không đạt
web-verdict-under = Kết luận theo { $criteria } đến ngày này:
web-verdict-score = (điểm { $score } / { $max })
web-verdict-dat = Đạt
web-verdict-khong-dat = Không đạt
web-verdict-cho-danh-gia = Chờ đánh giá
web-verdict-khong-ap-dung = Không áp dụng
web-model-outcomes = Kết quả
web-year = Năm
web-model-evidence = Hồ sơ minh chứng

## src/web/files.rs
web-file-outside = `{ $path }` không phải là đường dẫn trong sổ theo dõi: không bao giờ gửi tệp ở ngoài sổ.
web-file-unnamed = Không có bản ghi nào của sổ theo dõi nêu tệp minh chứng `{ $path }` trong ho-so/.
web-file-unsafe = `{ $path }` không phải là tệp thường mở được mà không qua liên kết: không bao giờ đi theo liên kết.

## src/web/download.rs
web-pack-needs-period = Bộ báo cáo tính theo năm hoặc giai đoạn: hãy chọn năm hoặc giai đoạn thay cho ngày.

## src/cmd/serve.rs
serve-not-an-address = `{ $text }` không phải là địa chỉ IP: hãy cho một địa chỉ như 127.0.0.1, 0.0.0.0 hoặc ::1
serve-note = Đang phục vụ sổ theo dõi ở chế độ chỉ đọc (không ghi gì); thay đổi trên đĩa hiện ra khi tải lại trang. Nhấn Ctrl-C để dừng.
serve-unwatched = cảnh báo: không theo dõi được các thư mục ở đây, nên mỗi yêu cầu đọc lại sổ theo dõi (chậm hơn).
cmd-serve-about = Mở trang web chỉ đọc của sổ theo dõi (tổng quan, danh sách mô hình, trang từng mô hình, tải về); không ghi gì
cmd-serve-long-about = Mở trang web chỉ đọc của sổ theo dõi: tổng quan theo năm, giai đoạn hoặc ngày (các bảng và biểu đồ của báo cáo), danh sách mô hình với ô điều kiện lọc, trang của từng mô hình, và tải về (CSV, xlsx, bộ báo cáo). Mặc định nghe ở 127.0.0.1:8080, không ghi gì, chỉ gửi các tệp minh chứng mà bản ghi nêu trong ho-so/, và hiện mọi thay đổi trên đĩa khi tải lại trang. In ra địa chỉ để mở.
cmd-serve-after = Ví dụ:
      dvk serve
      dvk serve -C so-theo-doi --port 8000 --lang vi
cmd-serve-bind = Địa chỉ để nghe; địa chỉ khác loopback (127.0.0.1) mở trang cho cả mạng
cmd-serve-port = Cổng (0: một cổng trống bất kỳ)

## src/cmd/export.rs (--format sqlite)
export-sqlite-needs-out = cơ sở dữ liệu SQLite phải ghi ra tệp: hãy thêm --out TỆP.sqlite
export-sqlite-bom = --bom chỉ dùng cho CSV
export-sqlite-written = đã xuất { $count } mô hình ra { $path } (SQLite)

## src/render/sqlite.rs
render-sqlite-failed = không tạo được cơ sở dữ liệu SQLite: { $cause }

## src/web/routes.rs (the Host a request names)
web-wrong-host = Máy chủ này chỉ trả lời cho chính máy này (127.0.0.1 hoặc localhost), không cho `{ $host }`.
