import { defineWebExtConfig } from 'wxt';

// `npm run dev` opens a browser only where there is a display to show it.
export default defineWebExtConfig({
  disabled: !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY,
});
