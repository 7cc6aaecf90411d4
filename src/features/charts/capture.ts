// The capture code moved to src/lib/capture.ts so the brief's exports can use it too (features never import each other).
export { captureFrame, waitForCharts, type ImageKind } from '../../lib/capture'
