### The command line: about, help of every argument, examples, usage errors (src/cmd)

## Chương trình và các lệnh

dvk-about = Quản lý sổ theo dõi mô hình "Dân vận khéo" dưới dạng một thư mục các tệp TOML, mỗi mô hình một tệp
dvk-after = Mã thoát: 0 đã xong; 1 đã xong và câu trả lời là "không" (dvk check thấy lỗi, dvk evaluate --strict thấy một mô hình không dat, dvk fmt --check thấy tệp cần định dạng lại); 2 không thực hiện được.
cmd-init-about = Tạo sổ theo dõi mới: dvk.toml, models/, criteria/ với một bộ tiêu chí mẫu
cmd-init-long-about = Tạo sổ theo dõi mới: dvk.toml, models/, criteria/ với một bộ tiêu chí mẫu.

    Trong một cây làm việc git, lệnh còn cài trình hợp nhất của dvk cho sổ mới, như `dvk merge-driver --install`.

    Ví dụ: dvk init so-dvk --name "Sổ theo dõi mô hình Dân vận khéo xã Quảng Tân"
cmd-register-about = Đăng ký mô hình: ghi tệp models/<năm>/<mã>.toml và in ra mã mới. Khi chạy trên terminal, lệnh hỏi những thông tin còn thiếu
cmd-register-long-about = Đăng ký mô hình: ghi tệp models/<năm>/<mã>.toml và in ra mã mới. Khi chạy trên terminal, lệnh hỏi những thông tin còn thiếu.

    Ví dụ:
      dvk register --name "Xây dựng vườn mẫu" --unit "Hội Nông dân xã Quảng Tân" \
        --subject tap_the --field "Kinh tế" --level xa --commune "Quảng Tân"
cmd-import-about = Nhập danh sách mô hình từ bảng tính: mỗi dòng một mô hình, nhập tất cả hoặc không nhập gì. Nếu có dòng sai thì không ghi gì và mọi dòng sai đều được báo theo số dòng trong trang tính
cmd-import-long-about = Nhập danh sách mô hình từ bảng tính: mỗi dòng một mô hình, nhập tất cả hoặc không nhập gì. Nếu có dòng sai thì không ghi gì và mọi dòng sai đều được báo theo số dòng trong trang tính.

    Dòng tiêu đề là dòng đầu tiên có tên cột. Bắt buộc: Tên mô hình (name), Đơn vị thực hiện (unit), Đối tượng (subject), Lĩnh vực (field), Cấp (level), Ngày đăng ký (registered). Không bắt buộc: Loại (kind), Giai đoạn (phase), Ngày bắt đầu (started), Tỉnh (province), Huyện (district), Xã (commune), Tóm tắt (summary), Mã (id). Một chỉ tiêu như "Đất hiến (m²)" cùng cột Năm (year) cho một mục [[outcome]]. Không phân biệt chữ hoa, chữ thường và dấu. Dòng trùng một mô hình đã có (cùng tên, đơn vị thực hiện và ngày đăng ký) được bỏ qua. Các tệp mới được ghi vào models/import-<ngày>/<năm>/<mã>.toml.

    Ví dụ:
      dvk import danh-sach-2024.xlsx --sheet "Năm 2024" --dry-run
      dvk import danh-sach.csv --map cot.toml
cmd-absorb-about = Gộp một sổ theo dõi khác vào sổ này (xã được sáp nhập vào xã khác, sổ được bàn giao): các mô hình, bộ tiêu chí và hồ sơ minh chứng của SỔ_KHÁC
cmd-absorb-long-about = Gộp một sổ theo dõi khác vào sổ này (xã được sáp nhập vào xã khác, sổ được bàn giao): các mô hình, bộ tiêu chí và hồ sơ minh chứng của SỔ_KHÁC.

    Mỗi mô hình của SỔ_KHÁC được sao chép vào cùng đường dẫn trong models/, kèm các bộ tiêu chí mà kết quả thẩm định của mô hình nêu tên và các tệp trong ho-so/ của SỔ_KHÁC. Gộp tất cả hoặc không gộp gì: mã có ở cả hai sổ, mã hay chỉ tiêu mà dvk.toml của sổ này không có, bộ tiêu chí hay tệp minh chứng trùng tên nhưng khác nội dung, sổ bị lỗi ở bên nào, đều được nêu ra và không có gì được ghi. SỔ_KHÁC được giữ nguyên. Lệnh in ra các tệp đã sao chép; docs/rollup.md hướng dẫn cách giữ lịch sử git của cả hai sổ.
cmd-absorb-after =
    Ví dụ:
      dvk absorb ../xa-quang-loi --dry-run
      dvk absorb ../xa-quang-loi && dvk check && git add -A && git commit -m "gộp sổ xa-quang-loi"
cmd-show-about = Xem một mô hình và tình hình của mô hình tại ngày tính: trạng thái, cấp được công nhận, số tháng, các lần khen thưởng
cmd-show-long-about = Xem một mô hình và tình hình của mô hình tại ngày tính: trạng thái, cấp được công nhận, số tháng, các lần khen thưởng.

    Ví dụ: dvk show 2019-quang-tan-xay-dung-vuon-mau --as-of 2020-12-31
