// The server's public surface: the app over a store, and starting it on a port.
export { createApp, CONTENT_SECURITY_POLICY, type AppOptions } from './app.js';
export { startServer, openServedStore, type ServeOptions, type RunningServer } from './serve.js';
export { OPENAPI } from './openapi.js';
export { statusFor, describeError, errorBody, type ErrorBody } from './errors.js';
export { MAX_UPLOAD_BYTES, safeFileName, type UploadResult } from './upload.js';
