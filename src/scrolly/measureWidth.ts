// Svelte attachment: reports an element's content width whenever it changes, so a chart can
// lay itself out for the space it has (labels stay legible on phones). Reads only; never writes.

export function measureWidth(onWidth: (width: number) => void) {
  return (element: HTMLElement) => {
    const observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width > 0) onWidth(width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  };
}
