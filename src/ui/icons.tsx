// Small inline icons for the playback and header buttons (decorative: buttons carry labels).
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const PlayIcon = () => (
  <Icon>
    <path d="M7 4.5v15l12.5-7.5z" fill="currentColor" />
  </Icon>
);
export const PauseIcon = () => (
  <Icon>
    <path d="M6.5 4.5h4v15h-4zM13.5 4.5h4v15h-4z" fill="currentColor" />
  </Icon>
);
export const StepForwardIcon = () => (
  <Icon>
    <path d="M5 5v14l10-7zM16.5 5h3v14h-3z" fill="currentColor" />
  </Icon>
);
export const StepBackIcon = () => (
  <Icon>
    <path d="M19 5v14L9 12zM4.5 5h3v14h-3z" fill="currentColor" />
  </Icon>
);
export const ResetIcon = () => (
  <Icon>
    <path
      d="M12 5a7 7 0 1 1-6.6 4.7"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
    />
    <path d="M3.5 4.5v6h6z" fill="currentColor" />
  </Icon>
);
export const OpenIcon = () => (
  <Icon>
    <path
      d="M3 6.5h7l2 2h9v10.5H3z"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinejoin="round"
    />
  </Icon>
);
export const SaveIcon = () => (
  <Icon>
    <path
      d="M12 4v11M7 10.5l5 5 5-5M4.5 19.5h15"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </Icon>
);
export const InjectIcon = () => (
  <Icon>
    <path
      d="M13.5 3 5 13.5h6L9.5 21 19 10h-6.2z"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinejoin="round"
    />
  </Icon>
);
export const FocusIcon = () => (
  <Icon>
    <path
      d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </Icon>
);
export const Logo = () => (
  <svg
    className="logo"
    viewBox="0 0 32 32"
    width="28"
    height="28"
    aria-hidden="true"
    focusable="false"
  >
    <g fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M8 9l16 2M8 9l-2 14M24 11l2 12M6 23l20 0M8 9l18 14M24 11L6 23" opacity="0.55" />
    </g>
    <rect x="5" y="6" width="6" height="6" fill="#56B4E9" />
    <circle cx="24" cy="11" r="3.4" fill="#E69F00" />
    <path d="M6 19.5l3.4 6h-6.8z" fill="#009E73" />
    <path d="M26 19.6l3.4 3.4-3.4 3.4-3.4-3.4z" fill="#CC79A7" />
  </svg>
);
export const RecentIcon = () => (
  <Icon>
    <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
    <path
      d="M12 7v5.5l3.5 2"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    />
  </Icon>
);
export const CompareIcon = () => (
  <Icon>
    <path
      d="M4 20V10M10 20V4M16 20v-7M22 20H2"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    />
  </Icon>
);
export const HotWashIcon = () => (
  <Icon>
    <path
      d="M8 4h8v3H8zM6 5.5H5v15h14v-15h-1M8.5 12l2 2 4-4.5M8.5 17h7"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinejoin="round"
    />
  </Icon>
);
