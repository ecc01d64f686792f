<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="vi">
<context>
    <name>AcceptanceEditor</name>
    <message>
        <source>Ngày nghiệm thu</source>
        <translation>Ngày nghiệm thu</translation>
    </message>
    <message>
        <source>Giờ bắt đầu</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>Giờ kết thúc</source>
        <translation>Giờ kết thúc</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Số quyết định thành lập hội đồng</source>
        <translation>Số quyết định thành lập hội đồng</translation>
    </message>
    <message>
        <source>Ngày quyết định thành lập hội đồng</source>
        <translation>Ngày quyết định thành lập hội đồng</translation>
    </message>
    <message>
        <source>Hội đồng nghiệm thu</source>
        <translation>Hội đồng nghiệm thu</translation>
    </message>
    <message>
        <source>Chữ ký</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Hạng mục</source>
        <translation>Hạng mục</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Ngày quyết định phê duyệt</source>
        <translation>Ngày quyết định phê duyệt</translation>
    </message>
    <message>
        <source>Ngày hợp đồng</source>
        <translation>Ngày hợp đồng</translation>
    </message>
    <message>
        <source>Hồ sơ, chứng từ</source>
        <translation>Hồ sơ, chứng từ</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Xóa bản nháp biên bản nghiệm thu này?</source>
        <translation>Xóa bản nháp biên bản nghiệm thu này?</translation>
    </message>
    <message>
        <source>Hội đồng nghiệm &amp;thu</source>
        <translation>Hội đồng nghiệm &amp;thu</translation>
    </message>
    <message>
        <source>Giờ không đọc được; hãy gõ dạng 08:30.</source>
        <translation>Giờ không đọc được; hãy gõ dạng 08:30.</translation>
    </message>
    <message>
        <source>Thông tin ch&amp;ung, hội đồng</source>
        <translation>Thông tin ch&amp;ung, hội đồng</translation>
    </message>
    <message>
        <source>Hạng &amp;mục, kinh phí</source>
        <translation>Hạng &amp;mục, kinh phí</translation>
    </message>
    <message>
        <source>Hồ &amp;sơ, kết luận</source>
        <translation>Hồ &amp;sơ, kết luận</translation>
    </message>
    <message>
        <source>Ảnh ({n})</source>
        <translation>Ảnh ({n})</translation>
    </message>
    <message>
        <source>Biên bản nghiệm thu</source>
        <translation>Biên bản nghiệm thu</translation>
    </message>
</context>
<context>
    <name>AcceptanceItems</name>
    <message>
        <source>Theo</source>
        <translation>Theo</translation>
    </message>
    <message>
        <source>Tên thiết bị, hạng mục</source>
        <translation>Tên thiết bị, hạng mục</translation>
    </message>
    <message>
        <source>Model, ký hiệu</source>
        <translation>Model, ký hiệu</translation>
    </message>
    <message>
        <source>Thông số kỹ thuật</source>
        <translation>Thông số kỹ thuật</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>ĐVT</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <source>Đơn giá (đ)</source>
        <translation>Đơn giá (đ)</translation>
    </message>
    <message>
        <source>Thành tiền (đ)</source>
        <translation>Thành tiền (đ)</translation>
    </message>
    <message>
        <source>Xuất xứ</source>
        <translation>Xuất xứ</translation>
    </message>
    <message>
        <source>Năm SX</source>
        <translation>Năm SX</translation>
    </message>
    <message>
        <source>Số sê-ri</source>
        <translation>Số sê-ri</translation>
    </message>
    <message>
        <source>Nhà cung cấp</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Số hóa đơn</source>
        <translation>Số hóa đơn</translation>
    </message>
    <message>
        <source>Ngày hóa đơn</source>
        <translation>Ngày hóa đơn</translation>
    </message>
    <message>
        <source>Tình trạng lắp đặt, vận hành</source>
        <translation>Tình trạng lắp đặt, vận hành</translation>
    </message>
    <message>
        <source>Thực tế</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <source>Được duyệt</source>
        <translation>Được duyệt</translation>
    </message>
    <message>
        <source>Khác với được duyệt: {fields}</source>
        <translation>Khác với được duyệt: {fields}</translation>
    </message>
    <message>
        <source>Đúng như được duyệt</source>
        <translation>Đúng như được duyệt</translation>
    </message>
    <message>
        <source>{field} khác với được duyệt: «{approved}» → «{delivered}»</source>
        <translation>{field} khác với được duyệt: «{approved}» → «{delivered}»</translation>
    </message>
    <message>
        <source>Chỉ ghi ở dòng «Thực tế»</source>
        <translation>Chỉ ghi ở dòng «Thực tế»</translation>
    </message>
    <message>
        <source>Chỉ ghi cho thiết bị thực tế bàn giao</source>
        <translation>Chỉ ghi cho thiết bị thực tế bàn giao</translation>
    </message>
