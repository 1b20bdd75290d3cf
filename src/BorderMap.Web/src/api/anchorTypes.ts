/** A quote as stored: its text and code-point offsets into the source. */
export interface StoredQuote {
  text: string;
  start: number;
  end: number;
}

/** Where a claim's quote landed when its source got a new version (`GET /api/sources/{id}/anchors`). */
export interface QuoteAnchor {
  claimId: string;
  fromSource: string;
  toSource: string;
  status: 'exact' | 'moved' | 'fuzzy' | 'orphaned';
  oldQuote: StoredQuote;
  newQuote: StoredQuote | null;
  similarity: number;
  at: string;
  awaitsReview: boolean;
  review: 'accepted' | 'rejected' | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export interface AnchorPage {
  anchors: QuoteAnchor[];
  next: string | null;
}
