/** The device token the browser tests' intake service accepts and the tests link the browser with. */
export const TEST_DEVICE_TOKEN = 'browser-test-device-token';
