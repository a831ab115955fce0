import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PersonalValue } from './controls';
import { I18nProvider } from './i18n-context';
import { AppShell, LocaleSwitch, SecretReveal } from './layout';
import { ErrorState, NotFoundState } from './states';
import { TreeNode, TreeView } from './tree';
import type { Locale } from '../format';
import type { ReactNode } from 'react';

const html = (node: ReactNode, locale: Locale = 'vi') => renderToStaticMarkup(<I18nProvider locale={locale}>{node}</I18nProvider>);

describe('i18n switch', () => {
  it('renders the same shell in Vietnamese and English', () => {
    const shell = (
      <AppShell title="LNOB" userName="Nguyễn Văn A" onLogout={() => undefined} nav={[{ key: 'u', label: 'Users', href: '#/users', active: true }]}>
        <p>page</p>
      </AppShell>
    );
    const vi = html(shell, 'vi');
    const en = html(shell, 'en');
    expect(vi).toContain('Đăng xuất');
    expect(en).toContain('Sign out');
    expect(vi).toContain('Nguyễn Văn A');
    expect(vi).toContain('aria-current="page"');
  });

  it('marks the current locale as pressed', () => {
    expect(html(<LocaleSwitch />, 'en')).toMatch(/aria-pressed="true"[^>]*data-locale="en"/);
    expect(html(<LocaleSwitch />, 'vi')).toMatch(/aria-pressed="true"[^>]*data-locale="vi"/);
  });
});

describe('ErrorState', () => {
  it('always shows the request id and the field errors', () => {
    const out = html(
      <ErrorState message="Một số mục nhập chưa hợp lệ." requestId="req-42" code="BAD_USER_INPUT" reason="VALIDATION_FAILED" fieldErrors={[{ path: 'input.name', message: 'too long' }]} />,
    );
    expect(out).toContain('Mã yêu cầu');
    expect(out).toContain('req-42');
    expect(out).toContain('input.name');
    expect(out).toContain('data-reason="VALIDATION_FAILED"');
  });

  it('NOT_FOUND has its own view with the request id', () => {
    const out = html(<NotFoundState requestId="req-7" />, 'en');
    expect(out).toContain('Not found');
    expect(out).toContain('req-7');
  });
});

describe('PersonalValue', () => {
  it('says hidden rather than empty when the API withheld the field', () => {
    expect(html(<PersonalValue value={null} hidden />)).toContain('ẩn (không có quyền xem dữ liệu cá nhân)');
    expect(html(<PersonalValue value={null} hidden />, 'en')).toContain('hidden (no personal-data grant)');
    expect(html(<PersonalValue value="a@example.vn" hidden={false} />)).toContain('a@example.vn');
    expect(html(<PersonalValue value={null} hidden={false} />)).toContain('—');
  });
});

describe('SecretReveal', () => {
  it('shows the secret with a copy button and the once-only warning', () => {
    const out = html(<SecretReveal title="Khóa" secret="lnob_abc" onDone={() => undefined} />);
    expect(out).toContain('value="lnob_abc"');
    expect(out).toContain('Sao chép');
    expect(out).toContain('lần duy nhất');
    expect(out).toContain('Tôi đã lưu khóa bí mật');
  });
});

describe('TreeNode', () => {
  it('renders children only when expanded', () => {
    const tree = (expanded: boolean) =>
      html(
        <TreeView label="t">
          <TreeNode name="Tỉnh Quảng Nam" label="Tỉnh Quảng Nam" depth={0} expandable expanded={expanded}>
            <TreeNode name="Huyện Đại Lộc" label="Huyện Đại Lộc" depth={1} expandable={false} expanded={false} />
          </TreeNode>
        </TreeView>,
      );
    expect(tree(false)).not.toContain('Huyện Đại Lộc');
    expect(tree(false)).toContain('aria-label="Mở rộng Tỉnh Quảng Nam"');
    expect(tree(true)).toContain('Huyện Đại Lộc');
    expect(tree(true)).toContain('aria-expanded="true"');
  });
});
