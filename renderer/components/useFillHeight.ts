import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The height from the element's top to the bottom of the window, less `reserve` (table
 * header, footer, page padding). A virtual table needs a fixed pixel height; this one makes
 * it fill a 768-line screen without a second scroll bar on the page.
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, reserve: number, min = 240): number {
  const [height, setHeight] = useState(min);

  useLayoutEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      setHeight(Math.max(min, Math.floor(window.innerHeight - top - reserve)));
    };
    measure();
    window.addEventListener('resize', measure);
    // The toolbar above may wrap onto another line when filters change.
    const observer = new ResizeObserver(measure);
    if (ref.current?.parentElement) observer.observe(ref.current.parentElement);
    return () => {
      window.removeEventListener('resize', measure);
      observer.disconnect();
    };
  }, [ref, reserve, min]);

  return height;
}