</context>
<context>
    <name>AcceptanceMedia</name>
    <message>
        <source>Ảnh (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Hãy nhập họ tên thành viên trước khi ký.</source>
        <translation>Hãy nhập họ tên thành viên trước khi ký.</translation>
    </message>
    <message>
        <source>Chưa lưu được hội đồng nên chưa ký được: {why}</source>
        <translation>Chưa lưu được hội đồng nên chưa ký được: {why}</translation>
    </message>
    <message>
        <source>Ảnh nghiệm thu</source>
        <translation>Ảnh nghiệm thu</translation>
    </message>
    <message>
        <source>Chọn ảnh buổi nghiệm thu</source>
        <translation>Chọn ảnh buổi nghiệm thu</translation>
    </message>
    <message>
        <source>Đang xử lý ảnh {n}/{total}…</source>
        <translation>Đang xử lý ảnh {n}/{total}…</translation>
    </message>
    <message>
        <source>Đang thêm ảnh…</source>
        <translation>Đang thêm ảnh…</translation>
    </message>
    <message>
        <source>Thêm ảnh</source>
        <translation>Thêm ảnh</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Chưa có tài khoản</source>
        <translation>Chưa có tài khoản</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Bị khóa đến {time}</source>
        <translation>Bị khóa đến {time}</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Đăng nhập gần nhất</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <source>Đổi mật khẩu của bạn</source>
        <translation>Đổi mật khẩu của bạn</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Tài khoản cán bộ</source>
        <translation>Tài khoản cán bộ</translation>
    </message>
    <message>
        <source>Ngừng tài khoản</source>
        <translation>Ngừng tài khoản</translation>
    </message>
    <message>
        <source>Tài khoản chỉ có trên máy này, không gửi kèm dữ liệu lên Sở. Tài khoản bị khóa 15 phút sau 5 lần nhập sai mật khẩu liên tiếp; lãnh đạo đơn vị mở khóa được ngay.</source>
        <translation>Tài khoản chỉ có trên máy này, không gửi kèm dữ liệu lên Sở. Tài khoản bị khóa 15 phút sau 5 lần nhập sai mật khẩu liên tiếp; lãnh đạo đơn vị mở khóa được ngay.</translation>
    </message>
    <message>
        <source>&amp;Thêm cán bộ…</source>
        <translation>&amp;Thêm cán bộ…</translation>
    </message>
    <message>
        <source>&amp;Mở khóa</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>Đặt lại mật &amp;khẩu…</source>
        <translation>Đặt lại mật &amp;khẩu…</translation>
    </message>
    <message>
        <source>Đổi &amp;vai trò…</source>
        <translation>Đổi &amp;vai trò…</translation>
    </message>
    <message>
        <source>&amp;Ngừng tài khoản</source>
        <translation>&amp;Ngừng tài khoản</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Cho hoạt độ&amp;ng lại</source>
        <translation>Cho hoạt độ&amp;ng lại</translation>
    </message>
    <message>
        <source>Đã mở khóa tài khoản «{name}».</source>
        <translation>Đã mở khóa tài khoản «{name}».</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu cho {name}</source>
        <translation>Đặt lại mật khẩu cho {name}</translation>
    </message>
    <message>
        <source>Đổi vai trò</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Vai trò của {name}:</source>
        <translation>Vai trò của {name}:</translation>
    </message>
    <message>
        <source>{name} giờ là {role}.</source>
        <translation>{name} giờ là {role}.</translation>
    </message>
    <message>
        <source>Ngừng tài khoản «{name}»?</source>
        <translation>Ngừng tài khoản «{name}»?</translation>
    </message>
    <message>
        <source>Cán bộ này không đăng nhập được nữa; những gì họ đã làm vẫn được giữ trong nhật ký.</source>
        <translation>Cán bộ này không đăng nhập được nữa; những gì họ đã làm vẫn được giữ trong nhật ký.</translation>
    </message>
    <message>
        <source>Tài khoản «{name}» hoạt động trở lại.</source>
        <translation>Tài khoản «{name}» hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Đã ngừng tài khoản «{name}».</source>
        <translation>Đã ngừng tài khoản «{name}».</translation>
    </message>
</context>
<context>
    <name>AcknowledgeInput</name>
    <message>
        <source>Xác nhận</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <source>Thêm &amp;việc cần làm</source>
        <translation>Thêm &amp;việc cần làm</translation>
    </message>
    <message>
        <source>Xóa &amp;dòng</source>
        <translation>Xóa &amp;dòng</translation>
    </message>
    <message>
        <source>Chưa nhập nội dung việc cần làm; dòng này chưa được lưu.</source>
        <translation>Chưa nhập nội dung việc cần làm; dòng này chưa được lưu.</translation>
    </message>
    <message>
        <source>Biên bản đã hoàn tất: chỉ cập nhật được tình trạng thực hiện.</source>
        <translation>Biên bản đã hoàn tất: chỉ cập nhật được tình trạng thực hiện.</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <source>&amp;Quản trị</source>
        <translation>&amp;Quản trị</translation>
    </message>
    <message>
        <source>&amp;Nhật ký thay đổi…</source>
        <translation>&amp;Nhật ký thay đổi…</translation>
    </message>
    <message>
        <source>&amp;Tài khoản cán bộ…</source>
        <translation>&amp;Tài khoản cán bộ…</translation>
    </message>
    <message>
        <source>&amp;Ký hiệu số biên bản…</source>
        <translation>&amp;Ký hiệu số biên bản…</translation>
    </message>
    <message>
        <source>Đổi &amp;mật khẩu…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>Đang làm việc: {name} ({role})</source>
        <translation>Đang làm việc: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>KC Desktop — không mở được dữ liệu</source>
        <translation>KC Desktop — không mở được dữ liệu</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Lịch sử thay đổi — {title}</source>
        <translation>Lịch sử thay đổi — {title}</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Tìm trong nội dung thay đổi, lý do, người thực hiện…</source>
        <translation>Tìm trong nội dung thay đổi, lý do, người thực hiện…</translation>
    </message>
    <message>
        <source>Mọi loại dữ liệu</source>
        <translation>Mọi loại dữ liệu</translation>
    </message>
    <message>
        <source>Mọi người thực hiện</source>
        <translation>Mọi người thực hiện</translation>
    </message>
    <message>
        <source>Mọi đơn vị</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>Từ &amp;ngày</source>
        <translation>Từ &amp;ngày</translation>
    </message>
    <message>
        <source>đến ngà&amp;y</source>
        <translation>đến ngà&amp;y</translation>
    </message>
    <message>
        <source>‹ Trang t&amp;rước</source>
        <translation>‹ Trang t&amp;rước</translation>
    </message>
    <message>
        <source>Trang &amp;sau ›</source>
        <translation>Trang &amp;sau ›</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Không có thay đổi nào khớp với bộ lọc.</source>
        <translation>Không có thay đổi nào khớp với bộ lọc.</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Giá trị cũ</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <source>Giá trị mới</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi: {title}</source>
        <translation>Lịch sử thay đổi: {title}</translation>
    </message>
    <message>
        <source>Mọi thay đổi dữ liệu được ghi lại cùng lúc với thay đổi: ai, lúc nào, trường nào từ giá trị nào sang giá trị nào, và lý do.</source>
        <translation>Mọi thay đổi dữ liệu được ghi lại cùng lúc với thay đổi: ai, lúc nào, trường nào từ giá trị nào sang giá trị nào, và lý do.</translation>
    </message>
    <message>
        <source>{first}–{last} trong {total} thay đổi</source>
        <translation>{first}–{last} trong {total} thay đổi</translation>
    </message>
    <message>
        <source>phiên bản {n}</source>
        <translation>phiên bản {n}</translation>
    </message>
    <message>
        <source>Lý do: {reason}</source>
        <translation>Lý do: {reason}</translation>
    </message>
    <message>
        <source>Tạo hàng loạt khi nhập từ tệp: giá trị ban đầu là giá trị trong tệp đã nhập.</source>
        <translation>Tạo hàng loạt khi nhập từ tệp: giá trị ban đầu là giá trị trong tệp đã nhập.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Loại dữ liệu</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>(chương trình)</source>
        <translation>(chương trình)</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Đã xảy ra lỗi không mong đợi ({kind}). Thao tác chưa hoàn tất; dữ liệu đã lưu trước đó không bị ảnh hưởng. Chi tiết đã được ghi vào nhật ký; hãy thử lại hoặc báo cho bộ phận hỗ trợ.</source>
        <translation>Đã xảy ra lỗi không mong đợi ({kind}). Thao tác chưa hoàn tất; dữ liệu đã lưu trước đó không bị ảnh hưởng. Chi tiết đã được ghi vào nhật ký; hãy thử lại hoặc báo cho bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>Đang hủy, đưa dữ liệu về như cũ…</source>
        <translation>Đang hủy, đưa dữ liệu về như cũ…</translation>
    </message>
    <message>
        <source>Đang xử lý</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Sao lưu và khôi phục ở đây chỉ dành cho cơ sở dữ liệu trên máy này; với máy chủ PostgreSQL hãy dùng công cụ sao lưu của máy chủ.</source>
        <translation>Sao lưu và khôi phục ở đây chỉ dành cho cơ sở dữ liệu trên máy này; với máy chủ PostgreSQL hãy dùng công cụ sao lưu của máy chủ.</translation>
    </message>
    <message>
        <source>Sao lưu dữ liệu</source>
        <translation>Sao lưu dữ liệu</translation>
    </message>
    <message>
        <source>Bản sao lưu vừa ghi không đọc lại được: {why}</source>
        <translation>Bản sao lưu vừa ghi không đọc lại được: {why}</translation>
    </message>
    <message>
        <source>Đã sao lưu dữ liệu vào «{file}» ({what}).</source>
        <translation>Đã sao lưu dữ liệu vào «{file}» ({what}).</translation>
    </message>
    <message>
        <source>Đang sao lưu dữ liệu…</source>
        <translation>Đang sao lưu dữ liệu…</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Khôi phục dữ liệu</translation>
    </message>
    <message>
        <source>Kiểm tra dữ liệu khi khởi động phát hiện lỗi: {problem}

Khôi phục từ bản sao lưu tốt gần nhất «{file}»?</source>
        <translation>Kiểm tra dữ liệu khi khởi động phát hiện lỗi: {problem}

Khôi phục từ bản sao lưu tốt gần nhất «{file}»?</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu từ bản sao lưu «{file}»?</source>
        <translation>Khôi phục dữ liệu từ bản sao lưu «{file}»?</translation>
    </message>
    <message>
        <source>Bản sao lưu KC Desktop (*.kcbak *.sqlite *.db);;Tất cả tệp (*)</source>
        <translation>Bản sao lưu KC Desktop (*.kcbak *.sqlite *.db);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Bản sao lưu {what}. Dữ liệu đang dùng được giữ lại thành một bản sao lưu trong thư mục «{folder}» trước khi thay; những gì nhập sau thời điểm sao lưu sẽ không có trong dữ liệu khôi phục. Sau khi khôi phục, hãy đọc gói khôi phục của Sở (Đồng bộ → «Đọc biên nhận / gói danh mục của Sở…») để lấy lại những gì đã gửi Sở sau lần sao lưu này.</source>
        <translation>Bản sao lưu {what}. Dữ liệu đang dùng được giữ lại thành một bản sao lưu trong thư mục «{folder}» trước khi thay; những gì nhập sau thời điểm sao lưu sẽ không có trong dữ liệu khôi phục. Sau khi khôi phục, hãy đọc gói khôi phục của Sở (Đồng bộ → «Đọc biên nhận / gói danh mục của Sở…») để lấy lại những gì đã gửi Sở sau lần sao lưu này.</translation>
    </message>
    <message>
        <source>Bản sao lưu «{file}» là của đơn vị {backup_code} – {backup_name}, không phải của đơn vị đang dùng {code} – {name}. Vẫn thay dữ liệu của {code} bằng dữ liệu của {backup_code}?</source>
        <translation>Bản sao lưu «{file}» là của đơn vị {backup_code} – {backup_name}, không phải của đơn vị đang dùng {code} – {name}. Vẫn thay dữ liệu của {code} bằng dữ liệu của {backup_code}?</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Thay bằng dữ liệu đơn vị khác</source>
        <translation>Thay bằng dữ liệu đơn vị khác</translation>
    </message>
    <message>
        <source>Dữ liệu bị hỏng</source>
        <translation>Dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ «{file}» ({what}).</source>
        <translation>Đã khôi phục dữ liệu từ «{file}» ({what}).</translation>
    </message>
    <message>
        <source>Dữ liệu trước khi khôi phục được giữ lại tại «{kept}».</source>
        <translation>Dữ liệu trước khi khôi phục được giữ lại tại «{kept}».</translation>
    </message>
    <message>
        <source>Đang khôi phục dữ liệu…</source>
        <translation>Đang khôi phục dữ liệu…</translation>
    </message>
    <message>
        <source>KC Desktop — không mở được dữ liệu</source>
        <translation>KC Desktop — không mở được dữ liệu</translation>
    </message>
    <message>
        <source>Không sao lưu tự động được: {why}</source>
        <translation>Không sao lưu tự động được: {why}</translation>
    </message>
    <message>
        <source>Sao lưu tự động</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <source>Đã sao lưu tự động vào «{file}».</source>
        <translation>Đã sao lưu tự động vào «{file}».</translation>
    </message>
    <message>
        <source>Kiểm tra dữ liệu khi khởi động phát hiện lỗi: {problem}

Không có bản sao lưu tốt nào để khôi phục. Hãy sao lưu ngay dữ liệu hiện tại (Tệp → Sao lưu dữ liệu…) và liên hệ bộ phận hỗ trợ.</source>
        <translation>Kiểm tra dữ liệu khi khởi động phát hiện lỗi: {problem}

Không có bản sao lưu tốt nào để khôi phục. Hãy sao lưu ngay dữ liệu hiện tại (Tệp → Sao lưu dữ liệu…) và liên hệ bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>Đang tìm bản sao lưu tốt gần nhất…</source>
        <translation>Đang tìm bản sao lưu tốt gần nhất…</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu: {problem}

Khôi phục từ bản sao lưu tốt gần nhất «{file}»?</source>
        <translation>Không mở được cơ sở dữ liệu: {problem}

Khôi phục từ bản sao lưu tốt gần nhất «{file}»?</translation>
    </message>
    <message>
        <source>Bản sao lưu {what}. Tệp hỏng được giữ lại trong thư mục «{folder}»; những gì nhập sau thời điểm sao lưu sẽ không có trong dữ liệu khôi phục.</source>
        <translation>Bản sao lưu {what}. Tệp hỏng được giữ lại trong thư mục «{folder}»; những gì nhập sau thời điểm sao lưu sẽ không có trong dữ liệu khôi phục.</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Tệp hỏng được giữ lại tại «{kept}».</source>
        <translation>Tệp hỏng được giữ lại tại «{kept}».</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>Chọn thư mục để lưu các biên bản in ra</source>
        <translation>Chọn thư mục để lưu các biên bản in ra</translation>
    </message>
    <message>
        <source>Đang in biên bản {n}/{total}: {name}</source>
        <translation>Đang in biên bản {n}/{total}: {name}</translation>
    </message>
    <message>
        <source>{why}

Không có tệp nào của lần in này được giữ lại; các tệp có sẵn trong thư mục không bị thay đổi.</source>
        <translation>{why}

Không có tệp nào của lần in này được giữ lại; các tệp có sẵn trong thư mục không bị thay đổi.</translation>
    </message>
    <message>
        <source>Chưa in được</source>
        <translation>Chưa in được</translation>
    </message>
    <message>
        <source>Đã hủy in. Không có tệp nào của lần in này được giữ lại; các tệp có sẵn trong thư mục không bị thay đổi.</source>
        <translation>Đã hủy in. Không có tệp nào của lần in này được giữ lại; các tệp có sẵn trong thư mục không bị thay đổi.</translation>
    </message>
    <message>
        <source>In hàng loạt</source>
        <translation>In hàng loạt</translation>
    </message>
    <message>
        <source>Đang chuẩn bị in {n} biên bản…</source>
        <translation>Đang chuẩn bị in {n} biên bản…</translation>
    </message>
    <message>
        <source>Đã in {n} biên bản vào thư mục:&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>Đã in {n} biên bản vào thư mục:&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{n} biên bản còn là bản nháp: bản in có dòng chữ «BẢN NHÁP» và chưa có số, không dùng để ký chính thức.</source>
        <translation>{n} biên bản còn là bản nháp: bản in có dòng chữ «BẢN NHÁP» và chưa có số, không dùng để ký chính thức.</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Nội dung kiểm tra</source>
        <translation>Nội dung kiểm tra</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Ghi chú (số, ngày chứng từ…)</source>
        <translation>Ghi chú (số, ngày chứng từ…)</translation>
    </message>
</context>
<context>
    <name>ChoosePassphraseDialog</name>
    <message>
        <source>Bản sao lưu chứa toàn bộ dữ liệu, khóa của đơn vị và mọi ảnh, chữ ký, nên được mã hóa bằng mật khẩu này. Sao lưu tự động hằng ngày không cần nhập lại; chỉ khi khôi phục mới cần.

• Dùng ít nhất {n} ký tự, dễ đọc khi cần (ví dụ một câu ngắn có số).
• Ghi ra giấy, cho vào phong bì niêm phong, cất trong tủ của đơn vị, không để cùng máy tính hay cùng USB sao lưu.
• Mật khẩu không được lưu ở đâu trong chương trình: mất mật khẩu thì không mở được bản sao lưu.
• Các bản sao lưu cũ vẫn mở bằng mật khẩu đã dùng khi lập chúng.</source>
        <translation>Bản sao lưu chứa toàn bộ dữ liệu, khóa của đơn vị và mọi ảnh, chữ ký, nên được mã hóa bằng mật khẩu này. Sao lưu tự động hằng ngày không cần nhập lại; chỉ khi khôi phục mới cần.

• Dùng ít nhất {n} ký tự, dễ đọc khi cần (ví dụ một câu ngắn có số).
• Ghi ra giấy, cho vào phong bì niêm phong, cất trong tủ của đơn vị, không để cùng máy tính hay cùng USB sao lưu.
• Mật khẩu không được lưu ở đâu trong chương trình: mất mật khẩu thì không mở được bản sao lưu.
• Các bản sao lưu cũ vẫn mở bằng mật khẩu đã dùng khi lập chúng.</translation>
    </message>
    <message>
        <source>Mật khẩu sao lưu:</source>
        <translation>Mật khẩu sao lưu:</translation>
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation>Nhập lại:</translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <source>Những điều phát hiện</source>
        <translation>Những điều phát hiện</translation>
    </message>
    <message>
        <source>Những điều phát hiện qua khảo sát, kiểm tra…</source>
        <translation>Những điều phát hiện qua khảo sát, kiểm tra…</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Kết luận của đoàn…</source>
        <translation>Kết luận của đoàn…</translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Kiến nghị, đề xuất…</source>
        <translation>Kiến nghị, đề xuất…</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Mỗi nơi nhận một dòng, ví dụ:
Sở Công Thương Hà Nội;
Cơ sở …;
Lưu: VT.</source>
        <translation>Mỗi nơi nhận một dòng, ví dụ:
Sở Công Thương Hà Nội;
Cơ sở …;
Lưu: VT.</translation>
    </message>
    <message>
        <source>Mỗi nơi nhận một bản: «lập thành … bản» đếm theo danh sách này. Chưa sửa thì danh sách đi theo thành phần tham dự.</source>
        <translation>Mỗi nơi nhận một bản: «lập thành … bản» đếm theo danh sách này. Chưa sửa thì danh sách đi theo thành phần tham dự.</translation>
    </message>
    <message>
        <source>Bỏ danh sách đã sửa, lập lại theo thành phần tham dự</source>
        <translation>Bỏ danh sách đã sửa, lập lại theo thành phần tham dự</translation>
    </message>
    <message>
        <source>&amp;Lập lại theo thành phần</source>
        <translation>&amp;Lập lại theo thành phần</translation>
    </message>
    <message>
        <source>Việc cần làm sau biên bản</source>
        <translation>Việc cần làm sau biên bản</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <source>Sự phù hợp với nội dung được duyệt và hồ sơ, chứng từ</source>
        <translation>Sự phù hợp với nội dung được duyệt và hồ sơ, chứng từ</translation>
    </message>
    <message>
        <source>Nhận xét, kết luận chi tiết của hội đồng…</source>
        <translation>Nhận xét, kết luận chi tiết của hội đồng…</translation>
    </message>
    <message>
        <source>Kiến nghị, đề xuất (nếu có)…</source>
        <translation>Kiến nghị, đề xuất (nếu có)…</translation>
    </message>
    <message>
        <source>Mỗi nơi nhận một dòng, ví dụ:
Sở Công Thương Hà Nội;
Cơ sở thụ hưởng;
Lưu: VT.</source>
        <translation>Mỗi nơi nhận một dòng, ví dụ:
Sở Công Thương Hà Nội;
Cơ sở thụ hưởng;
Lưu: VT.</translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>&amp;Kết luận của hội đồng</source>
        <translation>&amp;Kết luận của hội đồng</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Nơi nhận in ở góc dưới bên trái biên bản, mỗi dòng một nơi.</source>
        <translation>Nơi nhận in ở góc dưới bên trái biên bản, mỗi dòng một nơi.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Làng nghề</source>
        <translation>Làng nghề</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Đề án</source>
        <translation>Đề án</translation>
    </message>
    <message>
        <source>Cơ sở thụ hưởng đề án</source>
        <translation>Cơ sở thụ hưởng đề án</translation>
    </message>
    <message>
        <source>Trạng thái đề án</source>
        <translation>Trạng thái đề án</translation>
    </message>
    <message>
        <source>Mẫu phiếu</source>
        <translation>Mẫu phiếu</translation>
    </message>
    <message>
        <source>Biên bản khảo sát, kiểm tra</source>
        <translation>Biên bản khảo sát, kiểm tra</translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Nghiệm thu</source>
        <translation>Nghiệm thu</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tiêu đề</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Đã xóa lúc</source>
        <translation>Đã xóa lúc</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Khi cả hai bên cùng sửa một bản ghi từ lần đồng bộ trước, chương trình áp dụng thay đổi mới hơn và giữ giá trị kia ở đây. Với mỗi trường, chọn giá trị giữ lại rồi bấm «Lưu quyết định»; quyết định được gửi đi ở lần đồng bộ sau.</source>
        <translation>Khi cả hai bên cùng sửa một bản ghi từ lần đồng bộ trước, chương trình áp dụng thay đổi mới hơn và giữ giá trị kia ở đây. Với mỗi trường, chọn giá trị giữ lại rồi bấm «Lưu quyết định»; quyết định được gửi đi ở lần đồng bộ sau.</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Loại dữ liệu</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Từ đơn vị</source>
        <translation>Từ đơn vị</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Không có xung đột nào cần giải quyết.</source>
        <translation>Không có xung đột nào cần giải quyết.</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Giá trị đang áp dụng</source>
        <translation>Giá trị đang áp dụng</translation>
    </message>
    <message>
        <source>Giá trị kia</source>
        <translation>Giá trị kia</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Lưu quyết định</source>
        <translation>Lưu quyết định</translation>
    </message>
    <message>
        <source>Xung đột cần giải quyết</source>
        <translation>Xung đột cần giải quyết</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind} «{title}»&lt;/b&gt;: {n} trường khác nhau.</source>
        <translation>&lt;b&gt;{kind} «{title}»&lt;/b&gt;: {n} trường khác nhau.</translation>
    </message>
    <message>
        <source>Giữ giá trị đang áp dụng</source>
        <translation>Giữ giá trị đang áp dụng</translation>
    </message>
    <message>
        <source>Dùng giá trị kia</source>
        <translation>Dùng giá trị kia</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Đạt, đề nghị nghiệm thu</source>
        <translation>Đạt, đề nghị nghiệm thu</translation>
    </message>
    <message>
        <source>Đạt có điều kiện</source>
        <translation>Đạt có điều kiện</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Chủ tịch hội đồng</source>
        <translation>Chủ tịch hội đồng</translation>
    </message>
    <message>
        <source>Thư ký</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Ủy viên</source>
        <translation>Ủy viên</translation>
    </message>
    <message>
        <source>Đại diện cơ sở thụ hưởng</source>
        <translation>Đại diện cơ sở thụ hưởng</translation>
    </message>
    <message>
        <source>Phường</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Đặc khu</source>
        <translation>Đặc khu</translation>
    </message>
    <message>
        <source>Doanh nghiệp</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Hợp tác xã</source>
        <translation>Hợp tác xã</translation>
    </message>
    <message>
        <source>Tổ hợp tác</source>
        <translation>Tổ hợp tác</translation>
    </message>
    <message>
        <source>Hộ kinh doanh</source>
        <translation>Hộ kinh doanh</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Lãnh đạo đơn vị</source>
        <translation>Lãnh đạo đơn vị</translation>
    </message>
    <message>
        <source>Quản trị của Sở</source>
        <translation>Quản trị của Sở</translation>
    </message>
    <message>
        <source>Cấp xã/phường</source>
        <translation>Cấp xã/phường</translation>
    </message>
    <message>
        <source>Cấp huyện (cũ)</source>
        <translation>Cấp huyện (cũ)</translation>
    </message>
    <message>
        <source>Cấp thành phố (Sở Công Thương)</source>
        <translation>Cấp thành phố (Sở Công Thương)</translation>
    </message>
    <message>
        <source>Khuyến công quốc gia</source>
        <translation>Khuyến công quốc gia</translation>
    </message>
    <message>
        <source>Khuyến công địa phương</source>
        <translation>Khuyến công địa phương</translation>
    </message>
    <message>
        <source>Đề xuất</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Đã khảo sát</source>
        <translation>Đã khảo sát</translation>
    </message>
    <message>
        <source>Đã phê duyệt</source>
        <translation>Đã phê duyệt</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Đã kiểm tra</source>
        <translation>Đã kiểm tra</translation>
    </message>
    <message>
        <source>Đã nghiệm thu</source>
        <translation>Đã nghiệm thu</translation>
    </message>
    <message>
        <source>Đã quyết toán</source>
        <translation>Đã quyết toán</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Theo Nghị định 45/2012/NĐ-CP (phê duyệt trước 15/10/2025)</source>
        <translation>Theo Nghị định 45/2012/NĐ-CP (phê duyệt trước 15/10/2025)</translation>
    </message>
    <message>
        <source>Theo Nghị định 235/2025/NĐ-CP (phê duyệt từ 15/10/2025)</source>
        <translation>Theo Nghị định 235/2025/NĐ-CP (phê duyệt từ 15/10/2025)</translation>
    </message>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Đã thực hiện</source>
        <translation>Đã thực hiện</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Đã hoàn tất</source>
        <translation>Đã hoàn tất</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Khảo sát, thẩm tra</source>
        <translation>Khảo sát, thẩm tra</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Nghiệm thu</source>
        <translation>Nghiệm thu</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Ngừng dùng</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <source>Tên cơ sở</source>
        <translation>Tên cơ sở</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Mã số thuế / Số định danh</source>
        <translation>Mã số thuế / Số định danh</translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <translation>Người đại diện</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Thôn/Tổ dân phố</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Xã/Phường</source>
        <translation>Xã/Phường</translation>
    </message>
    <message>
        <source>Quận/Huyện cũ</source>
        <translation>Quận/Huyện cũ</translation>
    </message>
    <message>
        <source>Làng nghề</source>
        <translation>Làng nghề</translation>
    </message>
    <message>
        <source>Nhóm ngành</source>
        <translation>Nhóm ngành</translation>
    </message>
    <message>
        <source>Ngành nghề</source>
        <translation>Ngành nghề</translation>
    </message>
    <message>
        <source>Sản phẩm chính</source>
        <translation>Sản phẩm chính</translation>
    </message>
    <message>
        <source>Số lao động</source>
        <translation>Số lao động</translation>
    </message>
    <message>
        <source>Chủ cơ sở là nữ</source>
        <translation>Chủ cơ sở là nữ</translation>
    </message>
    <message>
        <source>Chủ cơ sở là người dân tộc thiểu số</source>
        <translation>Chủ cơ sở là người dân tộc thiểu số</translation>
    </message>
    <message>
        <source>Vĩ độ</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <source>Kinh độ</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Nội dung thực hiện đúng với nội dung được phê duyệt</source>
        <translation>Nội dung thực hiện đúng với nội dung được phê duyệt</translation>
    </message>
    <message>
        <source>Hợp đồng mua bán, cung cấp thiết bị</source>
        <translation>Hợp đồng mua bán, cung cấp thiết bị</translation>
    </message>
    <message>
        <source>Hóa đơn giá trị gia tăng</source>
        <translation>Hóa đơn giá trị gia tăng</translation>
    </message>
    <message>
        <source>Biên bản bàn giao, phiếu xuất kho</source>
        <translation>Biên bản bàn giao, phiếu xuất kho</translation>
    </message>
    <message>
        <source>Giấy chứng nhận xuất xứ, chất lượng (CO, CQ)</source>
        <translation>Giấy chứng nhận xuất xứ, chất lượng (CO, CQ)</translation>
    </message>
    <message>
        <source>Biên bản lắp đặt, chạy thử</source>
        <translation>Biên bản lắp đặt, chạy thử</translation>
    </message>
    <message>
        <source>Chứng từ thanh toán phần vốn đối ứng</source>
        <translation>Chứng từ thanh toán phần vốn đối ứng</translation>
    </message>
    <message>
        <source>Tài khoản này không được hoàn tất biên bản.</source>
        <translation>Tài khoản này không được hoàn tất biên bản.</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo đơn vị mới được sửa biên bản đã hoàn tất (lập bản đính chính).</source>
        <translation>Chỉ lãnh đạo đơn vị mới được sửa biên bản đã hoàn tất (lập bản đính chính).</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo đơn vị (hoặc quản trị của Sở) mới được tin cậy hay thu hồi khóa của đơn vị khác.</source>
        <translation>Chỉ lãnh đạo đơn vị (hoặc quản trị của Sở) mới được tin cậy hay thu hồi khóa của đơn vị khác.</translation>
    </message>
    <message>
        <source>Chỉ quản trị của Sở mới được phát hành danh mục, mức hỗ trợ và biên nhận cho các đơn vị.</source>
        <translation>Chỉ quản trị của Sở mới được phát hành danh mục, mức hỗ trợ và biên nhận cho các đơn vị.</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo đơn vị mới được quyết định giữ bản nào khi có xung đột.</source>
        <translation>Chỉ lãnh đạo đơn vị mới được quyết định giữ bản nào khi có xung đột.</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo đơn vị mới được quản lý tài khoản (thêm cán bộ, mở khóa, đặt lại mật khẩu).</source>
        <translation>Chỉ lãnh đạo đơn vị mới được quản lý tài khoản (thêm cán bộ, mở khóa, đặt lại mật khẩu).</translation>
    </message>
    <message>
        <source>Tài khoản này không được xem nhật ký thay đổi.</source>
        <translation>Tài khoản này không được xem nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo đơn vị mới được đặt hoặc đổi mật khẩu sao lưu.</source>
        <translation>Chỉ lãnh đạo đơn vị mới được đặt hoặc đổi mật khẩu sao lưu.</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo đơn vị mới được chọn ký hiệu số biên bản của đơn vị.</source>
        <translation>Chỉ lãnh đạo đơn vị mới được chọn ký hiệu số biên bản của đơn vị.</translation>
    </message>
    <message>
        <source>Tạo mới</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Đề án</source>
        <translation>Đề án</translation>
    </message>
    <message>
        <source>Cơ sở thụ hưởng đề án</source>
        <translation>Cơ sở thụ hưởng đề án</translation>
    </message>
    <message>
        <source>Trạng thái đề án</source>
        <translation>Trạng thái đề án</translation>
    </message>
    <message>
        <source>Mẫu phiếu</source>
        <translation>Mẫu phiếu</translation>
    </message>
    <message>
        <source>Biên bản khảo sát, kiểm tra</source>
        <translation>Biên bản khảo sát, kiểm tra</translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Ảnh, chữ ký</source>
        <translation>Ảnh, chữ ký</translation>
    </message>
    <message>
        <source>Biên bản nghiệm thu</source>
        <translation>Biên bản nghiệm thu</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Khóa đơn vị tin cậy</source>
        <translation>Khóa đơn vị tin cậy</translation>
    </message>
    <message>
        <source>Thiết lập của đơn vị</source>
        <translation>Thiết lập của đơn vị</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tiêu đề / chức vụ</source>
        <translation>Tiêu đề / chức vụ</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Đã xóa lúc</source>
        <translation>Đã xóa lúc</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Cấp đơn vị</source>
        <translation>Cấp đơn vị</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Số biên bản</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <source>Số thứ tự</source>
        <translation>Số thứ tự</translation>
    </message>
    <message>
        <source>Hoàn tất lúc</source>
        <translation>Hoàn tất lúc</translation>
    </message>
    <message>
        <source>Lý do đính chính</source>
        <translation>Lý do đính chính</translation>
    </message>
    <message>
        <source>Thay thế biên bản</source>
        <translation>Thay thế biên bản</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Ngày lập</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Phát hiện</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Ngày nghiệm thu</source>
        <translation>Ngày nghiệm thu</translation>
    </message>
    <message>
        <source>Giờ bắt đầu</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>Giờ kết thúc</source>
        <translation>Giờ kết thúc</translation>
    </message>
    <message>
        <source>Nội dung kết luận</source>
        <translation>Nội dung kết luận</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Từ trạng thái</source>
        <translation>Từ trạng thái</translation>
    </message>
    <message>
        <source>Sang trạng thái</source>
        <translation>Sang trạng thái</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Lúc</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Người chuyển</source>
        <translation>Người chuyển</translation>
    </message>
    <message>
        <source>Lý do hủy</source>
        <translation>Lý do hủy</translation>
    </message>
    <message>
        <source>Chú thích</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Câu hỏi</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Thuộc loại</source>
        <translation>Thuộc loại</translation>
    </message>
    <message>
        <source>Thuộc bản ghi</source>
        <translation>Thuộc bản ghi</translation>
    </message>
    <message>
        <source>Mã băm tệp</source>
        <translation>Mã băm tệp</translation>
    </message>
    <message>
        <source>Loại tệp</source>
        <translation>Loại tệp</translation>
    </message>
    <message>
        <source>Rộng</source>
        <translation>Rộng</translation>
    </message>
    <message>
        <source>Cao</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Chụp lúc</source>
        <translation>Chụp lúc</translation>
    </message>
    <message>
        <source>Được thành phố công nhận</source>
        <translation>Được thành phố công nhận</translation>
    </message>
    <message>
        <source>Quyết định công nhận</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <source>Ngày công nhận</source>
        <translation>Ngày công nhận</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Nội dung mẫu phiếu</source>
        <translation>Nội dung mẫu phiếu</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Khóa đến</source>
        <translation>Khóa đến</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>Tổng kinh phí</source>
        <translation>Tổng kinh phí</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công</source>
        <translation>Kinh phí khuyến công</translation>
    </message>
    <message>
        <source>Vốn đối ứng</source>
        <translation>Vốn đối ứng</translation>
    </message>
    <message>
        <source>Đã tạm ứng</source>
        <translation>Đã tạm ứng</translation>
    </message>
    <message>
        <source>Quyết toán</source>
        <translation>Quyết toán</translation>
    </message>
    <message>
        <source>Quyết định phê duyệt số</source>
        <translation>Quyết định phê duyệt số</translation>
    </message>
    <message>
        <source>Ngày phê duyệt</source>
        <translation>Ngày phê duyệt</translation>
    </message>
    <message>
        <source>Hợp đồng số</source>
        <translation>Hợp đồng số</translation>
    </message>
    <message>
        <source>Ngày hợp đồng</source>
        <translation>Ngày hợp đồng</translation>
    </message>
    <message>
        <source>Quyết định thành lập hội đồng số</source>
        <translation>Quyết định thành lập hội đồng số</translation>
    </message>
    <message>
        <source>Ngày quyết định thành lập hội đồng</source>
        <translation>Ngày quyết định thành lập hội đồng</translation>
    </message>
    <message>
        <source>Việc cần làm khi hoàn tất</source>
        <translation>Việc cần làm khi hoàn tất</translation>
    </message>
    <message>
        <source>Năm kế hoạch</source>
        <translation>Năm kế hoạch</translation>
    </message>
    <message>
        <source>Đợt</source>
        <translation>Đợt</translation>
    </message>
    <message>
        <source>Nguồn kinh phí</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <source>Nội dung hỗ trợ</source>
        <translation>Nội dung hỗ trợ</translation>
    </message>
    <message>
        <source>Áp dụng quy định</source>
        <translation>Áp dụng quy định</translation>
    </message>
    <message>
        <source>Bắt đầu (dự kiến)</source>
        <translation>Bắt đầu (dự kiến)</translation>
    </message>
    <message>
        <source>Kết thúc (dự kiến)</source>
        <translation>Kết thúc (dự kiến)</translation>
    </message>
    <message>
        <source>Máy này</source>
        <translation>Máy này</translation>
    </message>
    <message>
        <source>Ký hiệu số biên bản</source>
        <translation>Ký hiệu số biên bản</translation>
    </message>
    <message>
        <source>Theo phường, xã</source>
        <translation>Theo phường, xã</translation>
    </message>
    <message>
        <source>Phường, xã</source>
        <translation>Phường, xã</translation>
    </message>
    <message>
        <source>Theo huyện cũ</source>
        <translation>Theo huyện cũ</translation>
    </message>
    <message>
        <source>Theo huyện cũ (trước 1/7/2025)</source>
        <translation>Theo huyện cũ (trước 1/7/2025)</translation>
    </message>
    <message>
        <source>Huyện cũ</source>
        <translation>Huyện cũ</translation>
    </message>
    <message>
        <source>Theo nội dung hỗ trợ</source>
        <translation>Theo nội dung hỗ trợ</translation>
    </message>
    <message>
        <source>Theo nguồn kinh phí</source>
        <translation>Theo nguồn kinh phí</translation>
    </message>
    <message>
        <source>Phường, xã × nội dung × nguồn</source>
        <translation>Phường, xã × nội dung × nguồn</translation>
    </message>
    <message>
        <source>Theo phường, xã, nội dung hỗ trợ và nguồn kinh phí</source>
        <translation>Theo phường, xã, nội dung hỗ trợ và nguồn kinh phí</translation>
    </message>
    <message>
        <source>Tất cả các đơn vị</source>
        <translation>Tất cả các đơn vị</translation>
    </message>
    <message>
        <source>(chưa có cơ sở thụ hưởng)</source>
        <translation>(chưa có cơ sở thụ hưởng)</translation>
    </message>
    <message>
        <source>(không ghi huyện cũ)</source>
        <translation>(không ghi huyện cũ)</translation>
    </message>
    <message>
        <source>(chưa chọn nội dung hỗ trợ)</source>
        <translation>(chưa chọn nội dung hỗ trợ)</translation>
    </message>
