import type { ReactNode } from 'react';
import { Typography } from 'antd';

/** A titled block of the entry form; later sections (classification, wizard steps) use the same frame. */
export function FormSection({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section className="form-section" data-section={id}>
      <Typography.Title level={5} className="form-section-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}
