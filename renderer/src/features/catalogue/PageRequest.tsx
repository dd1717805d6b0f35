import { useEffect } from 'react';
import { Skeleton } from 'antd';

/**
 * Drawn in place of a row not fetched yet. Only rows in and around the view are drawn (the table
 * is windowed), so this asks for exactly the pages the officer is looking at; a short delay skips the
 * pages flown past while dragging the scrollbar.
 */
export function PageRequest({ page, onRequest }: { page: number; onRequest(page: number): void }) {
  useEffect(() => {
    const timer = setTimeout(() => onRequest(page), 60);
    return () => clearTimeout(timer);
  }, [page, onRequest]);
  return <Skeleton.Input active size="small" block className="row-skeleton" />;
}
