import { Button, Result, Space, Spin } from 'antd';
import type { ReactNode } from 'react';

interface LoadedProps<T> {
  value: T | null | undefined;
  loading: boolean;
  error: string | null;
  onRetry: () => void;
  /** Where the page was opened from (返回花名册), offered when the record cannot be read. */
  back: { label: string; onClick: () => void };
  children: (value: T) => ReactNode;
}

/** A detail page's three states: reading, could not read (retry or go back), and the record. */
export function Loaded<T>({ value, loading, error, onRetry, back, children }: LoadedProps<T>) {
  if (error)
    return (
      <Result
        status="warning"
        title={error}
        extra={
          <Space>
            <Button size="large" onClick={onRetry}>
              重试
            </Button>
            <Button size="large" onClick={back.onClick}>
              {back.label}
            </Button>
          </Space>
        }
      />
    );
  if (loading || value === null || value === undefined) return <Spin size="large" />;
  return <>{children(value)}</>;
}
