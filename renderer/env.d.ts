import type { ZhibuBridge } from '../electron/api/index.js';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent when the page is served by the loopback host. */
    zhibu?: ZhibuBridge;
  }
}

export {};
