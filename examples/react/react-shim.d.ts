/**
 * The slice of React's types that examples/react/ChatBot.tsx and client/useChatStream.ts use, so the
 * gateway's typecheck covers them without React in its dependencies. The signatures are React's own;
 * an app that installs react and @types/react compiles these files against the real ones instead.
 */
declare module 'react' {
  type SetStateAction<S> = S | ((prev: S) => S);
  export function useState<S>(initial: S | (() => S)): [S, (value: SetStateAction<S>) => void];
  export function useReducer<S, A>(reducer: (state: S, action: A) => S, initial: S): [S, (action: A) => void];
  export function useRef<T>(initial: T): { current: T };
  export function useEffect(effect: () => void | (() => void), deps?: readonly unknown[]): void;
  export function useCallback<F extends (...args: never[]) => unknown>(callback: F, deps: readonly unknown[]): F;
  export interface FormEvent<T = Element> {
    readonly currentTarget: T;
    preventDefault(): void;
  }
  export interface ChangeEvent<T = Element> {
    readonly target: T;
  }
}

declare module 'react/jsx-runtime' {
  import type { ChangeEvent, FormEvent } from 'react';

  interface CommonProps {
    readonly key?: string | number;
    readonly children?: unknown;
    readonly className?: string;
    readonly role?: string;
    readonly 'aria-live'?: 'polite' | 'assertive' | 'off';
    readonly 'aria-label'?: string;
  }
  export namespace JSX {
    type Element = { readonly type: unknown; readonly props: unknown; readonly key: string | null };
    interface ElementChildrenAttribute {
      children: object;
    }
    interface IntrinsicAttributes {
      readonly key?: string | number;
    }
    interface IntrinsicElements {
      div: CommonProps;
      span: CommonProps;
      p: CommonProps;
      strong: CommonProps;
      ul: CommonProps;
      li: CommonProps;
      form: CommonProps & { readonly onSubmit?: (event: FormEvent<HTMLFormElement>) => void };
      input: CommonProps & {
        readonly type?: string;
        readonly value?: string;
        readonly placeholder?: string;
        readonly disabled?: boolean;
        readonly onChange?: (event: ChangeEvent<HTMLInputElement>) => void;
      };
      button: CommonProps & { readonly type?: 'submit' | 'button'; readonly disabled?: boolean; readonly onClick?: () => void };
    }
  }
  export function jsx(type: unknown, props: unknown, key?: string): JSX.Element;
  export function jsxs(type: unknown, props: unknown, key?: string): JSX.Element;
  export const Fragment: unique symbol;
}
