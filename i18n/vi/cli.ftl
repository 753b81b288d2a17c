### The command line: about, help of every argument, examples, usage errors (src/cmd)

## Tiêu đề của mọi trang trợ giúp
help-usage = Cách dùng:
help-commands = Lệnh
help-arguments = Đối số
help-options = Tùy chọn
help-default = [mặc định: { $value }]
help-possible = [giá trị: { $values }]
