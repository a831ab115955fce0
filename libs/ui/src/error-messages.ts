/**
 * Friendly vi/en messages for the API's error vocabulary (`extensions.code` and `extensions.reason`,
 * both from @lnob/domain). A reason is more precise than a code, so it wins; a reason newer than
 * this table falls back to its code (see `errorMessageKey`). A test checks that every reason of
 * @lnob/domain has a message here.
 */
import { ERROR_CODES, REASONS, type ErrorCode, type Label, type Reason } from '@lnob/domain';
import { L } from './label';

// Said the same way by a code and by a reason.
const SIGN_IN = L('Cần đăng nhập.', 'You need to sign in.');
const NOT_FOUND = L('Không tìm thấy (hoặc nằm ngoài phạm vi của bạn).', 'Not found (or outside your scope).');
const SERVER_ERROR = L('Lỗi máy chủ. Hãy báo cho quản trị viên kèm mã yêu cầu.', 'Server error. Report it to an administrator with the request id.');

export const ERROR_CODE_LABELS: Record<ErrorCode, Label> = {
  UNAUTHENTICATED: SIGN_IN,
  FORBIDDEN: L('Bạn không có quyền thực hiện thao tác này.', 'You are not allowed to do this.'),
  NOT_FOUND,
  BAD_USER_INPUT: L('Dữ liệu nhập chưa hợp lệ.', 'Some input is not valid.'),
  CONFLICT: L('Trạng thái hiện tại không cho phép thao tác này.', 'The current state does not allow this.'),
  INTERNAL_SERVER_ERROR: SERVER_ERROR,
};

