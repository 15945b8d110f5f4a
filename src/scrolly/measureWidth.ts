// Svelte attachment: reports an element's content width whenever it changes, so a chart can
// lay itself out for the space it has (labels stay legible on phones). Reads only; never writes.

export function measureWidth(onWidth: (width: number) => void) {
  return (element: HTMLElement) => {
    let frame = 0;
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width <= 0) return;
      // Report on the next frame, not inside the observer's callback: the new layout changes the
      // page's height (and can toggle its scrollbar), which WebKit reports as an uncaught
      // "ResizeObserver loop completed with undelivered notifications" error.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => onWidth(width));
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  };
}
