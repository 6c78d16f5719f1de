/** What jsdom lacks and Fluent UI needs: a ResizeObserver (TabList, MessageBar measure themselves). */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(window as unknown as { ResizeObserver: unknown }).ResizeObserver = NoResizeObserver;

export {};