cmd-list-about = Liệt kê các mô hình khớp điều kiện lọc, mỗi mô hình một dòng; với --events, liệt kê các sự kiện của chúng (đề nghị, công nhận, khen thưởng...), mỗi sự kiện một dòng
cmd-list-long-about = Liệt kê các mô hình khớp điều kiện lọc, mỗi mô hình một dòng; với --events, liệt kê các sự kiện của chúng (đề nghị, công nhận, khen thưởng...), mỗi sự kiện một dòng.

    Ví dụ:
      dvk list field:kinh_te 'level>=huyen'
      dvk list commune:"quảng tân" -status:ngung --sort -registered
      dvk list --events type:cong_nhan date:2024 --sort date
cmd-list-after = Điều kiện lọc (phải thỏa mãn tất cả; điều kiện có > < hay dấu cách
    thì đặt trong dấu nháy để shell không hiểu sai):
      khóa:giá_trị   bằng; với chữ tự do (tên, đơn vị, xã...) là có chứa,
                     không phân biệt chữ hoa, chữ thường và dấu
      khóa:a,b,c     một trong các giá trị
      khóa:A..B      từ A đến B: ngày, số, cấp
      khóa>=v khóa>v khóa<=v khóa<v khóa!=v
                     so sánh: ngày, số, cấp theo thứ bậc
      khóa?          có và không để trống
      -đk, not:đk    điều kiện đk không thỏa mãn
      từ             có trong tên, đơn vị, xã, huyện, tỉnh hoặc tóm tắt
    Ngày có thể viết thiếu (registered:2023, registered:2023-05);
    mã có thể viết bằng nhãn (field:"Kinh tế"); tỉnh, huyện, xã, đơn vị thực hiện
    và cơ quan ban hành khớp với tên đã ghi hoặc tên đang dùng.
    Khóa: các khóa đã lưu; status recognized expires ever_recognized proposed
    months commendations replications assessed outcome.<chỉ_tiêu>; id; year.
cmd-tally-about = Đếm các mô hình khớp điều kiện lọc, nhóm theo khóa: theo lĩnh vực và cấp, theo trạng thái, theo năm; với --events, đếm các sự kiện
cmd-tally-long-about = Đếm các mô hình khớp điều kiện lọc, nhóm theo khóa: theo lĩnh vực và cấp, theo trạng thái, theo năm; với --events, đếm các sự kiện.

    csv và json cho mỗi nhóm có mặt một dòng (mã, `count`, `percent`, `sum_<metric>`); dạng bảng cho nhãn và dòng tổng cộng, và khi nhóm theo hai khóa thì cho bảng chéo có tổng theo dòng và theo cột.
cmd-tally-after =
    Ví dụ:
      dvk tally --by field,level --year 2024
      dvk tally --by field --percent --sum dat_hien_m2,ngay_cong --phase 2021-2025
      dvk tally --events type:cong_nhan --by level,year --format table
      dvk tally --by recognized --chart
cmd-export-about = Xuất các mô hình khớp điều kiện lọc ra bảng tính: mỗi mô hình một dòng với mọi khóa đã lưu và khóa suy ra, cùng tóm tắt sự kiện, kết quả và kết quả thẩm định: ngày công nhận, quyết định gần nhất, lần thẩm định gần nhất, và tổng từng chỉ tiêu trong kỳ của --year hoặc --phase (xem docs/report.md để biết mọi cột)
cmd-export-after =
    Ví dụ:
      dvk export --year 2024 --out mo-hinh-2024.xlsx
      dvk export field:kinh_te --columns id,name,recognized_date --bom > kinh-te.csv
cmd-report-about = Lập các bảng của báo cáo sơ kết (theo năm) hoặc tổng kết (theo giai đoạn): mô hình theo lĩnh vực, cấp và đối tượng; số đăng ký, đề nghị, được công nhận và không đạt theo từng cấp; các lần công nhận và khen thưởng; nhân rộng; mô hình ngừng và bị thu hồi; tổng các chỉ tiêu kết quả; tỷ lệ. Mỗi bảng là một tệp CSV (UTF-8 có BOM) và một trang tính của cùng một bảng tính; ba bảng đầu còn được vẽ thành biểu đồ cột SVG; README.md cho biết mỗi bảng có gì và số liệu tính đến ngày nào. Tài liệu Word (.docx) có mọi bảng, được đánh số, dưới phần đầu và phần chữ ký của [report] trong dvk.toml
cmd-report-long-about = Lập các bảng của báo cáo sơ kết (theo năm) hoặc tổng kết (theo giai đoạn): mô hình theo lĩnh vực, cấp và đối tượng; số đăng ký, đề nghị, được công nhận và không đạt theo từng cấp; các lần công nhận và khen thưởng; nhân rộng; mô hình ngừng và bị thu hồi; tổng các chỉ tiêu kết quả; tỷ lệ. Mỗi bảng là một tệp CSV (UTF-8 có BOM) và một trang tính của cùng một bảng tính; ba bảng đầu còn được vẽ thành biểu đồ cột SVG; README.md cho biết mỗi bảng có gì và số liệu tính đến ngày nào. Tài liệu Word (.docx) có mọi bảng, được đánh số, dưới phần đầu và phần chữ ký của [report] trong dvk.toml.

    Cần --year Y hoặc --phase A-B. Lệnh in ra các tệp đã ghi.
