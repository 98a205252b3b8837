import { createContext, useContext, type RefObject } from 'react';

/**
 * Set by the layout when the user navigates; the next page heading to mount takes focus and
 * clears it. Lazy pages and data-gated headings mount after the navigation itself, so the
 * layout cannot focus them directly.
 */
export const HeadingFocusRequest = createContext<RefObject<boolean> | null>(
  null,
);

export const useHeadingFocusRequest = () => useContext(HeadingFocusRequest);
