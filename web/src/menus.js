/**
 * The navigation of the office's system as its user guide shows it: top menus, each with a left sub-menu, and a tab
 * per open page. A page's place is its route's meta.menu.
 */
export const MENUS = {
  UNIT: [
    {
      key: 'change', title: '变更管理', items: [
        { name: 'additions', title: '增员', test: 'menu-additions' },
        { name: 'removals', title: '减员', test: 'menu-removals' },
        { name: 'corrections', title: '信息更正', test: 'menu-corrections' },
      ],
    },
    {
      key: 'info', title: '信息维护', items: [
        { name: 'profile', title: '单位信息', test: 'menu-profile' },
        { name: 'password', title: '修改密码', test: 'menu-password' },
      ],
    },
    {
      key: 'enroll', title: '参保入会', items: [
        { name: 'template', title: '模板下载', test: 'menu-template' },
        { name: 'enrollments', title: '参保录入', test: 'menu-enrollments' },
        { name: 'confirmations', title: '确认书打印', test: 'menu-confirmations' },
        { name: 'invoices', title: '线上开票录入', test: 'menu-invoices' },
        { name: 'notices', title: '缴费通知单打印', test: 'menu-notices' },
      ],
    },
    {
      key: 'claim', title: '申领处理', items: [
        { name: 'claims', title: '保障金申领', test: 'menu-claims' },
      ],
    },
    {
      key: 'query', title: '信息查询', items: [
        { name: 'people', title: '人员保障查询', test: 'menu-people' },
        { name: 'payment-records', title: '缴费记录', test: 'menu-payment-records' },
        { name: 'changes', title: '变更记录', test: 'menu-changes' },
      ],
    },
    { key: 'contact', title: '联系我们', items: [{ name: 'contacts', title: '联系我们', test: 'menu-contacts' }] },
  ],
  OFFICE: [
    {
      key: 'review', title: '参保管理', items: [
        { name: 'queue', title: '参保初审', test: 'menu-queue', roles: ['REVIEWER', 'FINANCE'] },
        { name: 'payments', title: '确认收款', test: 'menu-payments', roles: ['REVIEWER', 'FINANCE'] },
        { name: 'arrivals', title: '到账核对', test: 'menu-arrivals', roles: ['FINANCE'] },
        { name: 'reissues', title: '换开申请', test: 'menu-reissues', roles: ['FINANCE'] },
        { name: 'correction-queue', title: '信息更正审核', test: 'menu-correction-queue', roles: ['REVIEWER'] },
      ],
    },
    {
      key: 'maintain', title: '信息维护', items: [
        { name: 'catalog', title: '保障活动维护', test: 'menu-catalog', roles: ['REVIEWER', 'FINANCE'] },
        { name: 'units', title: '单位管理', test: 'menu-units', roles: ['REVIEWER'] },
        { name: 'settings', title: '系统设置', test: 'menu-settings', roles: ['REVIEWER', 'FINANCE'] },
        { name: 'password', title: '修改密码', test: 'menu-password' },
      ],
    },
    {
      key: 'claim', title: '申领处理', items: [
        { name: 'claim-queue', title: '申领受理', test: 'menu-claim-queue', roles: ['CLAIMS'] },
        { name: 'claim-payments', title: '保障金支付', test: 'menu-claim-payments', roles: ['FINANCE'] },
      ],
    },
    {
      key: 'query', title: '信息查询', items: [
        { name: 'office-people', title: '人员保障查询', test: 'menu-office-people', roles: ['REVIEWER', 'FINANCE'] },
        { name: 'office-business', title: '业务查询', test: 'menu-office-business', roles: ['REVIEWER', 'FINANCE'] },
        { name: 'office-changes', title: '变更记录', test: 'menu-office-changes', roles: ['REVIEWER', 'FINANCE'] },
      ],
    },
    { key: 'contact', title: '联系我们', items: [{ name: 'contacts', title: '联系我们', test: 'menu-contacts' }] },
  ],
};

/** The top menus a role sees, with the items it may open. */
export function menusFor(role) {
  const menus = MENUS[role === 'UNIT' ? 'UNIT' : 'OFFICE'];
  return menus.map((menu) => ({ ...menu, items: menu.items.filter((item) => !item.roles || item.roles.includes(role)) }))
    .filter((menu) => menu.items.length > 0);
}

/** Where a role works most: its sub-menu is shown on the home page. */
const MAIN = { UNIT: 'enroll', CLAIMS: 'claim', REVIEWER: 'review', FINANCE: 'review' };

/** The top menu a route belongs to for this role (the first that lists it); the main one for pages of no menu. */
export function menuOf(role, routeName, metaMenu) {
  const menus = menusFor(role);
  return menus.find((menu) => menu.key === metaMenu && menu.items.some((item) => item.name === routeName))
    || menus.find((menu) => menu.items.some((item) => item.name === routeName))
    || menus.find((menu) => menu.key === metaMenu)
    || menus.find((menu) => menu.key === MAIN[role]);
}