cmd-report-after =
    Ví dụ:
      dvk report --year 2024
      dvk report --phase 2021-2025 --out bao-cao-tong-ket
      dvk report --year 2024 district:"Đầm Hà"
cmd-annex-about = Lập danh sách kèm theo quyết định: mọi sự kiện có số quyết định là QUYẾT_ĐỊNH (so sánh không phân biệt chữ hoa, chữ thường, dấu và dấu cách), đánh số, với mã, tên, đơn vị thực hiện, lĩnh vực, đối tượng của mô hình và cấp, hình thức, số của sự kiện, dưới phần đầu của [report] trong dvk.toml và tiêu đề nêu quyết định cùng ngày ban hành. Với --certificates, lập tài liệu Word gồm mỗi mô hình được quyết định công nhận hoặc khen thưởng một trang giấy chứng nhận
cmd-annex-long-about = Lập danh sách kèm theo quyết định: mọi sự kiện có số quyết định là QUYẾT_ĐỊNH (so sánh không phân biệt chữ hoa, chữ thường, dấu và dấu cách), đánh số, với mã, tên, đơn vị thực hiện, lĩnh vực, đối tượng của mô hình và cấp, hình thức, số của sự kiện, dưới phần đầu của [report] trong dvk.toml và tiêu đề nêu quyết định cùng ngày ban hành. Với --certificates, lập tài liệu Word gồm mỗi mô hình được quyết định công nhận hoặc khen thưởng một trang giấy chứng nhận.

    Định dạng là --format, nếu không có thì theo phần mở rộng của --out, nếu không nữa thì là csv. Không có --out thì csv được in ra stdout; bảng tính hoặc tài liệu được ghi vào --out, mặc định là danh-sach-<quyết_định>.xlsx hoặc .docx (chung-nhan-<quyết_định>.docx với giấy chứng nhận) trong thư mục hiện tại.
cmd-annex-after =
    Ví dụ:
      dvk annex 123-QĐ/HU > danh-sach.csv
      dvk annex "123-QĐ/HU" --format docx
      dvk annex 123-QĐ/HU --certificates --out chung-nhan.docx
cmd-check-about = Kiểm tra mọi tệp của sổ theo dõi và báo mọi vấn đề, mỗi vấn đề dạng PATH:LINE:COL: error|warning: NỘI_DUNG, kèm dòng có vấn đề ngay bên dưới
cmd-check-long-about = Kiểm tra mọi tệp của sổ theo dõi và báo mọi vấn đề, mỗi vấn đề dạng PATH:LINE:COL: error|warning: NỘI_DUNG, kèm dòng có vấn đề ngay bên dưới.

    Thoát với mã 1 khi có lỗi (chỉ có cảnh báo thì thoát với mã 0). Ví dụ: dvk check -C data-sample
cmd-fmt-about = Ghi lại các tệp của sổ theo dõi theo dạng chuẩn: khóa theo thứ tự của định dạng, văn bản NFC, viết khóa = giá trị, xuống dòng kiểu LF. Chú thích được giữ nguyên
cmd-fmt-long-about = Ghi lại các tệp của sổ theo dõi theo dạng chuẩn: khóa theo thứ tự của định dạng, văn bản NFC, viết khóa = giá trị, xuống dòng kiểu LF. Chú thích được giữ nguyên.

    Ví dụ:
      dvk fmt            ghi lại những tệp cần ghi lại
      dvk fmt --check    liệt kê những gì sẽ thay đổi; thoát với mã 1 nếu có
cmd-propose-about = Đề nghị công nhận mô hình ở một cấp
cmd-propose-long-about = Đề nghị công nhận mô hình ở một cấp.

    Ví dụ: dvk propose 2019-quang-tan-xay-dung-vuon-mau --level huyen --date 2020-03-10
cmd-recognize-about = Ghi nhận việc công nhận mô hình ở một cấp; một quyết định thường công nhận nhiều mô hình
cmd-recognize-long-about = Ghi nhận việc công nhận mô hình ở một cấp; một quyết định thường công nhận nhiều mô hình.

    Ví dụ:
      dvk recognize --where "proposed:huyen status:de_nghi" --level huyen \
        --date 2020-06-18 --decision 123-QĐ/HU --authority "Ban Thường vụ Huyện ủy"
cmd-reject-about = Ghi nhận việc thẩm định không công nhận mô hình (không đạt)
cmd-reject-long-about = Ghi nhận việc thẩm định không công nhận mô hình (không đạt).

    Ví dụ: dvk reject 2023-ham-liem-chinh-trang --level tinh --date 2024-11-05
cmd-commend-about = Ghi nhận việc khen thưởng: Bằng khen, Giấy khen, biểu dương
cmd-commend-long-about = Ghi nhận việc khen thưởng: Bằng khen, Giấy khen, biểu dương.

    Ví dụ: dvk commend 2019-quang-tan-xay-dung-vuon-mau --form giay_khen --level huyen
cmd-replicate-about = Ghi nhận việc nhân rộng mô hình ra nơi khác
cmd-replicate-long-about = Ghi nhận việc nhân rộng mô hình ra nơi khác.

    Ví dụ: dvk replicate 2019-quang-tan-xay-dung-vuon-mau --place "xã Dực Yên"