/** Messages for reasons known to this version of the apps (Partial: newer reasons fall back to their code). */
export const REASON_LABELS: Partial<Record<Reason, Label>> = {
  VALIDATION_FAILED: L('Một số mục nhập chưa hợp lệ.', 'Some fields are not valid.'),
  NOT_FOUND,
  QUERY_TOO_DEEP: L('Truy vấn lồng quá sâu.', 'The query is nested too deeply.'),
  QUERY_TOO_COMPLEX: L('Truy vấn quá lớn, hãy thu hẹp phạm vi.', 'The query is too large: narrow it down.'),
  QUERY_INVALID: L('Truy vấn không hợp lệ (ứng dụng cần cập nhật).', 'Invalid query (the app needs an update).'),
  PAGE_SIZE_EXCEEDED: L('Số mục mỗi trang vượt giới hạn.', 'Too many items per page.'),
  INVALID_CURSOR: L('Vị trí phân trang không hợp lệ, hãy tải lại.', 'Invalid paging position: reload.'),
  INVALID_ID: L('Mã đối tượng không hợp lệ.', 'Invalid id.'),
  INVALID_VND: L('Số tiền phải là số nguyên đồng.', 'Amounts must be whole đồng.'),
  INVALID_LOCAL_DATE: L('Ngày không hợp lệ.', 'Invalid date.'),
  INVALID_PERIOD: L('Kỳ báo cáo không hợp lệ.', 'Invalid reporting period.'),
  INVALID_DATE_TIME: L('Thời điểm không hợp lệ.', 'Invalid date and time.'),
  HIERARCHY_CYCLE: L('Không thể chuyển một đơn vị vào dưới chính nó.', 'A unit cannot be moved under itself.'),
  DUPLICATE_CODE: L('Mã này đã được dùng.', 'This code is already used.'),
  INVALID_VALIDITY: L('Thời hạn hiệu lực không hợp lệ (ngày kết thúc trước ngày bắt đầu?).', 'Invalid validity (does it end before it starts?).'),
  PARENT_NOT_VALID: L('Đơn vị cấp trên không có hiệu lực trong suốt thời gian này.', 'The parent is not valid over the whole period.'),
  UNKNOWN_PARENT: L('Không tìm thấy đơn vị cấp trên.', 'Unknown parent.'),
  KIND_NOT_ALLOWED: L('Loại đơn vị này không được đặt dưới đơn vị cấp trên đã chọn.', 'This kind cannot sit under the chosen parent.'),
  LEVEL_MISMATCH: L('Cấp của tổ chức không khớp với địa bàn.', 'The level does not match the area.'),
  INVALID_SHARES: L('Tỷ lệ kế thừa không hợp lệ.', 'Invalid succession shares.'),
  ALREADY_CLOSED: L('Đối tượng đã kết thúc trước đó.', 'It is already closed.'),
  AUTHENTICATION_REQUIRED: SIGN_IN,
  INVALID_CREDENTIALS: L('Sai tên đăng nhập hoặc mật khẩu.', 'Wrong username or password.'),
  ACCOUNT_LOCKED: L(
    'Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần.',
    'The account is temporarily locked after too many failed sign-ins.',
  ),
  ACCOUNT_DISABLED: L('Tài khoản đã bị vô hiệu hóa.', 'The account has been deactivated.'),
  TOKEN_INVALID: L('Phiên đăng nhập không hợp lệ, hãy đăng nhập lại.', 'Your session is not valid: sign in again.'),
  TOKEN_EXPIRED: L('Phiên đăng nhập đã hết hạn, hãy đăng nhập lại.', 'Your session has expired: sign in again.'),
  TOKEN_REVOKED: L(
    'Phiên đăng nhập đã bị thu hồi (đăng xuất, đổi mật khẩu hoặc tài khoản bị vô hiệu hóa).',
    'Your session was revoked (signed out, password changed or account deactivated).',
  ),
  RATE_LIMITED: L('Quá nhiều yêu cầu, hãy thử lại sau.', 'Too many requests: try again later.'),
  PERMISSION_DENIED: L('Vai trò của bạn không có quyền này.', 'None of your roles allows this.'),
  WEAK_PASSWORD: L(
    'Mật khẩu quá yếu (ít nhất 8 ký tự, không chứa tên đăng nhập).',
    'The password is too weak (at least 8 characters, not containing the username).',
  ),
  DUPLICATE_USERNAME: L('Tên đăng nhập này đã có người dùng.', 'This username is taken.'),
  NO_POVERTY_STANDARD: L('Chưa có chuẩn nghèo áp dụng cho năm rà soát này.', 'No poverty standard is known for this review year.'),
  UNKNOWN_INDICATOR: L('Chỉ số thiếu hụt không thuộc chuẩn nghèo đang áp dụng.', 'This deprivation indicator is not part of the standard in force.'),
  INVALID_NATIONAL_ID: L('Số CCCD không hợp lệ hoặc không khớp ngày sinh, giới tính.', 'The ID number is invalid or does not match the birth date or sex.'),
  DUPLICATE_NATIONAL_ID: L('Số CCCD này đã thuộc một hộ khác đang hoạt động.', 'This ID number already belongs to another active household.'),
  REVIEW_EXISTS: L('Hộ đã có kết quả rà soát định kỳ năm này; hãy gửi dưới dạng điều chỉnh.', 'The household already has a periodic review for this year; send it as a correction.'),
  OUT_OF_SCOPE: L('Đối tượng nằm ngoài phạm vi quản lý của bạn.', 'It lies outside your scope.'),
  PERSONAL_DATA_GRANT_REQUIRED: L('Cần quyền xem dữ liệu cá nhân.', 'A personal-data grant is required.'),
  IDEMPOTENCY_KEY_REUSED: L('Yêu cầu trùng lặp với nội dung khác.', 'A repeated request with different content.'),
  REPORT_ALREADY_SUBMITTED: L('Báo cáo đã được nộp, không thể sửa hoặc nộp lại.', 'The report was already submitted: it can no longer be changed or submitted.'),
  REPORT_NOT_SUBMITTED: L('Báo cáo chưa được nộp (hoặc đã bị trả lại).', 'The report has not been submitted (or was returned).'),
  REPORT_ALREADY_APPROVED: L('Báo cáo đã được duyệt.', 'The report was already approved.'),
  REPORT_NOT_APPROVED: L('Chỉ tiếp nhận được báo cáo đã được đơn vị nhận duyệt.', 'Only a report its recipient approved can be accepted.'),
  REPORT_ALREADY_ACCEPTED: L('Báo cáo đã được cấp trên tiếp nhận, không thể thay đổi.', 'The report was accepted by the level above: it can no longer change.'),
  VERSION_CONFLICT: L('Dữ liệu vừa được người khác thay đổi, hãy tải lại.', 'Someone else changed it meanwhile: reload.'),
  FUND_BALANCE_INSUFFICIENT: L('Số dư quỹ không đủ cho khoản chi này.', 'The fund balance does not cover this payment.'),
  FUND_CLOSED: L('Quỹ không còn hoạt động vào ngày này (quỹ cấp huyện kết thúc ngày 30/06/2025).', 'The fund is not open on that date (district funds ended on 30/06/2025).'),
  ALREADY_REVERSED: L('Giao dịch này đã được hủy (bút toán đảo) trước đó.', 'This transaction has already been reversed.'),
  CANNOT_REVERSE_REVERSAL: L('Không thể đảo một bút toán đảo; hãy ghi lại giao dịch đúng.', 'A reversal cannot be reversed: record the movement again.'),
  BENEFICIARY_NOT_ELIGIBLE: L('Hộ không thuộc diện nghèo, cận nghèo hoặc hoàn cảnh đặc biệt khó khăn theo kết quả rà soát gần nhất.', 'The household is not poor, near-poor or in special hardship in its latest review.'),
  DONOR_IS_POOR_HOUSEHOLD: L('Không ghi nhận hộ nghèo là người ủng hộ.', 'A poor household cannot be recorded as a donor.'),
  PLEDGE_OVER_FULFILLED: L('Số tiền vượt quá phần cam kết còn lại; ghi phần dư như một khoản ủng hộ.', 'The amount exceeds what the pledge still has outstanding; record the excess as a donation.'),
  STATEMENT_ALREADY_IMPORTED: L('Sao kê này đã được nhập cho quỹ.', 'This bank statement was already imported for the fund.'),
  ALREADY_MATCHED: L('Dòng sao kê hoặc khoản ủng hộ này đã được đối chiếu với khoản khác.', 'The statement line or the donation is already matched to another.'),
  TRANSACTION_ALREADY_LINKED: L('Khoản ủng hộ này đã được ghi cho một sự kiện khác.', 'This donation is already credited to another event.'),
  INVALID_DECIMAL: L('Giá trị phải là một số thập phân (ví dụ 12,5 viết là 12.5).', 'The value must be a decimal number (e.g. 12.5).'),
  NO_EMULATION_CRITERIA: L('Kế hoạch không đặt tiêu chí thi đua có thể đánh giá cho đối tượng này.', 'The plan sets no emulation criteria that can be evaluated for this subject.'),
  PLAN_NOT_DRAFT: L('Kế hoạch đã ban hành: không thể sửa nội dung, nhiệm vụ, mốc thời gian hay chế độ báo cáo.', 'The plan has been issued: its content, tasks, milestones and reporting obligations can no longer change.'),
  PLAN_NOT_ISSUED: L('Kế hoạch chưa ban hành hoặc đã được thay thế.', 'The plan is not in force (still a draft, or superseded).'),
  BUSY: L('Hệ thống đang bận xử lý thay đổi khác, hãy thử lại.', 'Another change is in progress: try again.'),
  INTERNAL: SERVER_ERROR,
};

export function isErrorCode(v: unknown): v is ErrorCode {
  return typeof v === 'string' && (ERROR_CODES as readonly string[]).includes(v);
}

export function isReason(v: unknown): v is Reason {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(REASONS, v);
}

/**
 * The message key for an error: `reason.X` when this table knows the reason, else `code.X`, else
 * `error.unknown`. Usable with `t()`.
 */
export function errorMessageKey(code?: string | null, reason?: string | null): `reason.${Reason}` | `code.${ErrorCode}` | 'error.unknown' {
  if (isReason(reason) && REASON_LABELS[reason]) return `reason.${reason}`;
  if (isErrorCode(code)) return `code.${code}`;
  return 'error.unknown';
}