</context>
<context>
    <name>CouncilTable</name>
    <message>
        <source>Thêm thành &amp;viên</source>
        <translation>Thêm thành &amp;viên</translation>
    </message>
    <message>
        <source>Xóa thà&amp;nh viên</source>
        <translation>Xóa thà&amp;nh viên</translation>
    </message>
    <message>
        <source>Bỏ &amp;chữ ký</source>
        <translation>Bỏ &amp;chữ ký</translation>
    </message>
    <message>
        <source>Ký ch&amp;o người đang chọn…</source>
        <translation>Ký ch&amp;o người đang chọn…</translation>
    </message>
    <message>
        <source>Ký trên máy, hoặc đánh dấu đã ký trên giấy, cho thành viên đang chọn</source>
        <translation>Ký trên máy, hoặc đánh dấu đã ký trên giấy, cho thành viên đang chọn</translation>
    </message>
    <message>
        <source>Xóa chữ ký (hoặc dấu «đã ký trên giấy») của thành viên đang chọn để ký lại</source>
        <translation>Xóa chữ ký (hoặc dấu «đã ký trên giấy») của thành viên đang chọn để ký lại</translation>
    </message>
    <message>
        <source>Vai trò: Chủ tịch hội đồng, Thư ký, Ủy viên, Đại diện cơ sở thụ hưởng. Mỗi người ký trên máy (bấm «Ký…») hoặc ký tay trên bản in.</source>
        <translation>Vai trò: Chủ tịch hội đồng, Thư ký, Ủy viên, Đại diện cơ sở thụ hưởng. Mỗi người ký trên máy (bấm «Ký…») hoặc ký tay trên bản in.</translation>
    </message>
    <message>
        <source>Ký lại…</source>
        <translation>Ký lại…</translation>
    </message>
    <message>
        <source>Ký…</source>
        <translation>Ký…</translation>
    </message>
</context>
<context>
    <name>CraftVillageDialog</name>
    <message>
        <source>Danh mục làng nghề</source>
        <translation>Danh mục làng nghề</translation>
    </message>
    <message>
        <source>Làng nghề</source>
        <translation>Làng nghề</translation>
    </message>
    <message>
        <source>Xã/Phường</source>
        <translation>Xã/Phường</translation>
    </message>
    <message>
        <source>TP công nhận</source>
        <translation>TP công nhận</translation>
    </message>
    <message>
        <source>Số cơ sở</source>
        <translation>Số cơ sở</translation>
    </message>
    <message>
        <source>Ví dụ: Gốm sứ, sơn mài</source>
        <translation>Ví dụ: Gốm sứ, sơn mài</translation>
    </message>
    <message>
        <source>Số, ngày quyết định công nhận</source>
        <translation>Số, ngày quyết định công nhận</translation>
    </message>
    <message>
        <source>Tên làng nghề *</source>
        <translation>Tên làng nghề *</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Được Thành phố &amp;công nhận là làng nghề</source>
        <translation>Được Thành phố &amp;công nhận là làng nghề</translation>
    </message>
    <message>
        <source>Quyết định công nhận</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <source>Theo Nghị định 235/2025/NĐ-CP, cơ sở ở phường chỉ được hỗ trợ khi thuộc làng nghề được Thành phố công nhận.</source>
        <translation>Theo Nghị định 235/2025/NĐ-CP, cơ sở ở phường chỉ được hỗ trợ khi thuộc làng nghề được Thành phố công nhận.</translation>
    </message>
    <message>
        <source>Thêm làng nghề &amp;mới</source>
        <translation>Thêm làng nghề &amp;mới</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Thông tin làng nghề</source>
        <translation>Thông tin làng nghề</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Lịch sử t&amp;hay đổi…</source>
        <translation>Lịch sử t&amp;hay đổi…</translation>
    </message>
    <message>
        <source>Ai đã sửa hồ sơ này, lúc nào, sửa gì và vì sao.</source>
        <translation>Ai đã sửa hồ sơ này, lúc nào, sửa gì và vì sao.</translation>
    </message>
    <message>
        <source>Thêm cơ sở</source>
        <translation>Thêm cơ sở</translation>
    </message>
    <message>
        <source>Sửa cơ sở — {name}</source>
        <translation>Sửa cơ sở — {name}</translation>
    </message>
    <message>
        <source>Cơ sở này đang ở thùng rác. Hãy khôi phục nó trong danh sách để sửa.</source>
        <translation>Cơ sở này đang ở thùng rác. Hãy khôi phục nó trong danh sách để sửa.</translation>
    </message>
    <message>
        <source>Cần điền hoặc sửa trước khi lưu: {names}.</source>
        <translation>Cần điền hoặc sửa trước khi lưu: {names}.</translation>
    </message>
    <message>
        <source>Các mục có dấu * là bắt buộc.</source>
        <translation>Các mục có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>Mở hồ sơ đã có</source>
        <translation>Mở hồ sơ đã có</translation>
    </message>
    <message>
        <source>Tải lại</source>
        <translation>Tải lại</translation>
    </message>
</context>
<context>
    <name>EstablishmentField</name>
    <message>
        <source>Chưa chọn cơ sở</source>
        <translation>Chưa chọn cơ sở</translation>
    </message>
    <message>
        <source>&amp;Chọn…</source>
        <translation>&amp;Chọn…</translation>
    </message>
</context>
<context>
    <name>EstablishmentFields</name>
    <message>
        <source>Thông tin cơ sở</source>
        <translation>Thông tin cơ sở</translation>
    </message>
    <message>
        <source>Người đại diện và liên hệ</source>
        <translation>Người đại diện và liên hệ</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>10 hoặc 13 chữ số (0100233488), hoặc số định danh 12 chữ số</source>
        <translation>10 hoặc 13 chữ số (0100233488), hoặc số định danh 12 chữ số</translation>
    </message>
    <message>
        <source>Ví dụ 0912345678 hoặc 02438251234</source>
        <translation>Ví dụ 0912345678 hoặc 02438251234</translation>
    </message>
    <message>
        <source>tenmien@vidu.vn</source>
        <translation>tenmien@vidu.vn</translation>
    </message>
    <message>
        <source>Ví dụ 20,9752</source>
        <translation>Ví dụ 20,9752</translation>
    </message>
    <message>
        <source>Ví dụ 105,9128</source>
        <translation>Ví dụ 105,9128</translation>
    </message>
    <message>
        <source>Tên quận/huyện trước 1/7/2025, nếu cần</source>
        <translation>Tên quận/huyện trước 1/7/2025, nếu cần</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>(không thuộc làng nghề)</source>
        <translation>(không thuộc làng nghề)</translation>
    </message>
    <message>
        <source>Gõ tên xã/phường để tìm, ví dụ «bat trang»</source>
        <translation>Gõ tên xã/phường để tìm, ví dụ «bat trang»</translation>
    </message>
    <message>
        <source>Chưa rõ</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>Chủ cơ sở là &amp;nữ</source>
        <translation>Chủ cơ sở là &amp;nữ</translation>
    </message>
    <message>
        <source>Chủ cơ sở là người dân tộc thiểu &amp;số</source>
        <translation>Chủ cơ sở là người dân tộc thiểu &amp;số</translation>
    </message>
    <message>
        <source> (đã công nhận)</source>
        <translation> (đã công nhận)</translation>
    </message>
    <message>
        <source>{label} phải là một số, ví dụ 21,0285.</source>
        <translation>{label} phải là một số, ví dụ 21,0285.</translation>
    </message>
</context>
<context>
    <name>EstablishmentFilters</name>
    <message>
        <source>Tất cả</source>
        <translation>Tất cả</translation>
    </message>
