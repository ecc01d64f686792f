<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AcceptanceEditor</name>
    <message>
        <source>Ngày nghiệm thu</source>
        <translation>Acceptance date</translation>
    </message>
    <message>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Số quyết định thành lập hội đồng</source>
        <translation>Council decision number</translation>
    </message>
    <message>
        <source>Ngày quyết định thành lập hội đồng</source>
        <translation>Council decision date</translation>
    </message>
    <message>
        <source>Hội đồng nghiệm thu</source>
        <translation>Acceptance council</translation>
    </message>
    <message>
        <source>Chữ ký</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Hạng mục</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Ngày quyết định phê duyệt</source>
        <translation>Approval decision date</translation>
    </message>
    <message>
        <source>Ngày hợp đồng</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <source>Hồ sơ, chứng từ</source>
        <translation>Documents and vouchers</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Xóa bản nháp biên bản nghiệm thu này?</source>
        <translation>Delete this draft of the acceptance minutes?</translation>
    </message>
    <message>
        <source>Hội đồng nghiệm &amp;thu</source>
        <translation>Acceptance co&amp;uncil</translation>
    </message>
    <message>
        <source>Giờ không đọc được; hãy gõ dạng 08:30.</source>
        <translation>The time cannot be read; type it as 08:30.</translation>
    </message>
    <message>
        <source>Thông tin ch&amp;ung, hội đồng</source>
        <translation>&amp;General information, council</translation>
    </message>
    <message>
        <source>Hạng &amp;mục, kinh phí</source>
        <translation>&amp;Items, funding</translation>
    </message>
    <message>
        <source>Hồ &amp;sơ, kết luận</source>
        <translation>Docu&amp;ments, conclusion</translation>
    </message>
    <message>
        <source>Ảnh ({n})</source>
        <translation>Photos ({n})</translation>
    </message>
    <message>
        <source>Biên bản nghiệm thu</source>
        <translation>Acceptance minutes</translation>
    </message>
</context>
<context>
    <name>AcceptanceItems</name>
    <message>
        <source>Theo</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Tên thiết bị, hạng mục</source>
        <translation>Equipment or item name</translation>
    </message>
    <message>
        <source>Model, ký hiệu</source>
        <translation>Model, type</translation>
    </message>
    <message>
        <source>Thông số kỹ thuật</source>
        <translation>Technical specifications</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>ĐVT</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Đơn giá (đ)</source>
        <translation>Unit price (VND)</translation>
    </message>
    <message>
        <source>Thành tiền (đ)</source>
        <translation>Amount (VND)</translation>
    </message>
    <message>
        <source>Xuất xứ</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Năm SX</source>
        <translation>Year made</translation>
    </message>
    <message>
        <source>Số sê-ri</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>Nhà cung cấp</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Số hóa đơn</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <source>Ngày hóa đơn</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>Tình trạng lắp đặt, vận hành</source>
        <translation>Installation and operating condition</translation>
    </message>
    <message>
        <source>Thực tế</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Được duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Khác với được duyệt: {fields}</source>
        <translation>Differs from the approved item: {fields}</translation>
    </message>
    <message>
        <source>Đúng như được duyệt</source>
        <translation>As approved</translation>
    </message>
    <message>
        <source>{field} khác với được duyệt: «{approved}» → «{delivered}»</source>
        <translation>{field} differs from the approved item: “{approved}” → “{delivered}”</translation>
    </message>
    <message>
        <source>Chỉ ghi ở dòng «Thực tế»</source>
        <translation>Recorded on the “Actual” row only</translation>
    </message>
    <message>
        <source>Chỉ ghi cho thiết bị thực tế bàn giao</source>
        <translation>Recorded only for the equipment actually handed over</translation>
    </message>
