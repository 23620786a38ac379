import { createRouter, createWebHashHistory } from 'vue-router';
import { session } from './session.js';

const unit = (menu, title) => ({ role: 'UNIT', menu, title });
const office = (menu, title) => ({ role: 'OFFICE', menu, title });

const routes = [
  { path: '/login', name: 'login', component: () => import('./views/Login.vue'), meta: { public: true } },
  { path: '/contacts-public', name: 'contacts-public', component: () => import('./views/Contacts.vue'), meta: { public: true } },
  { path: '/verify', name: 'verify', component: () => import('./views/Verify.vue'), meta: { public: true } },
  { path: '/lookup', name: 'lookup', component: () => import('./views/query/PublicLookup.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('./views/Layout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('./views/Home.vue'), meta: { title: '首页' } },
      { path: 'password', name: 'password', component: () => import('./views/ChangePassword.vue'), meta: { menu: 'info', title: '修改密码' } },
      { path: 'contacts', name: 'contacts', component: () => import('./views/Contacts.vue'), meta: { menu: 'contact', title: '联系我们' } },
      { path: 'template', name: 'template', component: () => import('./views/unit/TemplateDownload.vue'), meta: unit('enroll', '模板下载') },
      { path: 'enrollments', name: 'enrollments', component: () => import('./views/unit/EnrollmentList.vue'), meta: unit('enroll', '参保录入') },
      { path: 'enrollments/new', name: 'enrollment-new', component: () => import('./views/unit/EnrollmentWizard.vue'), meta: unit('enroll', '新建参保录入') },
      { path: 'enrollments/:id/step/:step', name: 'enrollment', component: () => import('./views/unit/EnrollmentWizard.vue'), meta: unit('enroll', '参保录入') },
      { path: 'confirmations', name: 'confirmations', component: () => import('./views/unit/ConfirmationList.vue'), meta: unit('enroll', '确认书打印') },
      { path: 'invoices', name: 'invoices', component: () => import('./views/unit/InvoiceList.vue'), meta: unit('enroll', '线上开票录入') },
      { path: 'invoices/:id', name: 'invoice-desk', component: () => import('./views/unit/InvoiceDesk.vue'), meta: unit('enroll', '开票处理') },
      { path: 'notices', name: 'notices', component: () => import('./views/unit/NoticeList.vue'), meta: unit('enroll', '缴费通知单打印') },
      { path: 'additions', name: 'additions', component: () => import('./views/change/Additions.vue'), meta: unit('change', '增员') },
      { path: 'removals', name: 'removals', component: () => import('./views/change/Removals.vue'), meta: unit('change', '减员') },
      { path: 'corrections', name: 'corrections', component: () => import('./views/change/Corrections.vue'), meta: unit('change', '信息更正') },
      { path: 'office/corrections', name: 'correction-queue', component: () => import('./views/change/CorrectionQueue.vue'), meta: office('review', '信息更正审核') },
      { path: 'claims', name: 'claims', component: () => import('./views/claim/Claims.vue'), meta: unit('claim', '保障金申领') },
      { path: 'office/claims', name: 'claim-queue', component: () => import('./views/claim/ClaimQueue.vue'), meta: office('claim', '申领受理') },
      { path: 'office/claim-payments', name: 'claim-payments', component: () => import('./views/claim/ClaimQueue.vue'), meta: office('claim', '保障金支付') },
      { path: 'people', name: 'people', component: () => import('./views/query/PeopleQuery.vue'), meta: unit('query', '人员保障查询') },
      { path: 'payment-records', name: 'payment-records', component: () => import('./views/query/PaymentRecords.vue'), meta: unit('query', '缴费记录') },
      { path: 'changes', name: 'changes', component: () => import('./views/query/ChangeLog.vue'), meta: unit('query', '变更记录') },
      { path: 'office/people', name: 'office-people', component: () => import('./views/query/PeopleQuery.vue'), meta: office('query', '人员保障查询') },
      { path: 'office/business', name: 'office-business', component: () => import('./views/query/BusinessQuery.vue'), meta: office('query', '业务查询') },
      { path: 'office/changes', name: 'office-changes', component: () => import('./views/query/ChangeLog.vue'), meta: office('query', '变更记录') },
      { path: 'profile', name: 'profile', component: () => import('./views/unit/UnitProfile.vue'), meta: unit('info', '单位信息') },
      { path: 'office/queue', name: 'queue', component: () => import('./views/office/ReviewQueue.vue'), meta: office('review', '参保初审') },
      { path: 'office/enrollments/:id', name: 'review', component: () => import('./views/office/ReviewDetail.vue'), meta: office('review', '参保单') },
      { path: 'office/payments', name: 'payments', component: () => import('./views/office/Payments.vue'), meta: office('review', '确认收款') },
      { path: 'office/arrivals', name: 'arrivals', component: () => import('./views/office/Arrivals.vue'), meta: office('review', '到账核对') },
      { path: 'office/reissues', name: 'reissues', component: () => import('./views/office/Reissues.vue'), meta: office('review', '换开申请') },
      { path: 'office/catalog', name: 'catalog', component: () => import('./views/office/Catalog.vue'), meta: office('maintain', '保障活动维护') },
      { path: 'office/units', name: 'units', component: () => import('./views/office/Units.vue'), meta: office('maintain', '单位管理') },
      { path: 'office/settings', name: 'settings', component: () => import('./views/office/Settings.vue'), meta: office('maintain', '系统设置') },
    ],
  },
];

export const router = createRouter({ history: createWebHashHistory(), routes });

router.beforeEach((to) => {
  if (to.meta.public) return true;
  if (!session.token) return { name: 'login' };
  if (session.mustChangePassword && to.name !== 'password') return { name: 'password' };
  const office = ['REVIEWER', 'FINANCE', 'CLAIMS'].includes(session.role);
  if (to.meta.role === 'UNIT' && session.role !== 'UNIT') return { name: 'home' };
  if (to.meta.role === 'OFFICE' && !office) return { name: 'home' };
  return true;
});
