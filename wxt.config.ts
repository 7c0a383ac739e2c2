import { defineConfig } from 'wxt';
import { utf8ContentScripts } from './build/utf8-content-scripts';
import { X_MATCH_PATTERNS } from './lib/contract/x';

// Firefox: 140 is the first release with the CSS Custom Highlight API on by default (the content
// script highlights with it) and with the add-on store's data-collection consent; 140 is also an ESR.
// Kizuki sends nothing to its authors. Only team sync, which the operator turns on by entering the
// team's own server, sends what they handled (post links and text, their replies) and their login
// there: optional data, asked for with the server's permission when sync settings are saved.
const FIREFOX = {
  id: 'kizuki@kizuki.dev',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'], optional: ['websiteContent', 'authenticationInfo'] },
};

// Manifest options live here; per-entrypoint options live in each entrypoint.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [utf8ContentScripts()] }),
  hooks: {
    // The content script has a size budget (40 KB minified, asserted by the browser tests): Terser,
    // with a second compress pass, writes it about 1.3 KB smaller than esbuild does. Its `unsafe`
    // rewrites (String(x) to ""+x, RegExp without new, …) assume no one replaced the built-ins: the
    // content script runs in an isolated world whose built-ins x.com cannot touch. `unsafe_arrows`
    // turns function expressions that never use `this` into arrows, which assumes none is called
    // with `new`: nothing in the content script is. Together they save about 360 bytes. The other
    // entrypoints keep esbuild's faster minifier.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.build = { ...config.build, minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 2, unsafe: true, unsafe_arrows: true } } };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: X_MATCH_PATTERNS,
    // The team's sync server is chosen by the operator; its permission is asked for when saved.
    // (Firefox builds MV2, where the same thing is spelled optional_permissions.)
    ...(browser === 'firefox'
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_openPanel__',
      },
    },
    browser_specific_settings: browser === 'firefox' ? { gecko: FIREFOX } : undefined,
  }),
});
