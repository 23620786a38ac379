import { createRouter, createWebHashHistory } from 'vue-router';
import { session } from './session.js';

const routes = [
  { path: '/login', name: 'login', component: () => import('./views/Login.vue'), meta: { public: true } },
  { path: '/contacts-public', name: 'contacts-public', component: () => import('./views/Contacts.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('./views/Layout.vue'),
    children: [
      { path: '', name: 'home', redirect: () => (session.role === 'UNIT' ? { name: 'enrollments' } : { name: 'queue' }) },
      { path: 'password', name: 'password', component: () => import('./views/ChangePassword.vue') },
      { path: 'contacts', name: 'contacts', component: () => import('./views/Contacts.vue') },
      { path: 'template', name: 'template', component: () => import('./views/unit/TemplateDownload.vue'), meta: { role: 'UNIT' } },
      { path: 'enrollments', name: 'enrollments', component: () => import('./views/unit/EnrollmentList.vue'), meta: { role: 'UNIT' } },
      { path: 'enrollments/new', name: 'enrollment-new', component: () => import('./views/unit/EnrollmentWizard.vue'), meta: { role: 'UNIT' } },
      { path: 'enrollments/:id/step/:step', name: 'enrollment', component: () => import('./views/unit/EnrollmentWizard.vue'), meta: { role: 'UNIT' } },
      { path: 'profile', name: 'profile', component: () => import('./views/unit/UnitProfile.vue'), meta: { role: 'UNIT' } },
      { path: 'office/queue', name: 'queue', component: () => import('./views/office/ReviewQueue.vue'), meta: { role: 'OFFICE' } },
      { path: 'office/enrollments/:id', name: 'review', component: () => import('./views/office/ReviewDetail.vue'), meta: { role: 'OFFICE' } },
      { path: 'office/catalog', name: 'catalog', component: () => import('./views/office/Catalog.vue'), meta: { role: 'OFFICE' } },
      { path: 'office/units', name: 'units', component: () => import('./views/office/Units.vue'), meta: { role: 'OFFICE' } },
      { path: 'office/settings', name: 'settings', component: () => import('./views/office/Settings.vue'), meta: { role: 'OFFICE' } },
    ],
  },
];

export const router = createRouter({ history: createWebHashHistory(), routes });

router.beforeEach((to) => {
  if (to.meta.public) return true;
  if (!session.token) return { name: 'login' };
  if (session.mustChangePassword && to.name !== 'password') return { name: 'password' };
  const office = session.role === 'REVIEWER' || session.role === 'FINANCE';
  if (to.meta.role === 'UNIT' && session.role !== 'UNIT') return { name: 'home' };
  if (to.meta.role === 'OFFICE' && !office) return { name: 'home' };
  return true;
});
