/**
 * Preloaded into the servers of the live-readers bench (`node --expose-gc --import
 * dist/bench/memory-probe.js dist/src/main.js`): asked over the IPC channel, it runs
 * full garbage collections and answers `process.memoryUsage()`. Memory per stream is
 * then what the streams retain, not how much garbage happened to be waiting for the
 * next collection. The server itself runs unchanged.
 */
const collect = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: unknown) => {
  if (message !== 'memory' || !collect || !process.send) return;
  for (let i = 0; i < 3; i += 1) collect();
  // Let finalizers and freed sockets settle, then collect once more.
  setTimeout(() => {
    collect();
    process.send!({ type: 'memory', ...process.memoryUsage() });
  }, 200);
});
