### Terminal tables, progress, documents (src/render)


## src/render/problems.rs

# The closing line of `check`: how many errors, warnings and model files.
render-check-summary = { $errors } lỗi, { $warnings } cảnh báo trong { $files } tệp mô hình

## src/render/annex.rs

# $cause: the csv writer's error.
render-annex-cannot-write = không ghi được danh sách: { $cause }
render-annex-no-certificate = quyết định `{ $decision }` không công nhận hay khen thưởng mô hình nào: không có giấy chứng nhận để ghi

## src/render/docx.rs

# $cause: the Word library's error.
render-docx-cannot-write = không ghi được văn bản: { $cause }

## src/render/xlsx.rs

render-xlsx-too-many-rows = quá nhiều dòng cho một bảng tính (tối đa 1.048.575); hãy ghi ra csv
# $cause: the workbook library's error.
render-xlsx-cannot-write = không ghi được bảng tính: { $cause }
