import { Component, type ErrorInfo, type ReactNode } from 'react'

interface ErrorBoundaryProps {
  /** What failed, in Chinese, e.g. "总览". */
  area: string
  children: ReactNode
}

interface ErrorBoundaryState {
  error: Error | null
}

/** A render error in one part of the page shows a message there; the rest of the page keeps working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever debugs it; the user sees the message below.
    console.warn(`「${this.props.area}」显示出错`, error, info.componentStack)
  }

  private readonly retry = () => this.setState({ error: null })

  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div role="alert" className="error-panel">
        <p>
          「{this.props.area}」显示出错：{error.message}
        </p>
        <p className="muted">已加载的报告不受影响。可以重试，或在文件列表中点击“移除”去掉引起问题的文件。</p>
        <button type="button" onClick={this.retry}>
          重试
        </button>
      </div>
    )
  }
}
