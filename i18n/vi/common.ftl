### Words and phrases shared by many messages, and the failures of error.rs

n-errors = { $count } lỗi
n-warnings = { $count } cảnh báo
error-not-found = không tìm thấy sổ theo dõi nào trong { $path } hay các thư mục bên trên (sổ theo dõi là một thư mục có tệp dvk.toml)
    gợi ý: tạo sổ bằng `dvk init`, hoặc chỉ ra sổ bằng `-C THƯ_MỤC` hay biến DVK_REGISTER
error-not-a-register = { $path } không phải là sổ theo dõi: thư mục không có tệp dvk.toml
    gợi ý: tạo sổ bằng `dvk init { $path }`
error-io = không thể { $action } { $path }: { $cause }
error-broken = sổ theo dõi có { $errors } lỗi; chạy `dvk check` để xem
    { $first }
io-create = tạo
io-read = đọc
io-read-folder = đọc thư mục
io-write = ghi
io-write-in = ghi vào
io-open = mở
io-copy = sao chép
io-remove = xóa
io-lock = khóa
io-run-git-in = chạy git trong
os-not-found = không có tệp hay thư mục này
os-permission-denied = không có quyền
os-already-exists = đã có rồi
os-is-a-directory = đây là một thư mục
os-not-a-directory = không phải là thư mục
os-storage-full = ổ đĩa đã đầy
os-read-only = ổ đĩa chỉ cho đọc
os-invalid-data = dữ liệu không hợp lệ ({ $os })
os-address-in-use = địa chỉ này đang được một chương trình khác dùng
os-address-not-available = máy này không có địa chỉ này