cmd-stop-about = Ghi nhận mô hình đã ngừng, chẳng hạn khi rà soát hằng năm
cmd-stop-long-about = Ghi nhận mô hình đã ngừng, chẳng hạn khi rà soát hằng năm.

    Ví dụ: dvk stop 2018-cong-an-huyen-dam-ha-nang-cao --date 2024-12-20
cmd-revoke-about = Ghi nhận việc thu hồi công nhận; không có --level thì mọi lần công nhận của mô hình đều bị thu hồi
cmd-revoke-long-about = Ghi nhận việc thu hồi công nhận; không có --level thì mọi lần công nhận của mô hình đều bị thu hồi.

    Ví dụ: dvk revoke 2016-an-thang-phong-chong --level huyen --decision 45-QĐ/HU
cmd-assess-about = Ghi kết quả thẩm định một mô hình theo một bộ tiêu chí: một kết luận cho mỗi tiêu chí mà tổ thẩm định đã xét
cmd-assess-long-about = Ghi kết quả thẩm định một mô hình theo một bộ tiêu chí: một kết luận cho mỗi tiêu chí mà tổ thẩm định đã xét.

    Giá trị: true/false, có/không, đạt/không đạt, hoặc số điểm.
    Ví dụ:
      dvk assess 2019-quang-tan-xay-dung-vuon-mau --criteria hd-tinh-2021-2025 \
        --by "Tổ thẩm định số 1" gan_lanh_dao=true huy_dong=có nhan_dan_ung_ho=15
cmd-evaluate-about = Đánh giá mô hình theo bộ tiêu chí của một hướng dẫn: mỗi mô hình nhận dat (đạt), khong_dat (không đạt), cho_danh_gia (chờ đánh giá) hoặc khong_ap_dung (không áp dụng), kèm số điểm
cmd-evaluate-long-about = Đánh giá mô hình theo bộ tiêu chí của một hướng dẫn: mỗi mô hình nhận dat (đạt), khong_dat (không đạt), cho_danh_gia (chờ đánh giá) hoặc khong_ap_dung (không áp dụng), kèm số điểm.

    Ví dụ:
      dvk evaluate --criteria hd-tinh-2021-2025
      dvk evaluate level:huyen --criteria hd-tinh-2021-2025 --strict --year 2024
cmd-evaluate-after = Điều kiện lọc (phải thỏa mãn tất cả; điều kiện có > < hay dấu cách
    thì đặt trong dấu nháy để shell không hiểu sai):
      khóa:giá_trị   bằng; với chữ tự do (tên, đơn vị, xã...) là có chứa,
                     không phân biệt chữ hoa, chữ thường và dấu
      khóa:a,b,c     một trong các giá trị
      khóa:A..B      từ A đến B: ngày, số, cấp
      khóa>=v khóa>v khóa<=v khóa<v khóa!=v
                     so sánh: ngày, số, cấp theo thứ bậc
      khóa?          có và không để trống
      -đk, not:đk    điều kiện đk không thỏa mãn
      từ             có trong tên, đơn vị, xã, huyện, tỉnh hoặc tóm tắt
    Ngày có thể viết thiếu (registered:2023, registered:2023-05);
    mã có thể viết bằng nhãn (field:"Kinh tế"); tỉnh, huyện, xã, đơn vị thực hiện
    và cơ quan ban hành khớp với tên đã ghi hoặc tên đang dùng.
    Khóa: các khóa đã lưu; status recognized expires ever_recognized proposed
    months commendations replications assessed outcome.<chỉ_tiêu>; id; year.
cmd-history-about = Xem lịch sử của một mô hình từ git: mọi commit đã thay đổi tệp của mô hình, cũ nhất trước, với ngày, tác giả, tiêu đề và điều đã thay đổi, nói bằng lời ("thêm sự kiện cong_nhan huyen 2024-06-20", "unit: A → B"); tệp có đổi tên vẫn được theo dõi tiếp
cmd-history-long-about = Xem lịch sử của một mô hình từ git: mọi commit đã thay đổi tệp của mô hình, cũ nhất trước, với ngày, tác giả, tiêu đề và điều đã thay đổi, nói bằng lời ("thêm sự kiện cong_nhan huyen 2024-06-20", "unit: A → B"); tệp có đổi tên vẫn được theo dõi tiếp.

    Ví dụ: dvk history 2019-quang-tan-xay-dung-vuon-mau --format json
cmd-merge-driver-about = Hợp nhất ba phiên bản của một tệp mô hình cho git: các bản ghi (sự kiện, kết quả thẩm định, kết quả) thêm ở bên nào cũng được giữ lại hết, theo thứ tự ngày; chỉ khi một khóa hay một bản ghi bị hai bên sửa khác nhau mới là xung đột, được đánh dấu trong tệp
cmd-merge-driver-long-about = Hợp nhất ba phiên bản của một tệp mô hình cho git: các bản ghi (sự kiện, kết quả thẩm định, kết quả) thêm ở bên nào cũng được giữ lại hết, theo thứ tự ngày; chỉ khi một khóa hay một bản ghi bị hai bên sửa khác nhau mới là xung đột, được đánh dấu trong tệp.

    Git chạy lệnh này dưới dạng `dvk merge-driver %O %A %B %P` sau khi `dvk merge-driver --install` đã cài đặt (mỗi bản sao của kho chạy lệnh đó một lần). Lệnh ghi kết quả vào BÊN_MÌNH và thoát với mã 0 khi hợp nhất xong không có xung đột, mã 1 khi có xung đột; tệp nào không phải là tệp mô hình ở cả ba phía thì để `git merge-file` xử lý.

    Ví dụ: dvk merge-driver --install
