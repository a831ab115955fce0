/**
 * Friendly vi/en messages for the API's error vocabulary (`extensions.code` and `extensions.reason`,
 * both from @lnob/domain). A reason is more precise than a code, so it wins; a reason newer than
 * this table falls back to its code (see `errorMessageKey`). A test checks that every reason of
 * @lnob/domain has a message here.
 */
import { ERROR_CODES, REASONS, type ErrorCode, type Label, type Reason } from '@lnob/domain';

export const ERROR_CODE_LABELS: Record<ErrorCode, Label> = {
  UNAUTHENTICATED: { vi: 'Cần đăng nhập.', en: 'You need to sign in.' },
  FORBIDDEN: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { vi: 'Không tìm thấy (hoặc nằm ngoài phạm vi của bạn).', en: 'Not found (or outside your scope).' },
  BAD_USER_INPUT: { vi: 'Dữ liệu nhập chưa hợp lệ.', en: 'Some input is not valid.' },
  CONFLICT: { vi: 'Trạng thái hiện tại không cho phép thao tác này.', en: 'The current state does not allow this.' },
  INTERNAL_SERVER_ERROR: {
    vi: 'Lỗi máy chủ. Hãy báo cho quản trị viên kèm mã yêu cầu.',
    en: 'Server error. Report it to an administrator with the request id.',
  },
};