</context>
<context>
    <name>AcceptanceMedia</name>
    <message>
        <source>Ảnh (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Hãy nhập họ tên thành viên trước khi ký.</source>
        <translation>Enter the member&apos;s full name before signing.</translation>
    </message>
    <message>
        <source>Chưa lưu được hội đồng nên chưa ký được: {why}</source>
        <translation>The council could not be saved, so signing is not possible yet: {why}</translation>
    </message>
    <message>
        <source>Ảnh nghiệm thu</source>
        <translation>Acceptance photos</translation>
    </message>
    <message>
        <source>Chọn ảnh buổi nghiệm thu</source>
        <translation>Choose photos of the acceptance session</translation>
    </message>
    <message>
        <source>Đang xử lý ảnh {n}/{total}…</source>
        <translation>Processing photo {n}/{total}…</translation>
    </message>
    <message>
        <source>Đang thêm ảnh…</source>
        <translation>Adding photos…</translation>
    </message>
    <message>
        <source>Thêm ảnh</source>
        <translation>Add photos</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Chưa có tài khoản</source>
        <translation>No account yet</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>Bị khóa đến {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đăng nhập gần nhất</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Đổi mật khẩu của bạn</source>
        <translation>Change your password</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Tài khoản cán bộ</source>
        <translation>Officer accounts</translation>
    </message>
    <message>
        <source>Ngừng tài khoản</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>Tài khoản chỉ có trên máy này, không gửi kèm dữ liệu lên Sở. Tài khoản bị khóa 15 phút sau 5 lần nhập sai mật khẩu liên tiếp; lãnh đạo đơn vị mở khóa được ngay.</source>
        <translation>Accounts exist only on this computer and are never sent to the City Department with the data. An account is locked for 15 minutes after 5 wrong passwords in a row; the head of the office can unlock it at once.</translation>
    </message>
    <message>
        <source>&amp;Thêm cán bộ…</source>
        <translation>&amp;Add officer…</translation>
    </message>
    <message>
        <source>&amp;Mở khóa</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Đặt lại mật &amp;khẩu…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>Đổi &amp;vai trò…</source>
        <translation>&amp;Change role…</translation>
    </message>
    <message>
        <source>&amp;Ngừng tài khoản</source>
        <translation>&amp;Deactivate account</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Cho hoạt độ&amp;ng lại</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>Đã mở khóa tài khoản «{name}».</source>
        <translation>Account “{name}” unlocked.</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu cho {name}</source>
        <translation>Reset the password of {name}</translation>
    </message>
    <message>
        <source>Đổi vai trò</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Vai trò của {name}:</source>
        <translation>Role of {name}:</translation>
    </message>
    <message>
        <source>{name} giờ là {role}.</source>
        <translation>{name} is now {role}.</translation>
    </message>
    <message>
        <source>Ngừng tài khoản «{name}»?</source>
        <translation>Deactivate the account “{name}”?</translation>
    </message>
    <message>
        <source>Cán bộ này không đăng nhập được nữa; những gì họ đã làm vẫn được giữ trong nhật ký.</source>
        <translation>This officer will no longer be able to sign in; everything they did stays in the change log.</translation>
    </message>
    <message>
        <source>Tài khoản «{name}» hoạt động trở lại.</source>
        <translation>The account “{name}” is active again.</translation>
    </message>
    <message>
        <source>Đã ngừng tài khoản «{name}».</source>
        <translation>The account “{name}” has been deactivated.</translation>
    </message>
</context>
<context>
    <name>AcknowledgeInput</name>
    <message>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>ActionsTable</name>
    <message>
        <source>Thêm &amp;việc cần làm</source>
        <translation>&amp;Add follow-up action</translation>
    </message>
    <message>
        <source>Xóa &amp;dòng</source>
        <translation>Delete ro&amp;w</translation>
    </message>
    <message>
        <source>Chưa nhập nội dung việc cần làm; dòng này chưa được lưu.</source>
        <translation>The follow-up action has no description yet; this row is not saved.</translation>
    </message>
    <message>
        <source>Biên bản đã hoàn tất: chỉ cập nhật được tình trạng thực hiện.</source>
        <translation>The minutes are finalized: only the progress of actions can be updated.</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <source>&amp;Quản trị</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Nhật ký thay đổi…</source>
        <translation>Change &amp;log…</translation>
    </message>
    <message>
        <source>&amp;Tài khoản cán bộ…</source>
        <translation>Officer &amp;accounts…</translation>
    </message>
    <message>
        <source>&amp;Ký hiệu số biên bản…</source>
        <translation>&amp;Minutes number symbol…</translation>
    </message>
    <message>
        <source>Đổi &amp;mật khẩu…</source>
        <translation>Change pass&amp;word…</translation>
    </message>
    <message>
        <source>Đang làm việc: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>KC Desktop — không mở được dữ liệu</source>
        <translation>KC Desktop — the data cannot be opened</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Lịch sử thay đổi — {title}</source>
        <translation>Change history — {title}</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Tìm trong nội dung thay đổi, lý do, người thực hiện…</source>
        <translation>Search the changes, reasons, who made them…</translation>
    </message>
    <message>
        <source>Mọi loại dữ liệu</source>
        <translation>All kinds of data</translation>
    </message>
    <message>
        <source>Mọi người thực hiện</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Mọi đơn vị</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>Từ &amp;ngày</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>đến ngà&amp;y</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>‹ Trang t&amp;rước</source>
        <translation>‹ &amp;Previous page</translation>
    </message>
    <message>
        <source>Trang &amp;sau ›</source>
        <translation>&amp;Next page ›</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Không có thay đổi nào khớp với bộ lọc.</source>
        <translation>No changes match the filter.</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Lịch sử thay đổi: {title}</source>
        <translation>Change history: {title}</translation>
    </message>
    <message>
        <source>Mọi thay đổi dữ liệu được ghi lại cùng lúc với thay đổi: ai, lúc nào, trường nào từ giá trị nào sang giá trị nào, và lý do.</source>
        <translation>Every change to the data is recorded as it is made: who, when, which field changed from which value to which, and why.</translation>
    </message>
    <message>
        <source>{first}–{last} trong {total} thay đổi</source>
        <translation>{first}–{last} of {total} changes</translation>
    </message>
    <message>
        <source>phiên bản {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <source>Lý do: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Tạo hàng loạt khi nhập từ tệp: giá trị ban đầu là giá trị trong tệp đã nhập.</source>
        <translation>Created in bulk by an import from a file: the first values are those in the imported file.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Loại dữ liệu</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Thay đổi</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>(chương trình)</source>
        <translation>(the program)</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Đã xảy ra lỗi không mong đợi ({kind}). Thao tác chưa hoàn tất; dữ liệu đã lưu trước đó không bị ảnh hưởng. Chi tiết đã được ghi vào nhật ký; hãy thử lại hoặc báo cho bộ phận hỗ trợ.</source>
        <translation>An unexpected error occurred ({kind}). The operation was not completed; data saved earlier is not affected. The details were written to the log; try again or tell the support team.</translation>
    </message>
    <message>
        <source>Đang hủy, đưa dữ liệu về như cũ…</source>
        <translation>Cancelling, putting the data back as it was…</translation>
    </message>
    <message>
        <source>Đang xử lý</source>
        <translation>Working</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Sao lưu và khôi phục ở đây chỉ dành cho cơ sở dữ liệu trên máy này; với máy chủ PostgreSQL hãy dùng công cụ sao lưu của máy chủ.</source>
        <translation>Backup and restore here are only for a database on this computer; for a PostgreSQL server, use the server&apos;s own backup tools.</translation>
    </message>
    <message>
        <source>Sao lưu dữ liệu</source>
        <translation>Back up data</translation>
    </message>
    <message>
        <source>Bản sao lưu vừa ghi không đọc lại được: {why}</source>
        <translation>The backup just written cannot be read back: {why}</translation>
    </message>
    <message>
        <source>Đã sao lưu dữ liệu vào «{file}» ({what}).</source>
        <translation>Data backed up to “{file}” ({what}).</translation>
    </message>
    <message>
        <source>Đang sao lưu dữ liệu…</source>
        <translation>Backing up data…</translation>
    </message>
    <message>
        <source>Khôi phục từ bản sao lưu</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>Đang kiểm tra bản sao lưu…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Kiểm tra dữ liệu khi khởi động phát hiện lỗi: {problem}

Khôi phục từ bản sao lưu tốt gần nhất «{file}»?</source>
        <translation>The check on start found a problem in the data: {problem}

Restore from the newest good backup, “{file}”?</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu từ bản sao lưu «{file}»?</source>
        <translation>Restore the data from the backup “{file}”?</translation>
    </message>
    <message>
        <source>Bản sao lưu KC Desktop (*.kcbak *.sqlite *.db);;Tất cả tệp (*)</source>
        <translation>KC Desktop backups (*.kcbak *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Bản sao lưu {what}. Dữ liệu đang dùng được giữ lại thành một bản sao lưu trong thư mục «{folder}» trước khi thay; những gì nhập sau thời điểm sao lưu sẽ không có trong dữ liệu khôi phục. Sau khi khôi phục, hãy đọc gói khôi phục của Sở (Đồng bộ → «Đọc biên nhận / gói danh mục của Sở…») để lấy lại những gì đã gửi Sở sau lần sao lưu này.</source>
        <translation>The backup {what}. The data in use is kept as a backup in the folder “{folder}” before it is replaced; anything entered after the backup was made will not be in the restored data. After the restore, read the City Department&apos;s recovery package (Sync → “Read a City Department receipt / reference package…”) to get back what was sent to the City Department after this backup.</translation>
    </message>
    <message>
        <source>Bản sao lưu «{file}» là của đơn vị {backup_code} – {backup_name}, không phải của đơn vị đang dùng {code} – {name}. Vẫn thay dữ liệu của {code} bằng dữ liệu của {backup_code}?</source>
        <translation>The backup “{file}” belongs to office {backup_code} – {backup_name}, not to the office in use, {code} – {name}. Replace the data of {code} with the data of {backup_code} anyway?</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Thay bằng dữ liệu đơn vị khác</source>
        <translation>Replace with another office&apos;s data</translation>
    </message>
    <message>
        <source>Dữ liệu bị hỏng</source>
        <translation>Damaged data</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ «{file}» ({what}).</source>
        <translation>Data restored from “{file}” ({what}).</translation>
    </message>
    <message>
        <source>Dữ liệu trước khi khôi phục được giữ lại tại «{kept}».</source>
        <translation>The data from before the restore is kept at “{kept}”.</translation>
    </message>
    <message>
        <source>Đang khôi phục dữ liệu…</source>
        <translation>Restoring data…</translation>
    </message>
    <message>
        <source>KC Desktop — không mở được dữ liệu</source>
        <translation>KC Desktop — the data cannot be opened</translation>
    </message>
    <message>
        <source>Không sao lưu tự động được: {why}</source>
        <translation>Automatic backup failed: {why}</translation>
    </message>
    <message>
        <source>Sao lưu tự động</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>Đã sao lưu tự động vào «{file}».</source>
        <translation>Automatically backed up to “{file}”.</translation>
    </message>
    <message>
        <source>Kiểm tra dữ liệu khi khởi động phát hiện lỗi: {problem}

Không có bản sao lưu tốt nào để khôi phục. Hãy sao lưu ngay dữ liệu hiện tại (Tệp → Sao lưu dữ liệu…) và liên hệ bộ phận hỗ trợ.</source>
        <translation>The check on start found a problem in the data: {problem}

There is no good backup to restore. Back up the current data now (File → Back up data…) and contact the support team.</translation>
    </message>
    <message>
        <source>Đang tìm bản sao lưu tốt gần nhất…</source>
        <translation>Looking for the newest good backup…</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu: {problem}

Khôi phục từ bản sao lưu tốt gần nhất «{file}»?</source>
        <translation>The database cannot be opened: {problem}

Restore from the newest good backup, “{file}”?</translation>
    </message>
    <message>
        <source>Bản sao lưu {what}. Tệp hỏng được giữ lại trong thư mục «{folder}»; những gì nhập sau thời điểm sao lưu sẽ không có trong dữ liệu khôi phục.</source>
        <translation>The backup {what}. The damaged file is kept in the folder “{folder}”; anything entered after the backup was made will not be in the restored data.</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Tệp hỏng được giữ lại tại «{kept}».</source>
        <translation>The damaged file is kept at “{kept}”.</translation>
    </message>
</context>
<context>
    <name>BatchPrint</name>
    <message>
        <source>Chọn thư mục để lưu các biên bản in ra</source>
        <translation>Choose a folder for the printed minutes</translation>
    </message>
    <message>
        <source>Đang in biên bản {n}/{total}: {name}</source>
        <translation>Printing minutes {n}/{total}: {name}</translation>
    </message>
    <message>
        <source>{why}

Không có tệp nào của lần in này được giữ lại; các tệp có sẵn trong thư mục không bị thay đổi.</source>
        <translation>{why}

No file of this print run was kept; the files already in the folder are unchanged.</translation>
    </message>
    <message>
        <source>Chưa in được</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Đã hủy in. Không có tệp nào của lần in này được giữ lại; các tệp có sẵn trong thư mục không bị thay đổi.</source>
        <translation>Printing cancelled. No file of this print run was kept; the files already in the folder are unchanged.</translation>
    </message>
    <message>
        <source>In hàng loạt</source>
        <translation>Batch print</translation>
    </message>
    <message>
        <source>Đang chuẩn bị in {n} biên bản…</source>
        <translation>Preparing to print {n} minutes…</translation>
    </message>
    <message>
        <source>Đã in {n} biên bản vào thư mục:&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>{n} minutes printed to the folder:&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{n} biên bản còn là bản nháp: bản in có dòng chữ «BẢN NHÁP» và chưa có số, không dùng để ký chính thức.</source>
        <translation>{n} of the minutes are still drafts: their printouts carry the words “BẢN NHÁP” (draft), have no number and are not for official signing.</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Nội dung kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Đạt</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ghi chú (số, ngày chứng từ…)</source>
        <translation>Notes (document numbers, dates…)</translation>
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
        <translation>A backup holds all the data, the office&apos;s keys and every photo and signature, so it is encrypted with this passphrase. The automatic daily backup does not ask for it; it is needed only to restore.

• Use at least {n} characters, easy to read back when needed (for example a short sentence with a number).
• Write it on paper, seal it in an envelope and keep it in the office&apos;s cabinet, not with the computer or the backup USB drive.
• The passphrase is not stored anywhere in the program: if it is lost, the backups cannot be opened.
• Older backups still open with the passphrase that was in use when they were made.</translation>
    </message>
    <message>
        <source>Mật khẩu sao lưu:</source>
        <translation>Backup passphrase:</translation>
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation>Repeat:</translation>
    </message>
</context>
<context>
    <name>ClosingPanel</name>
    <message>
        <source>Những điều phát hiện</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Những điều phát hiện qua khảo sát, kiểm tra…</source>
        <translation>What the survey or inspection found…</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Kết luận của đoàn…</source>
        <translation>Conclusion of the team…</translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Kiến nghị, đề xuất…</source>
        <translation>Recommendations, proposals…</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Mỗi nơi nhận một dòng, ví dụ:
Sở Công Thương Hà Nội;
Cơ sở …;
Lưu: VT.</source>
        <translation>One recipient a line, e.g.:
Sở Công Thương Hà Nội;
Cơ sở …;
Lưu: VT.</translation>
    </message>
    <message>
        <source>Mỗi nơi nhận một bản: «lập thành … bản» đếm theo danh sách này. Chưa sửa thì danh sách đi theo thành phần tham dự.</source>
        <translation>One copy for each recipient: “made in … copies” counts this list. Until edited, the list follows the attendees.</translation>
    </message>
    <message>
        <source>Bỏ danh sách đã sửa, lập lại theo thành phần tham dự</source>
        <translation>Drop the edited list and lay it out again from the attendees</translation>
    </message>
    <message>
        <source>&amp;Lập lại theo thành phần</source>
        <translation>&amp;Rebuild from attendees</translation>
    </message>
    <message>
        <source>Việc cần làm sau biên bản</source>
        <translation>Follow-up actions after the minutes</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <source>Sự phù hợp với nội dung được duyệt và hồ sơ, chứng từ</source>
        <translation>Conformity with the approved content, documents and vouchers</translation>
    </message>
    <message>
        <source>Nhận xét, kết luận chi tiết của hội đồng…</source>
        <translation>Detailed remarks and conclusion of the council…</translation>
    </message>
    <message>
        <source>Kiến nghị, đề xuất (nếu có)…</source>
        <translation>Recommendations, proposals (if any)…</translation>
    </message>
    <message>
        <source>Mỗi nơi nhận một dòng, ví dụ:
Sở Công Thương Hà Nội;
Cơ sở thụ hưởng;
Lưu: VT.</source>
        <translation>One recipient per line, for example:
Sở Công Thương Hà Nội;
Cơ sở thụ hưởng;
Lưu: VT.</translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>&amp;Kết luận của hội đồng</source>
        <translation>&amp;Conclusion of the council</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Nơi nhận in ở góc dưới bên trái biên bản, mỗi dòng một nơi.</source>
        <translation>Recipients are printed in the bottom left corner of the minutes, one per line.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Làng nghề</source>
        <translation>Craft village</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Đề án</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Cơ sở thụ hưởng đề án</source>
        <translation>Project beneficiary</translation>
    </message>
    <message>
        <source>Trạng thái đề án</source>
        <translation>Project status</translation>
    </message>
    <message>
        <source>Mẫu phiếu</source>
        <translation>Form template</translation>
    </message>
    <message>
        <source>Biên bản khảo sát, kiểm tra</source>
        <translation>Survey and inspection minutes</translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Tệp đính kèm</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Nghiệm thu</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tiêu đề</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Đã xóa lúc</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Khi cả hai bên cùng sửa một bản ghi từ lần đồng bộ trước, chương trình áp dụng thay đổi mới hơn và giữ giá trị kia ở đây. Với mỗi trường, chọn giá trị giữ lại rồi bấm «Lưu quyết định»; quyết định được gửi đi ở lần đồng bộ sau.</source>
        <translation>When both sides changed a record since the last sync, the program applies the newer change and keeps the other value here. For each field, choose the value to keep, then click “Save decision”; the decision is sent with the next sync.</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Loại dữ liệu</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <source>Từ đơn vị</source>
        <translation>From office</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Không có xung đột nào cần giải quyết.</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Giá trị đang áp dụng</source>
        <translation>Value in effect</translation>
    </message>
    <message>
        <source>Giá trị kia</source>
        <translation>Other value</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Lưu quyết định</source>
        <translation>Save decision</translation>
    </message>
    <message>
        <source>Xung đột cần giải quyết</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind} «{title}»&lt;/b&gt;: {n} trường khác nhau.</source>
        <translation>&lt;b&gt;{kind} “{title}”&lt;/b&gt;: {n} field(s) differ.</translation>
    </message>
    <message>
        <source>Giữ giá trị đang áp dụng</source>
        <translation>Keep the value in effect</translation>
    </message>
    <message>
        <source>Dùng giá trị kia</source>
        <translation>Use the other value</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Đạt, đề nghị nghiệm thu</source>
        <translation>Satisfactory, acceptance recommended</translation>
    </message>
    <message>
        <source>Đạt có điều kiện</source>
        <translation>Satisfactory with conditions</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Not satisfactory</translation>
    </message>
    <message>
        <source>Chủ tịch hội đồng</source>
        <translation>Council chair</translation>
    </message>
    <message>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Ủy viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Đại diện cơ sở thụ hưởng</source>
        <translation>Beneficiary representative</translation>
    </message>
    <message>
        <source>Phường</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Đặc khu</source>
        <translation>Special zone</translation>
    </message>
    <message>
        <source>Doanh nghiệp</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Hợp tác xã</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Tổ hợp tác</source>
        <translation>Cooperative group</translation>
    </message>
    <message>
        <source>Hộ kinh doanh</source>
        <translation>Household business</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Lãnh đạo đơn vị</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <source>Quản trị của Sở</source>
        <translation>City Department administrator</translation>
    </message>
    <message>
        <source>Cấp xã/phường</source>
        <translation>Commune/ward level</translation>
    </message>
    <message>
        <source>Cấp huyện (cũ)</source>
        <translation>District level (former)</translation>
    </message>
    <message>
        <source>Cấp thành phố (Sở Công Thương)</source>
        <translation>City level (Department of Industry and Trade)</translation>
    </message>
    <message>
        <source>Khuyến công quốc gia</source>
        <translation>National industrial promotion</translation>
    </message>
    <message>
        <source>Khuyến công địa phương</source>
        <translation>Local industrial promotion</translation>
    </message>
    <message>
        <source>Đề xuất</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Đã khảo sát</source>
        <translation>Surveyed</translation>
    </message>
    <message>
        <source>Đã phê duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Đã kiểm tra</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>Đã nghiệm thu</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Đã quyết toán</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Theo Nghị định 45/2012/NĐ-CP (phê duyệt trước 15/10/2025)</source>
        <translation>Under Decree 45/2012/NĐ-CP (approved before 15/10/2025)</translation>
    </message>
    <message>
        <source>Theo Nghị định 235/2025/NĐ-CP (phê duyệt từ 15/10/2025)</source>
        <translation>Under Decree 235/2025/NĐ-CP (approved from 15/10/2025)</translation>
    </message>
    <message>
        <source>Chưa thực hiện</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Đã thực hiện</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Bản nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đã hoàn tất</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Khảo sát, thẩm tra</source>
        <translation>Survey and appraisal</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Nghiệm thu</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Ngừng dùng</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Tên cơ sở</source>
        <translation>Establishment name</translation>
    </message>
    <message>
        <source>Loại hình</source>
        <translation>Type of business</translation>
    </message>
    <message>
        <source>Mã số thuế / Số định danh</source>
        <translation>Tax code / ID number</translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Thôn/Tổ dân phố</source>
        <translation>Village/residential group</translation>
    </message>
    <message>
        <source>Xã/Phường</source>
        <translation>Commune/Ward</translation>
    </message>
    <message>
        <source>Quận/Huyện cũ</source>
        <translation>Former district</translation>
    </message>
    <message>
        <source>Làng nghề</source>
        <translation>Craft village</translation>
    </message>
    <message>
        <source>Nhóm ngành</source>
        <translation>Sector group</translation>
    </message>
    <message>
        <source>Ngành nghề</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>Sản phẩm chính</source>
        <translation>Main products</translation>
    </message>
    <message>
        <source>Số lao động</source>
        <translation>Number of workers</translation>
    </message>
    <message>
        <source>Chủ cơ sở là nữ</source>
        <translation>Owned by a woman</translation>
    </message>
    <message>
        <source>Chủ cơ sở là người dân tộc thiểu số</source>
        <translation>Owned by an ethnic minority person</translation>
    </message>
    <message>
        <source>Vĩ độ</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Kinh độ</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Nội dung thực hiện đúng với nội dung được phê duyệt</source>
        <translation>Work done matches the approved content</translation>
    </message>
    <message>
        <source>Hợp đồng mua bán, cung cấp thiết bị</source>
        <translation>Purchase or supply contract for the equipment</translation>
    </message>
    <message>
        <source>Hóa đơn giá trị gia tăng</source>
        <translation>VAT invoices</translation>
    </message>
    <message>
        <source>Biên bản bàn giao, phiếu xuất kho</source>
        <translation>Handover minutes, warehouse delivery notes</translation>
    </message>
    <message>
        <source>Giấy chứng nhận xuất xứ, chất lượng (CO, CQ)</source>
        <translation>Certificates of origin and quality (CO, CQ)</translation>
    </message>
    <message>
        <source>Biên bản lắp đặt, chạy thử</source>
        <translation>Installation and trial-run minutes</translation>
    </message>
    <message>
        <source>Chứng từ thanh toán phần vốn đối ứng</source>
        <translation>Payment vouchers for the counterpart funding</translation>
    </message>
    <message>
        <source>Tài khoản này không được hoàn tất biên bản.</source>
        <translation>This account may not finalize minutes.</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo đơn vị mới được sửa biên bản đã hoàn tất (lập bản đính chính).</source>
        <translation>Only the head of the office may change finalized minutes (by making a correction).</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo đơn vị (hoặc quản trị của Sở) mới được tin cậy hay thu hồi khóa của đơn vị khác.</source>
        <translation>Only the head of the office (or a City Department administrator) may trust or revoke another office&apos;s key.</translation>
    </message>
    <message>
        <source>Chỉ quản trị của Sở mới được phát hành danh mục, mức hỗ trợ và biên nhận cho các đơn vị.</source>
        <translation>Only a City Department administrator may publish reference data, support limits and receipts for the offices.</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo đơn vị mới được quyết định giữ bản nào khi có xung đột.</source>
        <translation>Only the head of the office may decide which version to keep when there is a conflict.</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo đơn vị mới được quản lý tài khoản (thêm cán bộ, mở khóa, đặt lại mật khẩu).</source>
        <translation>Only the head of the office may manage accounts (add officers, unlock, reset passwords).</translation>
    </message>
    <message>
        <source>Tài khoản này không được xem nhật ký thay đổi.</source>
        <translation>This account may not view the change log.</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo đơn vị mới được đặt hoặc đổi mật khẩu sao lưu.</source>
        <translation>Only the head of the office may set or change the backup passphrase.</translation>
    </message>
    <message>
        <source>Chỉ lãnh đạo đơn vị mới được chọn ký hiệu số biên bản của đơn vị.</source>
        <translation>Only the head of the office may choose the symbol of the office&apos;s minutes numbers.</translation>
    </message>
    <message>
        <source>Tạo mới</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Đề án</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Cơ sở thụ hưởng đề án</source>
        <translation>Project beneficiary</translation>
    </message>
    <message>
        <source>Trạng thái đề án</source>
        <translation>Project status</translation>
    </message>
    <message>
        <source>Mẫu phiếu</source>
        <translation>Form template</translation>
    </message>
    <message>
        <source>Biên bản khảo sát, kiểm tra</source>
        <translation>Survey and inspection minutes</translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation>Follow-up actions</translation>
    </message>
    <message>
        <source>Ảnh, chữ ký</source>
        <translation>Photos, signatures</translation>
    </message>
    <message>
        <source>Biên bản nghiệm thu</source>
        <translation>Acceptance minutes</translation>
    </message>
    <message>
        <source>Tài khoản</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Khóa đơn vị tin cậy</source>
        <translation>Trusted office key</translation>
    </message>
    <message>
        <source>Thiết lập của đơn vị</source>
        <translation>Office settings</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tiêu đề / chức vụ</source>
        <translation>Title / position</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đã xóa lúc</source>
        <translation>Deleted at</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Cấp đơn vị</source>
        <translation>Office level</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Số biên bản</source>
        <translation>Minutes number</translation>
    </message>
    <message>
        <source>Số thứ tự</source>
        <translation>Sequence number</translation>
    </message>
    <message>
        <source>Hoàn tất lúc</source>
        <translation>Finalized at</translation>
    </message>
    <message>
        <source>Lý do đính chính</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <source>Thay thế biên bản</source>
        <translation>Replaces minutes</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ngày lập</source>
        <translation>Date drawn up</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Phát hiện</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Ngày nghiệm thu</source>
        <translation>Acceptance date</translation>
    </message>
    <message>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Nội dung kết luận</source>
        <translation>Text of the conclusion</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Từ trạng thái</source>
        <translation>From status</translation>
    </message>
    <message>
        <source>Sang trạng thái</source>
        <translation>To status</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Lúc</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Người chuyển</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Lý do hủy</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <source>Chú thích</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Câu hỏi</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Thuộc loại</source>
        <translation>Belongs to (kind)</translation>
    </message>
    <message>
        <source>Thuộc bản ghi</source>
        <translation>Belongs to (record)</translation>
    </message>
    <message>
        <source>Mã băm tệp</source>
        <translation>File hash</translation>
    </message>
    <message>
        <source>Loại tệp</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Rộng</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Cao</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>Chụp lúc</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Được thành phố công nhận</source>
        <translation>Recognised by the City</translation>
    </message>
    <message>
        <source>Quyết định công nhận</source>
        <translation>Recognition decision</translation>
    </message>
    <message>
        <source>Ngày công nhận</source>
        <translation>Recognition date</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Nội dung mẫu phiếu</source>
        <translation>Form template content</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Khóa đến</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Tổng kinh phí</source>
        <translation>Total funding</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công</source>
        <translation>Industrial promotion funding</translation>
    </message>
    <message>
        <source>Vốn đối ứng</source>
        <translation>Counterpart funding</translation>
    </message>
    <message>
        <source>Đã tạm ứng</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Quyết toán</source>
        <translation>Settlement</translation>
    </message>
    <message>
        <source>Quyết định phê duyệt số</source>
        <translation>Approval decision no.</translation>
    </message>
    <message>
        <source>Ngày phê duyệt</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>Hợp đồng số</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>Ngày hợp đồng</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <source>Quyết định thành lập hội đồng số</source>
        <translation>Council formed by decision no.</translation>
    </message>
    <message>
        <source>Ngày quyết định thành lập hội đồng</source>
        <translation>Council decision date</translation>
    </message>
    <message>
        <source>Việc cần làm khi hoàn tất</source>
        <translation>Follow-up actions when finalized</translation>
    </message>
    <message>
        <source>Năm kế hoạch</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>Đợt</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Nguồn kinh phí</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Nội dung hỗ trợ</source>
        <translation>Kind of support</translation>
    </message>
    <message>
        <source>Áp dụng quy định</source>
        <translation>Rules applied</translation>
    </message>
    <message>
        <source>Bắt đầu (dự kiến)</source>
        <translation>Start (planned)</translation>
    </message>
    <message>
        <source>Kết thúc (dự kiến)</source>
        <translation>End (planned)</translation>
    </message>
    <message>
        <source>Máy này</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Ký hiệu số biên bản</source>
        <translation>Minutes number symbol</translation>
    </message>
    <message>
        <source>Theo phường, xã</source>
        <translation>By ward/commune</translation>
    </message>
    <message>
        <source>Phường, xã</source>
        <translation>Ward/commune</translation>
    </message>
    <message>
        <source>Theo huyện cũ</source>
        <translation>By former district</translation>
    </message>
    <message>
        <source>Theo huyện cũ (trước 1/7/2025)</source>
        <translation>By former district (before 1/7/2025)</translation>
    </message>
    <message>
        <source>Huyện cũ</source>
        <translation>Former district</translation>
    </message>
    <message>
        <source>Theo nội dung hỗ trợ</source>
        <translation>By kind of support</translation>
    </message>
    <message>
        <source>Theo nguồn kinh phí</source>
        <translation>By funding source</translation>
    </message>
    <message>
        <source>Phường, xã × nội dung × nguồn</source>
        <translation>Ward/commune × support × source</translation>
    </message>
    <message>
        <source>Theo phường, xã, nội dung hỗ trợ và nguồn kinh phí</source>
        <translation>By ward/commune, kind of support and funding source</translation>
    </message>
    <message>
        <source>Tất cả các đơn vị</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>(chưa có cơ sở thụ hưởng)</source>
        <translation>(no beneficiary yet)</translation>
    </message>
    <message>
        <source>(không ghi huyện cũ)</source>
        <translation>(former district not recorded)</translation>
    </message>
    <message>
        <source>(chưa chọn nội dung hỗ trợ)</source>
        <translation>(kind of support not chosen)</translation>
    </message>
</context>
<context>
    <name>CouncilTable</name>
    <message>
        <source>Thêm thành &amp;viên</source>
        <translation>Add mem&amp;ber</translation>
    </message>
    <message>
        <source>Xóa thà&amp;nh viên</source>
        <translation>&amp;Remove member</translation>
    </message>
    <message>
        <source>Bỏ &amp;chữ ký</source>
        <translation>Remo&amp;ve signature</translation>
    </message>
    <message>
        <source>Ký ch&amp;o người đang chọn…</source>
        <translation>Sign for t&amp;he selected member…</translation>
    </message>
    <message>
        <source>Ký trên máy, hoặc đánh dấu đã ký trên giấy, cho thành viên đang chọn</source>
        <translation>Sign on the computer, or mark as signed on paper, for the selected member</translation>
    </message>
    <message>
        <source>Xóa chữ ký (hoặc dấu «đã ký trên giấy») của thành viên đang chọn để ký lại</source>
        <translation>Remove the signature (or the “signed on paper” mark) of the selected member so they can sign again</translation>
    </message>
    <message>
        <source>Vai trò: Chủ tịch hội đồng, Thư ký, Ủy viên, Đại diện cơ sở thụ hưởng. Mỗi người ký trên máy (bấm «Ký…») hoặc ký tay trên bản in.</source>
        <translation>Roles: Council chair, Secretary, Member, Beneficiary representative. Each person signs on the computer (click “Sign…”) or by hand on the printout.</translation>
    </message>
    <message>
        <source>Ký lại…</source>
        <translation>Sign again…</translation>
    </message>
    <message>
        <source>Ký…</source>
        <translation>Sign…</translation>
    </message>
</context>
<context>
    <name>CraftVillageDialog</name>
    <message>
        <source>Danh mục làng nghề</source>
        <translation>Craft villages</translation>
    </message>
    <message>
        <source>Làng nghề</source>
        <translation>Craft village</translation>
    </message>
    <message>
        <source>Xã/Phường</source>
        <translation>Commune/Ward</translation>
    </message>
    <message>
        <source>TP công nhận</source>
        <translation>City-recognised</translation>
    </message>
    <message>
        <source>Số cơ sở</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Ví dụ: Gốm sứ, sơn mài</source>
        <translation>e.g. Gốm sứ, sơn mài</translation>
    </message>
    <message>
        <source>Số, ngày quyết định công nhận</source>
        <translation>Number and date of the recognition decision</translation>
    </message>
    <message>
        <source>Tên làng nghề *</source>
        <translation>Craft village name *</translation>
    </message>
    <message>
        <source>Sản phẩm</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Được Thành phố &amp;công nhận là làng nghề</source>
        <translation>Recognised as a &amp;craft village by the City</translation>
    </message>
    <message>
        <source>Quyết định công nhận</source>
        <translation>Recognition decision</translation>
    </message>
    <message>
        <source>Theo Nghị định 235/2025/NĐ-CP, cơ sở ở phường chỉ được hỗ trợ khi thuộc làng nghề được Thành phố công nhận.</source>
        <translation>Under Decree 235/2025/NĐ-CP, an establishment in a ward can only be supported if it belongs to a craft village recognised by the City.</translation>
    </message>
    <message>
        <source>Thêm làng nghề &amp;mới</source>
        <translation>&amp;Add a new craft village</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Thông tin làng nghề</source>
        <translation>Craft village details</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>EstablishmentDialog</name>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Lịch sử t&amp;hay đổi…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>Ai đã sửa hồ sơ này, lúc nào, sửa gì và vì sao.</source>
        <translation>Who changed this record, when, what and why.</translation>
    </message>
    <message>
        <source>Thêm cơ sở</source>
        <translation>Add establishment</translation>
    </message>
    <message>
        <source>Sửa cơ sở — {name}</source>
        <translation>Edit establishment — {name}</translation>
    </message>
    <message>
        <source>Cơ sở này đang ở thùng rác. Hãy khôi phục nó trong danh sách để sửa.</source>
        <translation>This establishment is in the Trash. Restore it in the list to edit it.</translation>
    </message>
    <message>
        <source>Cần điền hoặc sửa trước khi lưu: {names}.</source>
        <translation>Fill in or correct before saving: {names}.</translation>
    </message>
    <message>
        <source>Các mục có dấu * là bắt buộc.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>Mở hồ sơ đã có</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>EstablishmentField</name>
    <message>
        <source>Chưa chọn cơ sở</source>
        <translation>No establishment chosen</translation>
    </message>
    <message>
        <source>&amp;Chọn…</source>
        <translation>C&amp;hoose…</translation>
    </message>
</context>
<context>
    <name>EstablishmentFields</name>
    <message>
        <source>Thông tin cơ sở</source>
        <translation>Establishment details</translation>
    </message>
    <message>
        <source>Người đại diện và liên hệ</source>
        <translation>Representative and contact</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>10 hoặc 13 chữ số (0100233488), hoặc số định danh 12 chữ số</source>
        <translation>10 or 13 digits (0100233488), or a 12-digit personal ID number</translation>
    </message>
    <message>
        <source>Ví dụ 0912345678 hoặc 02438251234</source>
        <translation>e.g. 0912345678 or 02438251234</translation>
    </message>
    <message>
        <source>tenmien@vidu.vn</source>
        <translation>name@example.vn</translation>
    </message>
    <message>
        <source>Ví dụ 20,9752</source>
        <translation>e.g. 20,9752</translation>
    </message>
    <message>
        <source>Ví dụ 105,9128</source>
        <translation>e.g. 105,9128</translation>
    </message>
    <message>
        <source>Tên quận/huyện trước 1/7/2025, nếu cần</source>
        <translation>District name before 1/7/2025, if needed</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>(không thuộc làng nghề)</source>
        <translation>(not in a craft village)</translation>
    </message>
    <message>
        <source>Gõ tên xã/phường để tìm, ví dụ «bat trang»</source>
        <translation>Type the commune/ward name to search, e.g. “bat trang”</translation>
    </message>
    <message>
        <source>Chưa rõ</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Chủ cơ sở là &amp;nữ</source>
        <translation>Owned by a &amp;woman</translation>
    </message>
    <message>
        <source>Chủ cơ sở là người dân tộc thiểu &amp;số</source>
        <translation>Owned by an ethnic &amp;minority person</translation>
    </message>
    <message>
        <source> (đã công nhận)</source>
        <translation> (recognised)</translation>
    </message>
    <message>
        <source>{label} phải là một số, ví dụ 21,0285.</source>
        <translation>{label} must be a number, e.g. 21,0285.</translation>
    </message>
</context>
<context>
    <name>EstablishmentFilters</name>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>EstablishmentPickerDialog</name>
    <message>
        <source>Chọn cơ sở</source>
        <translation>Choose an establishment</translation>
    </message>
    <message>
        <source>Tìm theo tên, mã số thuế, người đại diện, xã/phường… (gõ không dấu cũng được)</source>
        <translation>Search by name, tax code, representative, commune/ward… (accents optional)</translation>
    </message>
    <message>
        <source>Chọn cơ sở này</source>
        <translation>Choose this establishment</translation>
    </message>
    <message>
        <source>Thôi</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cơ sở thụ hưởng của đề án:</source>
        <translation>Beneficiaries of the project:</translation>
    </message>
    <message>
        <source>{n} cơ sở</source>
        <translation>{n} establishments</translation>
    </message>
</context>
<context>
    <name>EstablishmentTableModel</name>
    <message>
        <source>Mã số thuế</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Đã xóa (trong thùng rác)</source>
        <translation>Deleted (in the Trash)</translation>
    </message>
</context>
<context>
    <name>EstablishmentView</name>
    <message>
        <source>Tìm theo tên, mã số thuế, người đại diện, làng nghề… (gõ không dấu cũng được)</source>
        <translation>Search by name, tax code, representative, craft village… (accents optional)</translation>
    </message>
    <message>
        <source>Thùng &amp;rác (cơ sở đã xóa)</source>
        <translation>&amp;Trash (deleted establishments)</translation>
    </message>
    <message>
        <source>Danh sách cơ sở công nghiệp nông thôn</source>
        <translation>Register of rural industrial establishments</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>&amp;Nhập từ Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>&amp;Xuất Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>Thêm cơ sở mới (Ctrl+N)</source>
        <translation>Add a new establishment (Ctrl+N)</translation>
    </message>
    <message>
        <source>{n} cơ sở trong thùng rác</source>
        <translation>{n} establishments in the Trash</translation>
    </message>
    <message>
        <source>{n} cơ sở</source>
        <translation>{n} establishments</translation>
    </message>
    <message>
        <source>Thùng rác trống.</source>
        <translation>The Trash is empty.</translation>
    </message>
    <message>
        <source>Không có cơ sở nào khớp với điều kiện tìm. Hãy bớt từ tìm hoặc chọn «Tất cả».</source>
        <translation>No establishment matches the search. Use fewer search words or choose “All”.</translation>
    </message>
    <message>
        <source>Chưa có cơ sở nào. Bấm «Thêm» để nhập một cơ sở, hoặc «Nhập từ Excel…».</source>
        <translation>No establishments yet. Click “Add” to enter one, or “Import from Excel…”.</translation>
    </message>
    <message>
        <source>Đã lưu «{name}».</source>
        <translation>“{name}” saved.</translation>
    </message>
    <message>
        <source>Xóa cơ sở «{name}»?</source>
        <translation>Delete the establishment “{name}”?</translation>
    </message>
    <message>
        <source>Xóa {n} cơ sở đã chọn?</source>
        <translation>Delete the {n} selected establishments?</translation>
    </message>
    <message>
        <source>Xóa cơ sở</source>
        <translation>Delete establishment</translation>
    </message>
    <message>
        <source>Cơ sở được chuyển vào thùng rác; có thể khôi phục bất cứ lúc nào.</source>
        <translation>The establishment is moved to the Trash; it can be restored at any time.</translation>
    </message>
    <message>
        <source>Đã chuyển {n} cơ sở vào thùng rác.</source>
        <translation>{n} establishment(s) moved to the Trash.</translation>
    </message>
    <message>
        <source>Đã khôi phục {n} cơ sở.</source>
        <translation>{n} establishment(s) restored.</translation>
    </message>
    <message>
        <source>Xuất danh sách cơ sở</source>
        <translation>Export the establishment list</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã xuất {n} cơ sở ra tệp «{file}».</source>
        <translation>{n} establishments exported to “{file}”.</translation>
    </message>
    <message>
        <source>Đang xuất danh sách cơ sở ra Excel…</source>
        <translation>Exporting the establishment list to Excel…</translation>
    </message>
    <message>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <source>Chưa chọn tệp</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Chọn tệp</source>
        <translation>Choose a file</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Chọn tệp Excel</source>
        <translation>Choose an Excel file</translation>
    </message>
    <message>
        <source>Chương trình tự tìm dòng tiêu đề và các cột (Tên cơ sở, Mã số thuế, Xã/Phường…). Bước sau cho xem trước từng dòng; chưa có gì được ghi cho đến khi bấm «Nhập».</source>
        <translation>The program finds the header row and the columns itself (Establishment name, Tax code, Commune/Ward…). The next step previews every row; nothing is written until you click “Import”.</translation>
    </message>
    <message>
        <source>Đường dẫn tới tệp .xlsx, .xls hoặc .ods</source>
        <translation>Path to an .xlsx, .xls or .ods file</translation>
    </message>
    <message>
        <source>&amp;Chọn tệp…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Chọn tệp Excel hoặc LibreOffice</source>
        <translation>Choose an Excel or LibreOffice file</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Mọi tệp (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Mỗi cơ sở một dòng. Cơ sở có mã số thuế đã có trong danh sách sẽ được cập nhật; dòng có lỗi (mã số thuế sai, thiếu tên, xã/phường không rõ…) bị từ chối và được liệt kê kèm lý do.</source>
        <translation>One establishment per row. Establishments whose tax code is already in the register are updated; rows with errors (wrong tax code, missing name, unknown commune/ward…) are rejected and listed with the reason.</translation>
    </message>
</context>
<context>
    <name>FirstAccountDialog</name>
    <message>
        <source>KC Desktop — Tạo tài khoản đăng nhập</source>
        <translation>KC Desktop — Create a sign-in account</translation>
    </message>
    <message>
        <source>Từ phiên bản này, mỗi cán bộ đăng nhập bằng tài khoản riêng, để nhật ký ghi rõ ai đã sửa gì. Hãy tạo tài khoản cho &lt;b&gt;{name}&lt;/b&gt; — {role} của {office}. Tài khoản này thêm được tài khoản cho các cán bộ khác.</source>
        <translation>From this version on, each officer signs in with their own account, so the change log shows who changed what. Create the account of &lt;b&gt;{name}&lt;/b&gt; — {role} of {office}. This account can add accounts for the other officers.</translation>
    </message>
    <message>
        <source>Ví dụ an.nguyen</source>
        <translation>e.g. an.nguyen</translation>
    </message>
    <message>
        <source>Ít nhất 8 ký tự</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Tạo tài khoản và đăng nhập</source>
        <translation>Create account and sign in</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Tạo tài khoản đăng nhập</source>
        <translation>Create a sign-in account</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>KC Desktop — Thiết lập lần đầu</source>
        <translation>KC Desktop — First-time setup</translation>
    </message>
    <message>
        <source>(không gắn với xã/phường)</source>
        <translation>(not tied to a commune/ward)</translation>
    </message>
    <message>
        <source>Gõ tên để tìm, ví dụ «bat trang»</source>
        <translation>Type a name to search, e.g. “bat trang”</translation>
    </message>
    <message>
        <source>Xã/Phường *</source>
        <translation>Commune/Ward *</translation>
    </message>
    <message>
        <source>Xã/Phường</source>
        <translation>Commune/Ward</translation>
    </message>
    <message>
        <source>Đơn vị cấp xã/phường cần chọn xã/phường của mình.</source>
        <translation>A commune/ward-level office must choose its commune/ward.</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>Chào mừng đến với KC Desktop</source>
        <translation>Welcome to KC Desktop</translation>
    </message>
    <message>
        <source>Khai báo đơn vị dùng máy này và cán bộ phụ trách. Thông tin này được in trên biên bản và đi kèm dữ liệu gửi Sở Công Thương; chỉ khai báo một lần.</source>
        <translation>Declare the office that uses this computer and the officer in charge. This information is printed on the minutes and goes with the data sent to the Department of Industry and Trade; it is declared only once.</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Mã đơn vị *</source>
        <translation>Office code *</translation>
    </message>
    <message>
        <source>Ví dụ BT01</source>
        <translation>e.g. BT01</translation>
    </message>
    <message>
        <source>Tên đơn vị *</source>
        <translation>Office name *</translation>
    </message>
    <message>
        <source>Ví dụ UBND xã Bát Tràng</source>
        <translation>e.g. UBND xã Bát Tràng</translation>
    </message>
    <message>
        <source>Cấp đơn vị</source>
        <translation>Office level</translation>
    </message>
    <message>
        <source>Xã/Phường</source>
        <translation>Commune/Ward</translation>
    </message>
    <message>
        <source>Cán bộ phụ trách (lãnh đạo đơn vị, quản lý tài khoản trên máy này)</source>
        <translation>Officer in charge (head of the office, manages the accounts on this computer)</translation>
    </message>
    <message>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Ví dụ Nguyễn Văn An</source>
        <translation>e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Ví dụ Cán bộ khuyến công</source>
        <translation>e.g. Cán bộ khuyến công</translation>
    </message>
    <message>
        <source>Tên đăng nhập *</source>
        <translation>Username *</translation>
    </message>
    <message>
        <source>Ví dụ an.nguyen</source>
        <translation>e.g. an.nguyen</translation>
    </message>
    <message>
        <source>Mật khẩu *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <source>Ít nhất 8 ký tự</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu *</source>
        <translation>Repeat the password *</translation>
    </message>
    <message>
        <source>Tạo &amp;dữ liệu mẫu để dùng thử</source>
        <translation>Create sample &amp;data to try the program</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu sử dụng</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Th&amp;oát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Thêm 500 cơ sở mẫu (tên, mã số thuế, làng nghề giả lập) để làm quen với chương trình.</source>
        <translation>Add 500 sample establishments (made-up names, tax codes and craft villages) to get to know the program.</translation>
    </message>
</context>
<context>
    <name>FormFiller</name>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Thiếu tệp «{file}» của mẫu phiếu (trang survey, dòng {row}): chưa có lựa chọn nào; hãy đặt tệp cạnh tệp Excel của mẫu rồi nhập lại mẫu phiếu.</source>
        <translation>The template&apos;s file “{file}” is missing (survey sheet, row {row}): there are no choices yet; put the file beside the template&apos;s Excel file and import the template again.</translation>
    </message>
    <message>
        <source>Khác (ghi rõ)</source>
        <translation>Other (please specify)</translation>
    </message>
    <message>
        <source>Xóa «{what}» cùng mọi câu trả lời trong đó?</source>
        <translation>Remove “{what}” with all its answers?</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Câu này bắt buộc phải trả lời.</source>
        <translation>This question must be answered.</translation>
    </message>
</context>
<context>
    <name>GeneralPanel</name>
    <message>
        <source>(không gắn với đề án)</source>
        <translation>(not tied to a project)</translation>
    </message>
    <message>
        <source>Đề án:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Cơ sở:</source>
        <translation>Establishment:</translation>
    </message>
    <message>
        <source>Ngày lập biên bản:</source>
        <translation>Date of the minutes:</translation>
    </message>
    <message>
        <source>Thời gian:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Bắt đầu lúc</source>
        <translation>Started at</translation>
    </message>
    <message>
        <source>Giờ bắt đầu làm việc tại cơ sở (Mẫu 1.9), ví dụ 08:30</source>
        <translation>When the work at the establishment started (form 1.9), e.g. 08:30</translation>
    </message>
    <message>
        <source>kết thúc lúc</source>
        <translation>ended at</translation>
    </message>
    <message>
        <source>Giờ kết thúc, ghi ở cuối biên bản, ví dụ 10:30</source>
        <translation>When it ended, written at the end of the minutes, e.g. 10:30</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Ví dụ: Tại xưởng sản xuất của cơ sở, thôn Giang Cao, xã Bát Tràng</source>
        <translation>e.g. Tại xưởng sản xuất của cơ sở, thôn Giang Cao, xã Bát Tràng</translation>
    </message>
    <message>
        <source>Thành phần tham dự</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>{title} (phiên bản {version})</source>
        <translation>{title} (version {version})</translation>
    </message>
    <message>
        <source>Mẫu phiếu:</source>
        <translation>Form template:</translation>
    </message>
</context>
<context>
    <name>GeoInput</name>
    <message>
        <source>Lấy từ ảnh…</source>
        <translation>From a photo…</translation>
    </message>
    <message>
        <source>Đọc tọa độ GPS ghi trong ảnh chụp</source>
        <translation>Read the GPS coordinates recorded in a photo</translation>
    </message>
    <message>
        <source>Chọn ảnh có tọa độ GPS</source>
        <translation>Choose a photo with GPS coordinates</translation>
    </message>
    <message>
        <source>Ảnh (*.jpg *.jpeg *.png *.heic *.tif *.tiff)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Ảnh này không có tọa độ GPS.</source>
        <translation>This photo has no GPS coordinates.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>(Ảnh minh họa «{what}» chưa có trong bản này.)</source>
        <translation>(The picture “{what}” is not in this copy.)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Không đọc được trang «{name}» của hướng dẫn.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The guide&apos;s page “{name}” cannot be read.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>KC Desktop — Hướng dẫn sử dụng</source>
        <translation>KC Desktop — User guide</translation>
    </message>
    <message>
        <source>‹ Quay lại</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Đi tiếp ›</source>
        <translation>Forward ›</translation>
    </message>
    <message>
        <source>Mục lục</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HeadingSection</name>
    <message>
        <source>Đề án:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Cơ sở thụ hưởng:</source>
        <translation>Beneficiary:</translation>
    </message>
    <message>
        <source>&amp;Quyết định phê duyệt số:</source>
        <translation>&amp;Approval decision no.:</translation>
    </message>
    <message>
        <source>ví dụ 125/QĐ-SCT</source>
        <translation>e.g. 125/QĐ-SCT</translation>
    </message>
    <message>
        <source>Hợ&amp;p đồng số:</source>
        <translation>Co&amp;ntract no.:</translation>
    </message>
    <message>
        <source>ví dụ 12/2026/HĐ-KC</source>
        <translation>e.g. 12/2026/HĐ-KC</translation>
    </message>
    <message>
        <source>ví dụ 31/QĐ-TTKC</source>
        <translation>e.g. 31/QĐ-TTKC</translation>
    </message>
    <message>
        <source>Ngà&amp;y nghiệm thu:</source>
        <translation>Acceptance dat&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu lúc:</source>
        <translation>&amp;Started at:</translation>
    </message>
    <message>
        <source>&amp;Kết thúc lúc:</source>
        <translation>Ended a&amp;t:</translation>
    </message>
    <message>
        <source>Đị&amp;a điểm:</source>
        <translation>Pla&amp;ce:</translation>
    </message>
    <message>
        <source>Căn cứ</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>ngày</source>
        <translation>dated</translation>
    </message>
    <message>
        <source>Hội đồng thành lập th&amp;eo quyết định số:</source>
        <translation>Council formed b&amp;y decision no.:</translation>
    </message>
    <message>
        <source>ví dụ: Tại xưởng sản xuất của cơ sở, thôn Giang Cao, xã Bát Tràng</source>
        <translation>e.g. Tại xưởng sản xuất của cơ sở, thôn Giang Cao, xã Bát Tràng</translation>
    </message>
    <message>
        <source>Buổi nghiệm thu</source>
        <translation>Acceptance session</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt; — {title}&lt;br&gt;&lt;span style=&apos;color:{muted}&apos;&gt;Kế hoạch năm {year}, đợt {round}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; — {title}&lt;br&gt;&lt;span style=&apos;color:{muted}&apos;&gt;Plan year {year}, round {round}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>đại diện: {name}</source>
        <translation>representative: {name}</translation>
    </message>
</context>
<context>
    <name>ImageInput</name>
    <message>
        <source>Thêm ảnh…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>{n} ảnh</source>
        <translation>{n} photo(s)</translation>
    </message>
    <message>
        <source>Chưa có ảnh</source>
        <translation>No photos</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Tên cơ sở</source>
        <translation>Establishment name</translation>
    </message>
    <message>
        <source>Mã số thuế</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Nhập cơ sở từ Excel</source>
        <translation>Import establishments from Excel</translation>
    </message>
    <message>
        <source>‹ &amp;Quay lại</source>
        <translation>‹ &amp;Back</translation>
    </message>
    <message>
        <source>Tiếp ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Chưa có gì được ghi. Kiểm tra các dòng rồi bấm «Nhập».</source>
        <translation>Nothing has been written yet. Check the rows, then click “Import”.</translation>
    </message>
    <message>
        <source>Kết quả nhập</source>
        <translation>Import result</translation>
    </message>
</context>
<context>
    <name>ItemsTable</name>
    <message>
        <source>&amp;Thêm hạng mục</source>
        <translation>&amp;Add item</translation>
    </message>
    <message>
        <source>Xó&amp;a hạng mục</source>
        <translation>Delete i&amp;tem</translation>
    </message>
    <message>
        <source>khác với được duyệt (di chuột lên ô để xem chi tiết)</source>
        <translation>differs from the approved item (hover over the cell for details)</translation>
    </message>
    <message>
        <source>Dòng «Được duyệt» ghi theo quyết định phê duyệt; dòng «Thực tế» (thiết bị bàn giao) tự lấy theo, chỉ sửa chỗ khác và ghi số sê-ri, hóa đơn, tình trạng.</source>
        <translation>The “Approved” row follows the approval decision; the “Actual” row (equipment handed over) copies it: change only what differs and enter the serial number, invoice and condition.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở KC Desktop tiếp theo.</source>
        <translation>The new language will be used the next time KC Desktop is opened.</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Ngôn ngữ / &amp;Language</source>
        <translation>&amp;Language / Ngôn ngữ</translation>
    </message>
    <message>
        <source>Không lưu được lựa chọn ngôn ngữ: {why}</source>
        <translation>The language choice could not be saved: {why}</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>(gõ tên)</source>
        <translation>(type a name)</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Bên</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Việc cần làm</source>
        <translation>Follow-up action</translation>
    </message>
    <message>
        <source>(gõ nội dung việc cần làm)</source>
        <translation>(type the follow-up action)</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đã đính chính</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Bản nháp đính chính</source>
        <translation>Draft correction</translation>
    </message>
    <message>
        <source>Đủ thông tin</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Đề án</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>{code} — {title} (năm {year}, đợt {round})</source>
        <translation>{code} — {title} (year {year}, round {round})</translation>
    </message>
    <message>
        <source>Tổng giá trị (đ)</source>
        <translation>Total value (VND)</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công: {kc} đ</source>
        <translation>Industrial promotion funding: {kc} VND</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Chữ ký</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Đã ký</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Đã ký trên giấy</source>
        <translation>Signed on paper</translation>
    </message>
    <message>
        <source>Chưa ký</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Đã ký trên máy; chữ ký được in vào biên bản.</source>
        <translation>Signed on the computer; the signature is printed on the minutes.</translation>
    </message>
    <message>
        <source>Ký tay trên bản in; biên bản để trống chỗ ký cho nét mực.</source>
        <translation>Signed by hand on the printout; the minutes leave the space empty for the ink.</translation>
    </message>
    <message>
        <source>Chưa ký: bấm «Ký…» để ký trên máy hoặc đánh dấu đã ký trên giấy.</source>
        <translation>Not signed: click “Sign…” to sign on the computer, or mark it as signed on paper.</translation>
    </message>
    <message>
        <source>{n} lỗi</source>
        <translation>{n} error(s)</translation>
    </message>
    <message>
        <source>Chưa có số: số được cấp khi hoàn tất biên bản.</source>
        <translation>No number yet: the number is given when the minutes are finalized.</translation>
    </message>
    <message>
        <source>(chưa chọn cơ sở)</source>
        <translation>(no establishment chosen)</translation>
    </message>
    <message>
        <source>{state} · mẫu phiếu: {template}</source>
        <translation>{state} · form template: {template}</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Nghiệm thu</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Biên bản nháp</source>
        <translation>Draft minutes</translation>
    </message>
    <message>
        <source>Ngày biên bản</source>
        <translation>Date of minutes</translation>
    </message>
    <message>
        <source>Sửa lần cuối</source>
        <translation>Last edited</translation>
    </message>
    <message>
        <source>Còn lỗi</source>
        <translation>Errors left</translation>
    </message>
    <message>
        <source>Còn {n} chỗ phải sửa trước khi hoàn tất biên bản.</source>
        <translation>{n} thing(s) to fix before the minutes can be finalized.</translation>
    </message>
    <message>
        <source>Đã đủ thông tin, có thể hoàn tất.</source>
        <translation>All information is complete; the minutes can be finalized.</translation>
    </message>
    <message>
        <source>{date} (quá hạn {n} ngày)</source>
        <translation>{date} ({n} days overdue)</translation>
    </message>
    <message>
        <source>{date} (hôm nay)</source>
        <translation>{date} (today)</translation>
    </message>
    <message>
        <source>{date} (còn {n} ngày)</source>
        <translation>{date} ({n} days left)</translation>
    </message>
    <message>
        <source>Theo biên bản</source>
        <translation>From minutes</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tên mẫu phiếu</source>
        <translation>Form template name</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Số câu hỏi</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quốc gia</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Địa phương</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>{n} cảnh báo theo quy định (không chặn việc lưu); mở đề án để xem chi tiết.</source>
        <translation>{n} warning(s) under the regulations (saving is not blocked); open the project for details.</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Mã đề án</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>Tên đề án</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Năm · đợt</source>
        <translation>Year · round</translation>
    </message>
    <message>
        <source>Kế hoạch năm {year}, đợt {round}</source>
        <translation>Plan year {year}, round {round}</translation>
    </message>
    <message>
        <source>Nguồn kinh phí</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>{n} cơ sở thụ hưởng</source>
        <translation>{n} beneficiaries</translation>
    </message>
    <message>
        <source>Tổng kinh phí</source>
        <translation>Total funding</translation>
    </message>
    <message>
        <source>KP khuyến công</source>
        <translation>IP funding</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công: {amount}</source>
        <translation>Industrial promotion funding: {amount}</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Từ trạng thái</source>
        <translation>From status</translation>
    </message>
    <message>
        <source>(tạo mới)</source>
        <translation>(created)</translation>
    </message>
    <message>
        <source>Sang trạng thái</source>
        <translation>To status</translation>
    </message>
    <message>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Xã/Phường</source>
        <translation>Commune/Ward</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công</source>
        <translation>Industrial promotion funding</translation>
    </message>
    <message>
        <source>Vốn đối ứng</source>
        <translation>Counterpart funding</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Trang</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>KC Desktop — Đăng nhập</source>
        <translation>KC Desktop — Sign in</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Ví dụ an.nguyen</source>
        <translation>e.g. an.nguyen</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Quên mật khẩu? Nhờ lãnh đạo đơn vị đặt lại trong «Quản trị → Tài khoản cán bộ».</source>
        <translation>Forgot your password? Ask the head of the office to reset it in “Administration → Officer accounts”.</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Hãy nhập tên đăng nhập và mật khẩu.</source>
        <translation>Enter your username and password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Đề án</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Đề án khuyến công: đề xuất, phê duyệt theo đợt, hợp đồng, kinh phí và theo dõi trạng thái từ đề xuất đến quyết toán.</source>
        <translation>Industrial promotion projects: proposals, approval by round, contracts, funding, and status tracking from proposal to settlement.</translation>
    </message>
    <message>
        <source>Khảo sát</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <source>Khảo sát, thẩm tra tại cơ sở: tiêu chí, ảnh chụp, kiến nghị; in biên bản khảo sát ngay tại chỗ.</source>
        <translation>Surveys and appraisals at establishments: criteria, photos, recommendations; print the survey minutes on the spot.</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Kiểm tra thực hiện đề án theo danh mục: kết quả từng mục, phát hiện, việc cần làm và hạn xử lý.</source>
        <translation>Inspections of project implementation against a checklist: result of each item, findings, follow-up actions and deadlines.</translation>
    </message>
    <message>
        <source>Nghiệm thu</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>Nghiệm thu: hội đồng, đối chiếu hạng mục được duyệt với thực tế, kinh phí bằng số và bằng chữ, biên bản ký tại chỗ.</source>
        <translation>Acceptance: the council, approved items compared with what was delivered, funding in figures and in words, minutes signed on the spot.</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Xuất dữ liệu gửi Sở (tệp có chữ ký số, mang bằng USB hoặc thư điện tử), nhận biên nhận và danh mục mới từ Sở; không cần mạng.</source>
        <translation>Export data for the City Department (digitally signed files carried on USB or sent by email), receive receipts and new reference data from the City Department; no network needed.</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>KC Desktop — {office}</source>
        <translation>KC Desktop — {office}</translation>
    </message>
    <message>
        <source> — Chế độ Sở</source>
        <translation> — City Department mode</translation>
    </message>
    <message>
        <source>Chọn mục làm việc (Ctrl+1 … Ctrl+{n}); Tab để vào trang</source>
        <translation>Choose an area of work (Ctrl+1 … Ctrl+{n}); Tab goes into its page</translation>
    </message>
    <message>
        <source>&amp;Công việc</source>
        <translation>&amp;Work</translation>
    </message>
    <message>
        <source>&amp;Mới…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Tìm trong danh sách</source>
        <translation>&amp;Find in the list</translation>
    </message>
    <message>
        <source>Xem trước / &amp;In</source>
        <translation>Preview / &amp;Print</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;{n} {area}</source>
        <translation>&amp;{n} {area}</translation>
    </message>
    <message>
        <source>&amp;Danh mục làng nghề…</source>
        <translation>Craft &amp;villages…</translation>
    </message>
    <message>
        <source>&amp;Sao lưu dữ liệu…</source>
        <translation>&amp;Back up data…</translation>
    </message>
    <message>
        <source>&amp;Khôi phục từ bản sao lưu…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu sao lưu…</source>
        <translation>Backup &amp;passphrase…</translation>
    </message>
    <message>
        <source>Thoá&amp;t</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu KC Desktop</source>
        <translation>&amp;About KC Desktop</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Tệ&amp;p</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Đơn vị: {name} ({code})</source>
        <translation>Office: {name} ({code})</translation>
    </message>
    <message>
        <source>Cán bộ: {name}</source>
        <translation>Officer: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chế độ Sở&lt;/b&gt;</source>
        <translation>&lt;b&gt;City Department mode&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu của Sở Công Thương: nhận gói dữ liệu của các đơn vị.</source>
        <translation>Database of the Department of Industry and Trade: receives the offices&apos; data packages.</translation>
    </message>
    <message>
        <source>CSDL: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>{n} cơ sở</source>
        <translation>{n} establishments</translation>
    </message>
    <message>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
    <message>
        <source>{n} xung đột cần giải quyết</source>
        <translation>{n} conflict(s) to resolve</translation>
    </message>
    <message>
        <source>&lt;b&gt;KC Desktop {version}&lt;/b&gt;&lt;br&gt;Công tác khuyến công tại cơ sở: danh sách cơ sở, đề án, khảo sát, kiểm tra, nghiệm thu và đồng bộ với Sở, không cần mạng.&lt;br&gt;&lt;br&gt;Đơn vị: {office}&lt;br&gt;Cơ sở dữ liệu: {db}</source>
        <translation>&lt;b&gt;KC Desktop {version}&lt;/b&gt;&lt;br&gt;Industrial promotion work in the field: the register of establishments, projects, surveys, inspections, acceptance and sync with the City Department, no network needed.&lt;br&gt;&lt;br&gt;Office: {office}&lt;br&gt;Database: {db}</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Đã tạo {n} cơ sở mẫu.</source>
        <translation>{n} sample establishments created.</translation>
    </message>
    <message>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Creating sample data…</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Sample data</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Thông báo</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Xem biên bản như khi in, rồi in hoặc lưu thành PDF (Ctrl+P). Bản nháp in ra có dòng chữ «BẢN NHÁP», chưa có số.</source>
        <translation>See the minutes as they will print, then print them or save them as PDF (Ctrl+P). A draft prints with the words “BẢN NHÁP” (draft) and no number.</translation>
    </message>
    <message>
        <source>Xem trước / &amp;In</source>
        <translation>Preview / &amp;Print</translation>
    </message>
    <message>
        <source>In tờ «Tình hình thực hiện kiến nghị»: tình trạng hiện nay của các việc cần thực hiện. Biên bản đã ký giữ nguyên tình trạng lúc ký.</source>
        <translation>Print the “Progress of the recommendations” sheet: how far each follow-up action has got today. The signed minutes keep the statuses they were signed with.</translation>
    </message>
    <message>
        <source>Tình hình thực hiện kiến nghị</source>
        <translation>Progress of the recommendations</translation>
    </message>
    <message>
        <source>&amp;Xóa bản nháp</source>
        <translation>&amp;Delete draft</translation>
    </message>
    <message>
        <source>&amp;Lập bản đính chính</source>
        <translation>Make a c&amp;orrection</translation>
    </message>
    <message>
        <source>Kiểm tra toàn bộ, cấp số biên bản và khóa lại không cho sửa (Ctrl+Enter, có hỏi lại trước).</source>
        <translation>Check everything, give the minutes their number and lock them against changes (Ctrl+Enter, which asks first).</translation>
    </message>
    <message>
        <source>&amp;Hoàn tất biên bản</source>
        <translation>&amp;Finalize minutes</translation>
    </message>
    <message>
        <source>Đóng cửa sổ; bản nháp đã được tự động lưu (Esc)</source>
        <translation>Close the window; the draft is already saved (Esc)</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>MinutesSymbolDialog</name>
    <message>
        <source>Ký hiệu số biên bản</source>
        <translation>Minutes number symbol</translation>
    </message>
    <message>
        <source>Ký hiệu số biên bản của đơn vị</source>
        <translation>The office&apos;s minutes number symbol</translation>
    </message>
    <message>
        <source>Biên bản ghi «Số: 12/BB-…»: sau «BB-» là ký hiệu của cơ quan, tổ chức ban hành biên bản. Số và ký hiệu cùng nhau không trùng trong năm; đổi cách đánh số không làm thay đổi các số đã cấp.</source>
        <translation>Minutes carry “Số: 12/BB-…”: after “BB-” comes the symbol of the body that issues them. Number and symbol together never repeat within a year; changing how minutes are numbered does not change numbers already given.</translation>
    </message>
    <message>
        <source>Theo đoàn, hội đồng lập biên bản, mỗi loại một dãy số</source>
        <translation>By the team or council that held the session, one series for each kind</translation>
    </message>
    <message>
        <source>BB-ĐKS (đoàn khảo sát), BB-ĐKT (đoàn kiểm tra), BB-HĐNT (hội đồng nghiệm thu)</source>
        <translation>BB-ĐKS (survey team), BB-ĐKT (inspection team), BB-HĐNT (acceptance council)</translation>
    </message>
    <message>
        <source>Theo đơn vị, một ký hiệu và một dãy số cho mọi loại biên bản</source>
        <translation>By the office, one symbol and one series for every kind of minutes</translation>
    </message>
    <message>
        <source>ví dụ TTKC, UBND, SCT</source>
        <translation>e.g. TTKC, UBND, SCT</translation>
    </message>
    <message>
        <source>Ký hiệu của đơn vị</source>
        <translation>Office symbol</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ví dụ: &lt;b&gt;Số: 01/BB-ĐKS&lt;/b&gt;, &lt;b&gt;Số: 01/BB-ĐKT&lt;/b&gt;, &lt;b&gt;Số: 01/BB-HĐNT&lt;/b&gt;</source>
        <translation>Example: &lt;b&gt;Số: 01/BB-ĐKS&lt;/b&gt;, &lt;b&gt;Số: 01/BB-ĐKT&lt;/b&gt;, &lt;b&gt;Số: 01/BB-HĐNT&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ví dụ: &lt;b&gt;Số: 01/BB-…&lt;/b&gt;</source>
        <translation>Example: &lt;b&gt;Số: 01/BB-…&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ví dụ: &lt;b&gt;Số: 01/BB-{symbol}&lt;/b&gt; cho mọi loại biên bản</source>
        <translation>Example: &lt;b&gt;Số: 01/BB-{symbol}&lt;/b&gt; for every kind of minutes</translation>
    </message>
</context>
<context>
    <name>MinutesTexts</name>
    <message>
        <source>Xóa bản nháp</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Lập bản đính chính</source>
        <translation>Make a correction</translation>
    </message>
    <message>
        <source>Đang sửa… (tự lưu sau giây lát)</source>
        <translation>Editing… (saved automatically in a moment)</translation>
    </message>
    <message>
        <source>Chưa lưu được: {why}</source>
        <translation>Not saved yet: {why}</translation>
    </message>
    <message>
        <source>Chưa lưu được, sẽ thử lại: {why}</source>
        <translation>Not saved yet, will try again: {why}</translation>
    </message>
    <message>
        <source>• Mâu thuẫn — {field}: {message}</source>
        <translation>• Contradiction — {field}: {message}</translation>
    </message>
    <message>
        <source>Bấm để đến chỗ cần sửa</source>
        <translation>Click to go to what needs fixing</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đã đủ thông tin.&lt;/b&gt; Có thể hoàn tất biên bản.</source>
        <translation>&lt;b&gt;All information is complete.&lt;/b&gt; The minutes can be finalized.</translation>
    </message>
    <message>
        <source>{title} · {n} lỗi</source>
        <translation>{title} · {n} error(s)</translation>
    </message>
    <message>
        <source>Biên bản đã hoàn tất, số {number}; không sửa được nữa.</source>
        <translation>The minutes are finalized, no. {number}; they can no longer be changed.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Còn {n} vấn đề&lt;/b&gt;: biên bản tự mâu thuẫn. Hãy sửa cho thống nhất; nếu vẫn hoàn tất thì phải ghi giải trình (bấm để đến chỗ đó):</source>
        <translation>&lt;b&gt;{n} issue(s) left&lt;/b&gt;: the minutes contradict themselves. Make them agree; finalizing anyway needs a written explanation (click to go there):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Còn {n} vấn đề&lt;/b&gt; trước khi hoàn tất (bấm để đến chỗ đó):</source>
        <translation>&lt;b&gt;{n} issue(s) left&lt;/b&gt; before finalizing (click to go there):</translation>
    </message>
    <message>
        <source>còn {n} vấn đề</source>
        <translation>{n} issue(s) left</translation>
    </message>
    <message>
        <source>đủ thông tin, có thể hoàn tất</source>
        <translation>complete, can be finalized</translation>
    </message>
    <message>
        <source>Đã lưu nháp lúc {time} · {left}</source>
        <translation>Draft saved at {time} · {left}</translation>
    </message>
    <message>
        <source>Bản nháp được tự động lưu khi bạn gõ · {left}</source>
        <translation>The draft is saved automatically as you type · {left}</translation>
    </message>
    <message>
        <source>(chưa chọn cơ sở)</source>
        <translation>(no establishment chosen)</translation>
    </message>
    <message>
        <source>Số: {number}</source>
        <translation>No.: {number}</translation>
    </message>
    <message>
        <source>Bản nháp — chưa có số</source>
        <translation>Draft — no number yet</translation>
    </message>
    <message>
        <source>Bản nháp — chưa có số; khi hoàn tất sẽ có số …/{symbol}</source>
        <translation>Draft — no number yet; when finalized it will be numbered …/{symbol}</translation>
    </message>
    <message>
        <source>Đây là bản đính chính của biên bản số {number}. Lý do đính chính: {reason} &lt;a href=&quot;{id}&quot;&gt;Xem bản trước&lt;/a&gt;</source>
        <translation>This is a correction of minutes no. {number}. Reason for the correction: {reason} &lt;a href=&quot;{id}&quot;&gt;See the earlier version&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Biên bản này đã được đính chính; bản đang có hiệu lực là bản mới hơn. &lt;a href=&quot;{id}&quot;&gt;Mở bản đính chính&lt;/a&gt;</source>
        <translation>These minutes have been corrected; the version in effect is the newer one. &lt;a href=&quot;{id}&quot;&gt;Open the correction&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Biên bản đã hoàn tất, &lt;b&gt;số {number}&lt;/b&gt;. Nội dung được khóa; nếu cần sửa, hãy lập bản đính chính.</source>
        <translation>The minutes are finalized, &lt;b&gt;no. {number}&lt;/b&gt;. Their content is locked; to change them, make a correction.</translation>
    </message>
    <message>
        <source>Chưa lưu được bản nháp nên chưa xem trước được: {why}</source>
        <translation>The draft could not be saved, so it cannot be previewed yet: {why}</translation>
    </message>
    <message>
        <source>Hoàn tất biên bản này?</source>
        <translation>Finalize these minutes?</translation>
    </message>
    <message>
        <source>&amp;Hoàn tất</source>
        <translation>&amp;Finalize</translation>
    </message>
    <message>
        <source>Hoàn tất biên bản</source>
        <translation>Finalize minutes</translation>
    </message>
    <message>
        <source>Biên bản được cấp số và khóa lại; muốn sửa sau này phải lập bản đính chính.</source>
        <translation>The minutes get their number and are locked; changing them later takes a correction.</translation>
    </message>
    <message>
        <source>Chưa lưu được bản nháp nên chưa hoàn tất được: {why}</source>
        <translation>The draft could not be saved, so it cannot be finalized yet: {why}</translation>
    </message>
    <message>
        <source>Chưa hoàn tất được: còn {n} chỗ cần sửa (xem danh sách bên phải).</source>
        <translation>Cannot finalize yet: {n} thing(s) to fix (see the list on the right).</translation>
    </message>
    <message>
        <source>Hoàn tất biên bản còn mâu thuẫn</source>
        <translation>Finalize minutes that contradict themselves</translation>
    </message>
    <message>
        <source>Biên bản còn {n} chỗ mâu thuẫn:
{list}

Nếu vẫn hoàn tất, hãy ghi giải trình. Nội dung này được in vào biên bản, mục «Ý kiến khác / giải trình»:</source>
        <translation>The minutes contradict themselves in {n} place(s):
{list}

To finalize anyway, write an explanation. It is printed in the minutes under «Ý kiến khác / giải trình» (other opinions / explanation):</translation>
    </message>
    <message>
        <source>Hoàn tất kèm giải trình</source>
        <translation>Finalize with the explanation</translation>
    </message>
    <message>
        <source>Biên bản số {number} sẽ được giữ nguyên để đối chiếu; bản đính chính là một bản nháp mới thay thế nó.

Lý do đính chính:</source>
        <translation>Minutes no. {number} will be kept unchanged for reference; the correction is a new draft that replaces them.

Reason for the correction:</translation>
    </message>
    <message>
        <source>Bản nháp chưa có số nên xóa đi không ảnh hưởng số biên bản.</source>
        <translation>The draft has no number yet, so deleting it does not affect the numbering of minutes.</translation>
    </message>
    <message>
        <source>Xóa bản nháp này?</source>
        <translation>Delete this draft?</translation>
    </message>
</context>
<context>
    <name>MinutesView</name>
    <message>
        <source>Tìm theo mã, tên đề án, tên cơ sở hoặc số biên bản… (gõ không dấu cũng được)</source>
        <translation>Search by code, project name, establishment name or minutes number… (accents optional)</translation>
    </message>
    <message>
        <source>Tìm trong danh sách (Ctrl+F)</source>
        <translation>Search the list (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tình t&amp;rạng:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Đợ&amp;t:</source>
        <translation>Roun&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Mở biên bản</source>
        <translation>&amp;Open minutes</translation>
    </message>
    <message>
        <source>Xem biên bản đang chọn như khi in, rồi in hoặc lưu thành PDF (Ctrl+P)</source>
        <translation>See the selected minutes as they will print, then print them or save them as PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Xem trước / &amp;In</source>
        <translation>Preview / &amp;Print</translation>
    </message>
    <message>
        <source>Q&amp;uản lý mẫu phiếu…</source>
        <translation>&amp;Manage form templates…</translation>
    </message>
    <message>
        <source>Bản nháp được tự động lưu khi gõ; cột «Lỗi» cho biết còn bao nhiêu chỗ phải sửa trước khi hoàn tất. Bấm đúp hoặc Enter để mở biên bản.</source>
        <translation>Drafts are saved automatically as you type; the “Errors” column shows how much still needs fixing before finalizing. Double-click or press Enter to open the minutes.</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>In các biên bản đang chọn (hoặc tất cả biên bản đang liệt kê) ra tệp PDF vào một thư mục</source>
        <translation>Print the selected minutes (or all minutes listed) to PDF files in one folder</translation>
    </message>
    <message>
        <source>Khảo sát, thẩm tra tại cơ sở</source>
        <translation>Surveys and appraisals at establishments</translation>
    </message>
    <message>
        <source>Kiểm tra thực hiện đề án</source>
        <translation>Inspections of project implementation</translation>
    </message>
    <message>
        <source>Nghiệm thu đề án</source>
        <translation>Project acceptance</translation>
    </message>
    <message>
        <source>Bản nháp được tự động lưu; cột «Lỗi» cho biết còn gì phải xử lý.</source>
        <translation>Drafts are saved automatically; the “Errors” column shows what is left to deal with.</translation>
    </message>
    <message>
        <source>&amp;Lập biên bản nghiệm thu…</source>
        <translation>&amp;New acceptance minutes…</translation>
    </message>
    <message>
        <source>&amp;Lập biên bản mới…</source>
        <translation>&amp;New minutes…</translation>
    </message>
    <message>
        <source>Lập biên bản mới (Ctrl+N)</source>
        <translation>New minutes (Ctrl+N)</translation>
    </message>
    <message>
        <source>Năm {year} — đợt {n}</source>
        <translation>Year {year} — round {n}</translation>
    </message>
    <message>
        <source>{n} biên bản</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>Không có biên bản nào khớp với điều kiện tìm.</source>
        <translation>No minutes match the search.</translation>
    </message>
    <message>
        <source>Chưa có biên bản nào. Bấm «{button}» để bắt đầu.</source>
        <translation>No minutes yet. Click “{button}” to begin.</translation>
    </message>
    <message>
        <source>In {n} biên bản đã c&amp;họn…</source>
        <translation>&amp;Batch print the {n} selected minutes…</translation>
    </message>
    <message>
        <source>In &amp;hàng loạt…</source>
        <translation>&amp;Batch print…</translation>
    </message>
    <message>
        <source>Thư mục đã có {n} tệp cùng tên; in lại sẽ thay các tệp đó.</source>
        <translation>The folder already has {n} file(s) with the same names; printing again will replace them.</translation>
    </message>
    <message>
        <source>In và thay tệp cũ</source>
        <translation>Print and replace old files</translation>
    </message>
    <message>
        <source>In hàng loạt</source>
        <translation>Batch print</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>Bằng chữ: {words}</source>
        <translation>In words: {words}</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <source>Kinh phí</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Tổng giá trị thực tế bàn giao</source>
        <translation>Total actual value handed over</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công hỗ trợ</source>
        <translation>Industrial promotion support</translation>
    </message>
    <message>
        <source>Vốn đối ứng của cơ sở</source>
        <translation>Establishment&apos;s counterpart funding</translation>
    </message>
    <message>
        <source>Giá trị được duyệt (theo hạng mục)</source>
        <translation>Approved value (by item)</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công được duyệt</source>
        <translation>Approved industrial promotion funding</translation>
    </message>
    <message>
        <source>Mức hỗ trợ tối đa</source>
        <translation>Maximum support</translation>
    </message>
    <message>
        <source>(Bằng chữ: {words})</source>
        <translation>(In words: {words})</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>không có mức giới hạn cho loại hỗ trợ này</source>
        <translation>no limit for this kind of support</translation>
    </message>
    <message>
        <source>{p:g}% giá trị</source>
        <translation>{p:g}% of the value</translation>
    </message>
    <message>
        <source>không quá {amount}</source>
        <translation>at most {amount}</translation>
    </message>
    <message>
        <source>không giới hạn</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source> — mức chưa được xác minh</source>
        <translation> — limit not yet verified</translation>
    </message>
    <message>
        <source>Chưa có kinh phí khuyến công được duyệt cho cơ sở này; hãy kiểm tra đề án.</source>
        <translation>No industrial promotion funding has been approved for this establishment; check the project.</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công được giới hạn ở mức tối đa {amount}.</source>
        <translation>Industrial promotion funding is capped at the maximum of {amount}.</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công được giới hạn ở {p:g}% giá trị thực tế ({amount}).</source>
        <translation>Industrial promotion funding is capped at {p:g}% of the actual value ({amount}).</translation>
    </message>
    <message>
        <source>Giá trị thực tế thấp hơn kinh phí khuyến công được duyệt; khuyến công chỉ hỗ trợ tới {amount}.</source>
        <translation>The actual value is lower than the approved industrial promotion funding; industrial promotion supports at most {amount}.</translation>
    </message>
    <message>
        <source>Giá trị thực tế vượt giá trị được duyệt {amount}; phần vượt do cơ sở tự chi trả.</source>
        <translation>The actual value exceeds the approved value of {amount}; the establishment pays the excess itself.</translation>
    </message>
    <message>
        <source>Giá trị thực tế thấp hơn giá trị được duyệt {amount}.</source>
        <translation>The actual value is lower than the approved value of {amount}.</translation>
    </message>
</context>
<context>
    <name>NewAcceptanceDialog</name>
    <message>
        <source>Người đại diện</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Lập biên bản nghiệm thu</source>
        <translation>New acceptance minutes</translation>
    </message>
    <message>
        <source>Đề án:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>&amp;Cơ sở thụ hưởng:</source>
        <translation>&amp;Beneficiary:</translation>
    </message>
    <message>
        <source>&amp;Ngày nghiệm thu:</source>
        <translation>Acceptance &amp;date:</translation>
    </message>
    <message>
        <source>Chỉ các đề án đã phê duyệt, đang thực hiện hoặc đã kiểm tra mới nghiệm thu được.</source>
        <translation>Only projects that are approved, in progress or inspected can go through acceptance.</translation>
    </message>
    <message>
        <source>&amp;Lập biên bản</source>
        <translation>&amp;Create minutes</translation>
    </message>
    <message>
        <source>&amp;Thôi</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Chưa có đề án nào đã phê duyệt, đang thực hiện hoặc đã kiểm tra. Hãy chuyển trạng thái đề án trong mục «Đề án» trước.</source>
        <translation>No project is approved, in progress or inspected yet. Change the project&apos;s status under “Projects” first.</translation>
    </message>
    <message>
        <source>{name} — khuyến công {amount} đ</source>
        <translation>{name} — industrial promotion {amount} VND</translation>
    </message>
    <message>
        <source>Đề án này chưa có cơ sở thụ hưởng.</source>
        <translation>This project has no beneficiaries yet.</translation>
    </message>
    <message>
        <source>bản nháp</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Cơ sở này đã có biên bản nghiệm thu của đề án ({numbers}). Nếu cần sửa biên bản đã hoàn tất, hãy mở nó và lập bản đính chính.</source>
        <translation>This establishment already has acceptance minutes for the project ({numbers}). To change finalized minutes, open them and make a correction.</translation>
    </message>
    <message>
        <source>Hãy chọn đề án và cơ sở thụ hưởng.</source>
        <translation>Choose a project and a beneficiary.</translation>
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
        <translation>Representative</translation>
    </message>
    <message>
        <source>Tại cơ sở</source>
        <translation>At the establishment</translation>
    </message>
    <message>
        <source>Lập biên bản khảo sát, thẩm tra</source>
        <translation>New survey and appraisal minutes</translation>
    </message>
    <message>
        <source>Lập biên bản kiểm tra</source>
        <translation>New inspection minutes</translation>
    </message>
    <message>
        <source>{title} (phiên bản {version})</source>
        <translation>{title} (version {version})</translation>
    </message>
    <message>
        <source>(không gắn với đề án)</source>
        <translation>(not tied to a project)</translation>
    </message>
    <message>
        <source>&amp;Lập biên bản</source>
        <translation>&amp;Create minutes</translation>
    </message>
    <message>
        <source>&amp;Thôi</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Chưa có mẫu phiếu nào đang dùng cho loại biên bản này. Hãy nhập và phát hành một mẫu phiếu trong «Quản lý mẫu phiếu».</source>
        <translation>No form template is in use for this kind of minutes. Import and publish one in “Manage form templates”.</translation>
    </message>
    <message>
        <source>Hãy chọn cơ sở được khảo sát, kiểm tra.</source>
        <translation>Choose the establishment surveyed or inspected.</translation>
    </message>
    <message>
        <source>Biên bản kiểm tra phải gắn với một đề án.</source>
        <translation>Inspection minutes must belong to a project.</translation>
    </message>
    <message>
        <source>&amp;Mẫu phiếu:</source>
        <translation>&amp;Form template:</translation>
    </message>
    <message>
        <source>Đề á&amp;n:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>Cơ &amp;sở:</source>
        <translation>&amp;Establishment:</translation>
    </message>
    <message>
        <source>N&amp;gày lập:</source>
        <translation>&amp;Date:</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Thôi</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Thêm cán bộ</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>Ví dụ Lê Thị Hoa</source>
        <translation>e.g. Lê Thị Hoa</translation>
    </message>
    <message>
        <source>Ví dụ Cán bộ khuyến công</source>
        <translation>e.g. Cán bộ khuyến công</translation>
    </message>
    <message>
        <source>Ví dụ hoa.le</source>
        <translation>e.g. hoa.le</translation>
    </message>
    <message>
        <source>Ít nhất 8 ký tự; cán bộ tự đổi sau</source>
        <translation>At least 8 characters; the officer changes it later</translation>
    </message>
    <message>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tên đăng nhập *</source>
        <translation>Username *</translation>
    </message>
    <message>
        <source>Mật khẩu *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu *</source>
        <translation>Repeat the password *</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cán bộ đăng nhập bằng tên và mật khẩu này rồi tự đổi mật khẩu trong «Quản trị → Đổi mật khẩu».</source>
        <translation>The officer signs in with this username and password, then changes the password in “Administration → Change password”.</translation>
    </message>
    <message>
        <source>Thêm cán bộ của đơn vị</source>
        <translation>Add an officer of the office</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Xóa ngày</source>
        <translation>Clear date</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <source>Thêm cán &amp;bộ</source>
        <translation>&amp;Add officer</translation>
    </message>
    <message>
        <source>Thêm &amp;người của cơ sở</source>
        <translation>Add a person from the &amp;establishment</translation>
    </message>
    <message>
        <source>Xóa &amp;dòng</source>
        <translation>Delete ro&amp;w</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Đổi mật khẩu sao lưu</source>
        <translation>Change the backup passphrase</translation>
    </message>
    <message>
        <source>Đặt mật khẩu sao lưu</source>
        <translation>Set the backup passphrase</translation>
    </message>
    <message>
        <source>Đặt mật khẩu</source>
        <translation>Set passphrase</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Chưa có mật khẩu sao lưu. {why}</source>
        <translation>No backup passphrase yet. {why}</translation>
    </message>
    <message>
        <source>Nhập mật khẩu sao lưu để mở «{file}»:</source>
        <translation>Enter the backup passphrase to open “{file}”:</translation>
    </message>
    <message>
        <source>Mật khẩu sao lưu</source>
        <translation>Backup passphrase</translation>
    </message>
    <message>
        <source>Mật khẩu không đúng. Nhập lại mật khẩu sao lưu để mở «{file}»:</source>
        <translation>Wrong passphrase. Enter the backup passphrase again to open “{file}”:</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Ít nhất 8 ký tự</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Mật khẩu mới</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Lưu mật khẩu</source>
        <translation>Save password</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Biên bản nghiệm thu</source>
        <translation>Acceptance minutes</translation>
    </message>
    <message>
        <source>Biên bản khảo sát, thẩm tra</source>
        <translation>Survey and appraisal minutes</translation>
    </message>
    <message>
        <source>Biên bản kiểm tra</source>
        <translation>Inspection minutes</translation>
    </message>
    <message>
        <source>Tình hình thực hiện kiến nghị</source>
        <translation>Progress of the recommendations</translation>
    </message>
    <message>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>{what} (bản nháp)</source>
        <translation>{what} (draft)</translation>
    </message>
    <message>
        <source>Đang dựng bản in…</source>
        <translation>Preparing the printout…</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Xem trước — {title}</source>
        <translation>Preview — {title}</translation>
    </message>
    <message>
        <source>Bản nháp — chưa có số, không có giá trị pháp lý</source>
        <translation>Draft — no number, no legal value</translation>
    </message>
    <message>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>&amp;Vừa chiều rộng</source>
        <translation>&amp;Fit width</translation>
    </message>
    <message>
        <source>Cả &amp;trang</source>
        <translation>&amp;Whole page</translation>
    </message>
    <message>
        <source>&amp;Lưu thành PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Không mở được tệp PDF</source>
        <translation>The PDF file cannot be opened</translation>
    </message>
    <message>
        <source>Trang {n}/{total}</source>
        <translation>Page {n}/{total}</translation>
    </message>
    <message>
        <source>In biên bản</source>
        <translation>Print minutes</translation>
    </message>
    <message>
        <source>Tệp PDF không có trang nào để in.</source>
        <translation>The PDF file has no pages to print.</translation>
    </message>
    <message>
        <source>Không gửi được lệnh in tới máy in. Hãy kiểm tra máy in đã bật và được chọn đúng, rồi in lại.</source>
        <translation>The print job could not be sent to the printer. Check that the printer is on and correctly chosen, then print again.</translation>
    </message>
    <message>
        <source>Không dựng được trang {n} để in.</source>
        <translation>Page {n} could not be prepared for printing.</translation>
    </message>
    <message>
        <source>Lưu biên bản thành PDF</source>
        <translation>Save the minutes as PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Không lưu được tệp «{name}»: {why}. Hãy chọn thư mục khác.</source>
        <translation>The file “{name}” could not be saved: {why}. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>PhonesView</name>
    <message>
        <source>Điện thoại điền phiếu (ODK Collect)</source>
        <translation>Phones filling forms (ODK Collect)</translation>
    </message>
    <message>
        <source>Điện thoại cài ODK Collect tải các mẫu phiếu đang dùng từ máy tính này qua mạng nội bộ (ví dụ điểm phát Wi-Fi của điện thoại), điền phiếu không cần mạng rồi gửi về. Bài gửi được mã hóa; mỗi bài thành một bản nháp, không tự hoàn tất.</source>
        <translation>Phones with ODK Collect download the templates in use from this computer over the local network (a phone&apos;s Wi-Fi hotspot, for example), fill forms offline and send them back. Submissions are encrypted; each becomes a draft, never finalized automatically.</translation>
    </message>
    <message>
        <source>Máy chủ đang tắt.</source>
        <translation>The server is stopped.</translation>
    </message>
    <message>
        <source>Các điện thoại</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Thu &amp;hồi</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <source>Bài gửi đã nhận</source>
        <translation>Submissions received</translation>
    </message>
    <message>
        <source>&amp;Bật máy chủ</source>
        <translation>&amp;Start server</translation>
    </message>
    <message>
        <source>Thêm điện th&amp;oại…</source>
        <translation>Add &amp;phone…</translation>
    </message>
    <message>
        <source>&amp;Tắt máy chủ</source>
        <translation>&amp;Stop server</translation>
    </message>
    <message>
        <source>Đang chạy tại {url}</source>
        <translation>Running at {url}</translation>
    </message>
    <message>
        <source>{n} điện thoại đang kết nối</source>
        <translation>{n} phone(s) connected</translation>
    </message>
    <message>
        <source>đang dùng</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>đã thu hồi</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>{name} — {state}, {n} bài gửi</source>
        <translation>{name} — {state}, {n} submission(s)</translation>
    </message>
    <message>
        <source>Thêm điện thoại</source>
        <translation>Add phone</translation>
    </message>
    <message>
        <source>Tên điện thoại (ví dụ tên cán bộ dùng máy):</source>
        <translation>Phone name (for example, the officer who uses it):</translation>
    </message>
    <message>
        <source>Quét mã này trong ODK Collect (Thêm dự án → Quét mã QR). Địa chỉ: {url}</source>
        <translation>Scan this code in ODK Collect (Add project → Scan QR code). Address: {url}</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Chưa có ảnh. Bấm «Thêm ảnh…» để chọn ảnh chụp tại cơ sở; ảnh được xoay đúng chiều, thu nhỏ và lưu cùng biên bản.</source>
        <translation>No photos yet. Click “Add photos…” to choose photos taken at the establishment; they are turned the right way up, made smaller and saved with the minutes.</translation>
    </message>
    <message>
        <source>&amp;Thêm ảnh…</source>
        <translation>&amp;Add photos…</translation>
    </message>
    <message>
        <source>Sửa &amp;chú thích</source>
        <translation>Edit &amp;caption</translation>
    </message>
    <message>
        <source>Xó&amp;a ảnh</source>
        <translation>Delete p&amp;hoto</translation>
    </message>
    <message>
        <source>(chưa có chú thích — bấm đúp để ghi)</source>
        <translation>(no caption — double-click to write one)</translation>
    </message>
    <message>
        <source>Câu hỏi: {q}</source>
        <translation>Question: {q}</translation>
    </message>
    <message>
        <source>Chụp lúc: {t}</source>
        <translation>Taken at: {t}</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Phần này sẽ có trong bản cập nhật tới. Dữ liệu cơ sở bạn nhập hôm nay sẽ được dùng tiếp ở đây.</source>
        <translation>This part comes in the next update. The establishment data you enter today will be used here.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Xem trước: {title}</source>
        <translation>Preview: {title}</translation>
    </message>
    <message>
        <source>Xem trước: các câu hỏi ẩn/hiện theo điều kiện như khi điền thật; không lưu gì.</source>
        <translation>Preview: questions show and hide on their conditions as in real use; nothing is saved.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Mẫu phiếu chưa nhập được</source>
        <translation>The form template was not imported</translation>
    </message>
    <message>
        <source>Tệp «{name}» có {n} lỗi nên &lt;b&gt;chưa nhập gì&lt;/b&gt;; các mẫu phiếu đang có không thay đổi. Hãy sửa trong Excel theo danh sách dưới đây rồi nhập lại.</source>
        <translation>The file “{name}” has {n} error(s), so &lt;b&gt;nothing was imported&lt;/b&gt;; the existing form templates are unchanged. Correct it in Excel following the list below, then import it again.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ProjectFields</name>
    <message>
        <source>Mã đề án</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>Tên đề án</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Năm kế hoạch</source>
        <translation>Plan year</translation>
    </message>
    <message>
        <source>Đợt</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Nguồn kinh phí</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>Nội dung hỗ trợ</source>
        <translation>Kind of support</translation>
    </message>
    <message>
        <source>Áp dụng quy định</source>
        <translation>Rules applied</translation>
    </message>
    <message>
        <source>Quyết định phê duyệt số</source>
        <translation>Approval decision no.</translation>
    </message>
    <message>
        <source>Ngày phê duyệt</source>
        <translation>Approval date</translation>
    </message>
    <message>
        <source>Hợp đồng số</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>Ngày hợp đồng</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <source>Bắt đầu (dự kiến)</source>
        <translation>Start (planned)</translation>
    </message>
    <message>
        <source>Kết thúc (dự kiến)</source>
        <translation>End (planned)</translation>
    </message>
    <message>
        <source>Tổng kinh phí (đồng)</source>
        <translation>Total funding (VND)</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công (đồng)</source>
        <translation>Industrial promotion funding (VND)</translation>
    </message>
    <message>
        <source>Vốn đối ứng của cơ sở (đồng)</source>
        <translation>Establishment&apos;s counterpart funding (VND)</translation>
    </message>
    <message>
        <source>Đã tạm ứng (đồng)</source>
        <translation>Advanced (VND)</translation>
    </message>
    <message>
        <source>Quyết toán (đồng)</source>
        <translation>Settlement (VND)</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cơ sở thụ hưởng</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <source>Quyết định, hợp đồng và thời gian</source>
        <translation>Decisions, contract and timing</translation>
    </message>
    <message>
        <source>Kinh phí</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Tạm ứng, quyết toán</source>
        <translation>Advances, settlement</translation>
    </message>
    <message>
        <source>Ví dụ KCĐP-2026-01</source>
        <translation>e.g. KCĐP-2026-01</translation>
    </message>
    <message>
        <source>Ví dụ: Hỗ trợ máy nhào đất và lò nung gas</source>
        <translation>e.g. Hỗ trợ máy nhào đất và lò nung gas</translation>
    </message>
    <message>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <source>Tự động theo ngày phê duyệt</source>
        <translation>Automatic from the approval date</translation>
    </message>
    <message>
        <source>Ví dụ 1234/QĐ-SCT</source>
        <translation>e.g. 1234/QĐ-SCT</translation>
    </message>
    <message>
        <source>Phần kinh phí khuyến công đã tạm ứng và đã quyết toán; dùng cho báo cáo tỷ lệ giải ngân.</source>
        <translation>The industrial promotion funding already advanced and settled; used for the disbursement rate in reports.</translation>
    </message>
    <message>
        <source>Bằng chữ: {words}</source>
        <translation>In words: {words}</translation>
    </message>
    <message>
        <source>Hiện áp dụng: {rules}</source>
        <translation>Now applying: {rules}</translation>
    </message>
</context>
<context>
    <name>ProjectListView</name>
    <message>
        <source>Tìm theo mã hoặc tên đề án… (gõ không dấu cũng được)</source>
        <translation>Search by project code or name… (accents optional)</translation>
    </message>
    <message>
        <source>Tìm trong danh sách (Ctrl+F)</source>
        <translation>Search the list (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tất cả trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Đề án khuyến công</source>
        <translation>Industrial promotion projects</translation>
    </message>
    <message>
        <source>&amp;Thêm đề án</source>
        <translation>Add &amp;project</translation>
    </message>
    <message>
        <source>Thêm đề án mới (Ctrl+N)</source>
        <translation>Add a new project (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Mở đề án</source>
        <translation>&amp;Open project</translation>
    </message>
    <message>
        <source>T&amp;rạng thái:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Năm:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Cột «Cảnh báo»: số điều cần lưu ý theo quy định (điều kiện hỗ trợ, mức hỗ trợ, kinh phí); không chặn việc lưu.</source>
        <translation>“Warnings” column: the number of points to note under the regulations (eligibility, support limits, funding); saving is not blocked.</translation>
    </message>
    <message>
        <source>Tất cả các năm</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>{n} đề án</source>
        <translation>{n} projects</translation>
    </message>
    <message>
        <source>Không có đề án nào khớp với điều kiện tìm.</source>
        <translation>No project matches the search.</translation>
    </message>
    <message>
        <source>Chưa có đề án nào. Bấm «Thêm đề án» để bắt đầu.</source>
        <translation>No projects yet. Click “Add project” to start.</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>&lt;h3&gt;Nghiệm thu (sắp có)&lt;/h3&gt;&lt;p&gt;Phiên nghiệm thu tại cơ sở: hội đồng nghiệm thu, đối chiếu hạng mục được duyệt với thực tế bàn giao, kinh phí bằng số và bằng chữ, biên bản ký tại chỗ. Phần này sẽ có trong bản cập nhật tới; các khảo sát, kiểm tra của đề án được dùng tiếp ở đó.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Acceptance (coming soon)&lt;/h3&gt;&lt;p&gt;The acceptance session at the establishment: the acceptance council, approved items compared with what was handed over, funding in figures and in words, minutes signed on the spot. This part comes in the next update; the project&apos;s surveys and inspections will be used there.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Thông tin đề án</source>
        <translation>Project details</translation>
    </message>
    <message>
        <source>Nghiệm thu (sắp có)</source>
        <translation>Acceptance (coming soon)</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Chuyể&amp;n sang «{status}»</source>
        <translation>&amp;Move to “{status}”</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Biên bản ({n})</source>
        <translation>Minutes ({n})</translation>
    </message>
    <message>
        <source>← &amp;Danh sách đề án</source>
        <translation>← Project &amp;list</translation>
    </message>
    <message>
        <source>&amp;Thêm cơ sở thụ hưởng…</source>
        <translation>Add &amp;beneficiary…</translation>
    </message>
    <message>
        <source>&amp;Bỏ khỏi danh sách</source>
        <translation>&amp;Remove from the list</translation>
    </message>
    <message>
        <source>Lập biên bản khảo &amp;sát…</source>
        <translation>New &amp;survey minutes…</translation>
    </message>
    <message>
        <source>Lập biên bản &amp;kiểm tra…</source>
        <translation>New &amp;inspection minutes…</translation>
    </message>
    <message>
        <source>Bấm đúp (hoặc Enter) vào một biên bản để mở.</source>
        <translation>Double-click minutes (or press Enter) to open them.</translation>
    </message>
    <message>
        <source>&amp;Lưu đề án</source>
        <translation>Save pro&amp;ject</translation>
    </message>
    <message>
        <source>Bỏ th&amp;ay đổi</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>Đề án mới</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Trạng thái: &lt;b style=&quot;color:{color}&quot;&gt;{status}&lt;/b&gt;</source>
        <translation>Status: &lt;b style=&quot;color:{color}&quot;&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Hủy đề án…</source>
        <translation>&amp;Cancel project…</translation>
    </message>
    <message>
        <source>Có thay đổi chưa lưu.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <source>Cơ sở thụ hưởng ({n})</source>
        <translation>Beneficiaries ({n})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} cảnh báo theo quy định&lt;/b&gt; (chỉ để lưu ý, không chặn việc lưu):&lt;ul style=&quot;margin:2px 0 0 -20px&quot;&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;{n} warning(s) under the regulations&lt;/b&gt; (for information only, saving is not blocked):&lt;ul style=&quot;margin:2px 0 0 -20px&quot;&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Cộng: tổng {total} · khuyến công {kc} · đối ứng {counterpart}</source>
        <translation>Sum: total {total} · industrial promotion {kc} · counterpart {counterpart}</translation>
    </message>
    <message>
        <source>Cơ sở này đã có trong danh sách thụ hưởng.</source>
        <translation>This establishment is already a beneficiary.</translation>
    </message>
    <message>
        <source>Chưa lưu được: hãy sửa {fields}.</source>
        <translation>Not saved: correct {fields}.</translation>
    </message>
    <message>
        <source>Đã lưu.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Chuyển đề án sang trạng thái «{status}»?</source>
        <translation>Move the project to the status “{status}”?</translation>
    </message>
    <message>
        <source>Chuyển</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Chuyển trạng thái</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Hủy đề án</source>
        <translation>Cancel project</translation>
    </message>
    <message>
        <source>Đề án được giữ lại với trạng thái «Đã hủy» và lý do trong lịch sử.

Lý do hủy đề án:</source>
        <translation>The project is kept with the status “Cancelled” and the reason in its history.

Reason for cancelling the project:</translation>
    </message>
    <message>
        <source>Đề án chưa lưu</source>
        <translation>Unsaved project</translation>
    </message>
    <message>
        <source>Đề án có thay đổi chưa lưu. Lưu trước khi quay lại danh sách?</source>
        <translation>The project has unsaved changes. Save before going back to the list?</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ở lại</source>
        <translation>Stay</translation>
    </message>
</context>
<context>
    <name>RankInput</name>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Bỏ xếp hạng</source>
        <translation>Clear ranking</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Giờ không đọc được; hãy gõ dạng 08:30.</source>
        <translation>The time cannot be read; type it as 08:30.</translation>
    </message>
    <message>
        <source>Người đại diện</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Thông tin chung</source>
        <translation>General information</translation>
    </message>
    <message>
        <source>Nội dung phiếu</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Ảnh ({n})</source>
        <translation>Photos ({n})</translation>
    </message>
    <message>
        <source>Kết luận, việc cần làm</source>
        <translation>Conclusion, follow-up actions</translation>
    </message>
    <message>
        <source>Biên bản khảo sát, thẩm tra</source>
        <translation>Survey and appraisal minutes</translation>
    </message>
    <message>
        <source>Biên bản kiểm tra</source>
        <translation>Inspection minutes</translation>
    </message>
    <message>
        <source>biên bản</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Đề án</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Cơ sở</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Ngày lập biên bản</source>
        <translation>Date of the minutes</translation>
    </message>
    <message>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Thành phần tham dự</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Những điều phát hiện</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Kiến nghị</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Nơi nhận</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Ảnh (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Chọn ảnh cho: {what}</source>
        <translation>Choose photos for: {what}</translation>
    </message>
    <message>
        <source>Đang xử lý ảnh {n}/{total}…</source>
        <translation>Processing photo {n}/{total}…</translation>
    </message>
    <message>
        <source>Đang thêm ảnh…</source>
        <translation>Adding photos…</translation>
    </message>
    <message>
        <source>Thêm ảnh</source>
        <translation>Add photos</translation>
    </message>
</context>
<context>
    <name>RepeatBox</name>
    <message>
        <source>Chưa có lượt nào.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <source>Chưa có lượt nào: số lượt theo câu «{question}».</source>
        <translation>No entries yet: the number of entries follows the question “{question}”.</translation>
    </message>
    <message>
        <source>Chưa có lượt nào: số lượt được tính từ các câu trả lời khác.</source>
        <translation>No entries yet: the number of entries is computed from other answers.</translation>
    </message>
    <message>
        <source>+ Thêm {what}</source>
        <translation>+ Add {what}</translation>
    </message>
    <message>
        <source>+ Thêm lượt</source>
        <translation>+ Add an entry</translation>
    </message>
    <message>
        <source>Thêm một lượt: {what}</source>
        <translation>Add one entry: {what}</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Xóa {what}</source>
        <translation>Remove {what}</translation>
    </message>
    <message>
        <source>Lượt này không áp dụng theo điều kiện của nhóm lặp.</source>
        <translation>This entry does not apply under the repeat group&apos;s condition.</translation>
    </message>
</context>
<context>
    <name>RepeatTexts</name>
    <message>
        <source>Lượt {n}</source>
        <translation>Entry {n}</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Tổng các dòng: một đề án (hay cơ sở) có ở nhiều dòng được đếm ở mỗi dòng; số không trùng ở phần tổng hợp phía trên.</source>
        <translation>Sum of the rows: a project (or establishment) that appears on several rows is counted on each; the figures without double counting are in the summary above.</translation>
    </message>
    <message>
        <source>Tổng cộng</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Chỉ hiện các dòng bị từ chối</source>
        <translation>Show only rejected rows</translation>
    </message>
    <message>
        <source>Đang đọc tệp…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Đang kiểm tra từng dòng của tệp…</source>
        <translation>Checking each row of the file…</translation>
    </message>
    <message>
        <source>Đang nhập các cơ sở…</source>
        <translation>Importing the establishments…</translation>
    </message>
    <message>
        <source>Nhập từ Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Trang tính «{sheet}», dòng tiêu đề {row}.</source>
        <translation>Sheet “{sheet}”, header row {row}.</translation>
    </message>
    <message>
        <source>Cột nhận được: {columns}.</source>
        <translation>Columns recognised: {columns}.</translation>
    </message>
    <message>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Các dòng bị từ chối sẽ không được nhập; hãy sửa chúng trong Excel rồi nhập lại.</source>
        <translation>Rejected rows will not be imported; correct them in Excel, then import again.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Số đề án</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Số cơ sở</source>
        <translation>Establishments</translation>
    </message>
    <message>
        <source>Được duyệt (đồng)</source>
        <translation>Approved (VND)</translation>
    </message>
    <message>
        <source>Đã tạm ứng (đồng)</source>
        <translation>Advanced (VND)</translation>
    </message>
    <message>
        <source>Đã quyết toán (đồng)</source>
        <translation>Settled (VND)</translation>
    </message>
    <message>
        <source>Tỷ lệ giải ngân</source>
        <translation>Disbursement rate</translation>
    </message>
    <message>
        <source>Vốn đối ứng (đồng)</source>
        <translation>Counterpart funding (VND)</translation>
    </message>
    <message>
        <source>Nữ làm chủ</source>
        <translation>Women-owned</translation>
    </message>
    <message>
        <source>Dân tộc thiểu số làm chủ</source>
        <translation>Ethnic minority-owned</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Tất cả các đơn vị</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>Lập báo cáo</source>
        <translation>Make report</translation>
    </message>
    <message>
        <source>Lưu &amp;Excel…</source>
        <translation>Save to &amp;Excel…</translation>
    </message>
    <message>
        <source>Chọn năm kế hoạch rồi bấm «Lập báo cáo».</source>
        <translation>Choose the plan year, then click “Make report”.</translation>
    </message>
    <message>
        <source>Năm kế hoạch:</source>
        <translation>Plan year:</translation>
    </message>
    <message>
        <source>Số liệu của:</source>
        <translation>Data of:</translation>
    </message>
    <message>
        <source>Đề án</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Cơ sở được hỗ trợ</source>
        <translation>Establishments supported</translation>
    </message>
    <message>
        <source>Kinh phí được duyệt</source>
        <translation>Approved funding</translation>
    </message>
    <message>
        <source>Đã tạm ứng</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Đã quyết toán</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Tỷ lệ giải ngân</source>
        <translation>Disbursement rate</translation>
    </message>
    <message>
        <source>Cơ sở do nữ làm chủ</source>
        <translation>Women-owned establishments</translation>
    </message>
    <message>
        <source>Dân tộc thiểu số làm chủ</source>
        <translation>Ethnic minority-owned</translation>
    </message>
    <message>
        <source>Báo cáo tổng hợp kết quả khuyến công</source>
        <translation>Summary report of industrial promotion results</translation>
    </message>
    <message>
        <source>Đang lập báo cáo năm {year}…</source>
        <translation>Making the {year} report…</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Không có đề án đã phê duyệt nào của năm {year}.</source>
        <translation>No approved project in {year}.</translation>
    </message>
    <message>
        <source>Báo cáo năm {year} · {scope} · lập ngày {day}.</source>
        <translation>Report for {year} · {scope} · made on {day}.</translation>
    </message>
    <message>
        <source>Không tính các đề án chưa phê duyệt hoặc đã hủy ({list}).</source>
        <translation>Projects not yet approved or cancelled are not counted ({list}).</translation>
    </message>
    <message>
        <source>Kinh phí khuyến công {what}</source>
        <translation>Industrial promotion funding {what}</translation>
    </message>
    <message>
        <source>({n} dòng nhiều nhất)</source>
        <translation>(the {n} largest rows)</translation>
    </message>
    <message>
        <source>Được duyệt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>triệu đồng</source>
        <translation>million VND</translation>
    </message>
    <message>
        <source>Lưu báo cáo ra Excel</source>
        <translation>Save the report to Excel</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo năm {year} vào tệp «{file}».</source>
        <translation>The {year} report was saved to “{file}”.</translation>
    </message>
    <message>
        <source>Đang ghi tệp Excel…</source>
        <translation>Writing the Excel file…</translation>
    </message>
    <message>
        <source>Lưu Excel</source>
        <translation>Save to Excel</translation>
    </message>
</context>
<context>
    <name>SelectMultipleInput</name>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Chữ ký — {name}</source>
        <translation>Signature — {name}</translation>
    </message>
    <message>
        <source>(chưa có tên)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>Ký trong khung trắng bằng chuột, bút hoặc ngón tay. Chữ ký được lưu cùng biên bản và in vào chỗ ký của người này.</source>
        <translation>Sign in the white box with the mouse, a pen or a finger. The signature is saved with the minutes and printed in this person&apos;s signature space.</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <source>Đã ký trên &amp;giấy</source>
        <translation>Signed on &amp;paper</translation>
    </message>
    <message>
        <source>&amp;Lưu chữ ký</source>
        <translation>&amp;Save signature</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>Xóa nét đã ký để ký lại</source>
        <translation>Erase the strokes to sign again</translation>
    </message>
    <message>
        <source>Người này ký tay trên bản in; biên bản để trống chỗ ký cho nét mực.</source>
        <translation>This person signs by hand on the printout; the minutes leave the space empty for the ink.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Ký bằng chuột, bút cảm ứng hoặc ngón tay</source>
        <translation>Sign with the mouse, a stylus or a finger</translation>
    </message>
    <message>
        <source>Ký tại đây</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SiteKeys</name>
    <message>
        <source>Đã đổi khóa. Dấu vân tay cũ: {before}; mới: {after}.

Các gói gửi đi từ nay ký bằng khóa mới, kèm thông báo ký bằng khóa cũ: {other} nhận khóa mới khi đọc gói đầu tiên, không cần gọi điện đối chiếu.</source>
        <translation>Keys changed. Old fingerprint: {before}; new: {after}.

Packages sent from now on are signed with the new key and carry a notice signed with the old key: {other} will get the new key on reading the first package, with no need for a phone check.</translation>
    </message>
    <message>
        <source>Đổi khóa</source>
        <translation>Change keys</translation>
    </message>
    <message>
        <source>Đổi khóa ký và khóa mã hóa của đơn vị?</source>
        <translation>Change the office&apos;s signing and encryption keys?</translation>
    </message>
    <message>
        <source>Nên đổi khóa định kỳ, hoặc khi thay máy. {other} nhận khóa mới qua thông báo ký bằng khóa cũ. Nếu máy bị mất hay bị đánh cắp, đổi khóa thôi chưa đủ: hãy báo {other} thu hồi khóa cũ, rồi gửi thẻ khóa mới để đối chiếu dấu vân tay qua điện thoại.</source>
        <translation>Change the keys regularly, or when replacing the computer. The new key reaches {other} in a notice signed with the old key. If the computer is lost or stolen, changing the keys is not enough: ask {other} to revoke the old key, then send the new key card so the fingerprint can be checked by phone.</translation>
    </message>
    <message>
        <source>Mật khẩu khóa của Sở</source>
        <translation>City Department key passphrase</translation>
    </message>
    <message>
        <source>Mật khẩu bảo vệ khóa của Sở:</source>
        <translation>Passphrase that protects the City Department&apos;s keys:</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Trao đổi dữ liệu</source>
        <translation>Data exchange</translation>
    </message>
    <message>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Xung đột ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
</context>
<context>
    <name>SyncCityView</name>
    <message>
        <source>Không ghi được vào thư mục «{folder}» ({why}). Hãy kiểm tra USB hoặc chọn thư mục khác.</source>
        <translation>Could not write to the folder “{folder}” ({why}). Check the USB drive or choose another folder.</translation>
    </message>
    <message>
        <source>Các đơn vị dùng thẻ khóa này (hoặc bất kỳ tệp nào Sở gửi) để tin cậy Sở.</source>
        <translation>Offices use this key card (or any file the City Department sends) to trust the City Department.</translation>
    </message>
    <message>
        <source>Khóa mới được báo cho các đơn vị bằng thông báo ký bằng khóa cũ.</source>
        <translation>The new key is announced to the offices in a notice signed with the old key.</translation>
    </message>
    <message>
        <source>các đơn vị</source>
        <translation>the offices</translation>
    </message>
    <message>
        <source>Lưu thẻ &amp;khóa của Sở…</source>
        <translation>Save the City Department&apos;s &amp;key card…</translation>
    </message>
    <message>
        <source>Đổi khóa của &amp;Sở…</source>
        <translation>&amp;Change the City Department&apos;s keys…</translation>
    </message>
    <message>
        <source>&amp;Nhập gói…</source>
        <translation>&amp;Import packages…</translation>
    </message>
    <message>
        <source>Nhập cả thư &amp;mục…</source>
        <translation>Import a whole fol&amp;der…</translation>
    </message>
    <message>
        <source>Ghi &amp;biên nhận cho các đơn vị…</source>
        <translation>Write recei&amp;pts for the offices…</translation>
    </message>
    <message>
        <source>Xuất gói &amp;danh mục…</source>
        <translation>&amp;Export reference packages…</translation>
    </message>
    <message>
        <source>Gói khôi phục cho đơn &amp;vị…</source>
        <translation>Recovery package for an &amp;office…</translation>
    </message>
    <message>
        <source>Mọi dữ liệu Sở đang giữ của một đơn vị, để đơn vị mất máy lấy lại bằng «Đọc biên nhận / gói danh mục của Sở…».</source>
        <translation>Everything the City Department holds of one office, for an office that lost its computer to get back with “Read a City Department receipt / reference package…”.</translation>
    </message>
    <message>
        <source>Chưa nhập gói nào trong lần làm việc này.</source>
        <translation>No package imported in this session.</translation>
    </message>
    <message>
        <source>Gói</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Bấm «Nhập gói…» hoặc «Nhập cả thư mục…» để nhập gói các đơn vị gửi.</source>
        <translation>Click “Import packages…” or “Import a whole folder…” to import the packages the offices sent.</translation>
    </message>
    <message>
        <source>Không thiếu gói nào.</source>
        <translation>No packages are missing.</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa của Sở:</source>
        <translation>City Department key fingerprint:</translation>
    </message>
    <message>
        <source>Kết quả nhập</source>
        <translation>Import result</translation>
    </message>
    <message>
        <source>Gói còn thiếu</source>
        <translation>Missing packages</translation>
    </message>
    <message>
        <source>Nhận dữ liệu từ các đơn vị</source>
        <translation>Receive data from the offices</translation>
    </message>
    <message>
        <source>Chọn các gói dữ liệu của đơn vị</source>
        <translation>Choose the offices&apos; data packages</translation>
    </message>
    <message>
        <source>Chọn thư mục chứa các gói (ví dụ USB)</source>
        <translation>Choose the folder that holds the packages (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>Đang nhập gói…</source>
        <translation>Importing packages…</translation>
    </message>
    <message>
        <source>Nhập gói của đơn vị</source>
        <translation>Import office packages</translation>
    </message>
    <message>
        <source>(Nhấn đúp để tin cậy đơn vị {code}.)</source>
        <translation>(Double-click to trust office {code}.)</translation>
    </message>
    <message>
        <source>Lần nhập lúc {time}: {n} gói — {ok} đã nhập, {already} đã có từ trước, {bad} bị từ chối.</source>
        <translation>Import at {time}: {n} package(s) — {ok} imported, {already} already there, {bad} rejected.</translation>
    </message>
    <message>
        <source>Đã dừng theo yêu cầu: các gói còn lại chưa nhập; các gói đã nhập được giữ.</source>
        <translation>Stopped on request: the remaining packages were not imported; the packages already imported are kept.</translation>
    </message>
    <message>
        <source>Có gói của đơn vị chưa được tin cậy: {links}. Bấm vào tên đơn vị để xác nhận khóa của đơn vị qua điện thoại; sau khi tin cậy, các gói của đơn vị đó được nhập lại ngay.</source>
        <translation>Some packages come from offices not yet trusted: {links}. Click an office&apos;s name to confirm its key by phone; once it is trusted, that office&apos;s packages are imported again at once.</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa của Sở</source>
        <translation>Save the City Department&apos;s key card</translation>
    </message>
    <message>
        <source>Thẻ khóa (*.json)</source>
        <translation>Key cards (*.json)</translation>
    </message>
    <message>
        <source>Đã lưu thẻ khóa của Sở vào «{path}».</source>
        <translation>The City Department&apos;s key card was saved to “{path}”.</translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi biên nhận</source>
        <translation>Choose a folder for the receipts</translation>
    </message>
    <message>
        <source>biên nhận</source>
        <translation>receipts</translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi gói danh mục</source>
        <translation>Choose a folder for the reference packages</translation>
    </message>
    <message>
        <source>gói danh mục</source>
        <translation>reference packages</translation>
    </message>
    <message>
        <source>Đang ghi gói danh mục cho các đơn vị…</source>
        <translation>Writing reference packages for the offices…</translation>
    </message>
    <message>
        <source>Xuất gói danh mục</source>
        <translation>Export reference packages</translation>
    </message>
    <message>
        <source>Chưa có đơn vị nào được tin cậy.</source>
        <translation>No office is trusted yet.</translation>
    </message>
    <message>
        <source>Gói khôi phục</source>
        <translation>Recovery package</translation>
    </message>
    <message>
        <source>Đơn vị cần lấy lại dữ liệu:</source>
        <translation>Office that needs its data back:</translation>
    </message>
    <message>
        <source>Chọn thư mục để ghi gói khôi phục</source>
        <translation>Choose a folder for the recovery package</translation>
    </message>
    <message>
        <source>Đã ghi gói khôi phục cho {code} ({n} bản ghi, {files} tệp đính kèm) vào &lt;b&gt;{path}&lt;/b&gt;. Đơn vị đọc gói này sau khi khôi phục bản sao lưu.</source>
        <translation>Wrote the recovery package for {code} ({n} record(s), {files} attached file(s)) to &lt;b&gt;{path}&lt;/b&gt;. The office reads this package after restoring its backup.</translation>
    </message>
    <message>
        <source>Chưa có đơn vị nào được tin cậy, nên chưa có {what} nào để ghi.</source>
        <translation>No office is trusted yet, so there are no {what} to write.</translation>
    </message>
    <message>
        <source>Đã ghi {n} {what} vào thư mục &lt;b&gt;{folder}&lt;/b&gt;: {names}. Gửi mỗi đơn vị tệp mang mã của đơn vị đó.</source>
        <translation>Wrote {n} {what} to the folder &lt;b&gt;{folder}&lt;/b&gt;: {names}. Send each office the file bearing its code.</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>SyncOfficeView</name>
    <message>
        <source>Gói dữ liệu KC Desktop (*.kcpkg);;Mọi tệp (*)</source>
        <translation>KC Desktop data packages (*.kcpkg);;All files (*)</translation>
    </message>
    <message>
        <source>biên nhận: Sở đã nhận đủ đến thay đổi số {n}.</source>
        <translation>receipt: the City Department has received everything up to change no. {n}.</translation>
    </message>
    <message>
        <source>Không có gì mới so với biên nhận trước.</source>
        <translation>Nothing new since the previous receipt.</translation>
    </message>
    <message>
        <source>Lần xuất tới chỉ gồm các thay đổi sau số này.</source>
        <translation>The next export will hold only the changes after this number.</translation>
    </message>
    <message>
        <source>đây là gói dữ liệu của một đơn vị, không phải tệp của Sở; gói này chỉ nhập được ở máy của Sở.</source>
        <translation>this is an office&apos;s data package, not a file from the City Department; it can only be imported on the City Department&apos;s computer.</translation>
    </message>
    <message>
        <source>không phải biên nhận hay gói danh mục của Sở.</source>
        <translation>not a receipt or reference package from the City Department.</translation>
    </message>
    <message>
        <source>không đọc được: {why} Không có gì thay đổi.</source>
        <translation>cannot be read: {why} Nothing was changed.</translation>
    </message>
    <message>
        <source>gói khôi phục này đã đọc trước đó, không có gì thay đổi.</source>
        <translation>this recovery package was read before; nothing changed.</translation>
    </message>
    <message>
        <source>gói danh mục này đã đọc trước đó, không có gì thay đổi.</source>
        <translation>this reference package was read before; nothing changed.</translation>
    </message>
    <message>
        <source>đã cập nhật danh mục của Sở: {n} bản ghi ({new} mới, {changed} thay đổi, {same} không đổi)</source>
        <translation>City Department reference data updated: {n} record(s) ({new} new, {changed} changed, {same} unchanged)</translation>
    </message>
    <message>
        <source>{n} xung đột cần xem xét ở thẻ «Xung đột»</source>
        <translation>{n} conflict(s) to review in the “Conflicts” tab</translation>
    </message>
    <message>
        <source>{n} khóa mới của Sở</source>
        <translation>{n} new City Department key(s)</translation>
    </message>
    <message>
        <source>bảng mức hỗ trợ</source>
        <translation>table of support limits</translation>
    </message>
    <message>
        <source>Đang đọc {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Dữ liệu đi và về bằng tệp có chữ ký số, mang bằng USB hoặc gửi thư điện tử; không cần mạng. Sở chỉ nhận gói của đơn vị đã được Sở tin cậy.</source>
        <translation>Data goes back and forth as digitally signed files, carried on USB or sent by email; no network needed. The City Department only accepts packages from offices it trusts.</translation>
    </message>
    <message>
        <source>Trao đổi dữ liệu với Sở Công Thương</source>
        <translation>Data exchange with the Department of Industry and Trade</translation>
    </message>
    <message>
        <source>Gửi dữ liệu cho Sở</source>
        <translation>Send data to the City Department</translation>
    </message>
    <message>
        <source>Xuất lại toàn bộ (kể cả dữ liệu Sở đã nhận)</source>
        <translation>Export everything again (including data the City Department already has)</translation>
    </message>
    <message>
        <source>Mã hóa cho Sở</source>
        <translation>Encrypt for the City Department</translation>
    </message>
    <message>
        <source>Xuất dữ liệu gửi Sở…</source>
        <translation>Export data for the City Department…</translation>
    </message>
    <message>
        <source>Nhận từ Sở</source>
        <translation>Receive from the City Department</translation>
    </message>
    <message>
        <source>Đọc biên nhận / gói danh mục của Sở…</source>
        <translation>Read a City Department receipt / reference package…</translation>
    </message>
    <message>
        <source>Biên nhận cho biết Sở đã nhận đến đâu; gói danh mục mang đề án được duyệt, mẫu phiếu, mức hỗ trợ và khóa của Sở; gói khôi phục trả lại dữ liệu của đơn vị sau khi mất máy.</source>
        <translation>A receipt shows how far the City Department has received the data; a reference package carries the approved projects, form templates, support limits and the City Department&apos;s key; a recovery package gives the office its data back after the computer is lost.</translation>
    </message>
    <message>
        <source>Khóa của đơn vị và của Sở</source>
        <translation>Keys of this office and of the City Department</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa…</source>
        <translation>Save key card…</translation>
    </message>
    <message>
        <source>Lưu khóa công khai của đơn vị thành tệp nhỏ để gửi Sở đăng ký.</source>
        <translation>Save this office&apos;s public key as a small file to send to the City Department for registration.</translation>
    </message>
    <message>
        <source>Khi cán bộ của Sở gọi điện xác nhận, hãy đọc dãy này cho họ.</source>
        <translation>When a City Department officer calls to confirm, read this sequence to them.</translation>
    </message>
    <message>
        <source>Tin cậy khóa của Sở…</source>
        <translation>Trust the City Department&apos;s key…</translation>
    </message>
    <message>
        <source>Đổi khóa…</source>
        <translation>Change keys…</translation>
    </message>
    <message>
        <source>Khóa mới được báo cho Sở bằng thông báo ký bằng khóa cũ.</source>
        <translation>The new key is announced to the City Department in a notice signed with the old key.</translation>
    </message>
    <message>
        <source>Sở</source>
        <translation>the City Department</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa của đơn vị này:</source>
        <translation>Key fingerprint of this office:</translation>
    </message>
    <message>
        <source>Khóa của Sở:</source>
        <translation>City Department key:</translation>
    </message>
    <message>
        <source>Theo biên nhận gần nhất, Sở đã nhận đủ đến thay đổi số &lt;b&gt;{ack}&lt;/b&gt;.</source>
        <translation>According to the latest receipt, the City Department has received everything up to change no. &lt;b&gt;{ack}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Chưa có biên nhận nào của Sở.</source>
        <translation>No receipt from the City Department yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt; thay đổi chưa được Sở xác nhận (đến số {last}).</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; change(s) not yet confirmed by the City Department (up to no. {last}).</translation>
    </message>
    <message>
        <source>Không có thay đổi nào chờ gửi.</source>
        <translation>No changes waiting to be sent.</translation>
    </message>
    <message>
        <source>Chưa tin cậy khóa của Sở: chưa đọc được biên nhận, danh mục của Sở và chưa mã hóa được gói gửi Sở.</source>
        <translation>The City Department&apos;s key is not trusted yet: its receipts and reference data cannot be read, and packages for it cannot be encrypted.</translation>
    </message>
    <message>
        <source>{name} ({code}) · dấu vân tay {fingerprint} · tin cậy từ {date}</source>
        <translation>{name} ({code}) · fingerprint {fingerprint} · trusted since {date}</translation>
    </message>
    <message>
        <source>Chỉ Sở mở được gói; mất USB cũng không lộ dữ liệu.</source>
        <translation>Only the City Department can open the package; a lost USB drive does not expose the data.</translation>
    </message>
    <message>
        <source>Cần tin cậy khóa của Sở (có khóa mã hóa) trước.</source>
        <translation>Trust the City Department&apos;s key (with its encryption key) first.</translation>
    </message>
    <message>
        <source>Chọn thư mục (ví dụ USB) để lưu gói gửi Sở</source>
        <translation>Choose a folder (e.g. a USB drive) to save the package for the City Department</translation>
    </message>
    <message>
        <source>Đang xuất dữ liệu gửi Sở…</source>
        <translation>Exporting data for the City Department…</translation>
    </message>
    <message>
        <source>Xuất dữ liệu</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>Không có thay đổi mới để gửi Sở: Sở đã có mọi dữ liệu đến thay đổi số {n}. Muốn gửi lại tất cả, chọn «Xuất lại toàn bộ».</source>
        <translation>No new changes to send: the City Department has all data up to change no. {n}. To send everything again, choose “Export everything again”.</translation>
    </message>
    <message>
        <source>Đã ghi gói &lt;b&gt;{path}&lt;/b&gt;: {n} bản ghi, {files} tệp đính kèm (thay đổi số {first}–{last}). Mang tệp này đến Sở hoặc gửi qua thư điện tử.</source>
        <translation>Package &lt;b&gt;{path}&lt;/b&gt; written: {n} record(s), {files} attachment(s) (changes {first}–{last}). Take this file to the City Department or send it by email.</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Chưa ghi tệp nào.</source>
        <translation>No file written yet.</translation>
    </message>
    <message>
        <source>Không ghi được vào thư mục đã chọn ({why}). Dữ liệu trong máy không thay đổi; hãy kiểm tra USB hoặc chọn thư mục khác rồi xuất lại.</source>
        <translation>Could not write to the chosen folder ({why}). The data on this computer is unchanged; check the USB drive or choose another folder, then export again.</translation>
    </message>
    <message>
        <source>Chọn biên nhận hoặc gói danh mục của Sở</source>
        <translation>Choose a City Department receipt or reference package</translation>
    </message>
    <message>
        <source>Đang đọc tệp của Sở…</source>
        <translation>Reading the City Department&apos;s file…</translation>
    </message>
    <message>
        <source>Lưu thẻ khóa của đơn vị</source>
        <translation>Save this office&apos;s key card</translation>
    </message>
    <message>
        <source>Thẻ khóa (*.json)</source>
        <translation>Key cards (*.json)</translation>
    </message>
    <message>
        <source>Không ghi được tệp «{name}»: {why}</source>
        <translation>Could not write the file “{name}”: {why}</translation>
    </message>
    <message>
        <source>Đã lưu thẻ khóa vào «{path}». Gửi tệp này cho Sở, rồi đọc dấu vân tay cho cán bộ của Sở khi họ gọi điện xác nhận.</source>
        <translation>Key card saved to “{path}”. Send this file to the City Department, then read the fingerprint to the City Department officer when they call to confirm.</translation>
    </message>
    <message>
        <source>Thẻ khóa</source>
        <translation>Key card</translation>
    </message>
    <message>
        <source>Chọn thẻ khóa hoặc một tệp của Sở</source>
        <translation>Choose the key card or a file from the City Department</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Quản lý mẫu phiếu</source>
        <translation>Manage form templates</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>Chưa có mẫu phiếu nào. Bấm «Nhập từ Excel…» để nhập một tệp XLSForm.</source>
        <translation>No form templates yet. Click “Import from Excel…” to import an XLSForm file.</translation>
    </message>
    <message>
        <source>Phát hành</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Đưa bản nháp vào sử dụng; phiên bản đang dùng cùng mã sẽ ngừng dùng.</source>
        <translation>Put the draft into use; the version in use with the same code is retired.</translation>
    </message>
    <message>
        <source>&amp;Nhập từ Excel (XLSForm)…</source>
        <translation>&amp;Import from Excel (XLSForm)…</translation>
    </message>
    <message>
        <source>&amp;Xem trước</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Phát hành</source>
        <translation>P&amp;ublish</translation>
    </message>
    <message>
        <source>Ngừng &amp;dùng</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Xuất ra &amp;Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>Ngừng dùng</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Mẫu đã phát hành không sửa được: muốn thay đổi, hãy tăng «version» trong trang settings của tệp Excel rồi nhập lại. Biên bản cũ giữ nguyên phiên bản đã dùng.</source>
        <translation>A published template cannot be changed: to change it, raise the “version” on the settings sheet of the Excel file and import it again. Earlier minutes keep the version they used.</translation>
    </message>
    <message>
        <source>Mẫu phiếu khảo sát, kiểm tra</source>
        <translation>Survey and inspection form templates</translation>
    </message>
    <message>
        <source>Nhập mẫu phiếu</source>
        <translation>Import form template</translation>
    </message>
    <message>
        <source>Tệp Excel (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>Tệp «{name}» chưa nhập được ({n} lỗi); không có thay đổi nào.</source>
        <translation>The file “{name}” was not imported ({n} error(s)); nothing changed.</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Mọi tệp (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Đã nhập «{title}» (phiên bản {version}) dưới dạng bản nháp. Hãy xem trước rồi bấm «Phát hành» để đưa vào sử dụng.</source>
        <translation>“{title}” (version {version}) imported as a draft. Preview it, then click “Publish” to put it into use.</translation>
    </message>
    <message>
        <source>… và {n} lưu ý khác.</source>
        <translation>… and {n} more notes.</translation>
    </message>
    <message>
        <source>Lưu ý khi đọc tệp:</source>
        <translation>Notes on reading the file:</translation>
    </message>
    <message>
        <source>Phát hành mẫu «{title}» phiên bản {version}?</source>
        <translation>Publish the template “{title}”, version {version}?</translation>
    </message>
    <message>
        <source>Đã phát hành «{title}»; từ nay biên bản mới dùng mẫu này.</source>
        <translation>“{title}” published; new minutes now use this template.</translation>
    </message>
    <message>
        <source>Sau khi phát hành, mẫu không sửa được nữa; phiên bản đang dùng cùng mã sẽ chuyển sang «Ngừng dùng».</source>
        <translation>Once published, the template can no longer be changed; the version in use with the same code becomes “Retired”.</translation>
    </message>
    <message>
        <source>Ngừng dùng mẫu «{title}» phiên bản {version}?</source>
        <translation>Retire the template “{title}”, version {version}?</translation>
    </message>
    <message>
        <source>Đã ngừng dùng «{title}»; các biên bản đã lập vẫn giữ nguyên.</source>
        <translation>“{title}” retired; minutes already made keep it.</translation>
    </message>
    <message>
        <source>Xuất mẫu phiếu</source>
        <translation>Export form template</translation>
    </message>
    <message>
        <source>Đã xuất mẫu ra tệp «{name}».</source>
        <translation>Template exported to “{name}”.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>thứ hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>thứ ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>thứ tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>thứ năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>thứ sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>thứ bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Không có bản nháp nào đang dở. Biên bản mới lập ở mục Khảo sát hoặc Kiểm tra.</source>
        <translation>No drafts in progress. New minutes are made under Surveys or Inspections.</translation>
    </message>
    <message>
        <source>Không có việc nào đến hạn trong {n} ngày tới.</source>
        <translation>Nothing due in the next {n} days.</translation>
    </message>
    <message>
        <source>Tiếp tục &amp;bản nháp</source>
        <translation>&amp;Continue the draft</translation>
    </message>
    <message>
        <source>Đánh dấu đã thực &amp;hiện</source>
        <translation>&amp;Mark as done</translation>
    </message>
    <message>
        <source>&amp;Mở biên bản</source>
        <translation>&amp;Open minutes</translation>
    </message>
    <message>
        <source>Biên bản nháp chưa hoàn tất</source>
        <translation>Unfinished draft minutes</translation>
    </message>
    <message>
        <source>Việc cần làm đến hạn trong {n} ngày (quá hạn tô đỏ)</source>
        <translation>Follow-up actions due within {n} days (overdue in red)</translation>
    </message>
    <message>
        <source>Hôm nay, {weekday} {date}</source>
        <translation>Today, {weekday} {date}</translation>
    </message>
    <message>
        <source>nháp</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>{n} bản nháp đang dở</source>
        <translation>{n} draft(s) in progress</translation>
    </message>
    <message>
        <source> ({n} bản còn lỗi)</source>
        <translation> ({n} with errors)</translation>
    </message>
    <message>
        <source> (đều đã đủ thông tin)</source>
        <translation> (all complete)</translation>
    </message>
    <message>
        <source>{n} việc đến hạn trong {d} ngày</source>
        <translation>{n} action(s) due within {d} days</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:{color}&quot;&gt;{n} việc quá hạn&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:{color}&quot;&gt;{n} overdue action(s)&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TrustSiteDialog</name>
    <message>
        <source>Thẻ khóa hoặc gói dữ liệu (*.json *.kcpkg);;Mọi tệp (*)</source>
        <translation>Key cards or data packages (*.json *.kcpkg);;All files (*)</translation>
    </message>
    <message>
        <source>Tin cậy khóa của đơn vị</source>
        <translation>Trust an office&apos;s key</translation>
    </message>
    <message>
        <source>Xác nhận khóa của đơn vị</source>
        <translation>Confirm the office&apos;s key</translation>
    </message>
    <message>
        <source>Mã đơn vị:</source>
        <translation>Office code:</translation>
    </message>
    <message>
        <source>Tên đơn vị:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <source>Cấp:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Gõ dấu vân tay đơn vị kia đọc cho anh/chị</source>
        <translation>Type the fingerprint the other office reads to you</translation>
    </message>
    <message>
        <source>Tin cậy</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa trong tệp:</source>
        <translation>Key fingerprint in the file:</translation>
    </message>
    <message>
        <source>Dấu vân tay đơn vị kia đọc qua điện thoại:</source>
        <translation>Fingerprint the other office read over the phone:</translation>
    </message>
    <message>
        <source>Gọi điện cho cán bộ của {who} và nhờ họ đọc dấu vân tay khóa hiện trong KC Desktop của họ (mục Đồng bộ). Gõ lại dãy họ đọc vào ô dưới đây. Chỉ khi hai dãy trùng khớp mới bấm «Tin cậy»: nếu khác, tệp này có thể không do {who} gửi và không được nhập.</source>
        <translation>Call the officer of {who} and ask them to read the key fingerprint shown in their KC Desktop (under Sync). Type what they read into the box below. Click “Trust” only if the two sequences match: if they differ, this file may not have been sent by {who} and must not be imported.</translation>
    </message>
    <message>
        <source>Đây là khóa của chính đơn vị này; không cần tin cậy.</source>
        <translation>This is this office&apos;s own key; it does not need to be trusted.</translation>
    </message>
    <message>
        <source>Tệp này chứa khóa của {code} ({level}), không phải khóa của Sở Công Thương.</source>
        <translation>This file holds the key of {code} ({level}), not the key of the Department of Industry and Trade.</translation>
    </message>
    <message>
        <source>Khóa này đã được tin cậy từ ngày {date}; xác nhận lại cũng không sao.</source>
        <translation>This key has been trusted since {date}; confirming it again does no harm.</translation>
    </message>
    <message>
        <source>{code} đã có một khóa khác được tin cậy (dấu vân tay {old}). Nếu đơn vị đã cài lại máy, hãy thu hồi khóa cũ trước khi tin cậy khóa mới.</source>
        <translation>{code} already has another trusted key (fingerprint {old}). If the office reinstalled its computer, revoke the old key before trusting the new one.</translation>
    </message>
    <message>
        <source>Trùng khớp: có thể tin cậy khóa này.</source>
        <translation>They match: this key can be trusted.</translation>
    </message>
    <message>
        <source>Không khớp.</source>
        <translation>They do not match.</translation>
    </message>
    <message>
        <source>Hãy đọc lại từng nhóm bốn ký tự; nếu vẫn khác, đừng tin cậy tệp này.</source>
        <translation>Read each group of four characters again; if they still differ, do not trust this file.</translation>
    </message>
    <message>
        <source>Đã gõ {n}/32 ký tự.</source>
        <translation>{n}/32 characters typed.</translation>
    </message>
</context>
<context>
    <name>TrustedSitesPanel</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Dấu vân tay khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Đã nhận (thay đổi số)</source>
        <translation>Received (change no.)</translation>
    </message>
    <message>
        <source>Tin cậy từ</source>
        <translation>Trusted since</translation>
    </message>
    <message>
        <source>Chưa tin cậy đơn vị nào: bấm «Tin cậy đơn vị mới…» và chọn thẻ khóa hoặc một gói đơn vị đó gửi.</source>
        <translation>No office trusted yet: click “Trust a new office…” and choose its key card or a package it sent.</translation>
    </message>
    <message>
        <source>Thu hồi</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Đơn vị đã tin cậy</source>
        <translation>Trusted offices</translation>
    </message>
    <message>
        <source>T&amp;in cậy đơn vị mới…</source>
        <translation>&amp;Trust a new office…</translation>
    </message>
    <message>
        <source>Thu &amp;hồi</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <source>{name} (đã thu hồi)</source>
        <translation>{name} (revoked)</translation>
    </message>
    <message>
        <source>— (khóa của Sở)</source>
        <translation>— (City Department key)</translation>
    </message>
    <message>
        <source>chưa nhận gói nào</source>
        <translation>no package received yet</translation>
    </message>
    <message>
        <source>Chọn thẻ khóa hoặc một gói của đơn vị</source>
        <translation>Choose the office&apos;s key card or one of its packages</translation>
    </message>
    <message>
        <source>Thu hồi khóa của {code} — {name}?</source>
        <translation>Revoke the key of {code} — {name}?</translation>
    </message>
    <message>
        <source>Sau khi thu hồi, không nhập gói của đơn vị này nữa cho tới khi tin cậy lại. Dữ liệu đã nhập vẫn được giữ.</source>
        <translation>After revocation, this office&apos;s packages are no longer imported until it is trusted again. Data already imported is kept.</translation>
    </message>
</context>
</TS>