cmd-completions-about = In mã tự hoàn thành lệnh cho shell: thêm source <(dvk completions bash) vào ~/.bashrc, hoặc lưu kết quả của dvk completions zsh thành tệp _dvk trong $fpath
cmd-man-about = In trang hướng dẫn sử dụng (roff): dvk man > ~/.local/share/man/man1/dvk.1
cmd-help-about = In trợ giúp này hoặc trợ giúp của (các) lệnh con đã cho

## Đối số: arg-ID dùng chung cho mọi lệnh có ID; cmd-NAME-ID là cách nói riêng của một lệnh

arg-as_of = Tính đến ngày này (YYYY-MM-DD) [mặc định: hôm nay]
arg-authority = Cơ quan ban hành quyết định, ví dụ "Ban Thường vụ Huyện ủy"
arg-base = Phiên bản của tổ tiên chung (%O của git)
arg-bom = Mở đầu tệp csv bằng dấu BOM của UTF-8, để Excel đọc đúng chữ tiếng Việt
arg-by = Người thẩm định (tổ thẩm định)
cmd-tally-by = Nhóm theo các khóa này (khóa đã lưu hay suy ra: field, level, status, recognized, assessed, year, district, tags...)
arg-certificates = Mỗi mô hình được công nhận hoặc khen thưởng một trang giấy chứng nhận (tệp .docx)
arg-chart = Vẽ biểu đồ thanh ngang thay cho bảng
arg-check = Không thay đổi gì: liệt kê các tệp chưa ở dạng chuẩn
arg-color = Khi nào dùng màu (biến NO_COLOR được tôn trọng)
arg-columns = Chỉ các cột này, theo thứ tự này [mặc định: mọi cột]
arg-commune = Xã
arg-criteria = Bộ tiêu chí: tên tệp (không có phần mở rộng) trong criteria/
arg-date = Ngày ra quyết định [mặc định: hôm nay]
cmd-assess-date = Ngày thẩm định [mặc định: hôm nay]
arg-decision = Số quyết định, ví dụ 123-QĐ/HU
cmd-annex-decision = Số quyết định, như đã ghi trong các sự kiện
arg-dir = Thư mục [mặc định: thư mục của -C, nếu không thì thư mục hiện tại]
arg-district = Huyện (theo địa giới cũ, trước ngày 01/07/2025)
arg-dry_run = Cho xem những gì sẽ được thêm vào; không ghi gì
cmd-absorb-dry_run = Liệt kê các tệp sẽ được sao chép; không ghi gì
cmd-import-dry_run = Cho xem những gì sẽ được tạo (mã, tên, lĩnh vực, cấp); không ghi gì
arg-events = Mỗi sự kiện (đến ngày tính) một dòng, kèm các khóa của mô hình; cấp của chính mô hình là model.level
cmd-tally-events = Đếm sự kiện (mỗi sự kiện đến ngày tính là một dòng kèm các khóa của mô hình; `year` là năm của sự kiện, `model.level` là cấp của mô hình)
arg-field = Lĩnh vực: mã hoặc nhãn trong [fields] của dvk.toml
arg-file = Bảng tính: .csv (UTF-8 hoặc UTF-16; phân cách bằng dấu phẩy, dấu chấm phẩy hoặc tab), .xlsx, .xls hoặc .ods
arg-files = Hồ sơ minh chứng (quyết định, biên bản...): sao chép vào ho-so/<năm của --date>/ và đặt tên theo sự kiện; dùng được nhiều lần; mỗi tệp tối đa 50 MiB
cmd-assess-files = Hồ sơ minh chứng (biên bản thẩm định...): sao chép vào ho-so/<năm của --date>/ và đặt tên theo kết quả thẩm định; dùng được nhiều lần; mỗi tệp tối đa 50 MiB
arg-form = Hình thức: mã hoặc nhãn trong [forms]
arg-format = Định dạng đầu ra [mặc định: table trên terminal, nếu không thì csv]
cmd-annex-format = csv, xlsx hoặc docx [mặc định: phần mở rộng của --out, nếu không thì csv]
cmd-export-format = csv, json hoặc xlsx (bảng tính) [mặc định: theo phần mở rộng của --out, nếu không thì csv]
arg-from = Thêm mọi mô hình có trong một bảng tính (phụ lục của quyết định, .csv, .xlsx, .ods): theo cột `id` (Mã), hoặc cột `name` (Tên mô hình) cùng cột `unit` (Đơn vị thực hiện); nhận tất cả các dòng hoặc không dòng nào
arg-help = In trợ giúp (xem đầy đủ hơn với '--help')
cmd-completions-help = In trợ giúp
cmd-export-help = In trợ giúp
cmd-man-help = In trợ giúp
dvk-help = In trợ giúp
arg-help-long = In trợ giúp (xem bản tóm tắt với '-h')
arg-id = Mã của mô hình (tên tệp, không có .toml)
cmd-assess-id = Mã của mô hình
cmd-register-id = Mã dùng thay cho mã được tạo từ năm, xã và tên
arg-ids = Mã của các mô hình
arg-install = Cài trình hợp nhất vào kho git chứa sổ theo dõi: một dòng trong .gitattributes (hãy commit tệp này) và merge.dvk.driver trong .git/config
arg-kind = mo_hinh (mô hình) hoặc dien_hinh (điển hình) [mặc định: mo_hinh]
arg-level = Cấp của cơ quan ban hành
cmd-propose-level = Cấp được đề nghị
cmd-recognize-level = Cấp công nhận
cmd-register-level = Cấp đăng ký: mã hoặc nhãn trong [levels]
cmd-reject-level = Cấp đã thẩm định
cmd-revoke-level = Cấp có công nhận bị thu hồi
arg-map = Các tiêu đề cột khác: một bảng TOML dạng "Tiêu đề" = "khóa"
arg-name = Tên của sổ theo dõi, dùng làm tiêu đề báo cáo
cmd-register-name = Tên mô hình
arg-note = Ghi chú
arg-number = Số bằng khen, giấy khen
cmd-recognize-number = Số giấy chứng nhận
arg-other = Sổ theo dõi cần gộp vào (một thư mục có dvk.toml)
arg-ours = Phiên bản của bên mình (%A): kết quả hợp nhất được ghi vào đây
arg-out = Tệp cần ghi (ghi đè toàn bộ)
cmd-export-out = Ghi vào tệp này (ghi đè toàn bộ, trọn vẹn một lần) thay vì stdout
cmd-report-out = Thư mục để ghi vào, tạo mới nếu chưa có [mặc định: bao-cao-Y hoặc bao-cao-A-B]
arg-path = Đường dẫn của tệp trong kho (%P): các thông báo gọi tệp bằng tên này
arg-percent = Thêm tỷ lệ phần trăm của mỗi nhóm trên tổng số đếm được
arg-phase = Tính đến cuối giai đoạn A-B; --sum cộng các năm từ A đến B
cmd-register-phase = Giai đoạn, ví dụ 2021-2025
arg-place = Nơi nhân rộng
arg-province = Tỉnh
arg-query = Điều kiện lọc, phải thỏa mãn tất cả (xem `dvk list --help`)
cmd-evaluate-query = Điều kiện lọc, phải thỏa mãn tất cả
cmd-list-query = Điều kiện lọc, phải thỏa mãn tất cả (xem bên dưới)
cmd-report-query = Điều kiện lọc: chỉ báo cáo các mô hình khớp
arg-quiet = Không in gì ra stderr ngoài lỗi
arg-register = Thư mục của sổ theo dõi (nếu cho nhiều lần, các lệnh đọc làm việc trên tất cả các sổ cùng lúc) [mặc định: $DVK_REGISTER, nếu không thì thư mục gần nhất có dvk.toml, tính từ thư mục này trở lên]
arg-registered = Ngày đăng ký [mặc định: hôm nay]
arg-results = Các kết luận dạng TIÊU_CHÍ=GIÁ_TRỊ
arg-selection = Thêm mọi mô hình khớp điều kiện lọc này (tính đến --as-of, nếu không có thì đến ngày --date)
arg-set = Một khóa trong [custom] của dvk.toml: KHÓA=GIÁ_TRỊ; dùng được nhiều lần (các mục của danh sách cách nhau bằng `;`, mã viết bằng mã hoặc nhãn)
arg-sheet = Trang tính của bảng tính --from [mặc định: trang đầu tiên]
cmd-import-sheet = Trang tính cần đọc [mặc định: trang đầu tiên]
arg-shell = bash, zsh, fish, powershell hoặc elvish
arg-sort = Sắp xếp theo các khóa này, -KHÓA để sắp giảm dần [mặc định: path]
arg-started = Ngày bắt đầu thực hiện
arg-strict = Thoát với mã 1 khi có mô hình được chọn không dat
cmd-import-strict = Từ chối các dòng trùng mô hình thay vì bỏ qua
arg-subject = tap_the (tập thể) hoặc ca_nhan (cá nhân), hoặc nhãn của chúng
arg-sum = Thêm tổng của một chỉ tiêu kết quả (mã hoặc nhãn), trong năm của --year, các năm của --phase, hoặc mọi năm đến ngày tính
arg-theirs = Phiên bản của bên kia (%B)
arg-unit = Đơn vị hoặc cá nhân thực hiện
arg-until = Ngày cuối cùng công nhận còn hiệu lực (công nhận đến) [mặc định: theo thời hạn công nhận trong [recognition] của dvk.toml, nếu không có thì đến khi bị thu hồi hoặc ngừng]
arg-version = In phiên bản
arg-year = Tính đến cuối năm Y; --sum chỉ tính kết quả của năm Y