/** Messages for reasons known to this version of the apps (Partial: newer reasons fall back to their code). */
export const REASON_LABELS: Partial<Record<Reason, Label>> = {
  VALIDATION_FAILED: { vi: 'Một số mục nhập chưa hợp lệ.', en: 'Some fields are not valid.' },
  NOT_FOUND: { vi: 'Không tìm thấy (hoặc nằm ngoài phạm vi của bạn).', en: 'Not found (or outside your scope).' },
  QUERY_TOO_DEEP: { vi: 'Truy vấn lồng quá sâu.', en: 'The query is nested too deeply.' },
  QUERY_TOO_COMPLEX: { vi: 'Truy vấn quá lớn, hãy thu hẹp phạm vi.', en: 'The query is too large: narrow it down.' },
  QUERY_INVALID: { vi: 'Truy vấn không hợp lệ (ứng dụng cần cập nhật).', en: 'Invalid query (the app needs an update).' },
  PAGE_SIZE_EXCEEDED: { vi: 'Số mục mỗi trang vượt giới hạn.', en: 'Too many items per page.' },
  INVALID_CURSOR: { vi: 'Vị trí phân trang không hợp lệ, hãy tải lại.', en: 'Invalid paging position: reload.' },
  INVALID_ID: { vi: 'Mã đối tượng không hợp lệ.', en: 'Invalid id.' },
  INVALID_VND: { vi: 'Số tiền phải là số nguyên đồng.', en: 'Amounts must be whole đồng.' },
  INVALID_LOCAL_DATE: { vi: 'Ngày không hợp lệ.', en: 'Invalid date.' },
  INVALID_PERIOD: { vi: 'Kỳ báo cáo không hợp lệ.', en: 'Invalid reporting period.' },
  INVALID_DATE_TIME: { vi: 'Thời điểm không hợp lệ.', en: 'Invalid date and time.' },
  HIERARCHY_CYCLE: { vi: 'Không thể chuyển một đơn vị vào dưới chính nó.', en: 'A unit cannot be moved under itself.' },
  DUPLICATE_CODE: { vi: 'Mã này đã được dùng.', en: 'This code is already used.' },
  INVALID_VALIDITY: { vi: 'Thời hạn hiệu lực không hợp lệ (ngày kết thúc trước ngày bắt đầu?).', en: 'Invalid validity (does it end before it starts?).' },
  PARENT_NOT_VALID: { vi: 'Đơn vị cấp trên không có hiệu lực trong suốt thời gian này.', en: 'The parent is not valid over the whole period.' },
  UNKNOWN_PARENT: { vi: 'Không tìm thấy đơn vị cấp trên.', en: 'Unknown parent.' },
  KIND_NOT_ALLOWED: { vi: 'Loại đơn vị này không được đặt dưới đơn vị cấp trên đã chọn.', en: 'This kind cannot sit under the chosen parent.' },
  LEVEL_MISMATCH: { vi: 'Cấp của tổ chức không khớp với địa bàn.', en: 'The level does not match the area.' },
  INVALID_SHARES: { vi: 'Tỷ lệ kế thừa không hợp lệ.', en: 'Invalid succession shares.' },
  ALREADY_CLOSED: { vi: 'Đối tượng đã kết thúc trước đó.', en: 'It is already closed.' },
  AUTHENTICATION_REQUIRED: { vi: 'Cần đăng nhập.', en: 'You need to sign in.' },
  INVALID_CREDENTIALS: { vi: 'Sai tên đăng nhập hoặc mật khẩu.', en: 'Wrong username or password.' },
  ACCOUNT_LOCKED: {
    vi: 'Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần.',
    en: 'The account is temporarily locked after too many failed sign-ins.',
  },
  ACCOUNT_DISABLED: { vi: 'Tài khoản đã bị vô hiệu hóa.', en: 'The account has been deactivated.' },
  TOKEN_INVALID: { vi: 'Phiên đăng nhập không hợp lệ, hãy đăng nhập lại.', en: 'Your session is not valid: sign in again.' },
  TOKEN_EXPIRED: { vi: 'Phiên đăng nhập đã hết hạn, hãy đăng nhập lại.', en: 'Your session has expired: sign in again.' },
  TOKEN_REVOKED: {
    vi: 'Phiên đăng nhập đã bị thu hồi (đăng xuất, đổi mật khẩu hoặc tài khoản bị vô hiệu hóa).',
    en: 'Your session was revoked (signed out, password changed or account deactivated).',
  },
  RATE_LIMITED: { vi: 'Quá nhiều yêu cầu, hãy thử lại sau.', en: 'Too many requests: try again later.' },
  PERMISSION_DENIED: { vi: 'Vai trò của bạn không có quyền này.', en: 'None of your roles allows this.' },
  WEAK_PASSWORD: {
    vi: 'Mật khẩu quá yếu (ít nhất 8 ký tự, không chứa tên đăng nhập).',
    en: 'The password is too weak (at least 8 characters, not containing the username).',
  },
  DUPLICATE_USERNAME: { vi: 'Tên đăng nhập này đã có người dùng.', en: 'This username is taken.' },
  NO_POVERTY_STANDARD: { vi: 'Chưa có chuẩn nghèo áp dụng cho năm rà soát này.', en: 'No poverty standard is known for this review year.' },
  UNKNOWN_INDICATOR: { vi: 'Chỉ số thiếu hụt không thuộc chuẩn nghèo đang áp dụng.', en: 'This deprivation indicator is not part of the standard in force.' },
  INVALID_NATIONAL_ID: { vi: 'Số CCCD không hợp lệ hoặc không khớp ngày sinh, giới tính.', en: 'The ID number is invalid or does not match the birth date or sex.' },
  DUPLICATE_NATIONAL_ID: { vi: 'Số CCCD này đã thuộc một hộ khác đang hoạt động.', en: 'This ID number already belongs to another active household.' },
  REVIEW_EXISTS: { vi: 'Hộ đã có kết quả rà soát định kỳ năm này; hãy gửi dưới dạng điều chỉnh.', en: 'The household already has a periodic review for this year; send it as a correction.' },
  OUT_OF_SCOPE: { vi: 'Đối tượng nằm ngoài phạm vi quản lý của bạn.', en: 'It lies outside your scope.' },
  PERSONAL_DATA_GRANT_REQUIRED: { vi: 'Cần quyền xem dữ liệu cá nhân.', en: 'A personal-data grant is required.' },
  IDEMPOTENCY_KEY_REUSED: { vi: 'Yêu cầu trùng lặp với nội dung khác.', en: 'A repeated request with different content.' },
  VERSION_CONFLICT: { vi: 'Dữ liệu vừa được người khác thay đổi, hãy tải lại.', en: 'Someone else changed it meanwhile: reload.' },
  BUSY: { vi: 'Hệ thống đang bận xử lý thay đổi khác, hãy thử lại.', en: 'Another change is in progress: try again.' },
  INTERNAL: {
    vi: 'Lỗi máy chủ. Hãy báo cho quản trị viên kèm mã yêu cầu.',
    en: 'Server error. Report it to an administrator with the request id.',
  },
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
