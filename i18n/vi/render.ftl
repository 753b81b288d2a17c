### Terminal tables, progress, documents (src/render)


## src/render/problems.rs

# The closing line of `check`: how many errors, warnings and model files.
render-check-summary = { $errors } lỗi, { $warnings } cảnh báo trong { $files } tệp mô hình

## src/render/annex.rs

# $cause: the csv writer's error.
render-annex-cannot-write = không ghi được danh sách: { $cause }
render-annex-no-certificate = quyết định `{ $decision }` không công nhận hay khen thưởng mô hình nào: không có giấy chứng nhận để ghi