## Tiêu đề của mọi trang trợ giúp
help-usage = Cách dùng:
help-commands = Lệnh
help-arguments = Đối số
help-options = Tùy chọn
help-default = [mặc định: { $value }]
help-possible = [giá trị: { $values }]
arg-lang = Ngôn ngữ của thông báo và trợ giúp: vi (tiếng Việt) hoặc en [mặc định: $DVK_LANG, nếu không thì vi khi LC_ALL, LC_MESSAGES hoặc LANG (biến đầu tiên được đặt) bắt đầu bằng vi, nếu không thì en]

## src/cmd/usage.rs: lỗi cách dùng, trình bày như clap trình bày.

usage-error = lỗi:
usage-more = Xem thêm: { $command } --help
usage-options = [TÙY CHỌN]
usage-command = <LỆNH>
usage-optional-command = [LỆNH]
usage-invalid = dòng lệnh không hợp lệ
usage-unknown-argument = lệnh không nhận đối số '{ $arg }'
usage-unknown-subcommand = không có lệnh '{ $name }'
usage-value-required = '{ $arg }' cần một giá trị nhưng chưa có giá trị nào
usage-invalid-value = giá trị '{ $value }' không hợp lệ cho '{ $arg }'
usage-invalid-value-because = giá trị '{ $value }' không hợp lệ cho '{ $arg }': { $reason }
usage-possible-values = [giá trị hợp lệ: { $values }]
usage-missing-required = còn thiếu các đối số bắt buộc sau:
usage-missing-subcommand = '{ $name }' cần một lệnh con nhưng chưa có
usage-subcommands = [lệnh con: { $values }]
usage-repeated = đối số '{ $arg }' chỉ được dùng một lần
usage-the-argument = đối số '{ $arg }'
usage-the-subcommand = lệnh con '{ $name }'
usage-conflict = không dùng được { $subject } cùng với '{ $other }'
usage-conflict-list = không dùng được { $subject } cùng với:
usage-conflict-others = không dùng được { $subject } cùng với các đối số khác đã cho
usage-no-equals = cần dấu bằng (=) khi gán giá trị cho '{ $arg }'
usage-too-many-values = '{ $arg }' không nhận thêm giá trị '{ $value }'
usage-too-few-values = '{ $arg }' cần { $min } giá trị nhưng mới có { $count }
usage-wrong-number-of-values = '{ $arg }' cần { $expected } giá trị nhưng có { $count }
usage-invalid-utf8 = có đối số không phải là văn bản UTF-8 hợp lệ
usage-not-a-number = không phải là số nguyên
usage-number-too-large = số quá lớn
usage-not-in-range = { $value } nằm ngoài khoảng { $range }
usage-similar-subcommand = gợi ý: có phải là lệnh { $names }?
usage-similar-argument = gợi ý: có phải là { $names }?
usage-similar-value = gợi ý: có phải là giá trị { $names }?
usage-or = {" hay "}
usage-tip-as-value = gợi ý: để dùng '{ $arg }' làm giá trị, hãy viết '{ $example }'
usage-tip-remove-dashes = gợi ý: có lệnh con '{ $name }'; để dùng lệnh này, hãy bỏ '--' phía trước
usage-tip-exists = gợi ý: có phải là '{ $example }'?
usage-tip = gợi ý: { $text }

