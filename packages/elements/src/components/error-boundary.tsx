import { Component, type ComponentChildren } from 'preact'

interface ErrorBoundaryProps {
  onError(error: unknown): void
  children?: ComponentChildren
}

/** Catches a view that throws while rendering, so the host can show an error state instead. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false }

  override componentDidCatch(error: unknown): void {
    // Preact treats the error as handled only if the boundary schedules a render.
    this.setState({ failed: true })
    this.props.onError(error)
  }

  override render() {
    return this.state.failed ? null : this.props.children
  }
}