</context>
<context>
    <name>EstablishmentPickerDialog</name>
    <message>
        <source>Chọn cơ sở</source>
        <translation>Chọn cơ sở</translation>
    </message>
    <message>
        <source>Tìm theo tên, mã số thuế, người đại diện, xã/phường… (gõ không dấu cũng được)</source>
        <translation>Tìm theo tên, mã số thuế, người đại diện, xã/phường… (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Chọn cơ sở này</source>
        <translation>Chọn cơ sở này</translation>
    </message>
    <message>
        <source>Thôi</source>
        <translation>Thôi</translation>
    </message>
    <message>
        <source>Cơ sở thụ hưởng của đề án:</source>
        <translation>Cơ sở thụ hưởng của đề án:</translation>
    </message>
    <message>
        <source>{n} cơ sở</source>
        <translation>{n} cơ sở</translation>
    </message>
</context>
<context>
    <name>EstablishmentTableModel</name>
    <message>
        <source>Mã số thuế</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Đã xóa (trong thùng rác)</source>
        <translation>Đã xóa (trong thùng rác)</translation>
    </message>
</context>
<context>
    <name>EstablishmentView</name>
    <message>
        <source>Tìm theo tên, mã số thuế, người đại diện, làng nghề… (gõ không dấu cũng được)</source>
        <translation>Tìm theo tên, mã số thuế, người đại diện, làng nghề… (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Thùng &amp;rác (cơ sở đã xóa)</source>
        <translation>Thùng &amp;rác (cơ sở đã xóa)</translation>
    </message>
    <message>
        <source>Danh sách cơ sở công nghiệp nông thôn</source>
        <translation>Danh sách cơ sở công nghiệp nông thôn</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Nhập từ Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <source>&amp;Xuất Excel…</source>
        <translation>&amp;Xuất Excel…</translation>
    </message>
    <message>
        <source>Thêm cơ sở mới (Ctrl+N)</source>
        <translation>Thêm cơ sở mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>{n} cơ sở trong thùng rác</source>
        <translation>{n} cơ sở trong thùng rác</translation>
    </message>
    <message>
        <source>{n} cơ sở</source>
        <translation>{n} cơ sở</translation>
    </message>
    <message>
        <source>Thùng rác trống.</source>
        <translation>Thùng rác trống.</translation>
    </message>
    <message>
        <source>Không có cơ sở nào khớp với điều kiện tìm. Hãy bớt từ tìm hoặc chọn «Tất cả».</source>
        <translation>Không có cơ sở nào khớp với điều kiện tìm. Hãy bớt từ tìm hoặc chọn «Tất cả».</translation>
    </message>
    <message>
        <source>Chưa có cơ sở nào. Bấm «Thêm» để nhập một cơ sở, hoặc «Nhập từ Excel…».</source>
        <translation>Chưa có cơ sở nào. Bấm «Thêm» để nhập một cơ sở, hoặc «Nhập từ Excel…».</translation>
    </message>
    <message>
        <source>Đã lưu «{name}».</source>
        <translation>Đã lưu «{name}».</translation>
    </message>
    <message>
        <source>Xóa cơ sở «{name}»?</source>
        <translation>Xóa cơ sở «{name}»?</translation>
    </message>
    <message>
        <source>Xóa {n} cơ sở đã chọn?</source>
        <translation>Xóa {n} cơ sở đã chọn?</translation>
    </message>
    <message>
        <source>Xóa cơ sở</source>
        <translation>Xóa cơ sở</translation>
    </message>
    <message>
        <source>Cơ sở được chuyển vào thùng rác; có thể khôi phục bất cứ lúc nào.</source>
        <translation>Cơ sở được chuyển vào thùng rác; có thể khôi phục bất cứ lúc nào.</translation>
    </message>
    <message>
        <source>Đã chuyển {n} cơ sở vào thùng rác.</source>
        <translation>Đã chuyển {n} cơ sở vào thùng rác.</translation>
    </message>
    <message>
        <source>Đã khôi phục {n} cơ sở.</source>
        <translation>Đã khôi phục {n} cơ sở.</translation>
    </message>
    <message>
        <source>Xuất danh sách cơ sở</source>
        <translation>Xuất danh sách cơ sở</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã xuất {n} cơ sở ra tệp «{file}».</source>
        <translation>Đã xuất {n} cơ sở ra tệp «{file}».</translation>
    </message>
    <message>
        <source>Đang xuất danh sách cơ sở ra Excel…</source>
        <translation>Đang xuất danh sách cơ sở ra Excel…</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Xuất Excel</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <source>Chưa chọn tệp</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Chọn tệp</source>
        <translation>Chọn tệp</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Chọn tệp Excel</source>
        <translation>Chọn tệp Excel</translation>
    </message>
    <message>
        <source>Chương trình tự tìm dòng tiêu đề và các cột (Tên cơ sở, Mã số thuế, Xã/Phường…). Bước sau cho xem trước từng dòng; chưa có gì được ghi cho đến khi bấm «Nhập».</source>
        <translation>Chương trình tự tìm dòng tiêu đề và các cột (Tên cơ sở, Mã số thuế, Xã/Phường…). Bước sau cho xem trước từng dòng; chưa có gì được ghi cho đến khi bấm «Nhập».</translation>
    </message>
    <message>
        <source>Đường dẫn tới tệp .xlsx, .xls hoặc .ods</source>
        <translation>Đường dẫn tới tệp .xlsx, .xls hoặc .ods</translation>
    </message>
    <message>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Chọn tệp Excel hoặc LibreOffice</source>
        <translation>Chọn tệp Excel hoặc LibreOffice</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Mọi tệp (*)</source>
        <translation>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Mỗi cơ sở một dòng. Cơ sở có mã số thuế đã có trong danh sách sẽ được cập nhật; dòng có lỗi (mã số thuế sai, thiếu tên, xã/phường không rõ…) bị từ chối và được liệt kê kèm lý do.</source>
        <translation>Mỗi cơ sở một dòng. Cơ sở có mã số thuế đã có trong danh sách sẽ được cập nhật; dòng có lỗi (mã số thuế sai, thiếu tên, xã/phường không rõ…) bị từ chối và được liệt kê kèm lý do.</translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <source>KC Desktop — Tạo tài khoản đăng nhập</source>
        <translation>KC Desktop — Tạo tài khoản đăng nhập</translation>
    </message>
    <message>
        <source>Từ phiên bản này, mỗi cán bộ đăng nhập bằng tài khoản riêng, để nhật ký ghi rõ ai đã sửa gì. Hãy tạo tài khoản cho &lt;b&gt;{name}&lt;/b&gt; — {role} của {office}. Tài khoản này thêm được tài khoản cho các cán bộ khác.</source>
        <translation>Từ phiên bản này, mỗi cán bộ đăng nhập bằng tài khoản riêng, để nhật ký ghi rõ ai đã sửa gì. Hãy tạo tài khoản cho &lt;b&gt;{name}&lt;/b&gt; — {role} của {office}. Tài khoản này thêm được tài khoản cho các cán bộ khác.</translation>
    </message>
    <message>
        <source>Ví dụ an.nguyen</source>
        <translation>Ví dụ an.nguyen</translation>
    </message>
    <message>
        <source>Ít nhất 8 ký tự</source>
        <translation>Ít nhất 8 ký tự</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>Tạo tài khoản và đăng nhập</source>
        <translation>Tạo tài khoản và đăng nhập</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Tạo tài khoản đăng nhập</source>
        <translation>Tạo tài khoản đăng nhập</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>KC Desktop — Thiết lập lần đầu</source>
        <translation>KC Desktop — Thiết lập lần đầu</translation>
    </message>
    <message>
        <source>(không gắn với xã/phường)</source>
        <translation>(không gắn với xã/phường)</translation>
    </message>
    <message>
        <source>Gõ tên để tìm, ví dụ «bat trang»</source>
        <translation>Gõ tên để tìm, ví dụ «bat trang»</translation>
    </message>
    <message>
        <source>Xã/Phường *</source>
        <translation>Xã/Phường *</translation>
    </message>
    <message>
        <source>Xã/Phường</source>
        <translation>Xã/Phường</translation>
    </message>
    <message>
        <source>Đơn vị cấp xã/phường cần chọn xã/phường của mình.</source>
        <translation>Đơn vị cấp xã/phường cần chọn xã/phường của mình.</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>Chào mừng đến với KC Desktop</source>
        <translation>Chào mừng đến với KC Desktop</translation>
    </message>
    <message>
        <source>Khai báo đơn vị dùng máy này và cán bộ phụ trách. Thông tin này được in trên biên bản và đi kèm dữ liệu gửi Sở Công Thương; chỉ khai báo một lần.</source>
        <translation>Khai báo đơn vị dùng máy này và cán bộ phụ trách. Thông tin này được in trên biên bản và đi kèm dữ liệu gửi Sở Công Thương; chỉ khai báo một lần.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Mã đơn vị *</source>
        <translation>Mã đơn vị *</translation>
    </message>
    <message>
        <source>Ví dụ BT01</source>
        <translation>Ví dụ BT01</translation>
    </message>
    <message>
        <source>Tên đơn vị *</source>
        <translation>Tên đơn vị *</translation>
    </message>
    <message>
        <source>Ví dụ UBND xã Bát Tràng</source>
        <translation>Ví dụ UBND xã Bát Tràng</translation>
    </message>
    <message>
        <source>Cấp đơn vị</source>
        <translation>Cấp đơn vị</translation>
    </message>
    <message>
        <source>Xã/Phường</source>
        <translation>Xã/Phường</translation>
    </message>
    <message>
        <source>Cán bộ phụ trách (lãnh đạo đơn vị, quản lý tài khoản trên máy này)</source>
        <translation>Cán bộ phụ trách (lãnh đạo đơn vị, quản lý tài khoản trên máy này)</translation>
    </message>
    <message>
        <source>Họ và tên *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>Ví dụ Nguyễn Văn An</source>
        <translation>Ví dụ Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Ví dụ Cán bộ khuyến công</source>
        <translation>Ví dụ Cán bộ khuyến công</translation>
    </message>
    <message>
        <source>Tên đăng nhập *</source>
        <translation>Tên đăng nhập *</translation>
    </message>
    <message>
        <source>Ví dụ an.nguyen</source>
        <translation>Ví dụ an.nguyen</translation>
    </message>
    <message>
        <source>Mật khẩu *</source>
        <translation>Mật khẩu *</translation>
    </message>
    <message>
        <source>Ít nhất 8 ký tự</source>
        <translation>Ít nhất 8 ký tự</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu *</source>
        <translation>Nhập lại mật khẩu *</translation>
    </message>
    <message>
        <source>Tạo &amp;dữ liệu mẫu để dùng thử</source>
        <translation>Tạo &amp;dữ liệu mẫu để dùng thử</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu sử dụng</source>
        <translation>&amp;Bắt đầu sử dụng</translation>
    </message>
    <message>
        <source>Th&amp;oát</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>Thêm 500 cơ sở mẫu (tên, mã số thuế, làng nghề giả lập) để làm quen với chương trình.</source>
        <translation>Thêm 500 cơ sở mẫu (tên, mã số thuế, làng nghề giả lập) để làm quen với chương trình.</translation>
    </message>
</context>
<context>
    <name>FormFiller</name>
    <message>
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Thiếu tệp «{file}» của mẫu phiếu (trang survey, dòng {row}): chưa có lựa chọn nào; hãy đặt tệp cạnh tệp Excel của mẫu rồi nhập lại mẫu phiếu.</source>
        <translation>Thiếu tệp «{file}» của mẫu phiếu (trang survey, dòng {row}): chưa có lựa chọn nào; hãy đặt tệp cạnh tệp Excel của mẫu rồi nhập lại mẫu phiếu.</translation>
    </message>
    <message>
        <source>Khác (ghi rõ)</source>
        <translation>Khác (ghi rõ)</translation>
    </message>
    <message>
        <source>Xóa «{what}» cùng mọi câu trả lời trong đó?</source>
        <translation>Xóa «{what}» cùng mọi câu trả lời trong đó?</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Câu này bắt buộc phải trả lời.</source>
        <translation>Câu này bắt buộc phải trả lời.</translation>
    </message>
</context>
<context>
    <name>GeneralPanel</name>
    <message>
        <source>(không gắn với đề án)</source>
        <translation>(không gắn với đề án)</translation>
    </message>
    <message>
        <source>Đề án:</source>
        <translation>Đề án:</translation>
    </message>
    <message>
        <source>Cơ sở:</source>
        <translation>Cơ sở:</translation>
    </message>
    <message>
        <source>Ngày lập biên bản:</source>
        <translation>Ngày lập biên bản:</translation>
    </message>
    <message>
        <source>Thời gian:</source>
        <translation>Thời gian:</translation>
    </message>
    <message>
        <source>Bắt đầu lúc</source>
        <translation>Bắt đầu lúc</translation>
    </message>
    <message>
        <source>Giờ bắt đầu làm việc tại cơ sở (Mẫu 1.9), ví dụ 08:30</source>
        <translation>Giờ bắt đầu làm việc tại cơ sở (Mẫu 1.9), ví dụ 08:30</translation>
    </message>
    <message>
        <source>kết thúc lúc</source>
        <translation>kết thúc lúc</translation>
    </message>
    <message>
        <source>Giờ kết thúc, ghi ở cuối biên bản, ví dụ 10:30</source>
        <translation>Giờ kết thúc, ghi ở cuối biên bản, ví dụ 10:30</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Ví dụ: Tại xưởng sản xuất của cơ sở, thôn Giang Cao, xã Bát Tràng</source>
        <translation>Ví dụ: Tại xưởng sản xuất của cơ sở, thôn Giang Cao, xã Bát Tràng</translation>
    </message>
    <message>
        <source>Thành phần tham dự</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>{title} (phiên bản {version})</source>
        <translation>{title} (phiên bản {version})</translation>
    </message>
    <message>
        <source>Mẫu phiếu:</source>
        <translation>Mẫu phiếu:</translation>
    </message>
</context>
<context>
    <name>GeoInput</name>
    <message>
        <source>Lấy từ ảnh…</source>
        <translation>Lấy từ ảnh…</translation>
    </message>
    <message>
        <source>Đọc tọa độ GPS ghi trong ảnh chụp</source>
        <translation>Đọc tọa độ GPS ghi trong ảnh chụp</translation>
    </message>
    <message>
        <source>Chọn ảnh có tọa độ GPS</source>
        <translation>Chọn ảnh có tọa độ GPS</translation>
    </message>
    <message>
        <source>Ảnh (*.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.heic *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Ảnh này không có tọa độ GPS.</source>
        <translation>Ảnh này không có tọa độ GPS.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>(Ảnh minh họa «{what}» chưa có trong bản này.)</source>
        <translation>(Ảnh minh họa «{what}» chưa có trong bản này.)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Không đọc được trang «{name}» của hướng dẫn.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Không đọc được trang «{name}» của hướng dẫn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>KC Desktop — Hướng dẫn sử dụng</source>
        <translation>KC Desktop — Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>‹ Quay lại</source>
        <translation>‹ Quay lại</translation>
    </message>
    <message>
        <source>Đi tiếp ›</source>
        <translation>Đi tiếp ›</translation>
    </message>
    <message>
        <source>Mục lục</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>HeadingSection</name>
    <message>
        <source>Đề án:</source>
        <translation>Đề án:</translation>
    </message>
    <message>
        <source>Cơ sở thụ hưởng:</source>
        <translation>Cơ sở thụ hưởng:</translation>
    </message>
    <message>
        <source>&amp;Quyết định phê duyệt số:</source>
        <translation>&amp;Quyết định phê duyệt số:</translation>
    </message>
    <message>
        <source>ví dụ 125/QĐ-SCT</source>
        <translation>ví dụ 125/QĐ-SCT</translation>
    </message>
    <message>
        <source>Hợ&amp;p đồng số:</source>
        <translation>Hợ&amp;p đồng số:</translation>
    </message>
    <message>
        <source>ví dụ 12/2026/HĐ-KC</source>
        <translation>ví dụ 12/2026/HĐ-KC</translation>
    </message>
    <message>
        <source>ví dụ 31/QĐ-TTKC</source>
        <translation>ví dụ 31/QĐ-TTKC</translation>
    </message>
    <message>
        <source>Ngà&amp;y nghiệm thu:</source>
        <translation>Ngà&amp;y nghiệm thu:</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu lúc:</source>
        <translation>&amp;Bắt đầu lúc:</translation>
    </message>
    <message>
        <source>&amp;Kết thúc lúc:</source>
        <translation>&amp;Kết thúc lúc:</translation>
    </message>
    <message>
        <source>Đị&amp;a điểm:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Hội đồng thành lập th&amp;eo quyết định số:</source>
        <translation>Hội đồng thành lập th&amp;eo quyết định số:</translation>
    </message>
    <message>
        <source>ví dụ: Tại xưởng sản xuất của cơ sở, thôn Giang Cao, xã Bát Tràng</source>
        <translation>ví dụ: Tại xưởng sản xuất của cơ sở, thôn Giang Cao, xã Bát Tràng</translation>
    </message>
    <message>
        <source>Buổi nghiệm thu</source>
        <translation>Buổi nghiệm thu</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; — {title}&lt;br&gt;&lt;span style=&apos;color:{muted}&apos;&gt;Kế hoạch năm {year}, đợt {round}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; — {title}&lt;br&gt;&lt;span style=&apos;color:{muted}&apos;&gt;Kế hoạch năm {year}, đợt {round}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>đại diện: {name}</source>
        <translation>đại diện: {name}</translation>
    </message>
</context>
<context>
    <name>ImageInput</name>
    <message>
        <source>Thêm ảnh…</source>
        <translation>Thêm ảnh…</translation>
    </message>
    <message>
        <source>{n} ảnh</source>
        <translation>{n} ảnh</translation>
    </message>
    <message>
        <source>Chưa có ảnh</source>
        <translation>Chưa có ảnh</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Thêm mới</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Bị từ chối</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Dòng</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Tên cơ sở</source>
        <translation>Tên cơ sở</translation>
    </message>
    <message>
        <source>Mã số thuế</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Nhập cơ sở từ Excel</source>
        <translation>Nhập cơ sở từ Excel</translation>
    </message>
    <message>
        <source>‹ &amp;Quay lại</source>
        <translation>‹ &amp;Quay lại</translation>
    </message>
    <message>
        <source>Tiếp ›</source>
        <translation>Tiếp ›</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Xong</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Chưa có gì được ghi. Kiểm tra các dòng rồi bấm «Nhập».</source>
        <translation>Chưa có gì được ghi. Kiểm tra các dòng rồi bấm «Nhập».</translation>
    </message>
    <message>
        <source>Kết quả nhập</source>
        <translation>Kết quả nhập</translation>
    </message>
</context>
<context>
    <name>ItemsTable</name>
    <message>
        <source>&amp;Thêm hạng mục</source>
        <translation>&amp;Thêm hạng mục</translation>
    </message>
    <message>
        <source>Xó&amp;a hạng mục</source>
        <translation>Xó&amp;a hạng mục</translation>
    </message>
    <message>
        <source>khác với được duyệt (di chuột lên ô để xem chi tiết)</source>
        <translation>khác với được duyệt (di chuột lên ô để xem chi tiết)</translation>
    </message>
    <message>
        <source>Dòng «Được duyệt» ghi theo quyết định phê duyệt; dòng «Thực tế» (thiết bị bàn giao) tự lấy theo, chỉ sửa chỗ khác và ghi số sê-ri, hóa đơn, tình trạng.</source>
        <translation>Dòng «Được duyệt» ghi theo quyết định phê duyệt; dòng «Thực tế» (thiết bị bàn giao) tự lấy theo, chỉ sửa chỗ khác và ghi số sê-ri, hóa đơn, tình trạng.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở KC Desktop tiếp theo.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở KC Desktop tiếp theo.</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Ngôn ngữ / &amp;Language</source>
        <translation>Ngôn ngữ / &amp;Language</translation>
    </message>
    <message>
        <source>Không lưu được lựa chọn ngôn ngữ: {why}</source>
        <translation>Không lưu được lựa chọn ngôn ngữ: {why}</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Cán bộ</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>(gõ tên)</source>
        <translation>(gõ tên)</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Bên</source>
        <translation>Bên</translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>(gõ nội dung việc cần làm)</source>
        <translation>(gõ nội dung việc cần làm)</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Đã đính chính</source>
        <translation>Đã đính chính</translation>
    </message>
    <message>
        <source>Bản nháp đính chính</source>
        <translation>Bản nháp đính chính</translation>
    </message>
    <message>
        <source>Đủ thông tin</source>
        <translation>Đủ thông tin</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Đề án</source>
        <translation>Đề án</translation>
    </message>
    <message>
        <source>{code} — {title} (năm {year}, đợt {round})</source>
        <translation>{code} — {title} (năm {year}, đợt {round})</translation>
    </message>
    <message>
        <source>Tổng giá trị (đ)</source>
        <translation>Tổng giá trị (đ)</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công: {kc} đ</source>
        <translation>Kinh phí khuyến công: {kc} đ</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Chữ ký</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Đã ký</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Đã ký trên giấy</source>
        <translation>Đã ký trên giấy</translation>
    </message>
    <message>
        <source>Chưa ký</source>
        <translation>Chưa ký</translation>
    </message>
    <message>
        <source>Đã ký trên máy; chữ ký được in vào biên bản.</source>
        <translation>Đã ký trên máy; chữ ký được in vào biên bản.</translation>
    </message>
    <message>
        <source>Ký tay trên bản in; biên bản để trống chỗ ký cho nét mực.</source>
        <translation>Ký tay trên bản in; biên bản để trống chỗ ký cho nét mực.</translation>
    </message>
    <message>
        <source>Chưa ký: bấm «Ký…» để ký trên máy hoặc đánh dấu đã ký trên giấy.</source>
        <translation>Chưa ký: bấm «Ký…» để ký trên máy hoặc đánh dấu đã ký trên giấy.</translation>
    </message>
    <message>
        <source>{n} lỗi</source>
        <translation>{n} lỗi</translation>
    </message>
    <message>
        <source>Chưa có số: số được cấp khi hoàn tất biên bản.</source>
        <translation>Chưa có số: số được cấp khi hoàn tất biên bản.</translation>
    </message>
    <message>
        <source>(chưa chọn cơ sở)</source>
        <translation>(chưa chọn cơ sở)</translation>
    </message>
    <message>
        <source>{state} · mẫu phiếu: {template}</source>
        <translation>{state} · mẫu phiếu: {template}</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Nghiệm thu</source>
        <translation>Nghiệm thu</translation>
    </message>
    <message>
        <source>Biên bản nháp</source>
        <translation>Biên bản nháp</translation>
    </message>
    <message>
        <source>Ngày biên bản</source>
        <translation>Ngày biên bản</translation>
    </message>
    <message>
        <source>Sửa lần cuối</source>
        <translation>Sửa lần cuối</translation>
    </message>
    <message>
        <source>Còn lỗi</source>
        <translation>Còn lỗi</translation>
    </message>
    <message>
        <source>Còn {n} chỗ phải sửa trước khi hoàn tất biên bản.</source>
        <translation>Còn {n} chỗ phải sửa trước khi hoàn tất biên bản.</translation>
    </message>
    <message>
        <source>Đã đủ thông tin, có thể hoàn tất.</source>
        <translation>Đã đủ thông tin, có thể hoàn tất.</translation>
    </message>
    <message>
        <source>{date} (quá hạn {n} ngày)</source>
        <translation>{date} (quá hạn {n} ngày)</translation>
    </message>
    <message>
        <source>{date} (hôm nay)</source>
        <translation>{date} (hôm nay)</translation>
    </message>
    <message>
        <source>{date} (còn {n} ngày)</source>
        <translation>{date} (còn {n} ngày)</translation>
    </message>
    <message>
        <source>Theo biên bản</source>
        <translation>Theo biên bản</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tên mẫu phiếu</source>
        <translation>Tên mẫu phiếu</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Số câu hỏi</source>
        <translation>Số câu hỏi</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Quốc gia</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Địa phương</source>
        <translation>Địa phương</translation>
    </message>
    <message>
        <source>{n} cảnh báo theo quy định (không chặn việc lưu); mở đề án để xem chi tiết.</source>
        <translation>{n} cảnh báo theo quy định (không chặn việc lưu); mở đề án để xem chi tiết.</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Mã đề án</source>
        <translation>Mã đề án</translation>
    </message>
    <message>
        <source>Tên đề án</source>
        <translation>Tên đề án</translation>
    </message>
    <message>
        <source>Năm · đợt</source>
        <translation>Năm · đợt</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year}, đợt {round}</source>
        <translation>Kế hoạch năm {year}, đợt {round}</translation>
    </message>
    <message>
        <source>Nguồn kinh phí</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <source>{n} cơ sở thụ hưởng</source>
        <translation>{n} cơ sở thụ hưởng</translation>
    </message>
    <message>
        <source>Tổng kinh phí</source>
        <translation>Tổng kinh phí</translation>
    </message>
    <message>
        <source>KP khuyến công</source>
        <translation>KP khuyến công</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công: {amount}</source>
        <translation>Kinh phí khuyến công: {amount}</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Từ trạng thái</source>
        <translation>Từ trạng thái</translation>
    </message>
    <message>
        <source>(tạo mới)</source>
        <translation>(tạo mới)</translation>
    </message>
    <message>
        <source>Sang trạng thái</source>
        <translation>Sang trạng thái</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Xã/Phường</source>
        <translation>Xã/Phường</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công</source>
        <translation>Kinh phí khuyến công</translation>
    </message>
    <message>
        <source>Vốn đối ứng</source>
        <translation>Vốn đối ứng</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Trang</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Cột</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>KC Desktop — Đăng nhập</source>
        <translation>KC Desktop — Đăng nhập</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Ví dụ an.nguyen</source>
        <translation>Ví dụ an.nguyen</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Quên mật khẩu? Nhờ lãnh đạo đơn vị đặt lại trong «Quản trị → Tài khoản cán bộ».</source>
        <translation>Quên mật khẩu? Nhờ lãnh đạo đơn vị đặt lại trong «Quản trị → Tài khoản cán bộ».</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập và mật khẩu.</source>
        <translation>Hãy nhập tên đăng nhập và mật khẩu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hôm nay</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Đề án</source>
        <translation>Đề án</translation>
    </message>
    <message>
        <source>Đề án khuyến công: đề xuất, phê duyệt theo đợt, hợp đồng, kinh phí và theo dõi trạng thái từ đề xuất đến quyết toán.</source>
        <translation>Đề án khuyến công: đề xuất, phê duyệt theo đợt, hợp đồng, kinh phí và theo dõi trạng thái từ đề xuất đến quyết toán.</translation>
    </message>
    <message>
        <source>Khảo sát</source>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <source>Khảo sát, thẩm tra tại cơ sở: tiêu chí, ảnh chụp, kiến nghị; in biên bản khảo sát ngay tại chỗ.</source>
        <translation>Khảo sát, thẩm tra tại cơ sở: tiêu chí, ảnh chụp, kiến nghị; in biên bản khảo sát ngay tại chỗ.</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Kiểm tra thực hiện đề án theo danh mục: kết quả từng mục, phát hiện, việc cần làm và hạn xử lý.</source>
        <translation>Kiểm tra thực hiện đề án theo danh mục: kết quả từng mục, phát hiện, việc cần làm và hạn xử lý.</translation>
    </message>
    <message>
        <source>Nghiệm thu</source>
        <translation>Nghiệm thu</translation>
    </message>
    <message>
        <source>Nghiệm thu: hội đồng, đối chiếu hạng mục được duyệt với thực tế, kinh phí bằng số và bằng chữ, biên bản ký tại chỗ.</source>
        <translation>Nghiệm thu: hội đồng, đối chiếu hạng mục được duyệt với thực tế, kinh phí bằng số và bằng chữ, biên bản ký tại chỗ.</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Xuất dữ liệu gửi Sở (tệp có chữ ký số, mang bằng USB hoặc thư điện tử), nhận biên nhận và danh mục mới từ Sở; không cần mạng.</source>
        <translation>Xuất dữ liệu gửi Sở (tệp có chữ ký số, mang bằng USB hoặc thư điện tử), nhận biên nhận và danh mục mới từ Sở; không cần mạng.</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>KC Desktop — {office}</source>
        <translation>KC Desktop — {office}</translation>
    </message>
    <message>
        <source> — Chế độ Sở</source>
        <translation> — Chế độ Sở</translation>
    </message>
    <message>
        <source>Chọn mục làm việc (Ctrl+1 … Ctrl+{n}); Tab để vào trang</source>
        <translation>Chọn mục làm việc (Ctrl+1 … Ctrl+{n}); Tab để vào trang</translation>
    </message>
    <message>
        <source>&amp;Công việc</source>
        <translation>&amp;Công việc</translation>
    </message>
    <message>
        <source>&amp;Mới…</source>
        <translation>&amp;Mới…</translation>
    </message>
    <message>
        <source>&amp;Tìm trong danh sách</source>
        <translation>&amp;Tìm trong danh sách</translation>
    </message>
    <message>
        <source>Xem trước / &amp;In</source>
        <translation>Xem trước / &amp;In</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;{n} {area}</source>
        <translation>&amp;{n} {area}</translation>
    </message>
    <message>
        <source>&amp;Danh mục làng nghề…</source>
        <translation>&amp;Danh mục làng nghề…</translation>
    </message>
    <message>
        <source>&amp;Sao lưu dữ liệu…</source>
        <translation>&amp;Sao lưu dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu sao lưu…</source>
        <translation>&amp;Mật khẩu sao lưu…</translation>
    </message>
    <message>
        <source>Thoá&amp;t</source>
        <translation>Thoá&amp;t</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu KC Desktop</source>
        <translation>&amp;Giới thiệu KC Desktop</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Tệ&amp;p</source>
        <translation>Tệ&amp;p</translation>
    </message>
    <message>
        <source>Đơn vị: {name} ({code})</source>
        <translation>Đơn vị: {name} ({code})</translation>
    </message>
    <message>
        <source>Cán bộ: {name}</source>
        <translation>Cán bộ: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chế độ Sở&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chế độ Sở&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu của Sở Công Thương: nhận gói dữ liệu của các đơn vị.</source>
        <translation>Cơ sở dữ liệu của Sở Công Thương: nhận gói dữ liệu của các đơn vị.</translation>
    </message>
    <message>
        <source>CSDL: {path}</source>
        <translation>CSDL: {path}</translation>
    </message>
    <message>
        <source>{n} cơ sở</source>
        <translation>{n} cơ sở</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>{n} xung đột cần giải quyết</source>
        <translation>{n} xung đột cần giải quyết</translation>
    </message>
    <message>
        <source>&lt;b&gt;KC Desktop {version}&lt;/b&gt;&lt;br&gt;Công tác khuyến công tại cơ sở: danh sách cơ sở, đề án, khảo sát, kiểm tra, nghiệm thu và đồng bộ với Sở, không cần mạng.&lt;br&gt;&lt;br&gt;Đơn vị: {office}&lt;br&gt;Cơ sở dữ liệu: {db}</source>
        <translation>&lt;b&gt;KC Desktop {version}&lt;/b&gt;&lt;br&gt;Công tác khuyến công tại cơ sở: danh sách cơ sở, đề án, khảo sát, kiểm tra, nghiệm thu và đồng bộ với Sở, không cần mạng.&lt;br&gt;&lt;br&gt;Đơn vị: {office}&lt;br&gt;Cơ sở dữ liệu: {db}</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Đã tạo {n} cơ sở mẫu.</source>
        <translation>Đã tạo {n} cơ sở mẫu.</translation>
    </message>
    <message>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Không thực hiện được</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Thông báo</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Xem biên bản như khi in, rồi in hoặc lưu thành PDF (Ctrl+P). Bản nháp in ra có dòng chữ «BẢN NHÁP», chưa có số.</source>
        <translation>Xem biên bản như khi in, rồi in hoặc lưu thành PDF (Ctrl+P). Bản nháp in ra có dòng chữ «BẢN NHÁP», chưa có số.</translation>
    </message>
    <message>
        <source>Xem trước / &amp;In</source>
        <translation>Xem trước / &amp;In</translation>
    </message>
    <message>
        <source>In tờ «Tình hình thực hiện kiến nghị»: tình trạng hiện nay của các việc cần thực hiện. Biên bản đã ký giữ nguyên tình trạng lúc ký.</source>
        <translation>In tờ «Tình hình thực hiện kiến nghị»: tình trạng hiện nay của các việc cần thực hiện. Biên bản đã ký giữ nguyên tình trạng lúc ký.</translation>
    </message>
    <message>
        <source>Tình hình thực hiện kiến nghị</source>
        <translation>Tình hình thực hiện kiến nghị</translation>
    </message>
    <message>
        <source>&amp;Xóa bản nháp</source>
        <translation>&amp;Xóa bản nháp</translation>
    </message>
    <message>
        <source>&amp;Lập bản đính chính</source>
        <translation>&amp;Lập bản đính chính</translation>
    </message>
    <message>
        <source>Kiểm tra toàn bộ, cấp số biên bản và khóa lại không cho sửa (Ctrl+Enter, có hỏi lại trước).</source>
        <translation>Kiểm tra toàn bộ, cấp số biên bản và khóa lại không cho sửa (Ctrl+Enter, có hỏi lại trước).</translation>
    </message>
    <message>
        <source>&amp;Hoàn tất biên bản</source>
        <translation>&amp;Hoàn tất biên bản</translation>
    </message>
    <message>
        <source>Đóng cửa sổ; bản nháp đã được tự động lưu (Esc)</source>
        <translation>Đóng cửa sổ; bản nháp đã được tự động lưu (Esc)</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>Đón&amp;g</translation>
    </message>
</context>
<context>
    <name>MinutesSymbolDialog</name>
    <message>
        <source>Ký hiệu số biên bản</source>
        <translation>Ký hiệu số biên bản</translation>
    </message>
    <message>
        <source>Ký hiệu số biên bản của đơn vị</source>
        <translation>Ký hiệu số biên bản của đơn vị</translation>
    </message>
    <message>
        <source>Biên bản ghi «Số: 12/BB-…»: sau «BB-» là ký hiệu của cơ quan, tổ chức ban hành biên bản. Số và ký hiệu cùng nhau không trùng trong năm; đổi cách đánh số không làm thay đổi các số đã cấp.</source>
        <translation>Biên bản ghi «Số: 12/BB-…»: sau «BB-» là ký hiệu của cơ quan, tổ chức ban hành biên bản. Số và ký hiệu cùng nhau không trùng trong năm; đổi cách đánh số không làm thay đổi các số đã cấp.</translation>
    </message>
    <message>
        <source>Theo đoàn, hội đồng lập biên bản, mỗi loại một dãy số</source>
        <translation>Theo đoàn, hội đồng lập biên bản, mỗi loại một dãy số</translation>
    </message>
    <message>
        <source>BB-ĐKS (đoàn khảo sát), BB-ĐKT (đoàn kiểm tra), BB-HĐNT (hội đồng nghiệm thu)</source>
        <translation>BB-ĐKS (đoàn khảo sát), BB-ĐKT (đoàn kiểm tra), BB-HĐNT (hội đồng nghiệm thu)</translation>
    </message>
    <message>
        <source>Theo đơn vị, một ký hiệu và một dãy số cho mọi loại biên bản</source>
        <translation>Theo đơn vị, một ký hiệu và một dãy số cho mọi loại biên bản</translation>
    </message>
    <message>
        <source>ví dụ TTKC, UBND, SCT</source>
        <translation>ví dụ TTKC, UBND, SCT</translation>
    </message>
    <message>
        <source>Ký hiệu của đơn vị</source>
        <translation>Ký hiệu của đơn vị</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Ví dụ: &lt;b&gt;Số: 01/BB-ĐKS&lt;/b&gt;, &lt;b&gt;Số: 01/BB-ĐKT&lt;/b&gt;, &lt;b&gt;Số: 01/BB-HĐNT&lt;/b&gt;</source>
        <translation>Ví dụ: &lt;b&gt;Số: 01/BB-ĐKS&lt;/b&gt;, &lt;b&gt;Số: 01/BB-ĐKT&lt;/b&gt;, &lt;b&gt;Số: 01/BB-HĐNT&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ví dụ: &lt;b&gt;Số: 01/BB-…&lt;/b&gt;</source>
        <translation>Ví dụ: &lt;b&gt;Số: 01/BB-…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ví dụ: &lt;b&gt;Số: 01/BB-{symbol}&lt;/b&gt; cho mọi loại biên bản</source>
        <translation>Ví dụ: &lt;b&gt;Số: 01/BB-{symbol}&lt;/b&gt; cho mọi loại biên bản</translation>
    </message>
</context>
<context>
    <name>MinutesTexts</name>
    <message>
        <source>Xóa bản nháp</source>
        <translation>Xóa bản nháp</translation>
    </message>
    <message>
        <source>Lập bản đính chính</source>
        <translation>Lập bản đính chính</translation>
    </message>
    <message>
        <source>Đang sửa… (tự lưu sau giây lát)</source>
        <translation>Đang sửa… (tự lưu sau giây lát)</translation>
    </message>
    <message>
        <source>Chưa lưu được: {why}</source>
        <translation>Chưa lưu được: {why}</translation>
    </message>
    <message>
        <source>Chưa lưu được, sẽ thử lại: {why}</source>
        <translation>Chưa lưu được, sẽ thử lại: {why}</translation>
    </message>
    <message>
        <source>• Mâu thuẫn — {field}: {message}</source>
        <translation>• Mâu thuẫn — {field}: {message}</translation>
    </message>
    <message>
        <source>Bấm để đến chỗ cần sửa</source>
        <translation>Bấm để đến chỗ cần sửa</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đã đủ thông tin.&lt;/b&gt; Có thể hoàn tất biên bản.</source>
        <translation>&lt;b&gt;Đã đủ thông tin.&lt;/b&gt; Có thể hoàn tất biên bản.</translation>
    </message>
    <message>
        <source>{title} · {n} lỗi</source>
        <translation>{title} · {n} lỗi</translation>
    </message>
    <message>
        <source>Biên bản đã hoàn tất, số {number}; không sửa được nữa.</source>
        <translation>Biên bản đã hoàn tất, số {number}; không sửa được nữa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Còn {n} vấn đề&lt;/b&gt;: biên bản tự mâu thuẫn. Hãy sửa cho thống nhất; nếu vẫn hoàn tất thì phải ghi giải trình (bấm để đến chỗ đó):</source>
        <translation>&lt;b&gt;Còn {n} vấn đề&lt;/b&gt;: biên bản tự mâu thuẫn. Hãy sửa cho thống nhất; nếu vẫn hoàn tất thì phải ghi giải trình (bấm để đến chỗ đó):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Còn {n} vấn đề&lt;/b&gt; trước khi hoàn tất (bấm để đến chỗ đó):</source>
        <translation>&lt;b&gt;Còn {n} vấn đề&lt;/b&gt; trước khi hoàn tất (bấm để đến chỗ đó):</translation>
    </message>
    <message>
        <source>còn {n} vấn đề</source>
        <translation>còn {n} vấn đề</translation>
    </message>
    <message>
        <source>đủ thông tin, có thể hoàn tất</source>
        <translation>đủ thông tin, có thể hoàn tất</translation>
    </message>
    <message>
        <source>Đã lưu nháp lúc {time} · {left}</source>
        <translation>Đã lưu nháp lúc {time} · {left}</translation>
    </message>
    <message>
        <source>Bản nháp được tự động lưu khi bạn gõ · {left}</source>
        <translation>Bản nháp được tự động lưu khi bạn gõ · {left}</translation>
    </message>
    <message>
        <source>(chưa chọn cơ sở)</source>
        <translation>(chưa chọn cơ sở)</translation>
    </message>
    <message>
        <source>Số: {number}</source>
        <translation>Số: {number}</translation>
    </message>
    <message>
        <source>Bản nháp — chưa có số</source>
        <translation>Bản nháp — chưa có số</translation>
    </message>
    <message>
        <source>Bản nháp — chưa có số; khi hoàn tất sẽ có số …/{symbol}</source>
        <translation>Bản nháp — chưa có số; khi hoàn tất sẽ có số …/{symbol}</translation>
    </message>
    <message>
        <source>Đây là bản đính chính của biên bản số {number}. Lý do đính chính: {reason} &lt;a href=&quot;{id}&quot;&gt;Xem bản trước&lt;/a&gt;</source>
        <translation>Đây là bản đính chính của biên bản số {number}. Lý do đính chính: {reason} &lt;a href=&quot;{id}&quot;&gt;Xem bản trước&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Biên bản này đã được đính chính; bản đang có hiệu lực là bản mới hơn. &lt;a href=&quot;{id}&quot;&gt;Mở bản đính chính&lt;/a&gt;</source>
        <translation>Biên bản này đã được đính chính; bản đang có hiệu lực là bản mới hơn. &lt;a href=&quot;{id}&quot;&gt;Mở bản đính chính&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Biên bản đã hoàn tất, &lt;b&gt;số {number}&lt;/b&gt;. Nội dung được khóa; nếu cần sửa, hãy lập bản đính chính.</source>
        <translation>Biên bản đã hoàn tất, &lt;b&gt;số {number}&lt;/b&gt;. Nội dung được khóa; nếu cần sửa, hãy lập bản đính chính.</translation>
    </message>
    <message>
        <source>Chưa lưu được bản nháp nên chưa xem trước được: {why}</source>
        <translation>Chưa lưu được bản nháp nên chưa xem trước được: {why}</translation>
    </message>
    <message>
        <source>Hoàn tất biên bản này?</source>
        <translation>Hoàn tất biên bản này?</translation>
    </message>
    <message>
        <source>&amp;Hoàn tất</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Hoàn tất biên bản</source>
        <translation>Hoàn tất biên bản</translation>
    </message>
    <message>
        <source>Biên bản được cấp số và khóa lại; muốn sửa sau này phải lập bản đính chính.</source>
        <translation>Biên bản được cấp số và khóa lại; muốn sửa sau này phải lập bản đính chính.</translation>
    </message>
    <message>
        <source>Chưa lưu được bản nháp nên chưa hoàn tất được: {why}</source>
        <translation>Chưa lưu được bản nháp nên chưa hoàn tất được: {why}</translation>
    </message>
    <message>
        <source>Chưa hoàn tất được: còn {n} chỗ cần sửa (xem danh sách bên phải).</source>
        <translation>Chưa hoàn tất được: còn {n} chỗ cần sửa (xem danh sách bên phải).</translation>
    </message>
    <message>
        <source>Hoàn tất biên bản còn mâu thuẫn</source>
        <translation>Hoàn tất biên bản còn mâu thuẫn</translation>
    </message>
    <message>
        <source>Biên bản còn {n} chỗ mâu thuẫn:
{list}

Nếu vẫn hoàn tất, hãy ghi giải trình. Nội dung này được in vào biên bản, mục «Ý kiến khác / giải trình»:</source>
        <translation>Biên bản còn {n} chỗ mâu thuẫn:
{list}

Nếu vẫn hoàn tất, hãy ghi giải trình. Nội dung này được in vào biên bản, mục «Ý kiến khác / giải trình»:</translation>
    </message>
    <message>
        <source>Hoàn tất kèm giải trình</source>
        <translation>Hoàn tất kèm giải trình</translation>
    </message>
    <message>
        <source>Biên bản số {number} sẽ được giữ nguyên để đối chiếu; bản đính chính là một bản nháp mới thay thế nó.

Lý do đính chính:</source>
        <translation>Biên bản số {number} sẽ được giữ nguyên để đối chiếu; bản đính chính là một bản nháp mới thay thế nó.

Lý do đính chính:</translation>
    </message>
    <message>
        <source>Bản nháp chưa có số nên xóa đi không ảnh hưởng số biên bản.</source>
        <translation>Bản nháp chưa có số nên xóa đi không ảnh hưởng số biên bản.</translation>
    </message>
    <message>
        <source>Xóa bản nháp này?</source>
        <translation>Xóa bản nháp này?</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <source>Tìm theo mã, tên đề án, tên cơ sở hoặc số biên bản… (gõ không dấu cũng được)</source>
        <translation>Tìm theo mã, tên đề án, tên cơ sở hoặc số biên bản… (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Tìm trong danh sách (Ctrl+F)</source>
        <translation>Tìm trong danh sách (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tình t&amp;rạng:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>Đợ&amp;t:</source>
        <translation>Đợ&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Mở biên bản</source>
        <translation>&amp;Mở biên bản</translation>
    </message>
    <message>
        <source>Xem biên bản đang chọn như khi in, rồi in hoặc lưu thành PDF (Ctrl+P)</source>
        <translation>Xem biên bản đang chọn như khi in, rồi in hoặc lưu thành PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Xem trước / &amp;In</source>
        <translation>Xem trước / &amp;In</translation>
    </message>
    <message>
        <source>Q&amp;uản lý mẫu phiếu…</source>
        <translation>Q&amp;uản lý mẫu phiếu…</translation>
    </message>
    <message>
        <source>Bản nháp được tự động lưu khi gõ; cột «Lỗi» cho biết còn bao nhiêu chỗ phải sửa trước khi hoàn tất. Bấm đúp hoặc Enter để mở biên bản.</source>
        <translation>Bản nháp được tự động lưu khi gõ; cột «Lỗi» cho biết còn bao nhiêu chỗ phải sửa trước khi hoàn tất. Bấm đúp hoặc Enter để mở biên bản.</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>In các biên bản đang chọn (hoặc tất cả biên bản đang liệt kê) ra tệp PDF vào một thư mục</source>
        <translation>In các biên bản đang chọn (hoặc tất cả biên bản đang liệt kê) ra tệp PDF vào một thư mục</translation>
    </message>
    <message>
        <source>Khảo sát, thẩm tra tại cơ sở</source>
        <translation>Khảo sát, thẩm tra tại cơ sở</translation>
    </message>
    <message>
        <source>Kiểm tra thực hiện đề án</source>
        <translation>Kiểm tra thực hiện đề án</translation>
    </message>
    <message>
        <source>Nghiệm thu đề án</source>
        <translation>Nghiệm thu đề án</translation>
    </message>
    <message>
        <source>Bản nháp được tự động lưu; cột «Lỗi» cho biết còn gì phải xử lý.</source>
        <translation>Bản nháp được tự động lưu; cột «Lỗi» cho biết còn gì phải xử lý.</translation>
    </message>
    <message>
        <source>&amp;Lập biên bản nghiệm thu…</source>
        <translation>&amp;Lập biên bản nghiệm thu…</translation>
    </message>
    <message>
        <source>&amp;Lập biên bản mới…</source>
        <translation>&amp;Lập biên bản mới…</translation>
    </message>
    <message>
        <source>Lập biên bản mới (Ctrl+N)</source>
        <translation>Lập biên bản mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Năm {year} — đợt {n}</source>
        <translation>Năm {year} — đợt {n}</translation>
    </message>
    <message>
        <source>{n} biên bản</source>
        <translation>{n} biên bản</translation>
    </message>
    <message>
        <source>Không có biên bản nào khớp với điều kiện tìm.</source>
        <translation>Không có biên bản nào khớp với điều kiện tìm.</translation>
    </message>
    <message>
        <source>Chưa có biên bản nào. Bấm «{button}» để bắt đầu.</source>
        <translation>Chưa có biên bản nào. Bấm «{button}» để bắt đầu.</translation>
    </message>
    <message>
        <source>In {n} biên bản đã c&amp;họn…</source>
        <translation>In {n} biên bản đã c&amp;họn…</translation>
    </message>
    <message>
        <source>In &amp;hàng loạt…</source>
        <translation>In &amp;hàng loạt…</translation>
    </message>
    <message>
        <source>Thư mục đã có {n} tệp cùng tên; in lại sẽ thay các tệp đó.</source>
        <translation>Thư mục đã có {n} tệp cùng tên; in lại sẽ thay các tệp đó.</translation>
    </message>
    <message>
        <source>In và thay tệp cũ</source>
        <translation>In và thay tệp cũ</translation>
    </message>
    <message>
        <source>In hàng loạt</source>
        <translation>In hàng loạt</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>Bằng chữ: {words}</source>
        <translation>Bằng chữ: {words}</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Tổng giá trị thực tế bàn giao</source>
        <translation>Tổng giá trị thực tế bàn giao</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công hỗ trợ</source>
        <translation>Kinh phí khuyến công hỗ trợ</translation>
    </message>
    <message>
        <source>Vốn đối ứng của cơ sở</source>
        <translation>Vốn đối ứng của cơ sở</translation>
    </message>
    <message>
        <source>Giá trị được duyệt (theo hạng mục)</source>
        <translation>Giá trị được duyệt (theo hạng mục)</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công được duyệt</source>
        <translation>Kinh phí khuyến công được duyệt</translation>
    </message>
    <message>
        <source>Mức hỗ trợ tối đa</source>
        <translation>Mức hỗ trợ tối đa</translation>
    </message>
    <message>
        <source>(Bằng chữ: {words})</source>
        <translation>(Bằng chữ: {words})</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>không có mức giới hạn cho loại hỗ trợ này</source>
        <translation>không có mức giới hạn cho loại hỗ trợ này</translation>
    </message>
    <message>
        <source>{p:g}% giá trị</source>
        <translation>{p:g}% giá trị</translation>
    </message>
    <message>
        <source>không quá {amount}</source>
        <translation>không quá {amount}</translation>
    </message>
    <message>
        <source>không giới hạn</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source> — mức chưa được xác minh</source>
        <translation> — mức chưa được xác minh</translation>
    </message>
    <message>
        <source>Chưa có kinh phí khuyến công được duyệt cho cơ sở này; hãy kiểm tra đề án.</source>
        <translation>Chưa có kinh phí khuyến công được duyệt cho cơ sở này; hãy kiểm tra đề án.</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công được giới hạn ở mức tối đa {amount}.</source>
        <translation>Kinh phí khuyến công được giới hạn ở mức tối đa {amount}.</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công được giới hạn ở {p:g}% giá trị thực tế ({amount}).</source>
        <translation>Kinh phí khuyến công được giới hạn ở {p:g}% giá trị thực tế ({amount}).</translation>
    </message>
    <message>
        <source>Giá trị thực tế thấp hơn kinh phí khuyến công được duyệt; khuyến công chỉ hỗ trợ tới {amount}.</source>
        <translation>Giá trị thực tế thấp hơn kinh phí khuyến công được duyệt; khuyến công chỉ hỗ trợ tới {amount}.</translation>
    </message>
    <message>
        <source>Giá trị thực tế vượt giá trị được duyệt {amount}; phần vượt do cơ sở tự chi trả.</source>
        <translation>Giá trị thực tế vượt giá trị được duyệt {amount}; phần vượt do cơ sở tự chi trả.</translation>
    </message>
    <message>
        <source>Giá trị thực tế thấp hơn giá trị được duyệt {amount}.</source>
        <translation>Giá trị thực tế thấp hơn giá trị được duyệt {amount}.</translation>
    </message>
</context>
<context>
    <name>NewAcceptanceDialog</name>
    <message>
        <source>Người đại diện</source>
        <translation>Người đại diện</translation>
    </message>
    <message>
        <source>Lập biên bản nghiệm thu</source>
        <translation>Lập biên bản nghiệm thu</translation>
    </message>
    <message>
        <source>Đề án:</source>
        <translation>Đề án:</translation>
    </message>
    <message>
        <source>&amp;Cơ sở thụ hưởng:</source>
        <translation>&amp;Cơ sở thụ hưởng:</translation>
    </message>
    <message>
        <source>&amp;Ngày nghiệm thu:</source>
        <translation>&amp;Ngày nghiệm thu:</translation>
    </message>
    <message>
        <source>Chỉ các đề án đã phê duyệt, đang thực hiện hoặc đã kiểm tra mới nghiệm thu được.</source>
        <translation>Chỉ các đề án đã phê duyệt, đang thực hiện hoặc đã kiểm tra mới nghiệm thu được.</translation>
    </message>
    <message>
        <source>&amp;Lập biên bản</source>
        <translation>&amp;Lập biên bản</translation>
    </message>
    <message>
        <source>&amp;Thôi</source>
        <translation>&amp;Thôi</translation>
    </message>
    <message>
        <source>Chưa có đề án nào đã phê duyệt, đang thực hiện hoặc đã kiểm tra. Hãy chuyển trạng thái đề án trong mục «Đề án» trước.</source>
        <translation>Chưa có đề án nào đã phê duyệt, đang thực hiện hoặc đã kiểm tra. Hãy chuyển trạng thái đề án trong mục «Đề án» trước.</translation>
    </message>
    <message>
        <source>{name} — khuyến công {amount} đ</source>
        <translation>{name} — khuyến công {amount} đ</translation>
    </message>
    <message>
        <source>Đề án này chưa có cơ sở thụ hưởng.</source>
        <translation>Đề án này chưa có cơ sở thụ hưởng.</translation>
    </message>
    <message>
        <source>bản nháp</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>Cơ sở này đã có biên bản nghiệm thu của đề án ({numbers}). Nếu cần sửa biên bản đã hoàn tất, hãy mở nó và lập bản đính chính.</source>
        <translation>Cơ sở này đã có biên bản nghiệm thu của đề án ({numbers}). Nếu cần sửa biên bản đã hoàn tất, hãy mở nó và lập bản đính chính.</translation>
    </message>
    <message>
        <source>Hãy chọn đề án và cơ sở thụ hưởng.</source>
        <translation>Hãy chọn đề án và cơ sở thụ hưởng.</translation>
    </message>
    <message>
        <source>Sở Công Thương Hà Nội;
Cơ sở thụ hưởng;
Lưu: VT.</source>
        <translation>Sở Công Thương Hà Nội;
Cơ sở thụ hưởng;
Lưu: VT.</translation>
    </message>
</context>
<context>
    <name>NewRecordDialog</name>
    <message>
        <source>Người đại diện</source>
        <translation>Người đại diện</translation>
    </message>
    <message>
        <source>Tại cơ sở</source>
        <translation>Tại cơ sở</translation>
    </message>
    <message>
        <source>Lập biên bản khảo sát, thẩm tra</source>
        <translation>Lập biên bản khảo sát, thẩm tra</translation>
    </message>
    <message>
        <source>Lập biên bản kiểm tra</source>
        <translation>Lập biên bản kiểm tra</translation>
    </message>
    <message>
        <source>{title} (phiên bản {version})</source>
        <translation>{title} (phiên bản {version})</translation>
    </message>
    <message>
        <source>(không gắn với đề án)</source>
        <translation>(không gắn với đề án)</translation>
    </message>
    <message>
        <source>&amp;Lập biên bản</source>
        <translation>&amp;Lập biên bản</translation>
    </message>
    <message>
        <source>&amp;Thôi</source>
        <translation>&amp;Thôi</translation>
    </message>
    <message>
        <source>Chưa có mẫu phiếu nào đang dùng cho loại biên bản này. Hãy nhập và phát hành một mẫu phiếu trong «Quản lý mẫu phiếu».</source>
        <translation>Chưa có mẫu phiếu nào đang dùng cho loại biên bản này. Hãy nhập và phát hành một mẫu phiếu trong «Quản lý mẫu phiếu».</translation>
    </message>
    <message>
        <source>Hãy chọn cơ sở được khảo sát, kiểm tra.</source>
        <translation>Hãy chọn cơ sở được khảo sát, kiểm tra.</translation>
    </message>
    <message>
        <source>Biên bản kiểm tra phải gắn với một đề án.</source>
        <translation>Biên bản kiểm tra phải gắn với một đề án.</translation>
    </message>
    <message>
        <source>&amp;Mẫu phiếu:</source>
        <translation>&amp;Mẫu phiếu:</translation>
    </message>
    <message>
        <source>Đề á&amp;n:</source>
        <translation>Đề á&amp;n:</translation>
    </message>
    <message>
        <source>Cơ &amp;sở:</source>
        <translation>Cơ &amp;sở:</translation>
    </message>
    <message>
        <source>N&amp;gày lập:</source>
        <translation>N&amp;gày lập:</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Đồng ý</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Thôi</source>
        <translation>Thôi</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Thêm cán bộ</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>Ví dụ Lê Thị Hoa</source>
        <translation>Ví dụ Lê Thị Hoa</translation>
    </message>
    <message>
        <source>Ví dụ Cán bộ khuyến công</source>
        <translation>Ví dụ Cán bộ khuyến công</translation>
    </message>
    <message>
        <source>Ví dụ hoa.le</source>
        <translation>Ví dụ hoa.le</translation>
    </message>
    <message>
        <source>Ít nhất 8 ký tự; cán bộ tự đổi sau</source>
        <translation>Ít nhất 8 ký tự; cán bộ tự đổi sau</translation>
    </message>
    <message>
        <source>Họ và tên *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Tên đăng nhập *</source>
        <translation>Tên đăng nhập *</translation>
    </message>
    <message>
        <source>Mật khẩu *</source>
        <translation>Mật khẩu *</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu *</source>
        <translation>Nhập lại mật khẩu *</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cán bộ đăng nhập bằng tên và mật khẩu này rồi tự đổi mật khẩu trong «Quản trị → Đổi mật khẩu».</source>
        <translation>Cán bộ đăng nhập bằng tên và mật khẩu này rồi tự đổi mật khẩu trong «Quản trị → Đổi mật khẩu».</translation>
    </message>
    <message>
        <source>Thêm cán bộ của đơn vị</source>
        <translation>Thêm cán bộ của đơn vị</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Xóa ngày</source>
        <translation>Xóa ngày</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <source>Thêm cán &amp;bộ</source>
        <translation>Thêm cán &amp;bộ</translation>
    </message>
    <message>
        <source>Thêm &amp;người của cơ sở</source>
        <translation>Thêm &amp;người của cơ sở</translation>
    </message>
    <message>
        <source>Xóa &amp;dòng</source>
        <translation>Xóa &amp;dòng</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Đổi mật khẩu sao lưu</source>
        <translation>Đổi mật khẩu sao lưu</translation>
    </message>
    <message>
        <source>Đặt mật khẩu sao lưu</source>
        <translation>Đặt mật khẩu sao lưu</translation>
    </message>
    <message>
        <source>Đặt mật khẩu</source>
        <translation>Đặt mật khẩu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Chưa có mật khẩu sao lưu. {why}</source>
        <translation>Chưa có mật khẩu sao lưu. {why}</translation>
    </message>
    <message>
        <source>Nhập mật khẩu sao lưu để mở «{file}»:</source>
        <translation>Nhập mật khẩu sao lưu để mở «{file}»:</translation>
    </message>
    <message>
        <source>Mật khẩu sao lưu</source>
        <translation>Mật khẩu sao lưu</translation>
    </message>
    <message>
        <source>Mật khẩu không đúng. Nhập lại mật khẩu sao lưu để mở «{file}»:</source>
        <translation>Mật khẩu không đúng. Nhập lại mật khẩu sao lưu để mở «{file}»:</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Ít nhất 8 ký tự</source>
        <translation>Ít nhất 8 ký tự</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại</source>
        <translation>Mật khẩu hiện tại</translation>
    </message>
    <message>
        <source>Mật khẩu mới</source>
        <translation>Mật khẩu mới</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới</source>
        <translation>Nhập lại mật khẩu mới</translation>
    </message>
    <message>
        <source>Lưu mật khẩu</source>
        <translation>Lưu mật khẩu</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Biên bản nghiệm thu</source>
        <translation>Biên bản nghiệm thu</translation>
    </message>
    <message>
        <source>Biên bản khảo sát, thẩm tra</source>
        <translation>Biên bản khảo sát, thẩm tra</translation>
    </message>
    <message>
        <source>Biên bản kiểm tra</source>
        <translation>Biên bản kiểm tra</translation>
    </message>
    <message>
        <source>Tình hình thực hiện kiến nghị</source>
        <translation>Tình hình thực hiện kiến nghị</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>{what} (bản nháp)</source>
        <translation>{what} (bản nháp)</translation>
    </message>
    <message>
        <source>Đang dựng bản in…</source>
        <translation>Đang dựng bản in…</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Xem trước</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Xem trước — {title}</source>
        <translation>Xem trước — {title}</translation>
    </message>
    <message>
        <source>Bản nháp — chưa có số, không có giá trị pháp lý</source>
        <translation>Bản nháp — chưa có số, không có giá trị pháp lý</translation>
    </message>
    <message>
        <source>Thu nhỏ</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Phóng to</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>&amp;Vừa chiều rộng</source>
        <translation>&amp;Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Cả &amp;trang</source>
        <translation>Cả &amp;trang</translation>
    </message>
    <message>
        <source>&amp;Lưu thành PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Không mở được tệp PDF</source>
        <translation>Không mở được tệp PDF</translation>
    </message>
    <message>
        <source>Trang {n}/{total}</source>
        <translation>Trang {n}/{total}</translation>
    </message>
    <message>
        <source>In biên bản</source>
        <translation>In biên bản</translation>
    </message>
    <message>
        <source>Tệp PDF không có trang nào để in.</source>
        <translation>Tệp PDF không có trang nào để in.</translation>
    </message>
    <message>
        <source>Không gửi được lệnh in tới máy in. Hãy kiểm tra máy in đã bật và được chọn đúng, rồi in lại.</source>
        <translation>Không gửi được lệnh in tới máy in. Hãy kiểm tra máy in đã bật và được chọn đúng, rồi in lại.</translation>
    </message>
    <message>
        <source>Không dựng được trang {n} để in.</source>
        <translation>Không dựng được trang {n} để in.</translation>
    </message>
    <message>
        <source>Lưu biên bản thành PDF</source>
        <translation>Lưu biên bản thành PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Không lưu được tệp «{name}»: {why}. Hãy chọn thư mục khác.</source>
        <translation>Không lưu được tệp «{name}»: {why}. Hãy chọn thư mục khác.</translation>
    </message>
</context>
<context>
    <name>PhonesView</name>
    <message>
        <source>Điện thoại điền phiếu (ODK Collect)</source>
        <translation>Điện thoại điền phiếu (ODK Collect)</translation>
    </message>
    <message>
        <source>Điện thoại cài ODK Collect tải các mẫu phiếu đang dùng từ máy tính này qua mạng nội bộ (ví dụ điểm phát Wi-Fi của điện thoại), điền phiếu không cần mạng rồi gửi về. Bài gửi được mã hóa; mỗi bài thành một bản nháp, không tự hoàn tất.</source>
        <translation>Điện thoại cài ODK Collect tải các mẫu phiếu đang dùng từ máy tính này qua mạng nội bộ (ví dụ điểm phát Wi-Fi của điện thoại), điền phiếu không cần mạng rồi gửi về. Bài gửi được mã hóa; mỗi bài thành một bản nháp, không tự hoàn tất.</translation>
    </message>
    <message>
        <source>Máy chủ đang tắt.</source>
        <translation>Máy chủ đang tắt.</translation>
    </message>
    <message>
        <source>Các điện thoại</source>
        <translation>Các điện thoại</translation>
    </message>
    <message>
        <source>Thu &amp;hồi</source>
        <translation>Thu &amp;hồi</translation>
    </message>
    <message>
        <source>Bài gửi đã nhận</source>
        <translation>Bài gửi đã nhận</translation>
    </message>
    <message>
        <source>&amp;Bật máy chủ</source>
        <translation>&amp;Bật máy chủ</translation>
    </message>
    <message>
        <source>Thêm điện th&amp;oại…</source>
        <translation>Thêm điện th&amp;oại…</translation>
    </message>
    <message>
        <source>&amp;Tắt máy chủ</source>
        <translation>&amp;Tắt máy chủ</translation>
    </message>
    <message>
        <source>Đang chạy tại {url}</source>
        <translation>Đang chạy tại {url}</translation>
    </message>
    <message>
        <source>{n} điện thoại đang kết nối</source>
        <translation>{n} điện thoại đang kết nối</translation>
    </message>
    <message>
        <source>đang dùng</source>
        <translation>đang dùng</translation>
    </message>
    <message>
        <source>đã thu hồi</source>
        <translation>đã thu hồi</translation>
    </message>
    <message>
        <source>{name} — {state}, {n} bài gửi</source>
        <translation>{name} — {state}, {n} bài gửi</translation>
    </message>
    <message>
        <source>Thêm điện thoại</source>
        <translation>Thêm điện thoại</translation>
    </message>
    <message>
        <source>Tên điện thoại (ví dụ tên cán bộ dùng máy):</source>
        <translation>Tên điện thoại (ví dụ tên cán bộ dùng máy):</translation>
    </message>
    <message>
        <source>Quét mã này trong ODK Collect (Thêm dự án → Quét mã QR). Địa chỉ: {url}</source>
        <translation>Quét mã này trong ODK Collect (Thêm dự án → Quét mã QR). Địa chỉ: {url}</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Chưa có ảnh. Bấm «Thêm ảnh…» để chọn ảnh chụp tại cơ sở; ảnh được xoay đúng chiều, thu nhỏ và lưu cùng biên bản.</source>
        <translation>Chưa có ảnh. Bấm «Thêm ảnh…» để chọn ảnh chụp tại cơ sở; ảnh được xoay đúng chiều, thu nhỏ và lưu cùng biên bản.</translation>
    </message>
    <message>
        <source>&amp;Thêm ảnh…</source>
        <translation>&amp;Thêm ảnh…</translation>
    </message>
    <message>
        <source>Sửa &amp;chú thích</source>
        <translation>Sửa &amp;chú thích</translation>
    </message>
    <message>
        <source>Xó&amp;a ảnh</source>
        <translation>Xó&amp;a ảnh</translation>
    </message>
    <message>
        <source>(chưa có chú thích — bấm đúp để ghi)</source>
        <translation>(chưa có chú thích — bấm đúp để ghi)</translation>
    </message>
    <message>
        <source>Câu hỏi: {q}</source>
        <translation>Câu hỏi: {q}</translation>
    </message>
    <message>
        <source>Chụp lúc: {t}</source>
        <translation>Chụp lúc: {t}</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Phần này sẽ có trong bản cập nhật tới. Dữ liệu cơ sở bạn nhập hôm nay sẽ được dùng tiếp ở đây.</source>
        <translation>Phần này sẽ có trong bản cập nhật tới. Dữ liệu cơ sở bạn nhập hôm nay sẽ được dùng tiếp ở đây.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Xem trước: {title}</source>
        <translation>Xem trước: {title}</translation>
    </message>
    <message>
        <source>Xem trước: các câu hỏi ẩn/hiện theo điều kiện như khi điền thật; không lưu gì.</source>
        <translation>Xem trước: các câu hỏi ẩn/hiện theo điều kiện như khi điền thật; không lưu gì.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Mẫu phiếu chưa nhập được</source>
        <translation>Mẫu phiếu chưa nhập được</translation>
    </message>
    <message>
        <source>Tệp «{name}» có {n} lỗi nên &lt;b&gt;chưa nhập gì&lt;/b&gt;; các mẫu phiếu đang có không thay đổi. Hãy sửa trong Excel theo danh sách dưới đây rồi nhập lại.</source>
        <translation>Tệp «{name}» có {n} lỗi nên &lt;b&gt;chưa nhập gì&lt;/b&gt;; các mẫu phiếu đang có không thay đổi. Hãy sửa trong Excel theo danh sách dưới đây rồi nhập lại.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ProjectFields</name>
    <message>
        <source>Mã đề án</source>
        <translation>Mã đề án</translation>
    </message>
    <message>
        <source>Tên đề án</source>
        <translation>Tên đề án</translation>
    </message>
    <message>
        <source>Năm kế hoạch</source>
        <translation>Năm kế hoạch</translation>
    </message>
    <message>
        <source>Đợt</source>
        <translation>Đợt</translation>
    </message>
    <message>
        <source>Nguồn kinh phí</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <source>Nội dung hỗ trợ</source>
        <translation>Nội dung hỗ trợ</translation>
    </message>
    <message>
        <source>Áp dụng quy định</source>
        <translation>Áp dụng quy định</translation>
    </message>
    <message>
        <source>Quyết định phê duyệt số</source>
        <translation>Quyết định phê duyệt số</translation>
    </message>
    <message>
        <source>Ngày phê duyệt</source>
        <translation>Ngày phê duyệt</translation>
    </message>
    <message>
        <source>Hợp đồng số</source>
        <translation>Hợp đồng số</translation>
    </message>
    <message>
        <source>Ngày hợp đồng</source>
        <translation>Ngày hợp đồng</translation>
    </message>
    <message>
        <source>Bắt đầu (dự kiến)</source>
        <translation>Bắt đầu (dự kiến)</translation>
    </message>
    <message>
        <source>Kết thúc (dự kiến)</source>
        <translation>Kết thúc (dự kiến)</translation>
    </message>
    <message>
        <source>Tổng kinh phí (đồng)</source>
        <translation>Tổng kinh phí (đồng)</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công (đồng)</source>
        <translation>Kinh phí khuyến công (đồng)</translation>
    </message>
    <message>
        <source>Vốn đối ứng của cơ sở (đồng)</source>
        <translation>Vốn đối ứng của cơ sở (đồng)</translation>
    </message>
    <message>
        <source>Đã tạm ứng (đồng)</source>
        <translation>Đã tạm ứng (đồng)</translation>
    </message>
    <message>
        <source>Quyết toán (đồng)</source>
        <translation>Quyết toán (đồng)</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Cơ sở thụ hưởng</source>
        <translation>Cơ sở thụ hưởng</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Quyết định, hợp đồng và thời gian</source>
        <translation>Quyết định, hợp đồng và thời gian</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Tạm ứng, quyết toán</source>
        <translation>Tạm ứng, quyết toán</translation>
    </message>
    <message>
        <source>Ví dụ KCĐP-2026-01</source>
        <translation>Ví dụ KCĐP-2026-01</translation>
    </message>
    <message>
        <source>Ví dụ: Hỗ trợ máy nhào đất và lò nung gas</source>
        <translation>Ví dụ: Hỗ trợ máy nhào đất và lò nung gas</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>Tự động theo ngày phê duyệt</source>
        <translation>Tự động theo ngày phê duyệt</translation>
    </message>
    <message>
        <source>Ví dụ 1234/QĐ-SCT</source>
        <translation>Ví dụ 1234/QĐ-SCT</translation>
    </message>
    <message>
        <source>Phần kinh phí khuyến công đã tạm ứng và đã quyết toán; dùng cho báo cáo tỷ lệ giải ngân.</source>
        <translation>Phần kinh phí khuyến công đã tạm ứng và đã quyết toán; dùng cho báo cáo tỷ lệ giải ngân.</translation>
    </message>
    <message>
        <source>Bằng chữ: {words}</source>
        <translation>Bằng chữ: {words}</translation>
    </message>
    <message>
        <source>Hiện áp dụng: {rules}</source>
        <translation>Hiện áp dụng: {rules}</translation>
    </message>
</context>
<context>
    <name>ProjectListView</name>
    <message>
        <source>Tìm theo mã hoặc tên đề án… (gõ không dấu cũng được)</source>
        <translation>Tìm theo mã hoặc tên đề án… (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Tìm trong danh sách (Ctrl+F)</source>
        <translation>Tìm trong danh sách (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tất cả trạng thái</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Đề án khuyến công</source>
        <translation>Đề án khuyến công</translation>
    </message>
    <message>
        <source>&amp;Thêm đề án</source>
        <translation>&amp;Thêm đề án</translation>
    </message>
    <message>
        <source>Thêm đề án mới (Ctrl+N)</source>
        <translation>Thêm đề án mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Mở đề án</source>
        <translation>&amp;Mở đề án</translation>
    </message>
    <message>
        <source>T&amp;rạng thái:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Cột «Cảnh báo»: số điều cần lưu ý theo quy định (điều kiện hỗ trợ, mức hỗ trợ, kinh phí); không chặn việc lưu.</source>
        <translation>Cột «Cảnh báo»: số điều cần lưu ý theo quy định (điều kiện hỗ trợ, mức hỗ trợ, kinh phí); không chặn việc lưu.</translation>
    </message>
    <message>
        <source>Tất cả các năm</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>{n} đề án</source>
        <translation>{n} đề án</translation>
    </message>
    <message>
        <source>Không có đề án nào khớp với điều kiện tìm.</source>
        <translation>Không có đề án nào khớp với điều kiện tìm.</translation>
    </message>
    <message>
        <source>Chưa có đề án nào. Bấm «Thêm đề án» để bắt đầu.</source>
        <translation>Chưa có đề án nào. Bấm «Thêm đề án» để bắt đầu.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>&lt;h3&gt;Nghiệm thu (sắp có)&lt;/h3&gt;&lt;p&gt;Phiên nghiệm thu tại cơ sở: hội đồng nghiệm thu, đối chiếu hạng mục được duyệt với thực tế bàn giao, kinh phí bằng số và bằng chữ, biên bản ký tại chỗ. Phần này sẽ có trong bản cập nhật tới; các khảo sát, kiểm tra của đề án được dùng tiếp ở đó.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nghiệm thu (sắp có)&lt;/h3&gt;&lt;p&gt;Phiên nghiệm thu tại cơ sở: hội đồng nghiệm thu, đối chiếu hạng mục được duyệt với thực tế bàn giao, kinh phí bằng số và bằng chữ, biên bản ký tại chỗ. Phần này sẽ có trong bản cập nhật tới; các khảo sát, kiểm tra của đề án được dùng tiếp ở đó.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Thông tin đề án</source>
        <translation>Thông tin đề án</translation>
    </message>
    <message>
        <source>Nghiệm thu (sắp có)</source>
        <translation>Nghiệm thu (sắp có)</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Chuyể&amp;n sang «{status}»</source>
        <translation>Chuyể&amp;n sang «{status}»</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Biên bản ({n})</source>
        <translation>Biên bản ({n})</translation>
    </message>
    <message>
        <source>← &amp;Danh sách đề án</source>
        <translation>← &amp;Danh sách đề án</translation>
    </message>
    <message>
        <source>&amp;Thêm cơ sở thụ hưởng…</source>
        <translation>&amp;Thêm cơ sở thụ hưởng…</translation>
    </message>
    <message>
        <source>&amp;Bỏ khỏi danh sách</source>
        <translation>&amp;Bỏ khỏi danh sách</translation>
    </message>
    <message>
        <source>Lập biên bản khảo &amp;sát…</source>
        <translation>Lập biên bản khảo &amp;sát…</translation>
    </message>
    <message>
        <source>Lập biên bản &amp;kiểm tra…</source>
        <translation>Lập biên bản &amp;kiểm tra…</translation>
    </message>
    <message>
        <source>Bấm đúp (hoặc Enter) vào một biên bản để mở.</source>
        <translation>Bấm đúp (hoặc Enter) vào một biên bản để mở.</translation>
    </message>
    <message>
        <source>&amp;Lưu đề án</source>
        <translation>&amp;Lưu đề án</translation>
    </message>
    <message>
        <source>Bỏ th&amp;ay đổi</source>
        <translation>Bỏ th&amp;ay đổi</translation>
    </message>
    <message>
        <source>Đề án mới</source>
        <translation>Đề án mới</translation>
    </message>
    <message>
        <source>Trạng thái: &lt;b style=&quot;color:{color}&quot;&gt;{status}&lt;/b&gt;</source>
        <translation>Trạng thái: &lt;b style=&quot;color:{color}&quot;&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Hủy đề án…</source>
        <translation>&amp;Hủy đề án…</translation>
    </message>
    <message>
        <source>Có thay đổi chưa lưu.</source>
        <translation>Có thay đổi chưa lưu.</translation>
    </message>
    <message>
        <source>Cơ sở thụ hưởng ({n})</source>
        <translation>Cơ sở thụ hưởng ({n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} cảnh báo theo quy định&lt;/b&gt; (chỉ để lưu ý, không chặn việc lưu):&lt;ul style=&quot;margin:2px 0 0 -20px&quot;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;{n} cảnh báo theo quy định&lt;/b&gt; (chỉ để lưu ý, không chặn việc lưu):&lt;ul style=&quot;margin:2px 0 0 -20px&quot;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Cộng: tổng {total} · khuyến công {kc} · đối ứng {counterpart}</source>
        <translation>Cộng: tổng {total} · khuyến công {kc} · đối ứng {counterpart}</translation>
    </message>
    <message>
        <source>Cơ sở này đã có trong danh sách thụ hưởng.</source>
        <translation>Cơ sở này đã có trong danh sách thụ hưởng.</translation>
    </message>
    <message>
        <source>Chưa lưu được: hãy sửa {fields}.</source>
        <translation>Chưa lưu được: hãy sửa {fields}.</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Chuyển đề án sang trạng thái «{status}»?</source>
        <translation>Chuyển đề án sang trạng thái «{status}»?</translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>Chuyển trạng thái</source>
        <translation>Chuyển trạng thái</translation>
    </message>
    <message>
        <source>Hủy đề án</source>
        <translation>Hủy đề án</translation>
    </message>
    <message>
        <source>Đề án được giữ lại với trạng thái «Đã hủy» và lý do trong lịch sử.

Lý do hủy đề án:</source>
        <translation>Đề án được giữ lại với trạng thái «Đã hủy» và lý do trong lịch sử.

Lý do hủy đề án:</translation>
    </message>
    <message>
        <source>Đề án chưa lưu</source>
        <translation>Đề án chưa lưu</translation>
    </message>
    <message>
        <source>Đề án có thay đổi chưa lưu. Lưu trước khi quay lại danh sách?</source>
        <translation>Đề án có thay đổi chưa lưu. Lưu trước khi quay lại danh sách?</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Ở lại</source>
        <translation>Ở lại</translation>
    </message>
</context>
<context>
    <name>RankInput</name>
    <message>
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Bỏ xếp hạng</source>
        <translation>Bỏ xếp hạng</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Giờ không đọc được; hãy gõ dạng 08:30.</source>
        <translation>Giờ không đọc được; hãy gõ dạng 08:30.</translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <translation>Người đại diện</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Nội dung phiếu</source>
        <translation>Nội dung phiếu</translation>
    </message>
    <message>
        <source>Ảnh ({n})</source>
        <translation>Ảnh ({n})</translation>
    </message>
    <message>
        <source>Kết luận, việc cần làm</source>
        <translation>Kết luận, việc cần làm</translation>
    </message>
    <message>
        <source>Biên bản khảo sát, thẩm tra</source>
        <translation>Biên bản khảo sát, thẩm tra</translation>
    </message>
    <message>
        <source>Biên bản kiểm tra</source>
        <translation>Biên bản kiểm tra</translation>
    </message>
    <message>
        <source>biên bản</source>
        <translation>biên bản</translation>
    </message>
    <message>
        <source>Đề án</source>
        <translation>Đề án</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Ngày lập biên bản</source>
        <translation>Ngày lập biên bản</translation>
    </message>
    <message>
        <source>Giờ bắt đầu</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>Giờ kết thúc</source>
        <translation>Giờ kết thúc</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Thành phần tham dự</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Những điều phát hiện</source>
        <translation>Những điều phát hiện</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Ảnh (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>Ảnh (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Chọn ảnh cho: {what}</source>
        <translation>Chọn ảnh cho: {what}</translation>
    </message>
    <message>
        <source>Đang xử lý ảnh {n}/{total}…</source>
        <translation>Đang xử lý ảnh {n}/{total}…</translation>
    </message>
    <message>
        <source>Đang thêm ảnh…</source>
        <translation>Đang thêm ảnh…</translation>
    </message>
    <message>
        <source>Thêm ảnh</source>
        <translation>Thêm ảnh</translation>
    </message>
</context>
<context>
    <name>RepeatBox</name>
    <message>
        <source>Chưa có lượt nào.</source>
        <translation>Chưa có lượt nào.</translation>
    </message>
    <message>
        <source>Chưa có lượt nào: số lượt theo câu «{question}».</source>
        <translation>Chưa có lượt nào: số lượt theo câu «{question}».</translation>
    </message>
    <message>
        <source>Chưa có lượt nào: số lượt được tính từ các câu trả lời khác.</source>
        <translation>Chưa có lượt nào: số lượt được tính từ các câu trả lời khác.</translation>
    </message>
    <message>
        <source>+ Thêm {what}</source>
        <translation>+ Thêm {what}</translation>
    </message>
    <message>
        <source>+ Thêm lượt</source>
        <translation>+ Thêm lượt</translation>
    </message>
    <message>
        <source>Thêm một lượt: {what}</source>
        <translation>Thêm một lượt: {what}</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Xóa {what}</source>
        <translation>Xóa {what}</translation>
    </message>
    <message>
        <source>Lượt này không áp dụng theo điều kiện của nhóm lặp.</source>
        <translation>Lượt này không áp dụng theo điều kiện của nhóm lặp.</translation>
    </message>
</context>
<context>
    <name>RepeatTexts</name>
    <message>
        <source>Lượt {n}</source>
        <translation>Lượt {n}</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Tổng các dòng: một đề án (hay cơ sở) có ở nhiều dòng được đếm ở mỗi dòng; số không trùng ở phần tổng hợp phía trên.</source>
        <translation>Tổng các dòng: một đề án (hay cơ sở) có ở nhiều dòng được đếm ở mỗi dòng; số không trùng ở phần tổng hợp phía trên.</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Chỉ hiện các dòng bị từ chối</source>
        <translation>Chỉ hiện các dòng bị từ chối</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Đang kiểm tra từng dòng của tệp…</source>
        <translation>Đang kiểm tra từng dòng của tệp…</translation>
    </message>
    <message>
        <source>Đang nhập các cơ sở…</source>
        <translation>Đang nhập các cơ sở…</translation>
    </message>
    <message>
        <source>Nhập từ Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <source>Trang tính «{sheet}», dòng tiêu đề {row}.</source>
        <translation>Trang tính «{sheet}», dòng tiêu đề {row}.</translation>
    </message>
    <message>
        <source>Cột nhận được: {columns}.</source>
        <translation>Cột nhận được: {columns}.</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Các dòng bị từ chối sẽ không được nhập; hãy sửa chúng trong Excel rồi nhập lại.</source>
        <translation>Các dòng bị từ chối sẽ không được nhập; hãy sửa chúng trong Excel rồi nhập lại.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Số đề án</source>
        <translation>Số đề án</translation>
    </message>
    <message>
        <source>Số cơ sở</source>
        <translation>Số cơ sở</translation>
    </message>
    <message>
        <source>Được duyệt (đồng)</source>
        <translation>Được duyệt (đồng)</translation>
    </message>
    <message>
        <source>Đã tạm ứng (đồng)</source>
        <translation>Đã tạm ứng (đồng)</translation>
    </message>
    <message>
        <source>Đã quyết toán (đồng)</source>
        <translation>Đã quyết toán (đồng)</translation>
    </message>
    <message>
        <source>Tỷ lệ giải ngân</source>
        <translation>Tỷ lệ giải ngân</translation>
    </message>
    <message>
        <source>Vốn đối ứng (đồng)</source>
        <translation>Vốn đối ứng (đồng)</translation>
    </message>
    <message>
        <source>Nữ làm chủ</source>
        <translation>Nữ làm chủ</translation>
    </message>
    <message>
        <source>Dân tộc thiểu số làm chủ</source>
        <translation>Dân tộc thiểu số làm chủ</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Tất cả các đơn vị</source>
        <translation>Tất cả các đơn vị</translation>
    </message>
    <message>
        <source>Lập báo cáo</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <source>Lưu &amp;Excel…</source>
        <translation>Lưu &amp;Excel…</translation>
    </message>
    <message>
        <source>Chọn năm kế hoạch rồi bấm «Lập báo cáo».</source>
        <translation>Chọn năm kế hoạch rồi bấm «Lập báo cáo».</translation>
    </message>
    <message>
        <source>Năm kế hoạch:</source>
        <translation>Năm kế hoạch:</translation>
    </message>
    <message>
        <source>Số liệu của:</source>
        <translation>Số liệu của:</translation>
    </message>
    <message>
        <source>Đề án</source>
        <translation>Đề án</translation>
    </message>
    <message>
        <source>Cơ sở được hỗ trợ</source>
        <translation>Cơ sở được hỗ trợ</translation>
    </message>
    <message>
        <source>Kinh phí được duyệt</source>
        <translation>Kinh phí được duyệt</translation>
    </message>
    <message>
        <source>Đã tạm ứng</source>
        <translation>Đã tạm ứng</translation>
    </message>
    <message>
        <source>Đã quyết toán</source>
        <translation>Đã quyết toán</translation>
    </message>
    <message>
        <source>Tỷ lệ giải ngân</source>
        <translation>Tỷ lệ giải ngân</translation>
    </message>
    <message>
        <source>Cơ sở do nữ làm chủ</source>
        <translation>Cơ sở do nữ làm chủ</translation>
    </message>
    <message>
        <source>Dân tộc thiểu số làm chủ</source>
        <translation>Dân tộc thiểu số làm chủ</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp kết quả khuyến công</source>
        <translation>Báo cáo tổng hợp kết quả khuyến công</translation>
    </message>
    <message>
        <source>Đang lập báo cáo năm {year}…</source>
        <translation>Đang lập báo cáo năm {year}…</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Không có đề án đã phê duyệt nào của năm {year}.</source>
        <translation>Không có đề án đã phê duyệt nào của năm {year}.</translation>
    </message>
    <message>
        <source>Báo cáo năm {year} · {scope} · lập ngày {day}.</source>
        <translation>Báo cáo năm {year} · {scope} · lập ngày {day}.</translation>
    </message>
    <message>
        <source>Không tính các đề án chưa phê duyệt hoặc đã hủy ({list}).</source>
        <translation>Không tính các đề án chưa phê duyệt hoặc đã hủy ({list}).</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công {what}</source>
        <translation>Kinh phí khuyến công {what}</translation>
    </message>
    <message>
        <source>({n} dòng nhiều nhất)</source>
        <translation>({n} dòng nhiều nhất)</translation>
    </message>
    <message>
        <source>Được duyệt</source>
        <translation>Được duyệt</translation>
    </message>
    <message>
        <source>triệu đồng</source>
        <translation>triệu đồng</translation>
    </message>
    <message>
        <source>Lưu báo cáo ra Excel</source>
        <translation>Lưu báo cáo ra Excel</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo năm {year} vào tệp «{file}».</source>
        <translation>Đã lưu báo cáo năm {year} vào tệp «{file}».</translation>
    </message>
    <message>
        <source>Đang ghi tệp Excel…</source>
        <translation>Đang ghi tệp Excel…</translation>
    </message>
    <message>
        <source>Lưu Excel</source>
        <translation>Lưu Excel</translation>
    </message>
</context>
<context>
    <name>SelectMultipleInput</name>
    <message>
        <source>Chọn…</source>
        <translation>Chọn…</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Chữ ký — {name}</source>
        <translation>Chữ ký — {name}</translation>
    </message>
    <message>
        <source>(chưa có tên)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>Ký trong khung trắng bằng chuột, bút hoặc ngón tay. Chữ ký được lưu cùng biên bản và in vào chỗ ký của người này.</source>
        <translation>Ký trong khung trắng bằng chuột, bút hoặc ngón tay. Chữ ký được lưu cùng biên bản và in vào chỗ ký của người này.</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Đã ký trên &amp;giấy</source>
        <translation>Đã ký trên &amp;giấy</translation>
    </message>
    <message>
        <source>Người này ký tay trên bản in; biên bản để trống chỗ ký cho nét mực.</source>
        <translation>Người này ký tay trên bản in; biên bản để trống chỗ ký cho nét mực.</translation>
    </message>
    <message>
        <source>&amp;Lưu chữ ký</source>
        <translation>&amp;Lưu chữ ký</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Xóa nét đã ký để ký lại</source>
        <translation>Xóa nét đã ký để ký lại</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Ký bằng chuột, bút cảm ứng hoặc ngón tay</source>
        <translation>Ký bằng chuột, bút cảm ứng hoặc ngón tay</translation>
    </message>
    <message>
        <source>Ký tại đây</source>
        <translation>Ký tại đây</translation>
    </message>
</context>
<context>
    <name>SiteKeys</name>
    <message>
        <source>Đã đổi khóa. Dấu vân tay cũ: {before}; mới: {after}.

Các gói gửi đi từ nay ký bằng khóa mới, kèm thông báo ký bằng khóa cũ: {other} nhận khóa mới khi đọc gói đầu tiên, không cần gọi điện đối chiếu.</source>
        <translation>Đã đổi khóa. Dấu vân tay cũ: {before}; mới: {after}.

Các gói gửi đi từ nay ký bằng khóa mới, kèm thông báo ký bằng khóa cũ: {other} nhận khóa mới khi đọc gói đầu tiên, không cần gọi điện đối chiếu.</translation>
    </message>
    <message>
        <source>Đổi khóa</source>
        <translation>Đổi khóa</translation>
    </message>
    <message>
        <source>Đổi khóa ký và khóa mã hóa của đơn vị?</source>
        <translation>Đổi khóa ký và khóa mã hóa của đơn vị?</translation>
    </message>
    <message>
        <source>Nên đổi khóa định kỳ, hoặc khi thay máy. {other} nhận khóa mới qua thông báo ký bằng khóa cũ. Nếu máy bị mất hay bị đánh cắp, đổi khóa thôi chưa đủ: hãy báo {other} thu hồi khóa cũ, rồi gửi thẻ khóa mới để đối chiếu dấu vân tay qua điện thoại.</source>
        <translation>Nên đổi khóa định kỳ, hoặc khi thay máy. {other} nhận khóa mới qua thông báo ký bằng khóa cũ. Nếu máy bị mất hay bị đánh cắp, đổi khóa thôi chưa đủ: hãy báo {other} thu hồi khóa cũ, rồi gửi thẻ khóa mới để đối chiếu dấu vân tay qua điện thoại.</translation>
    </message>
    <message>
        <source>Mật khẩu khóa của Sở</source>
        <translation>Mật khẩu khóa của Sở</translation>
    </message>
    <message>
        <source>Mật khẩu bảo vệ khóa của Sở:</source>
        <translation>Mật khẩu bảo vệ khóa của Sở:</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Trao đổi dữ liệu</source>
        <translation>Trao đổi dữ liệu</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Xung đột ({n})</source>
        <translation>Xung đột ({n})</translation>
    </message>
</context>
<context>
    <name>SyncCityView</name>
    <message>
        <source>Không ghi được vào thư mục «{folder}» ({why}). Hãy kiểm tra USB hoặc chọn thư mục khác.</source>
        <translation>Không ghi được vào thư mục «{folder}» ({why}). Hãy kiểm tra USB hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Các đơn vị dùng thẻ khóa này (hoặc bất kỳ tệp nào Sở gửi) để tin cậy Sở.</source>
        <translation>Các đơn vị dùng thẻ khóa này (hoặc bất kỳ tệp nào Sở gửi) để tin cậy Sở.</translation>
    </message>
    <message>
        <source>Khóa mới được báo cho các đơn vị bằng thông báo ký bằng khóa cũ.</source>
        <translation>Khóa mới được báo cho các đơn vị bằng thông báo ký bằng khóa cũ.</translation>
    </message>
    <message>
        <source>các đơn vị</source>
        <translation>các đơn vị</translation>
    </message>
    <message>
        <source>Lưu thẻ &amp;khóa của Sở…</source>
        <translation>Lưu thẻ &amp;khóa của Sở…</translation>
    </message>
    <message>
        <source>Đổi khóa của &amp;Sở…</source>
        <translation>Đổi khóa của &amp;Sở…</translation>
    </message>
    <message>
        <source>&amp;Nhập gói…</source>
        <translation>&amp;Nhập gói…</translation>
    </message>
    <message>
        <source>Nhập cả thư &amp;mục…</source>
        <translation>Nhập cả thư &amp;mục…</translation>
    </message>
    <message>
        <source>Ghi &amp;biên nhận cho các đơn vị…</source>
        <translation>Ghi &amp;biên nhận cho các đơn vị…</translation>
    </message>
    <message>
        <source>Xuất gói &amp;danh mục…</source>
        <translation>Xuất gói &amp;danh mục…</translation>
    </message>
    <message>
        <source>Gói khôi phục cho đơn &amp;vị…</source>
        <translation>Gói khôi phục cho đơn &amp;vị…</translation>
    </message>
    <message>
        <source>Mọi dữ liệu Sở đang giữ của một đơn vị, để đơn vị mất máy lấy lại bằng «Đọc biên nhận / gói danh mục của Sở…».</source>
        <translation>Mọi dữ liệu Sở đang giữ của một đơn vị, để đơn vị mất máy lấy lại bằng «Đọc biên nhận / gói danh mục của Sở…».</translation>
    </message>
    <message>
        <source>Chưa nhập gói nào trong lần làm việc này.</source>
        <translation>Chưa nhập gói nào trong lần làm việc này.</translation>
    </message>
    <message>
        <source>Gói</source>
        <translation>Gói</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Bấm «Nhập gói…» hoặc «Nhập cả thư mục…» để nhập gói các đơn vị gửi.</source>
        <translation>Bấm «Nhập gói…» hoặc «Nhập cả thư mục…» để nhập gói các đơn vị gửi.</translation>
    </message>
    <message>
        <source>Không thiếu gói nào.</source>
        <translation>Không thiếu gói nào.</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa của Sở:</source>
        <translation>Dấu vân tay khóa của Sở:</translation>
    </message>
    <message>
        <source>Kết quả nhập</source>
        <translation>Kết quả nhập</translation>
    </message>
    <message>
        <source>Gói còn thiếu</source>
        <translation>Gói còn thiếu</translation>
    </message>
    <message>
        <source>Nhận dữ liệu từ các đơn vị</source>
        <translation>Nhận dữ liệu từ các đơn vị</translation>
    </message>
    <message>
        <source>Chọn các gói dữ liệu của đơn vị</source>
        <translation>Chọn các gói dữ liệu của đơn vị</translation>
    </message>
    <message>
        <source>Chọn thư mục chứa các gói (ví dụ USB)</source>
        <translation>Chọn thư mục chứa các gói (ví dụ USB)</translation>
    </message>
    <message>
        <source>Đang nhập gói…</source>
        <translation>Đang nhập gói…</translation>
    </message>
    <message>
        <source>Nhập gói của đơn vị</source>
        <translation>Nhập gói của đơn vị</translation>
    </message>
    <message>
        <source>(Nhấn đúp để tin cậy đơn vị {code}.)</source>
        <translation>(Nhấn đúp để tin cậy đơn vị {code}.)</translation>
    </message>
    <message>
        <source>Lần nhập lúc {time}: {n} gói — {ok} đã nhập, {already} đã có từ trước, {bad} bị từ chối.</source>
        <translation>Lần nhập lúc {time}: {n} gói — {ok} đã nhập, {already} đã có từ trước, {bad} bị từ chối.</translation>
    </message>
    <message>
        <source>Đã dừng theo yêu cầu: các gói còn lại chưa nhập; các gói đã nhập được giữ.</source>
        <translation>Đã dừng theo yêu cầu: các gói còn lại chưa nhập; các gói đã nhập được giữ.</translation>
    </message>
    <message>
        <source>Có gói của đơn vị chưa được tin cậy: {links}. Bấm vào tên đơn vị để xác nhận khóa của đơn vị qua điện thoại; sau khi tin cậy, các gói của đơn vị đó được nhập lại ngay.</source>
        <translation>Có gói của đơn vị chưa được tin cậy: {links}. Bấm vào tên đơn vị để xác nhận khóa của đơn vị qua điện thoại; sau khi tin cậy, các gói của đơn vị đó được nhập lại ngay.</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa của Sở</source>
        <translation>Lưu thẻ khóa của Sở</translation>
    </message>
    <message>
        <source>Thẻ khóa (*.json)</source>
        <translation>Thẻ khóa (*.json)</translation>
    </message>
    <message>
        <source>Đã lưu thẻ khóa của Sở vào «{path}».</source>
        <translation>Đã lưu thẻ khóa của Sở vào «{path}».</translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi biên nhận</source>
        <translation>Chọn thư mục để ghi biên nhận</translation>
    </message>
    <message>
        <source>biên nhận</source>
        <translation>biên nhận</translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi gói danh mục</source>
        <translation>Chọn thư mục để ghi gói danh mục</translation>
    </message>
    <message>
        <source>gói danh mục</source>
        <translation>gói danh mục</translation>
    </message>
    <message>
        <source>Đang ghi gói danh mục cho các đơn vị…</source>
        <translation>Đang ghi gói danh mục cho các đơn vị…</translation>
    </message>
    <message>
        <source>Xuất gói danh mục</source>
        <translation>Xuất gói danh mục</translation>
    </message>
    <message>
        <source>Chưa có đơn vị nào được tin cậy.</source>
        <translation>Chưa có đơn vị nào được tin cậy.</translation>
    </message>
    <message>
        <source>Gói khôi phục</source>
        <translation>Gói khôi phục</translation>
    </message>
    <message>
        <source>Đơn vị cần lấy lại dữ liệu:</source>
        <translation>Đơn vị cần lấy lại dữ liệu:</translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi gói khôi phục</source>
        <translation>Chọn thư mục để ghi gói khôi phục</translation>
    </message>
    <message>
        <source>Đã ghi gói khôi phục cho {code} ({n} bản ghi, {files} tệp đính kèm) vào &lt;b&gt;{path}&lt;/b&gt;. Đơn vị đọc gói này sau khi khôi phục bản sao lưu.</source>
        <translation>Đã ghi gói khôi phục cho {code} ({n} bản ghi, {files} tệp đính kèm) vào &lt;b&gt;{path}&lt;/b&gt;. Đơn vị đọc gói này sau khi khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <source>Chưa có đơn vị nào được tin cậy, nên chưa có {what} nào để ghi.</source>
        <translation>Chưa có đơn vị nào được tin cậy, nên chưa có {what} nào để ghi.</translation>
    </message>
    <message>
        <source>Đã ghi {n} {what} vào thư mục &lt;b&gt;{folder}&lt;/b&gt;: {names}. Gửi mỗi đơn vị tệp mang mã của đơn vị đó.</source>
        <translation>Đã ghi {n} {what} vào thư mục &lt;b&gt;{folder}&lt;/b&gt;: {names}. Gửi mỗi đơn vị tệp mang mã của đơn vị đó.</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Mở thư mục</translation>
    </message>
</context>
<context>
    <name>SyncOfficeView</name>
    <message>
        <source>Gói dữ liệu KC Desktop (*.kcpkg);;Mọi tệp (*)</source>
        <translation>Gói dữ liệu KC Desktop (*.kcpkg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>biên nhận: Sở đã nhận đủ đến thay đổi số {n}.</source>
        <translation>biên nhận: Sở đã nhận đủ đến thay đổi số {n}.</translation>
    </message>
    <message>
        <source>Không có gì mới so với biên nhận trước.</source>
        <translation>Không có gì mới so với biên nhận trước.</translation>
    </message>
    <message>
        <source>Lần xuất tới chỉ gồm các thay đổi sau số này.</source>
        <translation>Lần xuất tới chỉ gồm các thay đổi sau số này.</translation>
    </message>
    <message>
        <source>đây là gói dữ liệu của một đơn vị, không phải tệp của Sở; gói này chỉ nhập được ở máy của Sở.</source>
        <translation>đây là gói dữ liệu của một đơn vị, không phải tệp của Sở; gói này chỉ nhập được ở máy của Sở.</translation>
    </message>
    <message>
        <source>không phải biên nhận hay gói danh mục của Sở.</source>
        <translation>không phải biên nhận hay gói danh mục của Sở.</translation>
    </message>
    <message>
        <source>không đọc được: {why} Không có gì thay đổi.</source>
        <translation>không đọc được: {why} Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>gói khôi phục này đã đọc trước đó, không có gì thay đổi.</source>
        <translation>gói khôi phục này đã đọc trước đó, không có gì thay đổi.</translation>
    </message>
    <message>
        <source>gói danh mục này đã đọc trước đó, không có gì thay đổi.</source>
        <translation>gói danh mục này đã đọc trước đó, không có gì thay đổi.</translation>
    </message>
    <message>
        <source>đã cập nhật danh mục của Sở: {n} bản ghi ({new} mới, {changed} thay đổi, {same} không đổi)</source>
        <translation>đã cập nhật danh mục của Sở: {n} bản ghi ({new} mới, {changed} thay đổi, {same} không đổi)</translation>
    </message>
    <message>
        <source>{n} xung đột cần xem xét ở thẻ «Xung đột»</source>
        <translation>{n} xung đột cần xem xét ở thẻ «Xung đột»</translation>
    </message>
    <message>
        <source>{n} khóa mới của Sở</source>
        <translation>{n} khóa mới của Sở</translation>
    </message>
    <message>
        <source>bảng mức hỗ trợ</source>
        <translation>bảng mức hỗ trợ</translation>
    </message>
    <message>
        <source>Đang đọc {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <source>Dữ liệu đi và về bằng tệp có chữ ký số, mang bằng USB hoặc gửi thư điện tử; không cần mạng. Sở chỉ nhận gói của đơn vị đã được Sở tin cậy.</source>
        <translation>Dữ liệu đi và về bằng tệp có chữ ký số, mang bằng USB hoặc gửi thư điện tử; không cần mạng. Sở chỉ nhận gói của đơn vị đã được Sở tin cậy.</translation>
    </message>
    <message>
        <source>Trao đổi dữ liệu với Sở Công Thương</source>
        <translation>Trao đổi dữ liệu với Sở Công Thương</translation>
    </message>
    <message>
        <source>Gửi dữ liệu cho Sở</source>
        <translation>Gửi dữ liệu cho Sở</translation>
    </message>
    <message>
        <source>Xuất lại toàn bộ (kể cả dữ liệu Sở đã nhận)</source>
        <translation>Xuất lại toàn bộ (kể cả dữ liệu Sở đã nhận)</translation>
    </message>
    <message>
        <source>Mã hóa cho Sở</source>
        <translation>Mã hóa cho Sở</translation>
    </message>
    <message>
        <source>Xuất dữ liệu gửi Sở…</source>
        <translation>Xuất dữ liệu gửi Sở…</translation>
    </message>
    <message>
        <source>Nhận từ Sở</source>
        <translation>Nhận từ Sở</translation>
    </message>
    <message>
        <source>Đọc biên nhận / gói danh mục của Sở…</source>
        <translation>Đọc biên nhận / gói danh mục của Sở…</translation>
    </message>
    <message>
        <source>Biên nhận cho biết Sở đã nhận đến đâu; gói danh mục mang đề án được duyệt, mẫu phiếu, mức hỗ trợ và khóa của Sở; gói khôi phục trả lại dữ liệu của đơn vị sau khi mất máy.</source>
        <translation>Biên nhận cho biết Sở đã nhận đến đâu; gói danh mục mang đề án được duyệt, mẫu phiếu, mức hỗ trợ và khóa của Sở; gói khôi phục trả lại dữ liệu của đơn vị sau khi mất máy.</translation>
    </message>
    <message>
        <source>Khóa của đơn vị và của Sở</source>
        <translation>Khóa của đơn vị và của Sở</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa…</source>
        <translation>Lưu thẻ khóa…</translation>
    </message>
    <message>
        <source>Lưu khóa công khai của đơn vị thành tệp nhỏ để gửi Sở đăng ký.</source>
        <translation>Lưu khóa công khai của đơn vị thành tệp nhỏ để gửi Sở đăng ký.</translation>
    </message>
    <message>
        <source>Khi cán bộ của Sở gọi điện xác nhận, hãy đọc dãy này cho họ.</source>
        <translation>Khi cán bộ của Sở gọi điện xác nhận, hãy đọc dãy này cho họ.</translation>
    </message>
    <message>
        <source>Tin cậy khóa của Sở…</source>
        <translation>Tin cậy khóa của Sở…</translation>
    </message>
    <message>
        <source>Đổi khóa…</source>
        <translation>Đổi khóa…</translation>
    </message>
    <message>
        <source>Khóa mới được báo cho Sở bằng thông báo ký bằng khóa cũ.</source>
        <translation>Khóa mới được báo cho Sở bằng thông báo ký bằng khóa cũ.</translation>
    </message>
    <message>
        <source>Sở</source>
        <translation>Sở</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa của đơn vị này:</source>
        <translation>Dấu vân tay khóa của đơn vị này:</translation>
    </message>
    <message>
        <source>Khóa của Sở:</source>
        <translation>Khóa của Sở:</translation>
    </message>
    <message>
        <source>Theo biên nhận gần nhất, Sở đã nhận đủ đến thay đổi số &lt;b&gt;{ack}&lt;/b&gt;.</source>
        <translation>Theo biên nhận gần nhất, Sở đã nhận đủ đến thay đổi số &lt;b&gt;{ack}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Chưa có biên nhận nào của Sở.</source>
        <translation>Chưa có biên nhận nào của Sở.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; thay đổi chưa được Sở xác nhận (đến số {last}).</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; thay đổi chưa được Sở xác nhận (đến số {last}).</translation>
    </message>
    <message>
        <source>Không có thay đổi nào chờ gửi.</source>
        <translation>Không có thay đổi nào chờ gửi.</translation>
    </message>
    <message>
        <source>Chưa tin cậy khóa của Sở: chưa đọc được biên nhận, danh mục của Sở và chưa mã hóa được gói gửi Sở.</source>
        <translation>Chưa tin cậy khóa của Sở: chưa đọc được biên nhận, danh mục của Sở và chưa mã hóa được gói gửi Sở.</translation>
    </message>
    <message>
        <source>{name} ({code}) · dấu vân tay {fingerprint} · tin cậy từ {date}</source>
        <translation>{name} ({code}) · dấu vân tay {fingerprint} · tin cậy từ {date}</translation>
    </message>
    <message>
        <source>Chỉ Sở mở được gói; mất USB cũng không lộ dữ liệu.</source>
        <translation>Chỉ Sở mở được gói; mất USB cũng không lộ dữ liệu.</translation>
    </message>
    <message>
        <source>Cần tin cậy khóa của Sở (có khóa mã hóa) trước.</source>
        <translation>Cần tin cậy khóa của Sở (có khóa mã hóa) trước.</translation>
    </message>
    <message>
        <source>Chọn thư mục (ví dụ USB) để lưu gói gửi Sở</source>
        <translation>Chọn thư mục (ví dụ USB) để lưu gói gửi Sở</translation>
    </message>
    <message>
        <source>Đang xuất dữ liệu gửi Sở…</source>
        <translation>Đang xuất dữ liệu gửi Sở…</translation>
    </message>
    <message>
        <source>Xuất dữ liệu</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <source>Không có thay đổi mới để gửi Sở: Sở đã có mọi dữ liệu đến thay đổi số {n}. Muốn gửi lại tất cả, chọn «Xuất lại toàn bộ».</source>
        <translation>Không có thay đổi mới để gửi Sở: Sở đã có mọi dữ liệu đến thay đổi số {n}. Muốn gửi lại tất cả, chọn «Xuất lại toàn bộ».</translation>
    </message>
    <message>
        <source>Đã ghi gói &lt;b&gt;{path}&lt;/b&gt;: {n} bản ghi, {files} tệp đính kèm (thay đổi số {first}–{last}). Mang tệp này đến Sở hoặc gửi qua thư điện tử.</source>
        <translation>Đã ghi gói &lt;b&gt;{path}&lt;/b&gt;: {n} bản ghi, {files} tệp đính kèm (thay đổi số {first}–{last}). Mang tệp này đến Sở hoặc gửi qua thư điện tử.</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Chưa ghi tệp nào.</source>
        <translation>Chưa ghi tệp nào.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục đã chọn ({why}). Dữ liệu trong máy không thay đổi; hãy kiểm tra USB hoặc chọn thư mục khác rồi xuất lại.</source>
        <translation>Không ghi được vào thư mục đã chọn ({why}). Dữ liệu trong máy không thay đổi; hãy kiểm tra USB hoặc chọn thư mục khác rồi xuất lại.</translation>
    </message>
    <message>
        <source>Chọn biên nhận hoặc gói danh mục của Sở</source>
        <translation>Chọn biên nhận hoặc gói danh mục của Sở</translation>
    </message>
    <message>
        <source>Đang đọc tệp của Sở…</source>
        <translation>Đang đọc tệp của Sở…</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa của đơn vị</source>
        <translation>Lưu thẻ khóa của đơn vị</translation>
    </message>
    <message>
        <source>Thẻ khóa (*.json)</source>
        <translation>Thẻ khóa (*.json)</translation>
    </message>
    <message>
        <source>Không ghi được tệp «{name}»: {why}</source>
        <translation>Không ghi được tệp «{name}»: {why}</translation>
    </message>
    <message>
        <source>Đã lưu thẻ khóa vào «{path}». Gửi tệp này cho Sở, rồi đọc dấu vân tay cho cán bộ của Sở khi họ gọi điện xác nhận.</source>
        <translation>Đã lưu thẻ khóa vào «{path}». Gửi tệp này cho Sở, rồi đọc dấu vân tay cho cán bộ của Sở khi họ gọi điện xác nhận.</translation>
    </message>
    <message>
        <source>Thẻ khóa</source>
        <translation>Thẻ khóa</translation>
    </message>
    <message>
        <source>Chọn thẻ khóa hoặc một tệp của Sở</source>
        <translation>Chọn thẻ khóa hoặc một tệp của Sở</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Quản lý mẫu phiếu</source>
        <translation>Quản lý mẫu phiếu</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>Chưa có mẫu phiếu nào. Bấm «Nhập từ Excel…» để nhập một tệp XLSForm.</source>
        <translation>Chưa có mẫu phiếu nào. Bấm «Nhập từ Excel…» để nhập một tệp XLSForm.</translation>
    </message>
    <message>
        <source>Phát hành</source>
        <translation>Phát hành</translation>
    </message>
    <message>
        <source>Đưa bản nháp vào sử dụng; phiên bản đang dùng cùng mã sẽ ngừng dùng.</source>
        <translation>Đưa bản nháp vào sử dụng; phiên bản đang dùng cùng mã sẽ ngừng dùng.</translation>
    </message>
    <message>
        <source>&amp;Nhập từ Excel (XLSForm)…</source>
        <translation>&amp;Nhập từ Excel (XLSForm)…</translation>
    </message>
    <message>
        <source>&amp;Xem trước</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>&amp;Phát hành</source>
        <translation>&amp;Phát hành</translation>
    </message>
    <message>
        <source>Ngừng &amp;dùng</source>
        <translation>Ngừng &amp;dùng</translation>
    </message>
    <message>
        <source>Xuất ra &amp;Excel…</source>
        <translation>Xuất ra &amp;Excel…</translation>
    </message>
    <message>
        <source>Ngừng dùng</source>
        <translation>Ngừng dùng</translation>
    </message>
    <message>
        <source>Mẫu đã phát hành không sửa được: muốn thay đổi, hãy tăng «version» trong trang settings của tệp Excel rồi nhập lại. Biên bản cũ giữ nguyên phiên bản đã dùng.</source>
        <translation>Mẫu đã phát hành không sửa được: muốn thay đổi, hãy tăng «version» trong trang settings của tệp Excel rồi nhập lại. Biên bản cũ giữ nguyên phiên bản đã dùng.</translation>
    </message>
    <message>
        <source>Mẫu phiếu khảo sát, kiểm tra</source>
        <translation>Mẫu phiếu khảo sát, kiểm tra</translation>
    </message>
    <message>
        <source>Nhập mẫu phiếu</source>
        <translation>Nhập mẫu phiếu</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Tệp «{name}» chưa nhập được ({n} lỗi); không có thay đổi nào.</source>
        <translation>Tệp «{name}» chưa nhập được ({n} lỗi); không có thay đổi nào.</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Mọi tệp (*)</source>
        <translation>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Đã nhập «{title}» (phiên bản {version}) dưới dạng bản nháp. Hãy xem trước rồi bấm «Phát hành» để đưa vào sử dụng.</source>
        <translation>Đã nhập «{title}» (phiên bản {version}) dưới dạng bản nháp. Hãy xem trước rồi bấm «Phát hành» để đưa vào sử dụng.</translation>
    </message>
    <message>
        <source>… và {n} lưu ý khác.</source>
        <translation>… và {n} lưu ý khác.</translation>
    </message>
    <message>
        <source>Lưu ý khi đọc tệp:</source>
        <translation>Lưu ý khi đọc tệp:</translation>
    </message>
    <message>
        <source>Phát hành mẫu «{title}» phiên bản {version}?</source>
        <translation>Phát hành mẫu «{title}» phiên bản {version}?</translation>
    </message>
    <message>
        <source>Đã phát hành «{title}»; từ nay biên bản mới dùng mẫu này.</source>
        <translation>Đã phát hành «{title}»; từ nay biên bản mới dùng mẫu này.</translation>
    </message>
    <message>
        <source>Sau khi phát hành, mẫu không sửa được nữa; phiên bản đang dùng cùng mã sẽ chuyển sang «Ngừng dùng».</source>
        <translation>Sau khi phát hành, mẫu không sửa được nữa; phiên bản đang dùng cùng mã sẽ chuyển sang «Ngừng dùng».</translation>
    </message>
    <message>
        <source>Ngừng dùng mẫu «{title}» phiên bản {version}?</source>
        <translation>Ngừng dùng mẫu «{title}» phiên bản {version}?</translation>
    </message>
    <message>
        <source>Đã ngừng dùng «{title}»; các biên bản đã lập vẫn giữ nguyên.</source>
        <translation>Đã ngừng dùng «{title}»; các biên bản đã lập vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>Xuất mẫu phiếu</source>
        <translation>Xuất mẫu phiếu</translation>
    </message>
    <message>
        <source>Đã xuất mẫu ra tệp «{name}».</source>
        <translation>Đã xuất mẫu ra tệp «{name}».</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>thứ hai</source>
        <translation>thứ hai</translation>
    </message>
    <message>
        <source>thứ ba</source>
        <translation>thứ ba</translation>
    </message>
    <message>
        <source>thứ tư</source>
        <translation>thứ tư</translation>
    </message>
    <message>
        <source>thứ năm</source>
        <translation>thứ năm</translation>
    </message>
    <message>
        <source>thứ sáu</source>
        <translation>thứ sáu</translation>
    </message>
    <message>
        <source>thứ bảy</source>
        <translation>thứ bảy</translation>
    </message>
    <message>
        <source>chủ nhật</source>
        <translation>chủ nhật</translation>
    </message>
    <message>
        <source>Không có bản nháp nào đang dở. Biên bản mới lập ở mục Khảo sát hoặc Kiểm tra.</source>
        <translation>Không có bản nháp nào đang dở. Biên bản mới lập ở mục Khảo sát hoặc Kiểm tra.</translation>
    </message>
    <message>
        <source>Không có việc nào đến hạn trong {n} ngày tới.</source>
        <translation>Không có việc nào đến hạn trong {n} ngày tới.</translation>
    </message>
    <message>
        <source>Tiếp tục &amp;bản nháp</source>
        <translation>Tiếp tục &amp;bản nháp</translation>
    </message>
    <message>
        <source>Đánh dấu đã thực &amp;hiện</source>
        <translation>Đánh dấu đã thực &amp;hiện</translation>
    </message>
    <message>
        <source>&amp;Mở biên bản</source>
        <translation>&amp;Mở biên bản</translation>
    </message>
    <message>
        <source>Biên bản nháp chưa hoàn tất</source>
        <translation>Biên bản nháp chưa hoàn tất</translation>
    </message>
    <message>
        <source>Việc cần làm đến hạn trong {n} ngày (quá hạn tô đỏ)</source>
        <translation>Việc cần làm đến hạn trong {n} ngày (quá hạn tô đỏ)</translation>
    </message>
    <message>
        <source>Hôm nay, {weekday} {date}</source>
        <translation>Hôm nay, {weekday} {date}</translation>
    </message>
    <message>
        <source>nháp</source>
        <translation>nháp</translation>
    </message>
    <message>
        <source>{n} bản nháp đang dở</source>
        <translation>{n} bản nháp đang dở</translation>
    </message>
    <message>
        <source> ({n} bản còn lỗi)</source>
        <translation> ({n} bản còn lỗi)</translation>
    </message>
    <message>
        <source> (đều đã đủ thông tin)</source>
        <translation> (đều đã đủ thông tin)</translation>
    </message>
    <message>
        <source>{n} việc đến hạn trong {d} ngày</source>
        <translation>{n} việc đến hạn trong {d} ngày</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:{color}&quot;&gt;{n} việc quá hạn&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:{color}&quot;&gt;{n} việc quá hạn&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TrustSiteDialog</name>
    <message>
        <source>Thẻ khóa hoặc gói dữ liệu (*.json *.kcpkg);;Mọi tệp (*)</source>
        <translation>Thẻ khóa hoặc gói dữ liệu (*.json *.kcpkg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Tin cậy khóa của đơn vị</source>
        <translation>Tin cậy khóa của đơn vị</translation>
    </message>
    <message>
        <source>Xác nhận khóa của đơn vị</source>
        <translation>Xác nhận khóa của đơn vị</translation>
    </message>
    <message>
        <source>Mã đơn vị:</source>
        <translation>Mã đơn vị:</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Tên đơn vị:</translation>
    </message>
    <message>
        <source>Cấp:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>Gõ dấu vân tay đơn vị kia đọc cho anh/chị</source>
        <translation>Gõ dấu vân tay đơn vị kia đọc cho anh/chị</translation>
    </message>
    <message>
        <source>Tin cậy</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa trong tệp:</source>
        <translation>Dấu vân tay khóa trong tệp:</translation>
    </message>
    <message>
        <source>Dấu vân tay đơn vị kia đọc qua điện thoại:</source>
        <translation>Dấu vân tay đơn vị kia đọc qua điện thoại:</translation>
    </message>
    <message>
        <source>Gọi điện cho cán bộ của {who} và nhờ họ đọc dấu vân tay khóa hiện trong KC Desktop của họ (mục Đồng bộ). Gõ lại dãy họ đọc vào ô dưới đây. Chỉ khi hai dãy trùng khớp mới bấm «Tin cậy»: nếu khác, tệp này có thể không do {who} gửi và không được nhập.</source>
        <translation>Gọi điện cho cán bộ của {who} và nhờ họ đọc dấu vân tay khóa hiện trong KC Desktop của họ (mục Đồng bộ). Gõ lại dãy họ đọc vào ô dưới đây. Chỉ khi hai dãy trùng khớp mới bấm «Tin cậy»: nếu khác, tệp này có thể không do {who} gửi và không được nhập.</translation>
    </message>
    <message>
        <source>Đây là khóa của chính đơn vị này; không cần tin cậy.</source>
        <translation>Đây là khóa của chính đơn vị này; không cần tin cậy.</translation>
    </message>
    <message>
        <source>Tệp này chứa khóa của {code} ({level}), không phải khóa của Sở Công Thương.</source>
        <translation>Tệp này chứa khóa của {code} ({level}), không phải khóa của Sở Công Thương.</translation>
    </message>
    <message>
        <source>Khóa này đã được tin cậy từ ngày {date}; xác nhận lại cũng không sao.</source>
        <translation>Khóa này đã được tin cậy từ ngày {date}; xác nhận lại cũng không sao.</translation>
    </message>
    <message>
        <source>{code} đã có một khóa khác được tin cậy (dấu vân tay {old}). Nếu đơn vị đã cài lại máy, hãy thu hồi khóa cũ trước khi tin cậy khóa mới.</source>
        <translation>{code} đã có một khóa khác được tin cậy (dấu vân tay {old}). Nếu đơn vị đã cài lại máy, hãy thu hồi khóa cũ trước khi tin cậy khóa mới.</translation>
    </message>
    <message>
        <source>Trùng khớp: có thể tin cậy khóa này.</source>
        <translation>Trùng khớp: có thể tin cậy khóa này.</translation>
    </message>
    <message>
        <source>Không khớp.</source>
        <translation>Không khớp.</translation>
    </message>
    <message>
        <source>Hãy đọc lại từng nhóm bốn ký tự; nếu vẫn khác, đừng tin cậy tệp này.</source>
        <translation>Hãy đọc lại từng nhóm bốn ký tự; nếu vẫn khác, đừng tin cậy tệp này.</translation>
    </message>
    <message>
        <source>Đã gõ {n}/32 ký tự.</source>
        <translation>Đã gõ {n}/32 ký tự.</translation>
    </message>
</context>
<context>
    <name>TrustedSitesPanel</name>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>Đã nhận (thay đổi số)</source>
        <translation>Đã nhận (thay đổi số)</translation>
    </message>
    <message>
        <source>Tin cậy từ</source>
        <translation>Tin cậy từ</translation>
    </message>
    <message>
        <source>Chưa tin cậy đơn vị nào: bấm «Tin cậy đơn vị mới…» và chọn thẻ khóa hoặc một gói đơn vị đó gửi.</source>
        <translation>Chưa tin cậy đơn vị nào: bấm «Tin cậy đơn vị mới…» và chọn thẻ khóa hoặc một gói đơn vị đó gửi.</translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Đơn vị đã tin cậy</source>
        <translation>Đơn vị đã tin cậy</translation>
    </message>
    <message>
        <source>T&amp;in cậy đơn vị mới…</source>
        <translation>T&amp;in cậy đơn vị mới…</translation>
    </message>
    <message>
        <source>Thu &amp;hồi</source>
        <translation>Thu &amp;hồi</translation>
    </message>
    <message>
        <source>{name} (đã thu hồi)</source>
        <translation>{name} (đã thu hồi)</translation>
    </message>
    <message>
        <source>— (khóa của Sở)</source>
        <translation>— (khóa của Sở)</translation>
    </message>
    <message>
        <source>chưa nhận gói nào</source>
        <translation>chưa nhận gói nào</translation>
    </message>
    <message>
        <source>Chọn thẻ khóa hoặc một gói của đơn vị</source>
        <translation>Chọn thẻ khóa hoặc một gói của đơn vị</translation>
    </message>
    <message>
        <source>Thu hồi khóa của {code} — {name}?</source>
        <translation>Thu hồi khóa của {code} — {name}?</translation>
    </message>
    <message>
        <source>Sau khi thu hồi, không nhập gói của đơn vị này nữa cho tới khi tin cậy lại. Dữ liệu đã nhập vẫn được giữ.</source>
        <translation>Sau khi thu hồi, không nhập gói của đơn vị này nữa cho tới khi tin cậy lại. Dữ liệu đã nhập vẫn được giữ.</translation>
    </message>
</context>
</TS>