## src/cmd/absorb.rs

absorb-conflicts = không thể gộp { $from }: có { $count } xung đột; không ghi gì
absorb-dry-run = { $what } sẽ được sao chép từ { $from }; chưa ghi gì (chạy thử, --dry-run)
absorb-done = đã sao chép { $what } từ { $from }; hãy chạy `dvk check` rồi commit

## src/cmd/annex.rs

annex-certificates-need-docx = giấy chứng nhận là tài liệu Word: hãy cho --format docx hoặc bỏ --format
annex-wrote-certificates = đã ghi { $count } giấy chứng nhận của quyết định { $decision } vào { $path }
annex-wrote-rows = đã ghi { $count } dòng của quyết định { $decision } vào { $path }

## src/cmd/args.rs

args-not-a-day = --{ $flag } cần một ngày dạng { $example }, không phải `{ $text }`

## src/cmd/assess.rs

assess-problems = { $problems }
    không ghi gì
assess-recorded = đã ghi kết quả thẩm định theo bộ tiêu chí `{ $criteria }`

## src/cmd/check.rs

check-run-progress = kiểm tra
check-run-summary = { $errors }, { $warnings } trong { $files } tệp mô hình

## src/cmd/context.rs

context-error = lỗi
context-progress-reading = đọc
context-progress-models = mô hình
context-year-range = --year cần một năm từ { $first } đến { $last }, không phải `{ $year }`
context-phase-form = --phase cần hai năm dạng 2021-2025, không phải `{ $text }`
context-one-register = lệnh ghi chỉ làm việc trên một sổ theo dõi; chỉ cho -C một lần
context-today = DVK_TODAY phải là một ngày dạng 2025-06-30, không phải `{ $text }`

## src/cmd/evaluate.rs

evaluate-progress = xét

## src/cmd/export.rs

export-no-table = export chỉ ghi ra csv, json hoặc xlsx; muốn xem bảng thì dùng `dvk list`
export-bom-csv-only = --bom chỉ dùng cho csv
export-workbook-on-terminal = không thể hiện bảng tính trên terminal; hãy cho --out TỆP.xlsx hoặc chuyển stdout vào một tệp
export-done = đã xuất { $count } mô hình vào { $path }

## src/cmd/fmt.rs

fmt-would-format = { $count } tệp sẽ được định dạng lại
fmt-formatted = đã định dạng lại { $count } tệp
fmt-failed = không định dạng lại được { $count } tệp; `dvk check` cho biết lý do
fmt-not-formatted = { $file }: chưa định dạng lại: { $why }

