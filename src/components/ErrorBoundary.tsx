import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What stopped working, as the student knows it: "This lesson", "The header". */
  what: string;
  /** A new value clears the error (e.g. the route: another lesson gets a fresh start). */
  resetKey?: unknown;
  children: ReactNode;
}

interface State {
  error?: Error;
  resetKey?: unknown;
}

/**
 * Catches a render error in one part of the page and shows it in place of that part, so one broken
 * panel never blanks the whole app. The message names the part and offers a reload.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`${this.props.what} stopped working.`, error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="notice notice-error" role="alert" data-testid="panel-error">
        <p>
          <strong>{this.props.what} stopped working:</strong> {error.message}
        </p>
        <p>
          The rest of the page still works.{' '}
          <button type="button" onClick={() => location.reload()}>
            Reload the page
          </button>
        </p>
      </section>
    );
  }
}
