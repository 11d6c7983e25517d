import { Link, Stack } from '@mui/material';

interface ListedNumber {
  readonly destinationIndex: number;
  readonly trackingNumber: string;
  readonly url: string | null;
}

/** The list's 伝票番号: each destination's number, linked to its carrier's tracking page. */
export const TrackingLinks = ({ numbers }: { numbers: readonly ListedNumber[] | undefined }) => (
  <Stack>
    {(numbers ?? []).map((n) =>
      n.url ? (
        // A click on the link must not open the order as a click on its row does.
        <Link
          key={n.destinationIndex}
          href={n.url}
          target="_blank"
          rel="noopener noreferrer"
          onClick={(e) => e.stopPropagation()}
        >
          {n.trackingNumber}
        </Link>
      ) : (
        <span key={n.destinationIndex}>{n.trackingNumber}</span>
      ),
    )}
  </Stack>
);