## src/cmd/history.rs

history-bad-id = `{ $id }` không phải là mã mô hình: { $rule }
history-no-model = không có mô hình `{ $id }` trong { $register }{ $hint }

## src/cmd/import.rs

import-run-progress = ghi
import-run-bad-rows = { $file } có { $count } dòng sai; không ghi gì
import-run-dry-run = sẽ tạo { $count } mô hình; chưa ghi gì (chạy thử, --dry-run)
import-run-nothing-new = { $file }: không có mô hình mới; không ghi gì
import-run-done = đã nhập { $count } mô hình vào { $folder }

## src/cmd/init.rs

init-created = Đã tạo sổ theo dõi trong { $dir }.
    Tiếp theo: dvk -C { $dir } register --name TÊN --unit ĐƠN_VỊ --subject tap_the --field kinh_te --level xa

## src/cmd/lifecycle.rs

lifecycle-none-matches = không có mô hình nào khớp --where; không ghi gì
lifecycle-dry-run = { $count } tệp sẽ thay đổi; chưa ghi gì
lifecycle-recorded = đã ghi `{ $code }` cho { $count } mô hình

## src/cmd/merge_driver.rs

merge-driver-conflicts = { $file }: hai bên đã sửa { $what } khác nhau: hãy chọn giữa các dòng được đánh dấu, rồi chạy `dvk check`
merge-driver-textual = { $file }: không phải là tệp mô hình ở mọi phía nên git đã hợp nhất như văn bản: hãy xử lý các dòng được đánh dấu, rồi chạy `dvk check`

## src/cmd/register.rs

register-prompt-name = Tên mô hình (name)
register-prompt-unit = Đơn vị thực hiện (unit)
register-prompt-subject = Đối tượng (subject)
register-prompt-field = Lĩnh vực (field)
register-prompt-level = Cấp (level)
register-prompt-custom = { $label } ({ $code }, { $kind }; nhấn Enter để bỏ qua)
register-problems = { $problems }
    không ghi gì
register-missing = thiếu { $flags }; không ghi gì
register-set-form = --set { $set }: cần dạng KHÓA=GIÁ_TRỊ; không ghi gì
register-done = đã đăng ký { $path }

## src/cmd/report.rs

report-run-needs-period = báo cáo cần kỳ báo cáo: --year Y hoặc --phase A-B
report-run-done = đã ghi { $tables } bảng về { $models } mô hình, tính đến { $date }, vào { $dir }

## src/cmd/show.rs

show-bad-id = `{ $id }` không phải là mã mô hình: { $rule }
show-no-model = không có mô hình `{ $id }` trong { $register }{ $hint }

## src/cmd/tally.rs

tally-progress = đếm
tally-chart-format = --chart vẽ biểu đồ cho người đọc; không ghi ra csv hay json được

## Tên chỗ điền giá trị của các đối số (cmd/help.rs)

arg-value-date = NGÀY
arg-value-dir = THƯ_MỤC
arg-value-y = Y
arg-value-when = KHI
arg-value-lang = NGÔN_NGỮ
arg-value-format = ĐỊNH_DẠNG
arg-value-a-b = A-B
arg-value-id = MÃ
arg-value-file = TỆP
arg-value-query = ĐIỀU_KIỆN
arg-value-name = TÊN
arg-value-path = ĐƯỜNG_DẪN
arg-value-note = GHI_CHÚ
arg-value-level = CẤP
arg-value-authority = CƠ_QUAN
arg-value-set = BỘ_TIÊU_CHÍ
arg-value-base = GỐC
arg-value-ours = BÊN_MÌNH
arg-value-theirs = BÊN_KIA
arg-value-decision = QUYẾT_ĐỊNH
arg-value-shell = SHELL
arg-value-place = NƠI
arg-value-other = SỔ_KHÁC
arg-value-n = SỐ
arg-value-key-key-more = KHÓA[,KHÓA...]
arg-value-form = HÌNH_THỨC
arg-value-criterion-value = TIÊU_CHÍ=GIÁ_TRỊ
arg-value-unit = ĐƠN_VỊ
arg-value-subject = ĐỐI_TƯỢNG
arg-value-province = TỈNH
arg-value-phase = GIAI_ĐOẠN
arg-value-metric = CHỈ_TIÊU
arg-value-map-toml = TỆP.toml
arg-value-kind = LOẠI
arg-value-key-key = KHÓA[,KHÓA]
arg-value-key-value = KHÓA=GIÁ_TRỊ
arg-value-k-k-more = KHÓA,KHÓA...
arg-value-field = LĨNH_VỰC
arg-value-district = HUYỆN
arg-value-commune = XÃ
arg-value-addr = ĐỊA_CHỈ
arg-value-by = TỔ_THẨM_ĐỊNH

## src/cmd/completions.rs: tiêu đề các mục của trang hướng dẫn

man-manual = Hướng dẫn sử dụng lệnh
man-name = TÊN
man-synopsis = CÁCH DÙNG
man-description = MÔ TẢ
man-options = TÙY CHỌN
man-subcommands = LỆNH
man-extra = GHI CHÚ
man-version = PHIÊN BẢN
man-authors = TÁC GIẢ
usage-command-word = lệnh
